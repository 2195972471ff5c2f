import Enveloppe

/// `enveloppe compare` as text: one column per application, headed by its short name; the notes under the
/// figures and the failing checks' names below the table.
extension CompareRows {
    func text(_ summaries: [(file: String, summary: ApplicationSummary)]) -> String {
        let l = language
        var table = TextTable([.left] + summaries.map { _ in .right })
        let heads = heads(summaries)
        table.add([""] + heads)
        for row in rows(summaries.map(\.summary)) {
            table.add([row.name] + row.cells.map { $0.value + ($0.flagged ? " !" : "  ") })
        }
        var out = (differentCalls(summaries).map { $0.wrapped(first: "", then: "  ") + [""] } ?? []) + [table.rendered(), ""]
        for (index, (head, (file, summary))) in zip(heads, summaries).enumerated() {
            // « Candidature A : Association … » is said once: the short name, then the rest of the title.
            var rest = Substring(summary.title)
            if summary.shortName != summary.title, rest.hasPrefix(summary.shortName) {
                rest = rest.dropFirst(summary.shortName.count).drop { $0 == " " || $0 == ":" }
            }
            // A head that is the whole title is not followed by the title again.
            out += (head == summary.title ? "\(head) = \(file)" : "\(head) = \(file) — \(rest)").wrapped(first: "  ", then: "    ")
            for grant in summary.grants where grant.requested != grant.provided {
                out.append(
                    l.pick("      \(grant.line) : demandé ", "      \(grant.line): requested ") + f.money(grant.requested)
                        + ", " + provided(grant.line, at: index) + " " + f.money(grant.provided))
            }
            if let required = teamShort(summary) {
                out.append(
                    l.pick("      Équipe : ", "      Team: ") + f.fte(summary.fte) + ", " + words(at: index).rulesProvide + " " + f.fte(required))
            }
            if !summary.failing.isEmpty {
                out += (l.pick("En échec : ", "Failing: ") + summary.failing.map(words.checkName).joined(separator: listSeparator)).wrapped(
                    first: "      ", then: "        ")
            }
        }
        out.append(l.pick("  « ! » : un chiffre à examiner.", "  '!': a figure to look at."))
        out += note.wrapped(first: "  ", then: "  ")
        return out.joined(separator: "\n") + "\n"
    }
}
