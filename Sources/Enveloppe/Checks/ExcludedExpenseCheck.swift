/// No expense the call says is funded elsewhere is in the budget (Montpellier: the
/// practice-analysis sessions, the platform nurse). Warns when one is.
enum ExcludedExpenseCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        ExpenseCoverage.findings(
            input, input.call.excludedExpenses, id: "depense-exclue", whenCovered: .warning, whenMissing: .ok, outsideCounts: true
        ) {
            .excludedExpense(purpose: $0, lines: $1 + $2)
        }
    }
}
