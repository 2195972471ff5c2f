/// Every operator's households and costs month by month, and the unit-months each
/// envelope line is paid on: what payments, the treasury and the budget read.
///
/// The table runs from the first convention month to the last payment (the balance
/// comes months after the convention ends), so it can be longer than the programme.
public struct Projection: Sendable, Hashable {
    public let programme: Period
    /// Months of the monthly table: the programme, then the months until the last payment.
    public let tableMonths: Int
    /// Each operator's households, in the scenario's order.
    public let households: [HouseholdProjection]
    /// Each operator's costs, in the scenario's order.
    public let costs: [CostProjection]
    /// The budget the candidate filed, against the costs described; its charges the scenario does not describe are spent here.
    public let filedBudget: FiledBudgetSpending?

    /// Every cost of the table (the operators', then the filed budget's charges that the scenario does not describe)
    /// added month by month, in that order, by category (staff, other direct, indirect, deposits, FTE): what the
    /// monthly table, the period charges and a risk run's treasury read. It has no lines' totals.
    public let total: CostProjection

    /// - Throws: ``InputError`` with the field path of a schedule the operator cannot hold.
    public init(_ resolved: ResolvedScenario) throws {
        let call = resolved.call
        let programme = resolved.programme
        // The table runs to the last payment of any line, whichever comes last: a balance, or a late advance or instalment.
        let lastPayment = call.lines.flatMap { line in call.periods.map { resolved.terms(of: line.id).value.lastPaymentMonth(of: $0) } }
            .max()!
        try self.init(
            resolved, operators: resolved.scenario.operators, tableMonths: max(programme.months, programme.start.months(to: lastPayment) + 1))
    }

    /// The projection of `operators` in place of the scenario's (the same places, charges and order), over a
    /// table of `tableMonths` months: what a risk simulation runs with other intakes and staff.
    ///
    /// - Precondition: `tableMonths` covers the programme.
    public init(_ resolved: ResolvedScenario, operators: [Operator], tableMonths: Int) throws {
        let call = resolved.call
        let programme = resolved.programme
        precondition(tableMonths >= programme.months, "the table covers the programme")
        // The months of the table each convention period covers: what each line of the budgets is added up over.
        let periods = call.periods.map { period in
            let first = programme.start.months(to: period.start)
            return first..<(first + period.months)
        }
        var households: [HouseholdProjection] = []
        var costs: [CostProjection] = []
        households.reserveCapacity(operators.count)
        costs.reserveCapacity(operators.count)
        // (Each operator read by index where it lies, not copied.)
        for index in operators.indices {
            let path = Operator.path(index)
            let projected = try HouseholdProjection(
                intake: operators[index].effectiveIntake, capacity: operators[index].households,
                accompanimentMonths: call.accompanimentMonths.value, programme: programme, tableMonths: tableMonths, path: path)
            households.append(projected)
            costs.append(
                try CostProjection(
                    of: operators[index], households: projected, programme: programme, tableMonths: tableMonths, periods: periods, path: path))
        }
        self.programme = programme
        self.tableMonths = tableMonths
        self.households = households
        self.costs = costs
        let filedBudget = try FiledBudgetSpending(
            scenario: resolved.scenario, costs: costs, programme: programme, period: call.periods[0], tableMonths: tableMonths)
        self.filedBudget = filedBudget
        var total = CostProjection(months: tableMonths)
        try costs.withUnsafeBufferPointer { costs in
            for index in costs.indices { try total.add(costs[index]) }
        }
        if let filedBudget { try total.add(filedBudget.costs) }
        self.total = total
    }

    /// The unit-months (hundredths) `line` is paid on in month `t` of the programme, for the
    /// operators at `operators` (all of them by default).
    public func unitMonths(of line: EnvelopeLine, at t: Int, operators: [Int]? = nil) -> Int64 {
        if let operators, operators.count == 1 { return unitMonths(of: line, at: t, operatorAt: operators[0]) }
        let chosen = operators ?? Array(households.indices)
        switch line.unit {
        case .household: return chosen.reduce(0) { $0 + households[$1].accompanied[t] } * 100
        case .dwelling: return chosen.reduce(0) { $0 + households[$1].housed[t] } * 100
        case .fte:
            let fte = chosen.reduce(Int64(0)) { $0 + costs[$1].fteHundredths[t] }
            // An FTE line pays for the FTE in post, up to the FTE it funds.
            if case .fixed(_, let units, _) = line.pricing { return min(fte, units.value) }
            return fte
        }
    }

    /// The unit-months of `line` in month `t` for the one operator at `index` (its own convention).
    public func unitMonths(of line: EnvelopeLine, at t: Int, operatorAt index: Int) -> Int64 {
        switch line.unit {
        case .household: return households[index].accompanied[t] * 100
        case .dwelling: return households[index].housed[t] * 100
        case .fte:
            let fte = costs[index].fteHundredths[t]
            if case .fixed(_, let units, _) = line.pricing { return min(fte, units.value) }
            return fte
        }
    }

    /// The staff, other direct and indirect charges of the operator at `index` over `months` of the table, read where
    /// they lie (an operator's costs taken from the array would be copied, each of its monthly series retained and
    /// released: the checks ask this of every operator for every convention).
    ///
    /// - Precondition: `index` is an operator's (checked first: the buffer itself is read without a bounds check).
    public func charges(ofOperator index: Int, over months: Range<Int>) throws -> (staff: Money, direct: Money, indirect: Money) {
        precondition(costs.indices.contains(index), "an operator of the projection")
        // Its three series read through the element's address (the element itself, read whole, was copied).
        return try costs.withUnsafeBufferPointer { buffer in
            let own = buffer.baseAddress! + index
            return try CostProjection.charges(
                staff: own.pointee.staff, direct: own.pointee.directNonStaff, indirect: own.pointee.indirect, over: months)
        }
    }

    /// The unit-months of `line` over `period`, for the operators at `operators`.
    public func unitMonths(of line: EnvelopeLine, over period: Period, operators: [Int]? = nil) -> Int64 {
        tableMonths(of: period).reduce(0) { $0 + unitMonths(of: line, at: $1, operators: operators) }
    }

    /// The unit-months of `line` over `period` for the one operator at `index` (its own convention).
    public func unitMonths(of line: EnvelopeLine, over period: Period, operatorAt index: Int) -> Int64 {
        tableMonths(of: period).reduce(0) { $0 + unitMonths(of: line, at: $1, operatorAt: index) }
    }

    /// The months of the table `period` covers.
    public func tableMonths(of period: Period) -> Range<Int> {
        let first = programme.start.months(to: period.start)
        return first..<(first + period.months)
    }

    /// The month `t` of the table.
    public func month(_ t: Int) -> YearMonth { programme.start.adding(months: t) }

    /// Households still accompanied when the programme ends, their accompaniment running past it.
    public var householdsContinuingAfter: Int64 { households.reduce(0) { $0 + $1.continuingAfterProgramme } }
}
