/// Which budget lines cover which of the call's expense purposes: the first period's
/// charge lines by what they say they are for (or what their label shows); outside the
/// budget's charges, the scenario's deposits (cash advanced, not a charge) and its
/// rental-management posts (a filed budget may not list them).
enum ExpenseCoverage {
    static func lines(_ input: CheckInput) -> [(purpose: ExpensePurpose, label: String, inBudget: Bool)] {
        var covering: [(purpose: ExpensePurpose, label: String, inBudget: Bool)] = []
        for line in input.budgets[0].lines where line.account.side == .charge {
            covering += line.purposes.map { ($0, line.label, true) }
        }
        for op in input.scenario.operators {
            for charge in op.charges {
                if case .refundableDeposit = charge.basis { covering.append((.deposit, charge.label, false)) }
            }
            for post in op.staff where post.role == .housingManagement { covering.append((.housingManagement, post.title, false)) }
        }
        return covering
    }

    /// One finding per purpose of `purposes`: the budget lines that cover it, and the status the check gives
    /// when some do and when none does. Outside the budget's charges, a deposit covers its purpose (it is cash
    /// advanced, never a charge); a post of the scenario's team that the budget does not list covers it only when
    /// `outsideCounts` (an expense the budget should not have is one wherever it is).
    static func findings(
        _ input: CheckInput, _ purposes: [Cited<ExpensePurpose>], id: String, whenCovered: Finding.Status, whenMissing: Finding.Status,
        outsideCounts: Bool,
        comparison: (ExpensePurpose, _ inBudget: [String], _ outside: [String]) -> Finding.Comparison
    ) -> [Finding] {
        let covering = lines(input)
        return purposes.map { purpose in
            let found = covering.filter { $0.purpose == purpose.value }
            let inBudget = found.filter(\.inBudget).map(\.label).uniqued()
            let outside = inBudget.isEmpty ? found.filter { !$0.inBudget }.map(\.label).uniqued() : []
            return Finding(
                id: "\(id).\(purpose.value.rawValue)",
                status: !inBudget.isEmpty || (!outside.isEmpty && (outsideCounts || purpose.value == .deposit)) ? whenCovered : whenMissing,
                comparison: comparison(purpose.value, inBudget, outside), sources: [purpose.citation])
        }
    }
}
