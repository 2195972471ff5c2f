/// One envelope line in one convention period: the unit-months planned and delivered,
/// and the six payment figures, each named and explained (`enveloppe explain`).
///
/// Service fait = delivered unit-months × the line's amount / the unit-months it pays
/// for, rounded once; the advance is the grant × the advance rate, rounded as the terms
/// say; due = min(service fait, grant); balance = max(due − advance, 0); reversement =
/// max(advance − due, 0) (DOMAIN.md, "Arithmetic the users expect").
public struct LinePayments: Sendable, Hashable {
    public let line: LineID
    public let period: Period
    /// 0 for the first convention period.
    public let periodIndex: Int
    public let plannedUnitMonths: Figure
    public let deliveredUnitMonths: Figure
    public let grant: Figure
    public let advance: Figure
    public let serviceFait: Figure
    public let due: Figure
    public let balance: Figure
    public let reversement: Figure
    public let advanceMonth: YearMonth
    public let balanceMonth: YearMonth

    /// The six payment figures, in the order a schedule reads them.
    public var figures: [Figure] { [grant, advance, serviceFait, due, balance, reversement] }

    /// One of the six figures by its part.
    public func figure(_ part: PaymentPart) -> Figure {
        switch part {
        case .grant: grant
        case .advance: advance
        case .serviceFait: serviceFait
        case .due: due
        case .balance: balance
        case .reversement: reversement
        }
    }

    /// The amounts, read from the figures.
    public var schedule: PaymentSchedule {
        PaymentSchedule(
            grant: grant.amount, advance: advance.amount, serviceFait: serviceFait.amount, due: due.amount,
            balance: balance.amount, reversement: reversement.amount, advanceMonth: advanceMonth, balanceMonth: balanceMonth)
    }

    /// Computes the payments of one period from its grant and its activity.
    ///
    /// - Parameters:
    ///   - grant: the grant for the period, explained.
    ///   - price: the line's amount and the unit-months it pays for, explained.
    ///   - planned, delivered: the period's unit-months.
    init(
        line: EnvelopeLine, period: Period, periodIndex: Int, grant grantAmount: Explained,
        price: (amount: Explained, unitMonths: Explained), planned: Explained, delivered: Explained, terms: Cited<PaymentTerms>
    ) throws {
        let id = { (part: PaymentPart) in FigureID.payment(line.id, period: periodIndex, part) }
        let subject = line.label
        self.line = line.id
        self.period = period
        self.periodIndex = periodIndex
        plannedUnitMonths = Figure(
            id: .activity(line.id, period: periodIndex, planned: true), kind: .plannedUnitMonths, subject: subject, explained: planned)
        deliveredUnitMonths = Figure(
            id: .activity(line.id, period: periodIndex, planned: false), kind: .deliveredUnitMonths, subject: subject,
            explained: delivered)
        grant = Figure(id: id(.grant), kind: .grant, subject: subject, explained: grantAmount)
        serviceFait = Figure(
            id: id(.serviceFait), kind: .serviceFait, subject: subject,
            explained: try .scaled(price.amount, by: delivered, over: price.unitMonths))
        let rate = Explained.parameter(terms) { .rate($0.advanceRate) }
        advance = Figure(
            id: id(.advance), kind: .advance, subject: subject,
            explained: try .rated(grant.asOperand, rate, rounding: terms.value.rounding))
        due = Figure(id: id(.due), kind: .amountDue, subject: subject, explained: .minimum(serviceFait.asOperand, grant.asOperand))
        balance = Figure(
            id: id(.balance), kind: .balance, subject: subject, explained: try .positiveDifference(due.asOperand, advance.asOperand))
        reversement = Figure(
            id: id(.reversement), kind: .reversement, subject: subject,
            explained: try .positiveDifference(advance.asOperand, due.asOperand))
        advanceMonth = period.start.adding(months: terms.value.advanceDelayMonths)
        balanceMonth = period.end.adding(months: terms.value.balanceDelayMonths)
    }
}
