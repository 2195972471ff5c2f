import Enveloppe

extension ScenarioDecoder {
    /// `{"account": "75", "label": "Fonds propres", "amount": "12 000"}`.
    static func budgetLine(_ node: JSONNode, _ r: Reading) -> BudgetLine? {
        guard let fields = r.object(node, allowed: AllowedKeys.budgetLine) else { return nil }
        let account = r.required(fields, "account") { n throws(InputError) -> CerfaAccount in
            guard let code = n.scalarText else { throw n.wrongType(.text) }
            guard let account = CerfaAccount(code: code) else {
                throw InputError(n.path, .notOneOf(text: code, allowed: CerfaAccount.allCases.map(\.rawValue)))
            }
            return account
        }
        let purpose = r.optional(fields, "purpose") { n throws(InputError) in try n.choice(ExpensePurpose.self) }
        let label = r.required(fields, "label") { n throws(InputError) in try n.text() }
        let amount = r.required(fields, "amount") { n throws(InputError) in try n.amount() }
        guard let account, let label, let amount else { return nil }
        return BudgetLine(
            account: account, label: label, amount: amount, purposes: purpose.map { [$0] + ExpensePurpose.inferred(from: label) },
            origin: node.path)
    }

    /// A line of `otherIncome`: an income account (70 to 79).
    static func incomeLine(_ node: JSONNode, _ r: Reading) -> BudgetLine? {
        guard let line = budgetLine(node, r) else { return nil }
        guard line.account.side == .income, !line.account.isContributionInKind else {
            r.record(
                InputError(node.child("account"), .notOneOf(text: line.account.rawValue, allowed: ["70", "73", "74", "75", "76", "77", "78", "79"])))
            return nil
        }
        return line
    }

    /// `{"label": "Bénévolat", "amount": "4 000"}`: on both sides of the budget (86 and 87).
    static func contributionInKind(_ node: JSONNode, _ r: Reading) -> BudgetLine? {
        guard let fields = r.object(node, allowed: ["label", "amount"]) else { return nil }
        let label = r.required(fields, "label") { n throws(InputError) in try n.text() }
        let amount = r.required(fields, "amount") { n throws(InputError) in try n.amount() }
        guard let label, let amount else { return nil }
        return BudgetLine(account: .contributionsInKindUsed, label: label, amount: amount, origin: node.path)
    }

    /// The `budget` block: the candidate's lines, or the CSV file beside the scenario that holds them.
    static func budget(_ node: JSONNode, _ r: Reading) -> (lines: [BudgetLine]?, file: String?) {
        guard let fields = r.object(node, allowed: AllowedKeys.budget) else { return (nil, nil) }
        switch (fields.optional("lines"), fields.optional("file")) {
        case (let lines?, nil): return (r.array(lines) { budgetLine($0, r) }, nil)
        case (nil, let file?): return (nil, r.attempt { () throws(InputError) in try file.text() })
        default:
            r.record(InputError(node.path, .exactlyOneOf(["lines", "file"])))
            return (nil, nil)
        }
    }
}
