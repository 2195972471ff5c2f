/// Which budget lines cover which of the call's expense purposes: the first period's
/// charge lines by what they say they are for (or what their label shows), the
/// scenario's deposits (cash advanced, not a charge) and its rental-management posts.
enum ExpenseCoverage {
    static func lines(_ input: CheckInput) -> [(purpose: ExpensePurpose, label: String)] {
        var covering: [(purpose: ExpensePurpose, label: String)] = []
        for line in input.budgets[0].lines where line.account.side == .charge {
            covering += line.purposes.map { ($0, line.label) }
        }
        for op in input.scenario.operators {
            for charge in op.charges {
                if case .refundableDeposit = charge.basis { covering.append((.deposit, charge.label)) }
            }
            for post in op.staff where post.role == .housingManagement { covering.append((.housingManagement, post.title)) }
        }
        return covering
    }

    /// One finding per purpose of `purposes`: the budget lines that cover it, and the status the check gives
    /// when some do and when none does.
    static func findings(
        _ input: CheckInput, _ purposes: [Cited<ExpensePurpose>], id: String, whenCovered: Finding.Status, whenMissing: Finding.Status,
        comparison: (ExpensePurpose, [String]) -> Finding.Comparison
    ) -> [Finding] {
        let covering = lines(input)
        return purposes.map { purpose in
            let labels = covering.filter { $0.purpose == purpose.value }.map(\.label).uniqued()
            return Finding(
                id: "\(id).\(purpose.value.rawValue)", status: labels.isEmpty ? whenMissing : whenCovered,
                comparison: comparison(purpose.value, labels), sources: [purpose.citation])
        }
    }
}
