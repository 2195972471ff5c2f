import Enveloppe

/// `enveloppe allocate` as CSV: a row per candidate, then what stays unallocated.
struct AllocationCSV: Worded {
    let words: Wording

    func render(_ report: AllocationReport) -> [UInt8] {
        let l = language
        let euros = CSV.euros
        var rows = [
            [
                l.pick("identifiant", "id"), l.pick("candidat", "candidate"), l.pick("territoire", "territory"), l.pick("mesures", "measures"),
                l.pick("montant", "amount"), l.pick("avance", "advance"), l.pick("solde", "balance"),
            ]
        ]
        for row in report.rows {
            rows.append([
                row.candidate.id, row.candidate.name, row.candidate.territory ?? "", row.measures.map(String.init) ?? "",
                euros(row.amount), euros(row.advance), euros(row.balance),
            ])
        }
        rows.append([
            "", l.pick("Non attribué", "Unallocated"), "", report.unallocatedMeasures.map(String.init) ?? "", euros(report.unallocatedAmount), "", "",
        ])
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
