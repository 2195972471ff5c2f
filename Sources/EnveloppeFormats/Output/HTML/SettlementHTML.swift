import Enveloppe

/// `enveloppe settle` as a page: a table per operator, significant gaps in red.
struct SettlementHTML: Worded {
    let words: Wording

    func render(_ s: Settlement) -> String {
        let e = HTML.escape
        let l = language
        let rows = SettlementRows(words: words)
        var body =
            "<header><p class=\"kicker\">\(e(l.pick("Compte-rendu financier : prévu et réalisé (CERFA 15059)", "Financial report: planned and actual (CERFA 15059)")))</p><h1>\(e(s.title))</h1><p class=\"meta\">\(e(f.period(s.period)))</p></header>"
        if !s.isComplete { body += "<aside class=\"assumption\">" + e(rows.status(s)) + "</aside>" }
        for op in s.operators {
            body += "<section><h2>\(e(op.name))</h2><table><thead><tr>"
            for header in [
                l.pick("Ligne", "Line"), l.pick("Prévu", "Planned"), l.pick("Réalisé à date", "To date"), l.pick("Année", "Year"),
                l.pick("Écart", "Gap"), "%", l.pick("Solde", "Balance"), l.pick("Reversement", "Repayment"), l.pick("Explication", "Explanation"),
            ] {
                body += "<th>\(e(header))</th>"
            }
            body += "</tr></thead><tbody>"
            for line in op.lines {
                let cells = [
                    f.money(line.plannedServiceFait), f.money(line.serviceFaitToDate), f.money(line.serviceFaitForYear), f.money(line.gap),
                    rows.percent(line.gap, of: line.plannedServiceFait), f.money(line.balance), f.money(line.reversement),
                ]
                body +=
                    "<tr\(line.isSignificant ? " class=\"red\"" : "")><td>\(e(line.line.label))</td>"
                    + cells.map { "<td class=\"num\">\(e($0))</td>" }.joined() + "<td class=\"source\">\(e(rows.explanation(op, line)))</td></tr>"
            }
            body += "</tbody></table></section>"
        }
        return HTMLPage.page(title: s.title, language: l, body: body)
    }
}
