/// The amounts of one convention, computed from its grant, the price its service fait is paid at, the unit-months
/// delivered and the payment terms: what its figures explain (``LinePayments``), and what the checks and the monthly
/// table read of an operator's own convention without making its figures (``OwnConventions``).
///
/// Service fait = delivered × price / the unit-months it pays for, rounded once, half away from zero. The advance is
/// the grant × the advance rate, rounded as the terms say; instalment k after it is the grant × the cumulative rate to
/// k, rounded once, less the same to k − 1; due = min(service fait, grant); balance = max(due − paid ahead, 0);
/// reversement = max(paid ahead − due, 0), where paid ahead is the advance and the instalments (DOMAIN.md,
/// "Arithmetic the users expect").
public struct ConventionAmounts: Sendable, Hashable {
    public let grant: Money
    public let advance: Money
    /// The instalments after the advance, in order (none unless the terms state them).
    public let instalments: [Money]
    /// What is paid up to each of `instalments`, the advance included: the grant × the cumulative rate, rounded once.
    public let paidToInstalment: [Money]
    public let instalmentsTotal: Money
    /// The advance and the instalments: what is paid before service fait is known.
    public let paidAhead: Money
    public let serviceFait: Money
    public let due: Money
    public let balance: Money
    public let reversement: Money
    /// The unit-months delivered, in hundredths.
    public let delivered: Int64
    /// What service fait is paid at: the convention's grant over its own funded unit-months, or the line's price.
    public let basis: UnitPrice

    /// - Throws: ``ArithmeticError`` when an amount leaves the range of money.
    init(grant: Money, price: Money, perUnitMonthHundredths: Int64, delivered: Int64, terms: PaymentTerms) throws {
        self.grant = grant
        self.delivered = delivered
        serviceFait = try price.scaled(by: delivered, over: perUnitMonthHundredths, rounding: .halfAwayFromZero)
        advance = try grant.multiplied(by: terms.advanceRate, rounding: terms.rounding)
        var instalments: [Money] = []
        var paidToInstalment: [Money] = []
        var paidAhead = advance
        // (Most terms have no later instalment: their cumulative rates are not made for each convention.)
        if !terms.laterInstalments.isEmpty {
            var paidBefore = advance
            for cumulative in terms.cumulativeRates.dropFirst() {
                let toDate = try grant.multiplied(by: cumulative, rounding: terms.rounding)
                instalments.append(try toDate - paidBefore)
                paidToInstalment.append(toDate)
                paidBefore = toDate
            }
            paidAhead = try Money.sum([advance] + instalments)
        }
        self.instalments = instalments
        self.paidToInstalment = paidToInstalment
        self.paidAhead = paidAhead
        due = min(serviceFait, grant)
        balance = due > paidAhead ? try due - paidAhead : .zero
        reversement = paidAhead > due ? try paidAhead - due : .zero
        instalmentsTotal = try Money.sum(instalments)
        basis = UnitPrice(amount: price, perUnitMonthHundredths: perUnitMonthHundredths)
    }
}
