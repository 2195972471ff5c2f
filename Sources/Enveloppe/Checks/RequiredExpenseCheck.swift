/// Each expense the call says the envelope must also pay for is in the budget
/// (Montpellier, § Financements: equipment, moving, meters, transport, neighbourhood,
/// the deposit, rental management, the droit de suite). Warns when one is missing.
enum RequiredExpenseCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        let covering = ExpenseCoverage.lines(input)
        return input.call.requiredExpenses.map { required in
            let labels = ExpenseCoverage.labels(required.value, in: covering)
            return Finding(
                id: "depense.\(required.value.rawValue)", status: labels.isEmpty ? .warning : .ok,
                comparison: .requiredExpense(purpose: required.value, lines: labels), sources: [required.citation])
        }
    }
}
