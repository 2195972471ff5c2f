import Enveloppe

/// `enveloppe whatif`: the calls side by side: cost per household, what an amount funds,
/// what a number of households needs.
struct WhatIfText: Worded {
    let words: Wording

    func render(_ document: WhatIfDocument) -> String {
        let rows = WhatIfRows(words: words)
        var table = TextTable([.left] + Array(repeating: .right, count: rows.headers(document).count - 1))
        table.add(rows.headers(document))
        for row in document.rows { table.add(rows.cells(row, document)) }
        var out = [rows.heading, "", table.rendered(), ""]
        for row in document.rows {
            out += "\(row.call.shortName)\(language.pick(" : ", ": "))\(rows.basis(row))".wrapped(first: "  ", then: "    ")
            out += sourceLines(row.sources, indent: "      ")
        }
        out += rows.note.wrapped(first: "  ", then: "  ")
        return out.joined(separator: "\n") + "\n"
    }
}
