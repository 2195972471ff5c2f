import Enveloppe

/// The table `enveloppe allocate` prints on screen and on a page: a rank first for an allocation by rank, the
/// measures only when the envelope is shared in measures, what each candidate asked only when some asked (beside
/// what it is given, before the amounts). A column with nothing in it is left out, not printed empty.
struct AllocationRows: Worded {
    let words: Wording
    let report: AllocationReport

    var ranked: Bool { report.method == .byRank }
    var measured: Bool { report.envelopeMeasures != nil }
    var asked: Bool { report.rows.contains { $0.candidate.requested != nil } }

    /// The columns holding text (the others are numbers, aligned right).
    var textColumns: [Int] { ranked ? [1, 2] : [0, 1] }

    var headers: [String] {
        let l = language
        return (ranked ? [l.pick("Rang", "Rank")] : []) + [l.pick("Candidat", "Candidate"), l.pick("Territoire", "Territory")]
            + (measured ? [l.pick("Mesures", "Measures")] : []) + (asked ? [l.pick("Demandé", "Requested")] : [])
            + [l.pick("Montant", "Amount"), words.allocationPaidAhead(report), l.pick("Solde", "Balance")]
    }

    /// The columns that name a row (the rank, the candidate), and where the amounts begin among ``headers``: a table
    /// too wide for the page is cut there, each part naming its rows.
    var namingColumns: Int { ranked ? 2 : 1 }
    var firstAmountColumn: Int { namingColumns + 1 + (measured ? 1 : 0) + (asked ? 1 : 0) }

    func cells(_ row: AllocationReport.Row) -> [String] {
        let requested = row.candidate.requested.map { report.measurePrice == nil ? f.money(Money(cents: $0)) : f.count($0) } ?? ""
        return (ranked ? [row.candidate.rank.map(String.init) ?? ""] : []) + [row.candidate.name, row.candidate.territory ?? ""]
            + (measured ? [row.measures.map(f.count) ?? ""] : []) + (asked ? [requested] : [])
            + [f.money(row.amount), f.money(row.advance), f.money(row.balance)]
    }

    var totalCells: [String] {
        get throws {
            let totals = try report.totals
            return (ranked ? [""] : []) + [language.pick("Total attribué", "Total allocated"), ""]
                + (measured ? [totals.measures.map(f.count) ?? ""] : []) + (asked ? [""] : [])
                + [f.money(totals.amount), f.money(totals.advance), f.money(totals.balance)]
        }
    }
}
