/// The households the scenario describes for each candidate against the measures the allocation gives it: the report's
/// grants, advances and treasury follow `operators[].households`, the allocation its own envelope, and a committee
/// reading both must see where they part (VIAL AMI 2: 52 households asked for, 40 measures shared). Only candidates that
/// are also operators (same identifier) are compared, and only when the envelope is shared in measures. Warns when any
/// differs.
enum AllocatedHouseholdsCheck {
    static func findings(_ rows: [AllocationReport.Row], operators: [Operator]) -> [Finding] {
        let byID = Dictionary(operators.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        var allocated: Int64 = 0
        var described: Int64 = 0
        var compared = 0
        var differing: [AllocatedHouseholds] = []
        for row in rows {
            guard let measures = row.measures, let households = byID[row.candidate.id]?.households else { continue }
            compared += 1
            allocated += measures
            described += households
            if households != measures { differing.append(AllocatedHouseholds(name: row.candidate.name, households: households, measures: measures)) }
        }
        guard compared > 0 else { return [] }
        return [
            Finding(
                id: "repartition.menages", status: differing.isEmpty ? .ok : .warning,
                comparison: .allocatedHouseholds(allocated: allocated, described: described, candidates: compared, differing: differing),
                sources: [.scenario(path: "allocation"), .scenario(path: "operators[].households")])
        ]
    }
}
