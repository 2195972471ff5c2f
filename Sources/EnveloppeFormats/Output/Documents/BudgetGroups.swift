import Enveloppe

extension BudgetDocument {
    /// The account groups in the form's order, each with its lines and subtotal.
    static func groups(_ lines: [BudgetLine]) throws -> [(account: CerfaAccount, lines: [BudgetLine], total: Money)] {
        try groups(in: lines, where: { _ in true }).map { ($0.account, $0.positions.map { lines[$0] }, $0.total) }
    }

    /// The account groups in the form's order of the lines that `include` keeps, each with its lines'
    /// positions in `lines` and its subtotal: positions, not copies, and one pass over the lines (a filed
    /// budget may have a million).
    static func groups(in lines: [BudgetLine], where include: (BudgetLine) -> Bool) throws -> [(
        account: CerfaAccount, positions: [Int], total: Money
    )] {
        let order = Dictionary(uniqueKeysWithValues: CerfaAccount.allCases.enumerated().map { ($1, $0) })
        var positions = [[Int]](repeating: [], count: order.count)
        var totals = [Money](repeating: .zero, count: order.count)
        for index in lines.indices where include(lines[index]) {
            let group = order[lines[index].account]!
            positions[group].append(index)
            totals[group] = try totals[group] + lines[index].amount
        }
        return CerfaAccount.allCases.indices.compactMap { group in
            positions[group].isEmpty ? nil : (CerfaAccount.allCases[group], positions[group], totals[group])
        }
    }

    /// An amount as the budget shows it: to the cent, or in whole euros (already rounded by ``Budget/inWholeEuros()``).
    static func amount(_ amount: Money, wholeEuros: Bool, _ f: Formatter) -> String {
        wholeEuros ? f.count(amount.cents / 100) + "\u{00A0}€" : f.money(amount)
    }
}
