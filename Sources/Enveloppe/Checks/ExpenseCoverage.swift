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

    static func labels(_ purpose: ExpensePurpose, in covering: [(purpose: ExpensePurpose, label: String)]) -> [String] {
        covering.filter { $0.purpose == purpose }.map(\.label).uniqued()
    }
}
