import Enveloppe

/// `enveloppe allocate` as text: a row per candidate, what stays unallocated, the rule and its sources.
struct AllocationText: Worded {
    let words: Wording

    func render(_ report: AllocationReport) throws -> String {
        let l = language
        // Sentences wrapped at the text's width: a paragraph's lines flush left, a note's indented as the table.
        let paragraph = { (text: String) in text.wrapped(first: "", then: "  ") }
        let note = { (text: String) in text.wrapped(first: "  ", then: "    ") }
        var out = [report.title] + paragraph(l.pick("Répartition de l'enveloppe", "Sharing the envelope") + " — " + report.call.title)
        let envelope = words.allocationEnvelope(report)
        out += paragraph(l.pick("Enveloppe : ", "Envelope: ") + envelope)
        if report.appliesQuotas {
            out += paragraph(
                l.pick(
                    "Quotas : l'appel fixe les mesures de chaque territoire ; la méthode les partage entre les candidats du territoire.",
                    "Quotas: the call fixes each territory's measures; the method shares them among the territory's candidates."))
        }
        out += paragraph(l.pick("Méthode : ", "Method: ") + words.allocationMethod(report.method))
        out.append("")
        let rows = AllocationRows(words: words, report: report)
        var table = TextTable(rows.headers.indices.map { rows.textColumns.contains($0) ? .left : .right })
        table.add(rows.headers)
        for row in report.orderedRows { table.add(rows.cells(row)) }
        table.add(try rows.totalCells)
        out.append(table.renderedInParts(within: Wording.textWidth, keeping: rows.namingColumns, breakingBefore: [rows.firstAmountColumn]))
        out += note(words.unallocated(report))
        for rank in words.rankNotes(report) { out += note(rank) }
        for finding in report.findings { out += note("[\(words.status(finding.status))] " + words.sentence(finding)) }
        out.append("")
        out += note(words.allocationTieRule(report.method))
        out += note(words.allocationBalanceRule(report))
        out += sourceLines(report.sources)
        return out.joined(separator: "\n") + "\n"
    }
}
