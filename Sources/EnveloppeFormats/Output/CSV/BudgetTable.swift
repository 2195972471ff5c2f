import Enveloppe

/// `enveloppe budget` as CSV: the CERFA 12156 grid for a spreadsheet. A title and a period row, then
/// one row per budget line and no subtotal among them (the amounts of a side add up to its total), then,
/// apart, the two totals and whether the budget balances.
struct BudgetTable: Worded {
    let words: Wording

    /// `côté;compte;intitulé du compte;libellé;montant;ligne`: a `détail` row per line, then the `total` rows.
    func csv(_ document: BudgetDocument) throws -> [UInt8] {
        let budget = document.budget
        let l = language
        var rows: [[String]] = [
            [l.pick("Budget prévisionnel de l'action (CERFA 12156)", "Forecast budget of the action (CERFA 12156)"), document.title],
            [l.pick("Période", "Period"), f.period(budget.period)],
        ]
        if let note = document.roundingNote(l) { rows.append([l.pick("Arrondi", "Rounding"), note]) }
        rows.append([])
        rows.append([
            l.pick("côté", "side"), l.pick("compte", "account"), l.pick("intitulé du compte", "account heading"), l.pick("libellé", "label"),
            l.pick("montant", "amount"), l.pick("ligne", "row"),
        ])
        let amount = CSV.euros
        for (side, lines) in [
            (l.pick("charges", "charges"), budget.charges), (l.pick("produits", "income"), budget.income),
            (l.pick("contributions employées (86)", "contributions used (86)"), budget.contributionsUsed),
            (l.pick("contributions reçues (87)", "contributions received (87)"), budget.contributionsReceived),
        ] {
            for group in try BudgetDocument.groups(lines) {
                for line in group.lines {
                    rows.append([
                        side, group.account.rawValue, words.accountName(group.account), words.budgetLabel(line), amount(line.amount),
                        l.pick("détail", "detail"),
                    ])
                }
            }
        }
        rows.append([])
        rows.append([l.pick("charges", "charges"), "", "", l.pick("TOTAL DES CHARGES", "TOTAL CHARGES"), amount(try budget.totalCharges), "total"])
        rows.append([l.pick("produits", "income"), "", "", l.pick("TOTAL DES PRODUITS", "TOTAL INCOME"), amount(try budget.totalIncome), "total"])
        let gap = Money(cents: try budget.totalIncome.cents - budget.totalCharges.cents)
        rows.append([
            l.pick("Équilibre", "Balanced"),
            try budget.isBalanced
                ? l.pick("oui : total des charges = total des produits", "yes: total charges = total income")
                : l.pick("NON : produits − charges = ", "NO: income − charges = ") + amount(gap),
        ])
        // Beside the totals, as the form leaves them: cash advanced, not a charge.
        if let deposits = BudgetDocument.depositsLabel(of: budget, l) {
            rows.append([
                l.pick("cautions", "deposits"), "", "", deposits, amount(budget.depositsAdvanced), l.pick("hors budget", "outside the budget"),
            ])
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
