import Enveloppe

/// `enveloppe budget` as CSV: the CERFA 12156 grid, one row per line.
struct BudgetTable: Worded {
    let words: Wording

    /// `côté;compte;intitulé;libellé;montant`, a row per line and a total row per account.
    func csv(_ budget: Budget) throws -> [UInt8] {
        let l = language
        var rows: [[String]] = [
            [
                l.pick("côté", "side"), l.pick("compte", "account"), l.pick("intitulé du compte", "account heading"),
                l.pick("libellé", "label"), l.pick("montant", "amount"), l.pick("ligne", "row"),
            ]
        ]
        let amount = CSV.euros
        for (side, lines) in [
            (l.pick("charges", "charges"), budget.charges + budget.contributionsUsed),
            (l.pick("produits", "income"), budget.income + budget.contributionsReceived),
        ] {
            for group in try BudgetDocument.groups(lines) {
                for line in group.lines {
                    rows.append([
                        side, group.account.rawValue, words.accountName(group.account), words.budgetLabel(line), amount(line.amount),
                        l.pick("détail", "detail"),
                    ])
                }
                rows.append([
                    side, group.account.rawValue, words.accountName(group.account), l.pick("Total du compte", "Account total"), amount(group.total),
                    "total",
                ])
            }
        }
        rows.append([l.pick("charges", "charges"), "", "", l.pick("TOTAL DES CHARGES", "TOTAL CHARGES"), amount(try budget.totalCharges), "total"])
        rows.append([l.pick("produits", "income"), "", "", l.pick("TOTAL DES PRODUITS", "TOTAL INCOME"), amount(try budget.totalIncome), "total"])
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
