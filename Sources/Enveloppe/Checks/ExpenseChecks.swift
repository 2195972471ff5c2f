/// What the call says the envelope must also pay for, and what it does not pay for
/// (000_c9903f690f8cc4d8.txt, "Financements"): each required expense present in the
/// budget or reported missing, each excluded one flagged.
enum ExpenseChecks {
    static func findings(call: Call, budget: Budget, scenario: Scenario) throws -> [Finding] {
        var covering: [(purpose: ExpensePurpose, label: String)] = []
        for line in budget.lines where line.account.side == .charge {
            covering += line.purposes.map { ($0, line.label) }
        }
        // A deposit is cash advanced, not a charge: it is found among the scenario's cost lines.
        for op in scenario.operators {
            for charge in op.charges {
                if case .refundableDeposit = charge.basis { covering.append((.deposit, charge.label)) }
            }
            for post in op.staff where post.role == .housingManagement { covering.append((.housingManagement, post.title)) }
        }
        var findings: [Finding] = []
        for required in call.requiredExpenses {
            let labels = covering.filter { $0.purpose == required.value }.map(\.label)
            findings.append(
                Finding(
                    id: "depense.\(required.value.rawValue)", status: labels.isEmpty ? .warning : .ok,
                    comparison: .requiredExpense(purpose: required.value, lines: labels.uniqued()), sources: [required.citation]))
        }
        for excluded in call.excludedExpenses {
            let labels = covering.filter { $0.purpose == excluded.value }.map(\.label)
            findings.append(
                Finding(
                    id: "depense-exclue.\(excluded.value.rawValue)", status: labels.isEmpty ? .ok : .warning,
                    comparison: .excludedExpense(purpose: excluded.value, lines: labels.uniqued()), sources: [excluded.citation]))
        }
        return findings
    }
}
