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
        /// planned, to date, year, gap, balance and reversement, explained (`enveloppe explain`).
        public let figures: [Figure]
    }

    public struct OperatorSettlement: Sendable, Hashable {
        public let operatorID: OperatorID
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

    /// Every settled figure, explained (`enveloppe explain … --actuals`).
    public var figures: [Figure] { operators.flatMap { $0.lines.flatMap(\.figures) } }

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
        var table: [OperatorID: [YearMonth: ActualCount]] = [:]
        for count in counts {
            guard let index = ids.firstIndex(of: count.operatorID) else {
                throw ActualsError(line: count.line, problem: .unknownOperator(count.operatorID.rawValue, known: ids.map(\.rawValue)))
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
        let terms = report.resolved.terms.value
        operators = try scenario.operators.enumerated().map { index, op in
            let plan = report.projection.households[index]
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
                let grant = report.operators[index].shares[lineIndex].amount
                let advance = try grant.multiplied(by: terms.advanceRate, rounding: terms.rounding)
                let price = Explained.parameter(.money(line.price.amount), line.amount.sources.first ?? .scenario(path: "rules.lines"))
                let per = Explained.constant(.unitMonths(hundredths: line.price.perUnitMonthHundredths, unit: line.line.unit))
                let id = { (name: String) in FigureID.settlement(op.id, line.line.id, name) }
                let counts = "actuals: \(op.id)"
                let plannedE: Explained
                let toDateE: Explained
                let yearE: Explained
                var units: (planned: Int64, toDate: Int64, year: Int64)?
                switch line.line.unit {
                case .household, .dwelling:
                    units = (plannedMonths * 100, countedToDate * 100, forYear * 100)
                    let unit = line.line.unit
                    plannedE = try .scaled(
                        price, by: .projection(.unitMonths(hundredths: plannedMonths * 100, unit: unit), of: "operators[\(index)].intake"), over: per)
                    toDateE = try .scaled(price, by: .field(.unitMonths(hundredths: countedToDate * 100, unit: unit), path: counts), over: per)
                    yearE = try .scaled(
                        price, by: .projection(.unitMonths(hundredths: forYear * 100, unit: unit), of: "\(counts), plan pour les mois non comptés"),
                        over: per)
                case .fte:
                    // The plan: the operator's grant × the line's delivered / funded FTE-months, rounded once;
                    // to date, the months counted so far of it.
                    let period0 = line.periods[0]
                    guard case .unitMonths(let delivered, _) = period0.deliveredUnitMonths.value,
                        case .unitMonths(let funded, _) = period0.plannedUnitMonths.value, funded > 0
                    else { throw ArithmeticError.divisionByZero(operation: "FTE-months of \(line.line.id)") }
                    let grantE = report.operators[index].shares[lineIndex].asOperand
                    plannedE = try .scaled(grantE, by: period0.deliveredUnitMonths.asOperand, over: period0.plannedUnitMonths.asOperand)
                    yearE = plannedE
                    toDateE = try .scaled(
                        grantE, by: .constant(.count(delivered * Int64(lastIndex + 1))), over: .constant(.count(funded * Int64(months.count))))
                }
                let planned = plannedE.money
                let toDate = toDateE.money
                let yearServiceFait = yearE.money
                let grantFigure = report.operators[index].shares[lineIndex]
                let advanceE = try Explained.rated(
                    grantFigure.asOperand, .parameter(report.resolved.terms) { .rate($0.advanceRate) }, rounding: terms.rounding)
                let yearFigure = Figure(id: id("service-fait"), kind: .settledYear, subject: op.name, explained: yearE)
                let dueE = Explained.minimum(yearFigure.asOperand, grantFigure.asOperand)
                let gapE = try Explained.difference(yearFigure.asOperand, plannedE)
                let due = dueE.money
                let gap = gapE.money
                // |gap| ≥ threshold × planned, exactly.
                let significant =
                    Int128(gap.cents.magnitude) * Int128(threshold.denominator) >= Int128(planned.cents) * Int128(threshold.numerator)
                    && gap != .zero
                let figures = [
                    Figure(id: id("prevu"), kind: .settledPlanned, subject: op.name, explained: plannedE),
                    Figure(id: id("a-date"), kind: .settledToDate, subject: op.name, explained: toDateE),
                    yearFigure,
                    Figure(id: id("ecart"), kind: .settledGap, subject: op.name, explained: gapE),
                    Figure(id: id("solde"), kind: .balance, subject: op.name, explained: try .positiveDifference(dueE, advanceE)),
                    Figure(id: id("reversement"), kind: .reversement, subject: op.name, explained: try .positiveDifference(advanceE, dueE)),
                ]
                return LineSettlement(
                    line: line.line, grant: grant, advance: advance, plannedUnitMonths: units?.planned, unitMonthsToDate: units?.toDate,
                    unitMonthsForYear: units?.year, plannedServiceFait: planned, serviceFaitToDate: toDate, serviceFaitForYear: yearServiceFait,
                    balance: due > advance ? try due - advance : .zero, reversement: advance > due ? try advance - due : .zero,
                    gap: gap, isSignificant: significant, figures: figures)
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
