import Enveloppe

/// `enveloppe budget` as text: the CERFA 12156 grid, charges then income, then 86 and 87.
struct BudgetText: Worded {
    let words: Wording

    /// Written as bytes, line by line: a filed budget of a million lines is never held as a table of strings.
    func render(_ document: BudgetDocument) throws -> [UInt8] {
        let (budget, title, wholeEuros) = (document.budget, document.title, document.wholeEuros)
        let l = language
        var out = [
            title,
            l.pick("BUDGET PRÉVISIONNEL DE L'ACTION (CERFA 12156), ", "FORECAST BUDGET OF THE ACTION (CERFA 12156), ") + f.period(budget.period),
        ]
        if wholeEuros {
            out.append(
                l.pick(
                    "Montants en euros entiers, arrondis pour que le budget reste équilibré.",
                    "Amounts in whole euros, rounded so that the budget still balances."))
        }
        let money = { (amount: Money) in BudgetDocument.amount(amount, wholeEuros: wholeEuros, self.f) }
        var bytes = Array((out.joined(separator: "\n") + "\n").utf8)
        func section(_ heading: String, totalLabel: String, where include: (BudgetLine) -> Bool) throws {
            bytes.append(contentsOf: ("\n" + heading + "\n").utf8)
            let groups = try BudgetDocument.groups(in: budget.lines, where: include)
            // Row by row: -1 − g is group g's heading, a position is a line, `Int.max` the total.
            var rows: [Int] = []
            rows.reserveCapacity(groups.reduce(1) { $0 + 1 + $1.positions.count })
            for (g, group) in groups.enumerated() {
                rows.append(-1 - g)
                rows.append(contentsOf: group.positions)
            }
            rows.append(Int.max)
            let total = try Money.sum(groups.map(\.total))
            TextTable.write([.left, .right], rows: rows.count, into: &bytes) { number, cells in
                switch rows[number] {
                case Int.max: cells += [totalLabel, money(total)]
                case let row where row < 0: cells += [words.accountHeading(groups[-1 - row].account), money(groups[-1 - row].total)]
                case let position: cells += ["    " + words.budgetLabel(budget.lines[position]), money(budget.lines[position].amount)]
                }
            }
            bytes.append(0x0A)
        }
        out = []
        try section(l.pick("CHARGES", "CHARGES"), totalLabel: l.pick("TOTAL DES CHARGES", "TOTAL CHARGES"), where: Budget.isCharge)
        try section(l.pick("PRODUITS", "INCOME"), totalLabel: l.pick("TOTAL DES PRODUITS", "TOTAL INCOME"), where: Budget.isIncome)
        if budget.lines.contains(where: \.account.isContributionInKind) {
            try section(
                l.pick("CONTRIBUTIONS VOLONTAIRES EN NATURE (sous les totaux)", "CONTRIBUTIONS IN KIND (below the totals)"), totalLabel: "",
                where: \.account.isContributionInKind)
        }
        out.append("")
        let balanced = try budget.isBalanced
        let gap = try budget.totalIncome - budget.totalCharges
        out.append(
            balanced
                ? l.pick("Équilibre : oui, total des charges = total des produits.", "Balanced: yes, total charges = total income.")
                : l.pick("Équilibre : NON, écart produits − charges = \(money(gap)).", "Balanced: NO, gap income − charges = \(money(gap))."))
        if budget.depositsAdvanced > .zero {
            out.append(
                l.pick(
                    "Cautions avancées aux bailleurs sur la période (hors charges, restituées au glissement du bail) : \(money(budget.depositsAdvanced)).",
                    "Deposits advanced to landlords in the period (not charges, returned when the lease slides): \(money(budget.depositsAdvanced))."))
        }
        bytes.append(contentsOf: (out.joined(separator: "\n") + "\n").utf8)
        return bytes
    }
}
