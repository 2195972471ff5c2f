import Enveloppe

/// `enveloppe budget` as a page: charges and income side by side, as on the form.
struct BudgetHTML: Worded {
    let words: Wording
    var date: PrintDate?

    func render(_ document: BudgetDocument) throws -> String {
        let (budget, title, wholeEuros) = (document.budget, document.title, document.wholeEuros)
        let e = HTML.escape
        let l = language
        let money = { (amount: Money) in BudgetDocument.amount(amount, wholeEuros: wholeEuros, self.f) }
        func column(_ lines: [BudgetLine], total: String) throws -> String {
            var html = "<table><tbody>"
            for group in try BudgetDocument.groups(lines) {
                html += "<tr class=\"account\"><td>\(e(words.accountHeading(group.account)))</td><td class=\"num\">\(e(money(group.total)))</td></tr>"
                for line in group.lines {
                    html += "<tr><td class=\"detail\">\(e(words.budgetLabel(line)))</td><td class=\"num\">\(e(money(line.amount)))</td></tr>"
                }
            }
            return html + "<tr class=\"total\"><td>\(e(total))</td><td class=\"num\">\(e(money(try budget.total(lines))))</td></tr></tbody></table>"
        }
        let balanced = try budget.isBalanced
        var body =
            "<header><p class=\"kicker\">\(e(l.pick("Budget prévisionnel de l'action (CERFA 12156)", "Forecast budget of the action (CERFA 12156)")))</p><h1>\(e(title))</h1><p class=\"meta\">\(e(f.period(budget.period)))</p>\(document.roundingNote(l).map { "<p class=\"meta\">\(e($0))</p>" } ?? "")</header>"
        body +=
            "<section class=\"budget\"><div><h2>\(e(l.pick("Charges", "Charges")))</h2>\(try column(budget.charges, total: l.pick("Total des charges", "Total charges")))</div>"
        body +=
            "<div><h2>\(e(l.pick("Produits", "Income")))</h2>\(try column(budget.income, total: l.pick("Total des produits", "Total income")))</div></section>"
        if !budget.contributionsUsed.isEmpty {
            body +=
                "<section class=\"budget\"><div><h2>86</h2>\(try column(budget.contributionsUsed, total: "Total 86"))</div><div><h2>87</h2>\(try column(budget.contributionsReceived, total: "Total 87"))</div></section>"
        }
        body +=
            "<p class=\"\(balanced ? "balanced" : "unbalanced")\">"
            + e(
                balanced
                    ? l.pick("Budget équilibré : total des charges = total des produits.", "Balanced budget: total charges = total income.")
                    : try l.pick(
                        "Budget NON équilibré : écart produits − charges \(money(try budget.totalIncome - budget.totalCharges)).",
                        "Budget NOT balanced: gap income − charges \(money(try budget.totalIncome - budget.totalCharges)).")) + "</p>"
        if let deposits = document.depositsSentence(l, money: money) { body += "<p class=\"deposits\">\(e(deposits))</p>" }
        return HTMLPage.page(
            title: title, kind: l.pick("Budget prévisionnel (CERFA 12156)", "Forecast budget (CERFA 12156)"), language: l, body: body,
            extraStyle: """
                .budget { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
                .budget tr.account td { font-weight: 600; border-top: 1px solid var(--line); }
                .budget tr.account:first-child td { border-top: 0; }
                .budget td.detail { padding-left: 22px; color: var(--muted); }
                .balanced { color: var(--ok); font-weight: 600; } .unbalanced { color: var(--fail); font-weight: 700; }
                @media print { .budget { gap: 10pt; } .budget table { font-size: 8.5pt; } .budget th, .budget td { padding: 2pt 5pt; } }
                """, date: date)
    }
}
