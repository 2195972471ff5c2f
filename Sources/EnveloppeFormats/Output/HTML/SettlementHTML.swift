import Enveloppe

/// `enveloppe settle` as a page: the call and the counts file it reads in its header, the activity to date, a
/// table per convention with its advance, significant gaps in red and each line's explanation, the totals by
/// operator and for all (that last row in bold). A column of explanations is left out where no row has one.
struct SettlementHTML: Worded {
    let words: Wording
    var date: PrintDate?
    /// Whether some convention was paid instalments after its advance (``SettlementRows/instalments``).
    var instalments = false

    func render(_ s: Settlement, call: Call? = nil, countsFile: String? = nil) -> String {
        let e = HTML.escape
        let l = language
        let rows = SettlementRows(words: words, instalments: instalments)
        var body =
            "<header><p class=\"kicker\">\(e(l.pick("Compte-rendu financier : prévu et réalisé (CERFA 15059)", "Financial report: planned and actual (CERFA 15059)")))</p><h1>\(e(s.title))</h1>"
        if let call {
            body += "<p class=\"meta\">\(e(words.rulesLabel + words.titleAndPublisher(call)))</p>"
        }
        let periods = s.periods.count > 1 ? l.pick("Périodes : ", "Periods: ") : l.pick("Période : ", "Period: ")
        body += "<p class=\"meta\">\(e(periods + s.periods.map(f.period).joined(separator: ", ")))"
        if let countsFile {
            body += " · \(e(l.pick("comptages mensuels : ", "monthly counts: ")))<code>\(e(countsFile))</code>"
        }
        body += "</p></header>"
        body += "<p class=\"headline\">\(e(rows.headline(s)))</p>"
        if !s.isComplete { body += "<aside class=\"assumption\">" + e(rows.status(s)) + "</aside>" }
        body += "<p class=\"meta\">\(e(rows.threshold(s)))</p>"
        body += "<p class=\"meta\">\(e(rows.compactLegend))</p>"
        let table = { (header: [String], lines: [(cells: [String], note: String, style: String)]) -> String in
            let explained = lines.contains { !$0.note.isEmpty }
            var html =
                "<div class=\"scroll\"><table><thead><tr>"
                + header.enumerated().map { "<th\($0.offset == 0 ? "" : " class=\"num\"")>\(e($0.element))</th>" }.joined()
            if explained { html += "<th>\(e(l.pick("Explication", "Explanation")))</th>" }
            html += "</tr></thead><tbody>"
            for line in lines {
                html +=
                    "<tr\(line.style.isEmpty ? "" : " class=\"\(line.style)\"")>"
                    + line.cells.enumerated().map { "<td\($0.offset == 0 ? "" : " class=\"num\"")>\(e($0.element))</td>" }.joined()
                if explained { html += "<td class=\"source\">\(e(line.note))</td>" }
                html += "</tr>"
            }
            return html + "</tbody></table></div>"
        }
        body +=
            "<section><h2>\(e(rows.activityTitle))</h2>" + table(rows.activityHeaders, s.activity.map { (rows.activityCells($0), "", "") })
            + "</section>"
        for group in rows.groups(s) {
            body += "<section><h2>\(e(rows.heading(s, group)))</h2>"
            body += table(
                rows.compactHeaders, group.rows.map { ([$0.line.label] + rows.cells($0), rows.explanation(s, $0), $0.isSignificant ? "red" : "") })
            body += "</section>"
        }
        let totals =
            s.operatorTotals.map { ([rows.totalName(s, $0.name, $0.operatorID)] + rows.cells($0.totals), "", "") }
            + [([rows.totalName(s, l.pick("Total", "Total"), nil)] + rows.cells(s.total), "", "total")]
        body +=
            "<section><h2>\(e(l.pick("Totaux", "Totals")))</h2>" + table([l.pick("Structure", "Operator")] + rows.compactHeaders.dropFirst(), totals)
            + "</section>"
        body += "<footer><p>\(e(rows.rule))</p>"
        body += s.sources.uniquedCitations().map { "<p>\(e(l.pick("Source : ", "Source: ") + words.citation($0)))</p>" }.joined()
        body += "</footer>"
        return HTMLPage.page(
            title: s.title, kind: l.pick("Compte-rendu financier", "Financial report"), language: l, body: body, date: date,
            orientation: .landscape)
    }
}
