/// The operators' monthly counts, checked and indexed by operator and month of the programme.
struct CountTable {
    private var values: [[Int64?]]
    /// The months up to the last one any count covers (index in the programme), or none.
    private let lastCounted: Int?

    /// - Throws: ``ActualsError`` naming the count's line: an unknown operator, a month outside every
    ///   convention, a month counted twice, more households than places (the first of ``problems(report:counts:)``).
    init(report: RunReport, counts: [ActualCount]) throws {
        var problems: [ActualsError] = []
        self.init(report: report, counts: counts, problems: &problems, stoppingAtFirst: true)
        if let first = problems.first { throw first }
    }

    /// Every count at fault, in the file's order (a count at fault is left out, the others are read on).
    static func problems(report: RunReport, counts: [ActualCount]) -> [ActualsError] {
        var problems: [ActualsError] = []
        _ = CountTable(report: report, counts: counts, problems: &problems, stoppingAtFirst: false)
        return problems
    }

    private init(report: RunReport, counts: [ActualCount], problems: inout [ActualsError], stoppingAtFirst: Bool) {
        let operators = report.scenario.operators
        let programme = report.programme
        var index: [OperatorID: Int] = [:]
        for (position, op) in operators.enumerated() { index[op.id] = position }
        var values = operators.map { _ in [Int64?](repeating: nil, count: programme.months) }
        var lines = operators.map { _ in [Int?](repeating: nil, count: programme.months) }
        for count in counts {
            let problem: ActualsError.Problem?
            let position = index[count.operatorID]
            let t = programme.start.months(to: count.month)
            if let position {
                if !programme.contains(count.month) {
                    problem = .monthOutsideConvention(count.month, programme: programme)
                } else if let first = lines[position][t] {
                    problem = .duplicate(firstLine: first, month: count.month, operatorID: count.operatorID.rawValue)
                } else {
                    // The month is counted here, even at fault: a later line counting it again is said too.
                    lines[position][t] = count.line
                    problem =
                        count.measures > operators[position].households
                        ? .aboveCapacity(measures: count.measures, capacity: operators[position].households) : nil
                }
            } else {
                problem = .unknownOperator(count.operatorID.rawValue, known: operators.map(\.id.rawValue))
            }
            if let problem {
                problems.append(ActualsError(line: count.line, problem: problem))
                if stoppingAtFirst { break }
                continue
            }
            guard let position else { continue }
            values[position][t] = count.measures
        }
        self.values = values
        lastCounted = counts.map(\.month).max().map { programme.start.months(to: $0) }
    }

    /// The count of operator `position` in month `t`, if there is one.
    func count(_ position: Int, _ t: Int) -> Int64? { values[position][t] }

    /// Whether month `t` is up to the last month counted (a missing count there is taken as zero).
    func isCounted(_ t: Int) -> Bool { lastCounted.map { t <= $0 } ?? false }
}
