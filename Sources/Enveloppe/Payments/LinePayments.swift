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
    ///   - line, terms: borrowed (an initialiser's parameters are otherwise the caller's copies, made and destroyed for
    ///     each of a national programme's thousands of conventions).
    ///
    /// Every figure is made in a local first (and used as an operand from there: reading one back from the value copies
    /// it whole), then the value at once, by the initialiser below that throws nothing: a throwing initialiser that set
    /// its fields one by one built the value aside and copied it out, its dozen figures retained and released, for
    /// each of a national programme's 1 320 conventions.
    init(
        line: borrowing EnvelopeLine, period: Period, periodIndex: Int, holder: OperatorID?, subject: String, grant grantAmount: Explained,
        price: (amount: Explained, unitMonths: Explained), planned: Explained, delivered: Explained, terms: borrowing Cited<PaymentTerms>
    ) throws {
        let id = FigureID.ConventionNames(line.id, period: periodIndex, holder: holder)
        let grant = Figure(id: id(.grant), kind: .grant, subject: subject, explained: grantAmount)
        let grantOperand = grant.asOperand
        let serviceFait = Figure(
            id: id(.serviceFait), kind: .serviceFait, subject: subject, explained: try .scaled(price.amount, by: delivered, over: price.unitMonths))
        let rate = Explained.parameter(terms) { .rate($0.advanceRate) }
        let advance = Figure(
            id: id(.advance), kind: .advance, subject: subject, explained: try .rated(grantOperand, rate, rounding: terms.value.rounding))
        let advanceOperand = advance.asOperand
        // Each later instalment: the grant × the cumulative rate to it, rounded once, less the same before it.
        var instalments: [Figure] = []
        var paidBefore = advanceOperand
        // (Most terms have no later instalment: their cumulative rates are not made for each convention.)
        let cumulativeRates = terms.value.laterInstalments.isEmpty ? [] : terms.value.cumulativeRates
        for (index, cumulative) in cumulativeRates.enumerated().dropFirst() {
            let toDate = try Explained.rated(grantOperand, .parameter(.rate(cumulative), terms.citation), rounding: terms.value.rounding)
            instalments.append(
                Figure(id: id.instalment(index + 1), kind: .instalment, subject: subject, explained: try .difference(toDate, paidBefore)))
            paidBefore = toDate
        }
        let paidAhead = instalments.isEmpty ? advanceOperand : try Explained.sum([advanceOperand] + instalments.map(\.asOperand))
        let due = Figure(id: id(.due), kind: .amountDue, subject: subject, explained: .minimum(serviceFait.asOperand, grantOperand))
        let dueOperand = due.asOperand
        let balance = Figure(id: id(.balance), kind: .balance, subject: subject, explained: try .positiveDifference(dueOperand, paidAhead))
        let reversement = Figure(
            id: id(.reversement), kind: .reversement, subject: subject, explained: try .positiveDifference(paidAhead, dueOperand))
        self.init(
            line.id, period: period, periodIndex: periodIndex, holder: holder,
            planned: Figure(id: id.activity(planned: true), kind: .plannedUnitMonths, subject: subject, explained: planned),
            delivered: Figure(id: id.activity(planned: false), kind: .deliveredUnitMonths, subject: subject, explained: delivered),
            grant: grant, advance: advance, instalments: instalments, instalmentsTotal: try Money.sum(instalments.map(\.amount)),
            instalmentMonths: terms.value.laterInstalmentMonths(of: period),
            serviceFait: serviceFait, due: due, balance: balance, reversement: reversement, advanceMonth: terms.value.advanceMonth(of: period),
            balanceMonth: terms.value.balanceMonth(of: period),
            serviceFaitBasis: UnitPrice(amount: price.amount.money, perUnitMonthHundredths: price.unitMonths.integer),
            serviceFaitPrice: price.amount)
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

    /// A line's totals over its operators' conventions: each payment figure is the sum of what
    /// the conventions pay (never recomputed on the line, so the totals are what is paid).
    init(summing conventions: [LinePayments], line: EnvelopeLine, planned: Explained, delivered: Explained) throws {
        // Each convention is read in place through the buffer (a convention holds a dozen figures: an array's element
        // handed to a closure or bound to a name is copied, its figures retained and released, which costs more than
        // the sum; a national programme sums thousands).
        self = try conventions.withUnsafeBufferPointer { buffer in
            try LinePayments(summing: buffer, line: line, planned: planned, delivered: delivered)
        }
    }

    private init(summing conventions: UnsafeBufferPointer<LinePayments>, line: EnvelopeLine, planned: Explained, delivered: Explained) throws {
        let subject = line.label
        let periodIndex = conventions[0].periodIndex
        let sum = { (part: PaymentPart, kind: Figure.Kind, operands: [Explained]) throws -> Figure in
            Figure(id: .payment(line.id, period: periodIndex, part), kind: kind, subject: subject, explained: try .sum(operands))
        }
        self.line = line.id
        period = conventions[0].period
        self.periodIndex = periodIndex
        holder = nil
        let id = FigureID.ConventionNames(line.id, period: periodIndex)
        plannedUnitMonths = Figure(id: id.activity(planned: true), kind: .plannedUnitMonths, subject: subject, explained: planned)
        deliveredUnitMonths = Figure(id: id.activity(planned: false), kind: .deliveredUnitMonths, subject: subject, explained: delivered)
        let all = conventions.indices
        grant = try sum(.grant, .grant, all.map { conventions[$0].grant.asOperand })
        advance = try sum(.advance, .advance, all.map { conventions[$0].advance.asOperand })
        serviceFait = try sum(.serviceFait, .serviceFait, all.map { conventions[$0].serviceFait.asOperand })
        due = try sum(.due, .amountDue, all.map { conventions[$0].due.asOperand })
        balance = try sum(.balance, .balance, all.map { conventions[$0].balance.asOperand })
        reversement = try sum(.reversement, .reversement, all.map { conventions[$0].reversement.asOperand })
        instalments = try conventions[0].instalments.indices.map { k in
            Figure(
                id: .instalment(line.id, period: periodIndex, number: k + 2), kind: .instalment, subject: subject,
                explained: try .sum(all.map { conventions[$0].instalments[k].asOperand }))
        }
        instalmentMonths = conventions[0].instalmentMonths
        instalmentsTotal = try Money.sum(all.map { conventions[$0].instalmentsTotal })
        advanceMonth = conventions[0].advanceMonth
        balanceMonth = conventions[0].balanceMonth
        serviceFaitBasis = nil
        serviceFaitPrice = nil
    }
}
