/// One envelope line in one convention: the unit-months planned and delivered, and the six
/// payment figures, each named and explained (`enveloppe explain`).
///
/// Service fait = delivered unit-months × an amount / the unit-months it pays for, rounded
/// once: the call's price for a convention of the whole application, the operator's share
/// over its own funded unit-months for an operator's convention (so complete activity always
/// pays the whole share). The advance is the grant × the advance rate, rounded as the terms
/// say; due = min(service fait, grant); balance = max(due − advance, 0); reversement =
/// max(advance − due, 0) (DOMAIN.md, "Arithmetic the users expect").
public struct LinePayments: Sendable, Hashable {
    public let line: LineID
    public let period: Period
    /// 0 for the first convention period.
    public let periodIndex: Int
    /// The operator whose own convention this is; `nil` for the application's convention, or for a
    /// line's totals over its operators' conventions.
    public let holder: OperatorID?
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
    /// Service fait is `amount × unit-months / per`, rounded once: what the monthly table applies to
    /// the unit-months delivered so far. `nil` for a line's totals (the sum of its conventions').
    public let serviceFaitBasis: UnitPrice?

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

    /// Computes the payments of one convention from its grant and its activity.
    ///
    /// - Parameters:
    ///   - grant: the convention's grant, explained.
    ///   - price: the amount service fait is computed on and the unit-months it pays for, explained.
    ///   - planned, delivered: the convention's unit-months.
    init(
        line: EnvelopeLine, period: Period, periodIndex: Int, holder: OperatorID?, subject: String, grant grantAmount: Explained,
        price: (amount: Explained, unitMonths: Explained), planned: Explained, delivered: Explained, terms: Cited<PaymentTerms>
    ) throws {
        let id = { (part: PaymentPart) in FigureID.payment(line.id, period: periodIndex, part, holder: holder) }
        self.line = line.id
        self.period = period
        self.periodIndex = periodIndex
        self.holder = holder
        plannedUnitMonths = Figure(
            id: .activity(line.id, period: periodIndex, planned: true, holder: holder), kind: .plannedUnitMonths, subject: subject,
            explained: planned)
        deliveredUnitMonths = Figure(
            id: .activity(line.id, period: periodIndex, planned: false, holder: holder), kind: .deliveredUnitMonths, subject: subject,
            explained: delivered)
        grant = Figure(id: id(.grant), kind: .grant, subject: subject, explained: grantAmount)
        serviceFait = Figure(
            id: id(.serviceFait), kind: .serviceFait, subject: subject, explained: try .scaled(price.amount, by: delivered, over: price.unitMonths))
        serviceFaitBasis = UnitPrice(amount: price.amount.money, perUnitMonthHundredths: price.unitMonths.integer)
        let rate = Explained.parameter(terms) { .rate($0.advanceRate) }
        advance = Figure(
            id: id(.advance), kind: .advance, subject: subject, explained: try .rated(grant.asOperand, rate, rounding: terms.value.rounding))
        due = Figure(id: id(.due), kind: .amountDue, subject: subject, explained: .minimum(serviceFait.asOperand, grant.asOperand))
        balance = Figure(
            id: id(.balance), kind: .balance, subject: subject, explained: try .positiveDifference(due.asOperand, advance.asOperand))
        reversement = Figure(
            id: id(.reversement), kind: .reversement, subject: subject, explained: try .positiveDifference(advance.asOperand, due.asOperand))
        advanceMonth = terms.value.advanceMonth(of: period)
        balanceMonth = terms.value.balanceMonth(of: period)
    }

    /// A line's totals over its operators' conventions: each payment figure is the sum of what
    /// the conventions pay (never recomputed on the line, so the totals are what is paid).
    init(summing conventions: [LinePayments], line: EnvelopeLine, planned: Explained, delivered: Explained) throws {
        let first = conventions[0]
        let subject = line.label
        let sum = { (part: PaymentPart, kind: Figure.Kind) throws -> Figure in
            Figure(
                id: .payment(line.id, period: first.periodIndex, part), kind: kind, subject: subject,
                explained: try .sum(conventions.map { $0.figure(part).asOperand }))
        }
        self.line = line.id
        period = first.period
        periodIndex = first.periodIndex
        holder = nil
        plannedUnitMonths = Figure(
            id: .activity(line.id, period: periodIndex, planned: true), kind: .plannedUnitMonths, subject: subject, explained: planned)
        deliveredUnitMonths = Figure(
            id: .activity(line.id, period: periodIndex, planned: false), kind: .deliveredUnitMonths, subject: subject, explained: delivered)
        grant = try sum(.grant, .grant)
        advance = try sum(.advance, .advance)
        serviceFait = try sum(.serviceFait, .serviceFait)
        due = try sum(.due, .amountDue)
        balance = try sum(.balance, .balance)
        reversement = try sum(.reversement, .reversement)
        advanceMonth = first.advanceMonth
        balanceMonth = first.balanceMonth
        serviceFaitBasis = nil
    }
}
