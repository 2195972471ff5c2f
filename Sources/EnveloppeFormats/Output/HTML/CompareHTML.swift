import Enveloppe

/// `enveloppe compare` as a page for a jury: one column per application, headed by its short name, rows
/// that compare like with like; up to four applications on one A4 landscape page.
extension CompareRows {
    func html(_ summaries: [(file: String, summary: ApplicationSummary)], date: PrintDate?) -> String {
        let e = HTML.escape
        let l = words.language
        let title = l.pick("Candidatures comparées", "Applications compared")
        var body =
            "<header><p class=\"kicker\">\(e(title))</p><h1>\(e(l.pick("Côte à côte, pour le jury", "Side by side, for the jury")))</h1></header>"
        body += "<section><table class=\"compare\"><colgroup><col class=\"names\">"
        body += summaries.map { _ in "<col>" }.joined() + "</colgroup><thead><tr><th></th>"
        body += summaries.map { "<th class=\"num\">\(e($0.summary.shortName))</th>" }.joined() + "</tr></thead><tbody>"
        for row in rows(summaries.map(\.summary)) {
            body += "<tr><th scope=\"row\">\(e(row.name))</th>"
            for cell in row.cells {
                body += "<td class=\"num\(cell.flagged ? " flagged" : "")\">\(e(cell.value))"
                if !cell.note.isEmpty { body += "<div class=\"note\">\(e(cell.note))</div>" }
                body += "</td>"
            }
            body += "</tr>"
        }
        body += "</tbody></table></section>"
        body += "<section class=\"applications\"><h2>\(e(l.pick("Les candidatures", "The applications")))</h2><dl>"
        for (file, summary) in summaries {
            body += "<dt>\(e(summary.shortName))</dt><dd>\(e(summary.title)) · <code>\(e(file))</code></dd>"
        }
        body += "</dl><p class=\"source\">\(e(note))</p></section>"
        return HTMLPage.page(
            title: title, kind: "enveloppe compare", language: l, body: body,
            extraStyle: """

                .compare th[scope=row] { text-transform: none; letter-spacing: 0; font-size: 13px; color: var(--ink); width: 22%; white-space: normal; }
                .compare thead th { font-size: 14px; color: var(--ink); text-transform: none; }
                .compare td { white-space: normal; }
                .compare .note { color: var(--muted); font-size: 11px; font-weight: 400; white-space: normal; }
                .compare td.flagged { color: var(--fail); font-weight: 700; }
                .applications dt { font-weight: 700; margin-top: 6px; } .applications dd { margin: 0 0 0 16px; color: var(--muted); font-size: 13px; }
                @media print { .compare th[scope=row] { font-size: 9pt; } .compare thead th { font-size: 10pt; } .compare .note { font-size: 7.5pt; } }
                """,
            date: date, orientation: .landscape)
    }
}
