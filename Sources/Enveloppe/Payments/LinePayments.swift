/// One envelope line in one convention: the unit-months planned and delivered, and the six
/// payment figures (with any instalments after the advance), each named and explained
/// (`enveloppe explain`).
///
/// Service fait = delivered unit-months × an amount / the unit-months it pays for, rounded
/// once: the call's price for a convention of the whole application, the operator's share
/// over its own funded unit-months for an operator's convention (so complete activity always
/// pays the whole share). The advance is the grant × the advance rate, rounded as the terms
/// say; instalment k after it is grant × the cumulative rate to k, rounded once, less the same to
/// k − 1; due = min(service fait, grant); balance = max(due − paid ahead, 0); reversement =
/// max(paid ahead − due, 0), where paid ahead is the advance and the instalments (DOMAIN.md,
/// "Arithmetic the users expect").
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
    /// The instalments after the advance and before the balance, in order (none unless the terms state them).
    public let instalments: [Figure]
    /// The month each of `instalments` reaches the account.
    public let instalmentMonths: [YearMonth]
    /// The instalments added up: advance + instalments + balance − reversement is what is due.
    public let instalmentsTotal: Money
    public let advanceMonth: YearMonth
    public let balanceMonth: YearMonth
    /// Service fait is `amount × unit-months / per`, rounded once: what the monthly table applies to
    /// the unit-months delivered so far. `nil` for a line's totals (the sum of its conventions').
    public let serviceFaitBasis: UnitPrice?
    /// The amount of ``serviceFaitBasis``, explained as the run explains it (the convention's grant, or the line's
    /// price): a settlement rests its service fait on the same operand. `nil` for a line's totals.
    public let serviceFaitPrice: Explained?

    /// The payment figures, in the order a schedule reads them (the instalments after the advance).
    public var figures: [Figure] { [grant, advance] + instalments + [serviceFait, due, balance, reversement] }

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
            balance: balance.amount, reversement: reversement.amount, advanceMonth: advanceMonth, balanceMonth: balanceMonth,
            instalments: zip(instalments, instalmentMonths).map { PaymentSchedule.Instalment(amount: $0.amount, month: $1) })
    }

    /// Computes the payments of one convention from its grant and its activity.
    ///
    /// - Parameters:
    ///   - grant: the convention's grant, explained.
    ///   - price: the amount service fait is computed on and the unit-months it pays for, explained.
    ///   - planned, delivered: the convention's unit-months.
    ///   - line, terms: borrowed (an initialiser's parameters are otherwise the caller's copies).
    init(
        line: borrowing EnvelopeLine, period: Period, periodIndex: Int, holder: OperatorID?, subject: String, grant: Explained,
        price: (amount: Explained, unitMonths: Explained), planned: Explained, delivered: Explained, terms: borrowing Cited<PaymentTerms>
    ) throws {
        let amounts = try ConventionAmounts(
            grant: grant.money, price: price.amount.money, perUnitMonthHundredths: price.unitMonths.integer, delivered: delivered.integer,
            terms: terms.value)
        self.init(
            line: line, period: period, periodIndex: periodIndex, holder: holder, subject: subject, amounts: amounts, grant: grant,
            price: price, planned: planned, delivered: delivered, terms: terms)
    }

    /// The payments of one convention whose amounts are computed (``ConventionAmounts``): each figure explained by the
    /// operation that gave its amount, on the same operands. An operator's own convention is made so when an output
    /// asks for it (``OwnConventions``).
    ///
    /// Every figure is made in a local first (and used as an operand from there: reading one back from the value copies
    /// it whole), then the value at once, by the initialiser below (one that set its fields one by one built the value
    /// aside and copied it out, its dozen figures retained and released).
    init(
        line: borrowing EnvelopeLine, period: Period, periodIndex: Int, holder: OperatorID?, subject: String, amounts: borrowing ConventionAmounts,
        grant grantAmount: Explained, price: (amount: Explained, unitMonths: Explained), planned: Explained, delivered: Explained,
        terms: borrowing Cited<PaymentTerms>
    ) {
        let id = FigureID.ConventionNames(line.id, period: periodIndex, holder: holder)
        let rounding = terms.value.rounding
        let grant = Figure(id: id(.grant), kind: .grant, subject: subject, explained: grantAmount)
        let grantOperand = grant.asOperand
        let serviceFait = Figure(
            id: id(.serviceFait), kind: .serviceFait, subject: subject,
            explained: .recorded(.money(amounts.serviceFait), .scaled(.halfAwayFromZero), [price.amount, delivered, price.unitMonths]))
        let rate = Explained.parameter(terms) { .rate($0.advanceRate) }
        let advance = Figure(
            id: id(.advance), kind: .advance, subject: subject,
            explained: .recorded(.money(amounts.advance), .rated(rounding), [grantOperand, rate]))
        let advanceOperand = advance.asOperand
        // Each later instalment: the grant × the cumulative rate to it, rounded once, less the same before it.
        var instalments: [Figure] = []
        var paidBefore = advanceOperand
        if !amounts.instalments.isEmpty {
            instalments.reserveCapacity(amounts.instalments.count)
            let cumulativeRates = terms.value.cumulativeRates
            for index in amounts.instalments.indices {
                let toDate = Explained.recorded(
                    .money(amounts.paidToInstalment[index]), .rated(rounding),
                    [grantOperand, .parameter(.rate(cumulativeRates[index + 1]), terms.citation)])
                instalments.append(
                    Figure(
                        id: id.instalment(index + 2), kind: .instalment, subject: subject,
                        explained: .recorded(.money(amounts.instalments[index]), .difference, [toDate, paidBefore])))
                paidBefore = toDate
            }
        }
        let paidAhead =
            instalments.isEmpty
            ? advanceOperand : Explained.recorded(.money(amounts.paidAhead), .sum, [advanceOperand] + instalments.map(\.asOperand))
        let due = Figure(
            id: id(.due), kind: .amountDue, subject: subject,
            explained: .recorded(.money(amounts.due), .minimum, [serviceFait.asOperand, grantOperand]))
        let dueOperand = due.asOperand
        let balance = Figure(
            id: id(.balance), kind: .balance, subject: subject,
            explained: .recorded(.money(amounts.balance), .positiveDifference, [dueOperand, paidAhead]))
        let reversement = Figure(
            id: id(.reversement), kind: .reversement, subject: subject,
            explained: .recorded(.money(amounts.reversement), .positiveDifference, [paidAhead, dueOperand]))
        self.init(
            line.id, period: period, periodIndex: periodIndex, holder: holder,
            planned: Figure(id: id.activity(planned: true), kind: .plannedUnitMonths, subject: subject, explained: planned),
            delivered: Figure(id: id.activity(planned: false), kind: .deliveredUnitMonths, subject: subject, explained: delivered),
            grant: grant, advance: advance, instalments: instalments, instalmentsTotal: amounts.instalmentsTotal,
            instalmentMonths: terms.value.laterInstalmentMonths(of: period),
            serviceFait: serviceFait, due: due, balance: balance, reversement: reversement, advanceMonth: terms.value.advanceMonth(of: period),
            balanceMonth: terms.value.balanceMonth(of: period), serviceFaitBasis: amounts.basis, serviceFaitPrice: price.amount)
    }

    /// The value of its figures, each moved into place.
    private init(
        _ line: LineID, period: Period, periodIndex: Int, holder: OperatorID?, planned: consuming Figure, delivered: consuming Figure,
        grant: consuming Figure, advance: consuming Figure, instalments: consuming [Figure], instalmentsTotal: Money,
        instalmentMonths: consuming [YearMonth],
        serviceFait: consuming Figure, due: consuming Figure, balance: consuming Figure, reversement: consuming Figure,
        advanceMonth: YearMonth, balanceMonth: YearMonth, serviceFaitBasis: UnitPrice?, serviceFaitPrice: consuming Explained?
    ) {
        self.line = line
        self.period = period
        self.periodIndex = periodIndex
        self.holder = holder
        plannedUnitMonths = planned
        deliveredUnitMonths = delivered
        self.grant = grant
        self.advance = advance
        self.instalments = instalments
        self.instalmentsTotal = instalmentsTotal
        self.instalmentMonths = instalmentMonths
        self.serviceFait = serviceFait
        self.due = due
        self.balance = balance
        self.reversement = reversement
        self.advanceMonth = advanceMonth
        self.balanceMonth = balanceMonth
        self.serviceFaitBasis = serviceFaitBasis
        self.serviceFaitPrice = serviceFaitPrice
    }

    /// A line's totals over its operators' own conventions in one period: each payment figure is the sum of what the
    /// conventions pay (never recomputed on the line, so the totals are what is paid), its explanation — the sum of
    /// the conventions' figures — made when first asked.
    init(
        summing own: OwnConventions, period periodIndex: Int, line: EnvelopeLine, planned: Explained, delivered: Explained
    )
        throws
    {
        let subject = line.label
        let amounts = own.amounts[periodIndex]
        let sum = { (part: PaymentPart, kind: Figure.Kind, amount: (ConventionAmounts) -> Money) throws -> Figure in
            let total = try Money.sum(amounts.map(amount))
            return Figure(
                id: .payment(line.id, period: periodIndex, part), kind: kind, subject: subject, value: .money(total),
                deferred: OwnConventionsTotal(own: own, period: periodIndex, figure: .payment(part), total: total))
        }
        self.line = line.id
        let period = own.periods[periodIndex]
        let terms = own.terms.value
        self.period = period
        self.periodIndex = periodIndex
        holder = nil
        let id = FigureID.ConventionNames(line.id, period: periodIndex)
        plannedUnitMonths = Figure(id: id.activity(planned: true), kind: .plannedUnitMonths, subject: subject, explained: planned)
        deliveredUnitMonths = Figure(id: id.activity(planned: false), kind: .deliveredUnitMonths, subject: subject, explained: delivered)
        grant = try sum(.grant, .grant, \.grant)
        advance = try sum(.advance, .advance, \.advance)
        serviceFait = try sum(.serviceFait, .serviceFait, \.serviceFait)
        due = try sum(.due, .amountDue, \.due)
        balance = try sum(.balance, .balance, \.balance)
        reversement = try sum(.reversement, .reversement, \.reversement)
        instalments = try amounts[0].instalments.indices.map { k in
            let total = try Money.sum(amounts.map { $0.instalments[k] })
            return Figure(
                id: .instalment(line.id, period: periodIndex, number: k + 2), kind: .instalment, subject: subject, value: .money(total),
                deferred: OwnConventionsTotal(own: own, period: periodIndex, figure: .instalment(k), total: total))
        }
        instalmentMonths = terms.laterInstalmentMonths(of: period)
        instalmentsTotal = try Money.sum(amounts.map(\.instalmentsTotal))
        advanceMonth = terms.advanceMonth(of: period)
        balanceMonth = terms.balanceMonth(of: period)
        serviceFaitBasis = nil
        serviceFaitPrice = nil
    }
}
