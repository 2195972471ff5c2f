/// The budget the candidate filed drives the money, or every difference is shown: for each kind
/// of charge (staff, other direct, indirect), a filed amount the scenario does not describe is
/// spent month by month (said, ok); a kind both give with different amounts warns, with both.
enum FiledBudgetCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        guard let filed = input.projection.filedBudget else { return [] }
        return filed.comparisons.compactMap { c in
            if c.isSpread {
                return Finding(
                    id: "budget.depose.\(c.kind.rawValue)", status: .ok,
                    comparison: .filedBudget(kind: c.kind, filed: c.filed, described: nil, period: filed.period),
                    sources: [.scenario(path: "budget")])
            }
            guard let described = c.described, c.filed != .zero || described != .zero else { return nil }
            return Finding(
                id: "budget.depose.\(c.kind.rawValue)", status: c.filed == described ? .ok : .warning,
                comparison: .filedBudget(kind: c.kind, filed: c.filed, described: described, period: filed.period),
                sources: [.scenario(path: "budget"), .scenario(path: "operators[]")])
        }
    }
}
