import Enveloppe

/// `enveloppe whatif` as a page: the calls side by side, each cost per household with its source.
struct WhatIfHTML: Worded {
    let words: Wording
    var date: PrintDate?

    func render(_ document: WhatIfDocument) -> String {
        let e = HTML.escape
        let l = language
        let rows = WhatIfRows(words: words)
        var asked: [String] = []
        if let amount = document.amount { asked.append(l.pick("Montant : ", "Amount: ") + f.money(amount)) }
        if let households = document.households {
            let label = l.pick("ménages : ", "households: ")
            asked.append((asked.isEmpty ? label.prefix(1).uppercased() + label.dropFirst() : label) + f.count(households))
        }
        let title = l.pick("Et si ? Les appels comparés", "What if? The calls compared")
        var body = "<header><p class=\"kicker\">enveloppe whatif</p><h1>\(e(title))</h1>"
        body += "<p class=\"meta\">\(e(rows.heading))\(asked.isEmpty ? "" : " " + e(asked.joined(separator: " · ")))</p></header>"
        body += "<section><table><thead><tr>"
        body += rows.headers(document).enumerated().map { "<th\($0.offset == 0 ? "" : " class=\"num\"")>\(e($0.element))</th>" }.joined()
        body += "</tr></thead><tbody>"
        for row in document.rows {
            body +=
                "<tr>"
                + rows.cells(row, document).enumerated().map { "<td class=\"\($0.offset == 0 ? "call" : "num")\">\(e($0.element))</td>" }.joined()
                + "</tr>"
        }
        body += "</tbody></table></section>"
        body += "<section><h2>\(e(l.pick("D'où vient chaque coût", "Where each cost comes from")))</h2><ul>"
        for row in document.rows {
            body += "<li><strong>\(e(row.call.title))</strong>\(l.pick("\u{00A0}: ", ": "))\(e(rows.basis(row)))"
            body += row.sources.uniquedCitations().map { "<div class=\"source\">\(e(words.citation($0)))</div>" }.joined() + "</li>"
        }
        body += "</ul></section><footer>\(e(rows.note))</footer>"
        return HTMLPage.page(
            title: title, kind: "enveloppe whatif", language: l, body: body,
            extraStyle: "\ntd.call { font-weight: 600; }",
            date: date)
    }
}
