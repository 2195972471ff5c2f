import Enveloppe

/// `enveloppe whatif` as CSV: a row per call (amounts in euros with a decimal comma).
struct WhatIfCSV: Worded {
    let words: Wording

    func render(_ document: WhatIfDocument) -> [UInt8] {
        let l = language
        let euros = CSV.euros
        var header = [l.pick("appel", "call"), l.pick("titre", "title"), l.pick("coût par ménage", "cost per household")]
        if document.amount != nil {
            header += [l.pick("ménages financés", "households funded"), l.pick("reste", "left over")]
        }
        if document.households != nil { header.append(l.pick("enveloppe pour les ménages", "envelope for the households")) }
        header.append(l.pick("préréglage", "preset"))
        var rows = [header]
        for row in document.rows {
            var cells = [row.call.shortName, row.call.title, euros(row.costPerHousehold)]
            if document.amount != nil { cells += [row.funded.map { String($0.households) } ?? "", row.funded.map { euros($0.remainder) } ?? ""] }
            if document.households != nil { cells.append(row.needed.map(euros) ?? "") }
            cells.append(row.call.id.rawValue)
            rows.append(cells)
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
