import Enveloppe

/// `enveloppe compare` as a page: one column per application.
extension CompareRows {
    func html(_ summaries: [(file: String, summary: ApplicationSummary)]) -> String {
        let e = HTML.escape
        let l = words.language
        var body =
            "<header><p class=\"kicker\">\(e(l.pick("Comparaison de candidatures", "Applications compared")))</p><h1>\(e(l.pick("Chiffres clés, côte à côte", "Key figures, side by side")))</h1></header>"
        body +=
            "<section><table><thead><tr><th></th>"
            + summaries.map { "<th class=\"num\">\(e($0.summary.title))<div class=\"when\">\(e($0.file))</div></th>" }.joined()
            + "</tr></thead><tbody>"
        let columns = summaries.map { cells($0.summary) }
        for (index, name) in rowNames.enumerated() {
            body +=
                "<tr><td>\(e(name))</td>"
                + columns.enumerated().map { column, cells in
                    let failing = index == 6 && summaries[column].summary.failures > 0
                    return "<td class=\"num\(failing ? " failing" : "")\">\(e(cells[index]))</td>"
                }.joined() + "</tr>"
        }
        body += "</tbody></table></section>"
        return HTMLPage.page(
            title: l.pick("Comparaison de candidatures", "Applications compared"), language: l, body: body,
            extraStyle: ".failing { color: var(--fail); font-weight: 700; }")
    }
}
