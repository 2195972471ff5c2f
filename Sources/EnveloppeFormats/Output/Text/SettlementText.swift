import Enveloppe

/// `enveloppe settle` as text: the rules and the counts file it reads, the activity counted against the plan to
/// date, then each convention's lines, planned and actual side by side, the totals, the rule and its sources.
struct SettlementText: Worded {
    let words: Wording
    /// Whether some convention was paid instalments after its advance (``SettlementRows/instalments``).
    var instalments = false

    func render(_ s: Settlement, call: Call? = nil, countsFile: String? = nil) -> String {
        let l = language
        let rows = SettlementRows(words: words, instalments: instalments)
        // Sentences wrapped at the text's width: a paragraph's lines flush left, a note's indented.
        let paragraph = { (text: String) in text.wrapped(first: "", then: "  ") }
        var out = [s.title]
        if let call {
            out += paragraph(words.rulesLabel + words.titleAndPublisher(call))
        }
        out += paragraph(rows.heading(s, countsFile: countsFile))
        out += [rows.headline(s), rows.status(s), rows.threshold(s), rows.compactLegend].flatMap(paragraph)
        out += [
            "",
            // A section's name in capitals, its unit as written: « ACTIVITÉ (mesures-mois) ».
            rows.activityTitle.prefix { $0 != "(" }.uppercased() + rows.activityTitle.drop { $0 != "(" },
        ]
        var activity = TextTable([.left, .right, .right, .right, .right])
        activity.add(rows.activityHeaders)
        for a in s.activity { activity.add(rows.activityCells(a)) }
        out.append(activity.rendered())
        for group in rows.groups(s) {
            out += [""] + rows.heading(s, group).wrapped(first: "", then: "  ")
            var table = TextTable([.left] + Array(repeating: .right, count: rows.compactHeaders.count - 1))
            table.add(rows.compactHeaders)
            for c in group.rows { table.add([c.line.label] + rows.cells(c)) }
            // Wider than the page: the activity, then what was paid, each row named in both.
            out.append(table.renderedInParts(within: Wording.textWidth, keeping: 1, breakingBefore: [rows.firstPaymentColumn]))
            for c in group.rows {
                let text = rows.explanation(s, c)
                if !text.isEmpty {
                    out += (c.line.label + l.pick(" : ", ": ") + text).wrapped(first: "    ", then: "      ")
                }
            }
        }
        out += ["", l.pick("TOTAUX", "TOTALS")]
        var totals = TextTable([.left] + Array(repeating: .right, count: rows.compactHeaders.count - 1))
        totals.add([l.pick("Structure", "Operator")] + rows.compactHeaders.dropFirst())
        for t in s.operatorTotals { totals.add([rows.totalName(s, t.name, t.operatorID)] + rows.cells(t.totals)) }
        totals.add([rows.totalName(s, l.pick("Total", "Total"), nil)] + rows.cells(s.total))
        out.append(totals.renderedInParts(within: Wording.textWidth, keeping: 1, breakingBefore: [rows.firstPaymentColumn]))
        out += [""] + rows.rule.wrapped(first: "  ", then: "  ")
        out += sourceLines(s.sources)
        return out.joined(separator: "\n") + "\n"
    }

}
