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
        // What a person types in a spreadsheet for an operator: its identifier in other capitals (« Association-A »),
        // or its name as the reports print it (« Association A (fictive) »). Read when it names one operator only.
        var loose: [String: Int] = [:]
        for (position, op) in operators.enumerated() {
            for key in Set([CountTable.loose(op.id.rawValue), CountTable.loose(op.name)]) {
                loose[key] = loose[key].map { $0 == position ? position : -1 } ?? position
            }
        }
        var values = operators.map { _ in [Int64?](repeating: nil, count: programme.months) }
        var lines = operators.map { _ in [Int?](repeating: nil, count: programme.months) }
        for count in counts {
            let problem: ActualsError.Problem?
            let position = index[count.operatorID] ?? loose[CountTable.loose(count.operatorID.rawValue)].flatMap { $0 >= 0 ? $0 : nil }
            let t = programme.start.months(to: count.month)
            if let position {
                if !programme.contains(count.month) {
                    problem = .monthOutsideConvention(count.month, programme: programme)
                } else if let first = lines[position][t] {
                    problem = .duplicate(firstLine: first, month: count.month, operatorID: operators[position].id.rawValue)
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

    /// An operator's identifier or name as compared when the file does not write it exactly: in small letters, the
    /// spaces around it left out.
    static func loose(_ text: String) -> String { text.lowercased().trimmingWhitespace }

    /// The count of operator `position` in month `t`, if there is one.
    func count(_ position: Int, _ t: Int) -> Int64? { values[position][t] }

    /// Whether month `t` is up to the last month counted (a missing count there is taken as zero).
    func isCounted(_ t: Int) -> Bool { lastCounted.map { t <= $0 } ?? false }
}
