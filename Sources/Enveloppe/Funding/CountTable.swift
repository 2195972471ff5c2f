/// The operators' monthly counts, checked and indexed by operator and month of the programme.
struct CountTable {
    private var values: [[Int64?]]
    /// The months up to the last one any count covers (index in the programme), or none.
    private let lastCounted: Int?

    /// - Throws: ``ActualsError`` naming the count's line: an unknown operator, a month outside every
    ///   convention, a month counted twice, more households than places.
    init(report: RunReport, counts: [ActualCount]) throws {
        let operators = report.scenario.operators
        let programme = report.programme
        var index: [OperatorID: Int] = [:]
        for (position, op) in operators.enumerated() { index[op.id] = position }
        var values = operators.map { _ in [Int64?](repeating: nil, count: programme.months) }
        var lines = operators.map { _ in [Int?](repeating: nil, count: programme.months) }
        for count in counts {
            guard let position = index[count.operatorID] else {
                throw ActualsError(line: count.line, problem: .unknownOperator(count.operatorID.rawValue, known: operators.map(\.id.rawValue)))
            }
            guard programme.contains(count.month) else {
                throw ActualsError(line: count.line, problem: .monthOutsideConvention(count.month, programme: programme))
            }
            let t = programme.start.months(to: count.month)
            if let first = lines[position][t] {
                throw ActualsError(
                    line: count.line, problem: .duplicate(firstLine: first, month: count.month, operatorID: count.operatorID.rawValue))
            }
            let capacity = operators[position].households
            guard count.measures <= capacity else {
                throw ActualsError(line: count.line, problem: .aboveCapacity(measures: count.measures, capacity: capacity))
            }
            values[position][t] = count.measures
            lines[position][t] = count.line
        }
        self.values = values
        lastCounted = counts.map(\.month).max().map { programme.start.months(to: $0) }
    }

    /// The count of operator `position` in month `t`, if there is one.
    func count(_ position: Int, _ t: Int) -> Int64? { values[position][t] }

    /// Whether month `t` is up to the last month counted (a missing count there is taken as zero).
    func isCounted(_ t: Int) -> Bool { lastCounted.map { t <= $0 } ?? false }
}
