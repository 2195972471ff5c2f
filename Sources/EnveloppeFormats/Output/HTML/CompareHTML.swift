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
        if let warning = differentCalls(summaries) { body += "<p class=\"warning\">\(e(warning))</p>" }
        body += "<section><table class=\"compare\"><colgroup><col class=\"names\">"
        body += summaries.map { _ in "<col>" }.joined() + "</colgroup><thead><tr><th></th>"
        let heads = heads(summaries)
        body += heads.map { "<th class=\"num\">\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
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
        body += "<section class=\"applications\"><h2>\(e(l.pick("Les candidatures", "The applications")))</h2><ul>"
        for (head, (file, summary)) in zip(heads, summaries) {
            body += "<li><strong>\(e(head))</strong> — \(e(summary.title)) · <code>\(e(file))</code></li>"
        }
        body += "</ul><p class=\"source\">\(e(note))</p></section>"
        return HTMLPage.page(
            title: title, kind: "enveloppe compare", language: l, body: body,
            extraStyle: """

                p.warning { border-left: 4px solid var(--warn); background: #fdf8ee; padding: 6px 10px; font-weight: 600; }
                .compare { table-layout: fixed; } .compare col.names { width: 22%; }
                .compare th[scope=row] { text-transform: none; letter-spacing: 0; font-size: 13px; color: var(--ink); width: 22%; white-space: normal; }
                .compare thead th { font-size: 14px; color: var(--ink); text-transform: none; }
                .compare td { white-space: normal; }
                .compare .note { color: var(--muted); font-size: 11px; font-weight: 400; white-space: normal; }
                .compare td.flagged { color: var(--fail); font-weight: 700; }
                .compare thead th { white-space: normal; overflow-wrap: anywhere; }
                .applications ul { margin: 0; padding-left: 18px; font-size: 13px; color: var(--muted); } .applications strong { color: var(--ink); }
                @media print {
                  header h1 { font-size: 14pt; } section { margin-top: 8pt; }
                  .compare th, .compare td { padding: 1.5pt 4pt; } .compare td { font-size: 8.5pt; }
                  .compare { table-layout: fixed; } .compare col.names { width: 22%; }
                .compare th[scope=row] { font-size: 8.5pt; } .compare thead th { font-size: 9.5pt; } .compare .note { font-size: 7pt; line-height: 1.2; }
                  .applications h2 { font-size: 10pt; margin-bottom: 3pt; } .applications ul { font-size: 7.5pt; }
                  .applications code { font-size: 7pt; padding: 0 2pt; } .applications .source { font-size: 7pt; margin: 3pt 0 0; }
                }
                """,
            date: date, orientation: .landscape)
    }
}
