/// Each expense the call says the envelope must also pay for is in the budget
/// (Montpellier, § Financements: equipment, moving, meters, transport, neighbourhood,
/// the deposit, rental management, the droit de suite). Warns when one is missing.
enum RequiredExpenseCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        ExpenseCoverage.findings(input, input.call.requiredExpenses, id: "depense", whenCovered: .ok, whenMissing: .warning, outsideCounts: false) {
            .requiredExpense(purpose: $0, lines: $1, outsideBudget: $2)
        }
    }
}
