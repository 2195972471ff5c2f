/// Settling conventions from the operators' monthly counts: service fait to date and for the
/// year, the balance due or the reversement, and the gaps with the plan, in the shape of the
/// compte-rendu financier (CERFA 15059: planned and actual side by side).
///
/// Every convention the counts cover is settled: each line's convention of the application,
/// or each operator's own, in each convention period up to the last month counted. Service fait
/// is the convention's own formula (``LinePayments/serviceFaitBasis``) on the unit-months
/// counted, rounded once, never per month, so counts equal to the plan give to the cent what
/// `enveloppe run` gives. A month with no count before the last month counted is taken as zero
/// and flagged; months after it are taken from the plan, and the year's figures are then a
/// forecast. Counts are of households accompanied: a dwelling line counts them less those the
/// plan has not yet housed. Lines paid on FTE are settled on the plan.
public struct Settlement: Sendable {
    /// One line's convention in one period, settled.
    public struct ConventionSettlement: Sendable, Hashable {
        public let line: EnvelopeLine
        public let period: Period
        public let periodIndex: Int
        /// The operator whose convention it is; `nil` for the application's.
        public let holder: OperatorID?
        public let grant: Money
        /// The advance, and any instalments after it: what was paid before the balance.
        public let advance: Money
        /// Unit-months planned, counted to date, and counted plus planned for the months not yet
        /// counted; `nil` for a line paid on FTE, settled on the plan.
        public let plannedUnitMonths: Int64?
        public let unitMonthsToDate: Int64?
        public let unitMonthsForYear: Int64?
        /// The amount service fait is computed on and the unit-months it pays for (the convention's own
        /// formula); `nil` for a line paid on FTE, settled on the plan.
        public let basis: UnitPrice?
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

    /// One operator's activity over the settled periods.
    public struct OperatorActivity: Sendable, Hashable {
        public let operatorID: OperatorID
        public let name: String
        /// Over the settled periods.
        public let plannedMeasureMonths: Int64
        /// Over the months counted so far: what the counts are compared with.
        public let plannedMeasureMonthsToDate: Int64
        public let countedMeasureMonths: Int64
        /// Months up to the last counted with no count (taken as zero).
        public let monthsWithoutCount: [YearMonth]
        /// Whether the counts never name the operator: a file with none of its lines is more likely a paste forgotten
        /// than a year without activity, and the reports say so rather than settle it at zero in silence.
        public let isUncounted: Bool
    }

    /// Sums of settled amounts: over an operator's conventions, or over all.
    public struct Totals: Sendable, Hashable {
        public let grant: Money
        public let advance: Money
        public let plannedServiceFait: Money
        public let serviceFaitToDate: Money
        public let serviceFaitForYear: Money
        public let gap: Money
        public let balance: Money
        public let reversement: Money

        init(_ conventions: [ConventionSettlement]) throws {
            let sum = { (value: (ConventionSettlement) -> Money) in try Money.sum(conventions.map(value)) }
            grant = try sum(\.grant)
            advance = try sum(\.advance)
            plannedServiceFait = try sum(\.plannedServiceFait)
            serviceFaitToDate = try sum(\.serviceFaitToDate)
            serviceFaitForYear = try sum(\.serviceFaitForYear)
            gap = try sum(\.gap)
            balance = try sum(\.balance)
            reversement = try sum(\.reversement)
        }
    }

    public let title: String
    /// The convention periods settled, in order.
    public let periods: [Period]
    /// The last month any count covers; `nil` when there is none.
    public let lastCounted: YearMonth?
    /// Whether every month of the settled periods is counted for every operator (the figures are final).
    public let isComplete: Bool
    /// Whether months after the last counted are taken from the plan (the year's figures are a forecast).
    public let isForecast: Bool
    public let threshold: Rate
    /// Every convention settled: by period, then line, then operator.
    public let conventions: [ConventionSettlement]
    public let activity: [OperatorActivity]
    /// Each operator's totals over its own conventions, when operators have their own.
    public let operatorTotals: [(operatorID: OperatorID, name: String, totals: Totals)]
    public let total: Totals
    public let sources: [Citation]

    /// Every settled figure, explained (`enveloppe explain … --actuals`).
    public var figures: [Figure] { conventions.flatMap(\.figures) }

    /// Each operator's activity by its identifier.
    public let activityByOperator: [OperatorID: OperatorActivity]

    /// The name of a convention's holder: the operator's; for the application's convention, its only operator's
    /// name, or the application's title when several operators share it (a grouped application).
    public func holderName(_ convention: ConventionSettlement) -> String {
        if let holder = convention.holder { return activityByOperator[holder]?.name ?? title }
        return activity.count == 1 ? activity[0].name : title
    }

    /// Every count at fault against the report's operators, places and conventions, in the counts' order (the
    /// first is what ``init(report:counts:threshold:)`` throws): `enveloppe validate --actuals` lists them all.
    public static func countProblems(report: RunReport, counts: [ActualCount]) -> [ActualsError] {
        CountTable.problems(report: report, counts: counts)
    }

    /// Settles the conventions of `report` that `counts` cover.
    ///
    /// - Parameter threshold: the share of the planned service fait from which a gap is
    ///   significant; no text sets one (DOMAIN.md), so it is the user's.
    /// - Throws: ``ActualsError`` naming the count's line.
    public init(report: RunReport, counts: [ActualCount], threshold: Rate) throws {
        let table = try CountTable(report: report, counts: counts)
        let programme = report.programme
        let lastCounted = counts.map(\.month).max()
        let periods = report.call.periods.enumerated().filter { entry in lastCounted.map { entry.element.start <= $0 } ?? false }
        title = report.title
        self.periods = periods.map(\.element)
        self.lastCounted = lastCounted
        self.threshold = threshold
        let operators = report.scenario.operators
        var conventions: [ConventionSettlement] = []
        var activity = operators.map { _ in (planned: Int64(0), plannedToDate: Int64(0), counted: Int64(0), missing: [YearMonth](), named: false) }
        for (index, period) in periods {
            let first = programme.start.months(to: period.start)
            let months = first..<(first + period.months)
            for position in operators.indices {
                for t in months {
                    let plan = report.projection.households[position].accompanied[t]
                    activity[position].planned += plan
                    if table.isCounted(t) { activity[position].plannedToDate += plan }
                    if let counted = table.count(position, t) {
                        activity[position].counted += counted
                        activity[position].named = true
                    } else if table.isCounted(t) {
                        activity[position].missing.append(programme.start.adding(months: t))
                    }
                }
            }
            for line in report.lines {
                let holders: [(LinePayments, [Int])] =
                    line.isPerOperator
                    ? line.conventions[index].enumerated().map { ($1, [$0]) } : [(line.periods[index], Array(operators.indices))]
                for (payments, members) in holders {
                    conventions.append(
                        try ConventionSettlement(
                            payments: payments, line: line, members: members, months: months, report: report, table: table, threshold: threshold))
                }
            }
        }
        self.conventions = conventions
        self.activity = operators.enumerated().map { position, op in
            OperatorActivity(
                operatorID: op.id, name: op.name, plannedMeasureMonths: activity[position].planned,
                plannedMeasureMonthsToDate: activity[position].plannedToDate,
                countedMeasureMonths: activity[position].counted, monthsWithoutCount: activity[position].missing,
                // No count names it, and some month is counted for the others.
                isUncounted: !activity[position].named && !activity[position].missing.isEmpty)
        }
        activityByOperator = Dictionary(self.activity.map { ($0.operatorID, $0) }, uniquingKeysWith: { first, _ in first })
        var byHolder: [OperatorID: [ConventionSettlement]] = [:]
        for convention in conventions { if let holder = convention.holder { byHolder[holder, default: []].append(convention) } }
        operatorTotals = try operators.compactMap { op in
            guard let own = byHolder[op.id] else { return nil }
            return (op.id, op.name, try Totals(own))
        }
        total = try Totals(conventions)
        let settledEnd = periods.last.map { $0.element.end }
        isForecast = settledEnd.map { end in lastCounted.map { $0 < end } ?? true } ?? false
        isComplete = !isForecast && activity.allSatisfy { $0.missing.isEmpty }
        sources = report.lines.compactMap(\.amount.firstSource) + [report.resolved.terms.citation]
    }
}
