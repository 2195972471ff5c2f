/// The treasury of one run of a risk simulation: the report's own engine for what changes from
/// run to run — the households (``HouseholdProjection``), the costs (``CostProjection``), the
/// service fait of each convention and the months of its payments (``PaymentsByMonth``) — without
/// the explanation trees, budgets and checks of a full report.
///
/// The grants, advances and instalments do not change from run to run: they are the report's.
/// With the scenario as written (``RiskDraw/asWritten(inputs:)``) a run gives exactly the report's
/// month-end treasury, low point and final result (a test checks it); its table may run longer,
/// to the latest payment any run can have, which only adds deposits coming back.
public struct TreasuryRun: Sendable {
    /// What one run gives.
    public struct Outcome: Sendable, Hashable {
        /// Month-end treasury over ``TreasuryRun/months``.
        public let treasury: [Money]
        /// The lowest month-end treasury.
        public let lowest: Money
        /// Cash at the end less the opening, plus deposits still to come back (as ``TreasurySummary/finalResult``).
        public let finalResult: Money
        /// What the association pays back, all conventions.
        public let reversement: Money
        /// The action's charges over the programme (staff, direct, indirect) per household accompanied
        /// (already there at the start, or entering), rounded once.
        public let costPerHousehold: Money
        /// What carrying the cash below zero costs, as the risk block states it (zero without one).
        public let bridgingCost: Money
    }

    /// One convention of one line: what stays, and which inputs move its payments.
    struct Convention: Sendable {
        let line: EnvelopeLine
        let period: Period
        let operators: [Int]?
        let basis: UnitPrice
        let grant: Money
        let advance: Money
        let instalments: [PaymentSchedule.Instalment]
        let paidAhead: Money
        let advanceMonth: YearMonth
        let balanceMonth: YearMonth
        /// The inputs of `inputs` that delay its advance and its balance, if any.
        let advanceInput: Int?
        let balanceInput: Int?
    }

    let resolved: ResolvedScenario
    let inputs: [RiskInput]
    let conventions: [Convention]
    let bridging: RiskSettings.Bridging?
    /// The months of every run's table: to the latest payment any run can have.
    public let months: [YearMonth]

    public init(report: RunReport, inputs: [RiskInput], bridging: RiskSettings.Bridging?) throws {
        resolved = report.resolved
        self.inputs = inputs
        self.bridging = bridging
        let index = { (kind: RiskInput.Kind) in inputs.firstIndex { $0.kind == kind } }
        var conventions: [Convention] = []
        for line in report.lines {
            let funder = line.line.funder.id
            for (period, payments) in line.periods.enumerated() {
                let own = line.isPerOperator ? line.conventions[period] : [payments]
                for (position, p) in own.enumerated() {
                    let instalments = zip(p.instalments, p.instalmentMonths).map { PaymentSchedule.Instalment(amount: $0.amount, month: $1) }
                    conventions.append(
                        Convention(
                            line: line.line, period: p.period, operators: line.isPerOperator ? [position] : nil, basis: p.serviceFaitBasis!,
                            grant: p.grant.amount, advance: p.advance.amount, instalments: instalments,
                            paidAhead: try Money.sum([p.advance.amount] + instalments.map(\.amount)), advanceMonth: p.advanceMonth,
                            balanceMonth: p.balanceMonth, advanceInput: index(.advanceDelay(funder: funder)),
                            balanceInput: index(.balanceDelay(funder: funder))))
                }
            }
        }
        self.conventions = conventions
        let start = report.programme.start
        let latest = { (input: Int?) in input.map { Int(inputs[$0].distribution.maximum) } ?? 0 }
        var count = report.months.count
        for c in conventions {
            let ahead = ([c.advanceMonth] + c.instalments.map(\.month)).map { start.months(to: $0) + latest(c.advanceInput) }
            count = max(count, ahead.max()! + 1, start.months(to: c.balanceMonth) + latest(c.balanceInput) + 1)
        }
        months = (0..<count).map { start.adding(months: $0) }
    }

    /// The operators of the scenario with the draw's intake and staff.
    func operators(for draw: RiskDraw) -> [Operator] {
        var operators = resolved.scenario.operators
        let programme = resolved.programme
        for (index, input) in inputs.enumerated() {
            guard let value = draw.values[index] else { continue }
            for o in operators.indices {
                switch input.kind {
                case .rampUp:
                    if case .rampUp? = operators[o].intake?.entries { operators[o].intake!.entries = .rampUp(perMonth: value) }
                case .refillDelay:
                    if operators[o].intake != nil { operators[o].intake!.refillDelayMonths = Int(value) }
                case .earlyExitRate:
                    var intake = operators[o].effectiveIntake
                    intake.earlyExits += earlyExits(rate: value, of: operators[o], intake: intake)
                    operators[o].intake = intake
                case .advanceDelay, .balanceDelay, .staffVacancy: continue
                }
            }
        }
        // Each post opens `vacancy` months late; a post vacant all along is no post.
        var post = 0
        for o in operators.indices where !draw.vacancies.isEmpty {
            operators[o].staff = operators[o].staff.compactMap { staff in
                defer { post += 1 }
                var staff = staff
                let start = (staff.start ?? programme.start).adding(months: Int(draw.vacancies[post]))
                guard start <= (staff.end ?? programme.end) else { return nil }
                staff.start = start
                return staff
            }
        }
        return operators
    }

    /// The early exits of `rate` hundredths of a percent of an operator's places in each convention, spread
    /// over its months once households are there (⌊E·i/k⌋ − ⌊E·(i−1)/k⌋ at the i-th of k months), never its first.
    func earlyExits(rate: Int64, of op: Operator, intake: Intake) -> [Intake.EarlyExit] {
        let programme = resolved.programme
        let exits = Int64(RoundingRule.halfAwayFromZero.divide(Int128(op.households) * Int128(rate), by: 10_000))
        guard exits > 0 else { return [] }
        let present = intake.initial > 0 ? 0 : programme.start.months(to: intake.start ?? programme.start)
        var result: [Intake.EarlyExit] = []
        for period in resolved.call.periods {
            let first = programme.start.months(to: period.start)
            let months = (max(first, present + 1)..<(first + period.months)).filter { $0 < programme.months }
            let k = Int64(months.count)
            for (i, t) in months.enumerated() {
                let count = exits * Int64(i + 1) / k - exits * Int64(i) / k
                if count > 0 { result.append(Intake.EarlyExit(month: programme.start.adding(months: t), households: count)) }
            }
        }
        return result
    }

    /// The run of `draw`.
    ///
    /// - Throws: ``InputError`` when the draw asks what the engine refuses (more households leaving than are
    ///   accompanied), or amounts beyond exact computation.
    public func run(_ draw: RiskDraw) throws -> Outcome {
        let tableMonths = months.count
        let start = resolved.programme.start
        let projection = try Projection(resolved, operators: operators(for: draw), tableMonths: tableMonths)
        var payments = PaymentsByMonth(months: tableMonths)
        var reversement = Money.zero
        let late = { (input: Int?) in input.flatMap { draw.values[$0] }.map { Int($0) } ?? 0 }
        for c in conventions {
            let serviceFait = try c.basis.cost(ofUnitMonthHundredths: projection.unitMonths(of: c.line, over: c.period, operators: c.operators))
            let due = min(serviceFait, c.grant)
            let balance = due > c.paidAhead ? try due - c.paidAhead : .zero
            let back = c.paidAhead > due ? try c.paidAhead - due : .zero
            reversement = try reversement + back
            let schedule = PaymentSchedule(
                grant: c.grant, advance: c.advance, serviceFait: serviceFait, due: due, balance: balance, reversement: back,
                advanceMonth: c.advanceMonth, balanceMonth: c.balanceMonth, instalments: c.instalments)
            try payments.place(schedule, from: start, advanceLateness: late(c.advanceInput), balanceLateness: late(c.balanceInput))
        }
        // Month by month as the report's table: receipts − expenses, added to the previous month's cash.
        let costs = projection.total  // every cost of the table (operators' and a filed budget's), added month by month once
        let opening = resolved.scenario.openingBalance
        var treasury = opening
        var series: [Money] = []
        series.reserveCapacity(tableMonths)
        var charges = Money.zero
        var overdraftCents: Int64 = 0
        for t in 0..<tableMonths {
            var receipts = try payments.advances[t] + payments.balances[t]
            var expenses = payments.reversements[t]
            let charged = try costs.staff[t] + costs.directNonStaff[t] + costs.indirect[t]
            charges = try charges + charged
            receipts = try receipts + costs.depositsReturned[t]
            expenses = try expenses + charged + costs.depositsPaid[t]
            treasury = try treasury + (receipts - expenses)
            series.append(treasury)
            if treasury < .zero { overdraftCents += -treasury.cents }
        }
        let lowest = series.min()!
        let outstanding = try TreasurySummary.depositsOutstanding(resolved, projection: projection)
        let households = zip(resolved.scenario.operators, projection.households).reduce(Int64(0)) {
            $0 + $1.0.effectiveIntake.initial + $1.1.entries.reduce(0, +)
        }
        let bridgingCost: Money
        switch bridging {
        case .overdraft(let rate)?: bridgingCost = try Money(cents: overdraftCents).scaled(by: rate.numerator, over: rate.denominator * 12)
        case .assignment(let rate)?: bridgingCost = lowest < .zero ? try Money(cents: -lowest.cents).multiplied(by: rate) : .zero
        case nil: bridgingCost = .zero
        }
        return Outcome(
            treasury: series, lowest: lowest, finalResult: try treasury + outstanding - opening, reversement: reversement,
            costPerHousehold: households > 0 ? try charges.scaled(by: 1, over: households) : .zero, bridgingCost: bridgingCost)
    }
}
