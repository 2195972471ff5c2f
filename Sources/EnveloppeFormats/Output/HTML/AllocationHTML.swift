import Enveloppe

/// `enveloppe allocate` as a page for a funder: the envelope and the method, a row per candidate (in the
/// jury's order, with its rank, for an allocation by rank), the totals, what stays unallocated in words,
/// the territories' quotas, the tie rule and the sources.
struct AllocationHTML: Worded {
    let words: Wording
    var date: PrintDate?

    func render(_ report: AllocationReport) throws -> String {
        let e = HTML.escape
        let l = language
        let envelope = words.allocationEnvelope(report)
        var body =
            "<header><p class=\"kicker\">\(e(l.pick("Répartition de l'enveloppe", "Sharing the envelope"))) · \(e(report.call.title))</p><h1>\(e(report.title))</h1>"
        body += "<p class=\"meta\">\(e(l.pick("Enveloppe : ", "Envelope: ") + envelope))</p>"
        body += "<p class=\"meta\">\(e(l.pick("Méthode : ", "Method: ") + words.allocationMethod(report.method)))</p></header>"
        let table = AllocationRows(words: words, report: report)
        let textColumns = table.textColumns
        body += "<section><table><thead><tr>"
        body += table.headers.enumerated().map { "<th\(textColumns.contains($0.offset) ? "" : " class=\"num\"")>\(e($0.element))</th>" }
            .joined()
        body += "</tr></thead><tbody>"
        let row = { (cells: [String], className: String) -> String in
            "<tr\(className.isEmpty ? "" : " class=\"\(className)\"")>"
                + cells.enumerated().map { "<td\(textColumns.contains($0.offset) ? "" : " class=\"num\"")>\(e($0.element))</td>" }.joined()
                + "</tr>"
        }
        for r in report.orderedRows { body += row(table.cells(r), "") }
        body += row(try table.totalCells, "total")
        body += "</tbody></table>"
        body += "<p class=\"unallocated\">\(e(words.unallocated(report)))</p>"
        for note in words.rankNotes(report) { body += "<p class=\"unallocated\">\(e(note))</p>" }
        body += "</section>"
        // The call's quotas under their own heading, with what they are; the other checks after them.
        let quotas = report.findings.filter(\.isQuota)
        let others = report.findings.filter { !$0.isQuota }
        if !quotas.isEmpty {
            body +=
                "<section><h2>\(e(l.pick("Quotas des territoires", "Territories' quotas")))</h2><p class=\"source\">\(e(l.pick("L'appel fixe les mesures de chaque territoire ; la méthode les partage entre les candidats du territoire.", "The call fixes each territory's measures; the method shares them among the territory's candidates.")))</p>"
            body += ChecksHTML(words: words).list(quotas) + "</section>"
        }
        if !others.isEmpty {
            body += "<section><h2>\(e(l.pick("Contrôles", "Checks")))</h2>" + ChecksHTML(words: words).list(others) + "</section>"
        }
        body +=
            "<footer><p>\(e(words.allocationTieRule(report.method)))</p><p>\(e(words.allocationBalanceRule(report)))</p>"
        body += report.sources.uniquedCitations().map { "<p>\(e(l.pick("Source : ", "Source: ") + words.citation($0)))</p>" }.joined()
        body += "</footer>"
        return HTMLPage.page(
            title: report.title, kind: l.pick("Répartition de l'enveloppe", "Sharing the envelope"), language: l, body: body,
            extraStyle: "\n.unallocated { font-weight: 600; margin-top: 10px; }", date: date)
    }
}
