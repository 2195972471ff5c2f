import Enveloppe

/// `enveloppe compare` as text: one column per application.
extension CompareRows {
    func text(_ summaries: [(file: String, summary: ApplicationSummary)]) -> String {
        var table = TextTable([.left] + summaries.map { _ in .right })
        table.add([""] + summaries.indices.map { "(\($0 + 1))" })
        let columns = summaries.map { cells($0.summary) }
        for (index, name) in rowNames.enumerated() { table.add([name] + columns.map { $0[index] }) }
        var out = [table.rendered(), ""]
        for (index, item) in summaries.enumerated() { out.append("  (\(index + 1)) \(item.file) — \(item.summary.title)") }
        out.append(
            words.language.pick(
                "  Coût par ménage : charges du budget de la première convention / ménages. Part hors personnel : charges directes et indirectes hors personnel / charges.",
                "  Cost per household: first convention's budget charges / households. Non-staff share: direct and indirect non-staff charges / charges."
            ))
        return out.joined(separator: "\n") + "\n"
    }
}
