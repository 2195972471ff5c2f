import Enveloppe

/// `enveloppe budget` as text: the CERFA 12156 grid, charges then income, then 86 and 87.
struct BudgetText: Worded {
    let words: Wording

    func render(_ document: BudgetDocument) throws -> String {
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
        func section(_ heading: String, _ lines: [BudgetLine], totalLabel: String) throws {
            out.append("")
            out.append(heading)
            var table = TextTable([.left, .right])
            for group in try BudgetDocument.groups(lines) {
                table.add([words.accountHeading(group.account), money(group.total)])
                for line in group.lines { table.add(["    " + words.budgetLabel(line), money(line.amount)]) }
            }
            table.add([totalLabel, money(try budget.total(lines))])
            out.append(table.rendered())
        }
        try section(l.pick("CHARGES", "CHARGES"), budget.charges, totalLabel: l.pick("TOTAL DES CHARGES", "TOTAL CHARGES"))
        try section(l.pick("PRODUITS", "INCOME"), budget.income, totalLabel: l.pick("TOTAL DES PRODUITS", "TOTAL INCOME"))
        if !budget.contributionsUsed.isEmpty || !budget.contributionsReceived.isEmpty {
            try section(
                l.pick("CONTRIBUTIONS VOLONTAIRES EN NATURE (sous les totaux)", "CONTRIBUTIONS IN KIND (below the totals)"),
                budget.contributionsUsed + budget.contributionsReceived, totalLabel: "")
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
        return out.joined(separator: "\n") + "\n"
    }
}
