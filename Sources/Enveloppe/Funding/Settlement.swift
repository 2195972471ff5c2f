/// Settling a convention from the operators' monthly counts: service fait to date and
/// for the year, the balance due or the reversement, and the gaps with the plan, in the
/// shape of the compte-rendu financier (CERFA 15059: planned and actual side by side).
///
/// Service fait = counted unit-months × the line's price, rounded once per operator and
/// line (never per month). A month with no count before the last month counted is taken
/// as zero and flagged; months after it are taken from the plan, and the year's figures
/// are then a forecast. Lines paid on FTE are settled on the plan (counts are of households).
public struct Settlement: Sendable {
    public struct LineSettlement: Sendable, Hashable {
        public let line: EnvelopeLine
        public let grant: Money
        public let advance: Money
        /// Household-months planned, counted to date, and counted plus planned for the months not
        /// yet counted; `nil` for a line paid on FTE, settled on the plan.
        public let plannedUnitMonths: Int64?
        public let unitMonthsToDate: Int64?
        public let unitMonthsForYear: Int64?
        public let plannedServiceFait: Money
        public let serviceFaitToDate: Money
        public let serviceFaitForYear: Money
        /// `min(service fait for the year, grant) − advance` when positive.
        public let balance: Money
        public let reversement: Money
        /// Actual (year) − planned service fait.
        public let gap: Money
        /// Whether |gap| ≥ threshold × planned: a gap to explain.
        public let isSignificant: Bool
    }

    public struct OperatorSettlement: Sendable, Hashable {
        public let operatorID: String
        public let name: String
        public let plannedMeasureMonths: Int64
        public let countedMeasureMonths: Int64
        /// Months of the period, up to the last counted, with no count (taken as zero).
        public let monthsWithoutCount: [YearMonth]
        public let lines: [LineSettlement]
    }

    public let title: String
    public let period: Period
    /// The last month any count covers; `nil` when there is none.
    public let lastCounted: YearMonth?
    /// Whether every month of the period is counted for every operator (the figures are final).
    public let isComplete: Bool
    /// Whether months after the last counted are taken from the plan (the year's figures are a forecast).
    public let isForecast: Bool
    public let threshold: Rate
    public let operators: [OperatorSettlement]
    public let sources: [Citation]

    /// Settles the first convention period of `report` with `counts`.
    ///
    /// - Parameter threshold: the share of the planned service fait from which a gap is
    ///   significant; no text sets one (DOMAIN.md), so it is the user's.
    /// - Throws: ``ActualsError`` naming the count's line.
    public init(report: RunReport, scenario: Scenario, counts: [ActualCount], threshold: Rate) throws {
        title = report.title
        let period = report.call.periods[0]
        self.period = period
        self.threshold = threshold
        let ids = scenario.operators.map(\.id)
        var table: [String: [YearMonth: ActualCount]] = [:]
        for count in counts {
            guard let index = ids.firstIndex(of: count.operatorID) else {
                throw ActualsError(line: count.line, problem: .unknownOperator(count.operatorID, known: ids))
            }
            guard report.programme.contains(count.month) else {
                throw ActualsError(line: count.line, problem: .monthOutsideConvention(count.month, programme: report.programme))
            }
            if let first = table[count.operatorID]?[count.month] {
                throw ActualsError(line: count.line, problem: .duplicate(firstLine: first.line))
            }
            let capacity = scenario.operators[index].households
            guard count.measures <= capacity else {
                throw ActualsError(line: count.line, problem: .aboveCapacity(measures: count.measures, capacity: capacity))
            }
            table[count.operatorID, default: [:]][count.month] = count
        }
        let counted = counts.map(\.month).filter { period.contains($0) }.max()
        lastCounted = counted
        let first = report.programme.start.months(to: period.start)
        let months = period.allMonths
        let lastIndex = counted.map { period.start.months(to: $0) } ?? -1
        var complete = true
        let terms = report.call.paymentTerms!.value
        operators = try scenario.operators.enumerated().map { index, op in
            let plan = report.projections[index]
            var plannedMonths: Int64 = 0
            var countedToDate: Int64 = 0
            var forYear: Int64 = 0
            var missing: [YearMonth] = []
            for (k, month) in months.enumerated() {
                let planned = plan.accompanied[first + k]
                plannedMonths += planned
                if k <= lastIndex {
                    let value = table[op.id]?[month]?.measures
                    if value == nil { missing.append(month) }
                    countedToDate += value ?? 0
                    forYear += value ?? 0
                } else {
                    forYear += planned
                }
            }
            if !missing.isEmpty || lastIndex < months.count - 1 { complete = false }
            let lines = try report.lines.enumerated().map { lineIndex, line -> LineSettlement in
                let grant = report.operators[index].shares[lineIndex].money ?? .zero
                let advance = try grant.multiplied(by: terms.advanceRate, rounding: terms.rounding)
                let planned: Money
                let toDate: Money
                let yearServiceFait: Money
                var units: (planned: Int64, toDate: Int64, year: Int64)?
                switch line.line.unit {
                case .household, .dwelling:
                    units = (plannedMonths * 100, countedToDate * 100, forYear * 100)
                    planned = try line.price.cost(ofUnitMonthHundredths: plannedMonths * 100)
                    toDate = try line.price.cost(ofUnitMonthHundredths: countedToDate * 100)
                    yearServiceFait = try line.price.cost(ofUnitMonthHundredths: forYear * 100)
                case .fte:
                    // The plan: the operator's grant × the line's delivered / funded FTE-months, rounded once;
                    // to date, the months counted so far of it.
                    let period0 = line.periods[0]
                    guard case .unitMonths(let delivered, _) = period0.deliveredUnitMonths.value,
                        case .unitMonths(let funded, _) = period0.plannedUnitMonths.value, funded > 0
                    else { throw ArithmeticError.divisionByZero(operation: "FTE-months of \(line.line.id)") }
                    planned = try grant.scaled(by: delivered, over: funded)
                    yearServiceFait = planned
                    toDate = try grant.scaled(by: delivered * Int64(lastIndex + 1), over: funded * Int64(months.count))
                }
                let due = min(yearServiceFait, grant)
                let gap = try yearServiceFait - planned
                // |gap| ≥ threshold × planned, exactly.
                let significant = Int128(gap.cents.magnitude) * Int128(threshold.denominator) >= Int128(planned.cents) * Int128(threshold.numerator)
                    && gap != .zero
                return LineSettlement(
                    line: line.line, grant: grant, advance: advance, plannedUnitMonths: units?.planned, unitMonthsToDate: units?.toDate,
                    unitMonthsForYear: units?.year, plannedServiceFait: planned, serviceFaitToDate: toDate, serviceFaitForYear: yearServiceFait,
                    balance: due > advance ? try due - advance : .zero, reversement: advance > due ? try advance - due : .zero,
                    gap: gap, isSignificant: significant)
            }
            return OperatorSettlement(
                operatorID: op.id, name: op.name, plannedMeasureMonths: plannedMonths, countedMeasureMonths: countedToDate,
                monthsWithoutCount: missing, lines: lines)
        }
        isComplete = complete
        isForecast = lastIndex < months.count - 1
        sources = report.lines.flatMap { Array($0.amount.sources.prefix(1)) } + (report.call.paymentTerms.map { [$0.citation] } ?? [])
    }
}
