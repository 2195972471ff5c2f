import Enveloppe

/// `enveloppe settle` as a page: the activity to date, a table per convention with its advance,
/// significant gaps in red, the totals by operator and for all (that last row in bold).
struct SettlementHTML: Worded {
    let words: Wording
    var date: PrintDate?

    func render(_ s: Settlement) -> String {
        let e = HTML.escape
        let l = language
        let rows = SettlementRows(words: words)
        var body =
            "<header><p class=\"kicker\">\(e(l.pick("Compte-rendu financier : prévu et réalisé (CERFA 15059)", "Financial report: planned and actual (CERFA 15059)")))</p><h1>\(e(s.title))</h1><p class=\"meta\">\(e(s.periods.map(f.period).joined(separator: ", ")))</p></header>"
        body += "<p class=\"headline\">\(e(rows.headline(s)))</p>"
        if !s.isComplete { body += "<aside class=\"assumption\">" + e(rows.status(s)) + "</aside>" }
        let table = { (header: [String], lines: [(cells: [String], note: String, style: String)]) -> String in
            var html =
                "<div class=\"scroll\"><table><thead><tr>"
                + header.enumerated().map { "<th\($0.offset == 0 ? "" : " class=\"num\"")>\(e($0.element))</th>" }.joined()
            html += "<th>\(e(l.pick("Explication", "Explanation")))</th></tr></thead><tbody>"
            for line in lines {
                html +=
                    "<tr\(line.style.isEmpty ? "" : " class=\"\(line.style)\"")>"
                    + line.cells.enumerated().map { "<td\($0.offset == 0 ? "" : " class=\"num\"")>\(e($0.element))</td>" }.joined()
                html += "<td class=\"source\">\(e(line.note))</td></tr>"
            }
            return html + "</tbody></table></div>"
        }
        for group in rows.groups(s) {
            body += "<section><h2>\(e(l.pick("Convention ", "Convention ") + f.period(group.period) + " — " + group.holder))</h2>"
            body += table(rows.headers, group.rows.map { ([$0.line.label] + rows.cells($0), rows.explanation(s, $0), $0.isSignificant ? "red" : "") })
            body += "</section>"
        }
        let totals =
            s.operatorTotals.map { ([$0.name] + rows.cells($0.totals), "", "") } + [([l.pick("Total", "Total")] + rows.cells(s.total), "", "total")]
        body +=
            "<section><h2>\(e(l.pick("Totaux", "Totals")))</h2>" + table([l.pick("Structure", "Operator")] + rows.headers.dropFirst(), totals)
            + "</section>"
        body += "<footer>\(e(rows.rule))</footer>"
        return HTMLPage.page(
            title: s.title, kind: l.pick("Compte-rendu financier", "Financial report"), language: l, body: body, date: date,
            orientation: .landscape)
    }
}
