/// Which budget lines cover which of the call's expense purposes: the first period's
/// charge lines by what they say they are for (or what their label shows); outside the
/// budget's charges, the scenario's deposits (cash advanced, not a charge) and its
/// rental-management posts (a filed budget may not list them).
enum ExpenseCoverage {
    /// What covers a purpose: a line of the first period's budget (by its place: a derived line's label is joined
    /// only when a finding names it), or an item of the scenario outside the budget, by its label.
    enum Covering {
        case budgetLine(Int)
        case outside(String)
    }

    static func lines(_ input: CheckInput) -> [(purpose: ExpensePurpose, covering: Covering)] {
        var covering: [(purpose: ExpensePurpose, covering: Covering)] = []
        for (index, line) in input.budgets[0].lines.enumerated() where line.account.side == .charge {
            covering += line.purposes.map { ($0, .budgetLine(index)) }
        }
        for op in input.scenario.operators {
            for charge in op.charges {
                if case .refundableDeposit = charge.basis { covering.append((.deposit, .outside(charge.label))) }
            }
            for post in op.staff where post.role == .housingManagement { covering.append((.housingManagement, .outside(post.title))) }
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
        guard !purposes.isEmpty else { return [] }
        let covering = lines(input)
        let budget = input.budgets[0].lines
        return purposes.map { purpose in
            var (inBudget, outside): ([String], [String]) = ([], [])
            for entry in covering where entry.purpose == purpose.value {
                switch entry.covering {
                case .budgetLine(let index): inBudget.append(budget[index].label)
                case .outside(let label): outside.append(label)
                }
            }
            inBudget = inBudget.uniqued()
            outside = inBudget.isEmpty ? outside.uniqued() : []
            return Finding(
                id: "\(id).\(purpose.value.rawValue)",
                status: !inBudget.isEmpty || (!outside.isEmpty && (outsideCounts || purpose.value == .deposit)) ? whenCovered : whenMissing,
                comparison: comparison(purpose.value, inBudget, outside), sources: [purpose.citation])
        }
    }
}
