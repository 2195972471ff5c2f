import Enveloppe

extension BudgetDocument {
    /// The account groups in the form's order, each with its lines and subtotal.
    static func groups(_ lines: [BudgetLine]) throws -> [(account: CerfaAccount, lines: [BudgetLine], total: Money)] {
        // One pass over the lines (a filed budget may have a million), then the accounts in the form's order.
        var byAccount: [CerfaAccount: [BudgetLine]] = [:]
        for line in lines { byAccount[line.account, default: []].append(line) }
        return try CerfaAccount.allCases.compactMap { account in
            guard let inAccount = byAccount[account] else { return nil }
            return (account, inAccount, try Money.sum(inAccount.map(\.amount)))
        }
    }

    /// An amount as the budget shows it: to the cent, or in whole euros (already rounded by ``Budget/inWholeEuros()``).
    static func amount(_ amount: Money, wholeEuros: Bool, _ f: Formatter) -> String {
        wholeEuros ? f.count(amount.cents / 100) + "\u{00A0}€" : f.money(amount)
    }
}
