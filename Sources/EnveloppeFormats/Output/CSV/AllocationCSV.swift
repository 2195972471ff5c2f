import Enveloppe

/// `enveloppe allocate` as CSV: a row per candidate, then what stays unallocated.
struct AllocationCSV: Worded {
    let words: Wording

    func render(_ report: AllocationReport) throws -> [UInt8] {
        let l = language
        let euros = CSV.euros
        var rows = [
            [
                l.pick("identifiant", "id"), l.pick("candidat", "candidate"), l.pick("territoire", "territory"), l.pick("mesures", "measures"),
                l.pick("montant", "amount"), words.allocationPaidAhead(report).lowercased(), l.pick("solde", "balance"),
                l.pick("rang", "rank"),
                // Last, after the columns a reader by position already knows.
                l.pick("demandé", "requested"),
            ]
        ]
        for row in report.orderedRows {
            rows.append([
                row.candidate.id, row.candidate.name, row.candidate.territory ?? "", row.measures.map(String.init) ?? "",
                euros(row.amount), euros(row.advance), euros(row.balance),
                row.candidate.rank.map(String.init) ?? "",
                // What was asked, in the allocation's units: measures, or euros when the envelope is shared in cents.
                row.candidate.requested.map { report.measurePrice == nil ? euros(Money(cents: $0)) : String($0) } ?? "",
            ])
        }
        // Below the candidates, apart: what they add up to, and what stays unallocated.
        let totals = try report.totals
        rows.append([
            "total", l.pick("Total attribué", "Total allocated"), "", totals.measures.map(String.init) ?? "", euros(totals.amount),
            euros(totals.advance), euros(totals.balance), "", "",
        ])
        rows.append([
            "non-attribue", l.pick("Non attribué", "Unallocated"), "", report.unallocatedMeasures.map(String.init) ?? "",
            euros(report.unallocatedAmount), "", "", "", "",
        ])
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
