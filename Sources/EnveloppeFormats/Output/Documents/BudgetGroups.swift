import Enveloppe

extension BudgetDocument {
    /// The account groups in the form's order, each with its lines and subtotal.
    static func groups(_ lines: [BudgetLine]) throws -> [(account: CerfaAccount, lines: [BudgetLine], total: Money)] {
        try groups(in: lines).map { ($0.account, $0.positions.map { lines[$0] }, $0.total) }
    }

    /// The account groups in the form's order, each with its lines' positions in `lines` and its subtotal:
    /// positions, not copies, and one pass over the lines (a filed budget may have a million).
    static func groups(in lines: [BudgetLine]) throws -> [(account: CerfaAccount, positions: [Int], total: Money)] {
        var positions = [[Int]](repeating: [], count: CerfaAccount.allCases.count)
        var totals = [Money](repeating: .zero, count: CerfaAccount.allCases.count)
        try lines.withUnsafeBufferPointer { lines in
            for index in lines.indices {
                let group = lines[index].account.formPosition
                positions[group].append(index)
                totals[group] = try totals[group] + lines[index].amount
            }
        }
        return CerfaAccount.allCases.indices.compactMap { group in
            positions[group].isEmpty ? nil : (CerfaAccount.allCases[group], positions[group], totals[group])
        }
    }

    /// An amount as the budget shows it: to the cent, or in whole euros (already rounded by ``Budget/inWholeEuros()``).
    static func amount(_ amount: Money, wholeEuros: Bool, _ f: Formatter) -> String {
        wholeEuros ? f.wholeEuros(amount) : f.money(amount)
    }
}
