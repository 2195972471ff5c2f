/// No expense the call says is funded elsewhere is in the budget (Montpellier: the
/// practice-analysis sessions, the platform nurse). Warns when one is.
enum ExcludedExpenseCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        let covering = ExpenseCoverage.lines(input)
        return input.call.excludedExpenses.map { excluded in
            let labels = ExpenseCoverage.labels(excluded.value, in: covering)
            return Finding(
                id: "depense-exclue.\(excluded.value.rawValue)", status: labels.isEmpty ? .ok : .warning,
                comparison: .excludedExpense(purpose: excluded.value, lines: labels), sources: [excluded.citation])
        }
    }
}
