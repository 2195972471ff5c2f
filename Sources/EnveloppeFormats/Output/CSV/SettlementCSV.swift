import Enveloppe

/// `enveloppe settle` as CSV: one row per operator and line.
struct SettlementCSV: Worded {
    let words: Wording

    func render(_ s: Settlement) -> [UInt8] {
        let l = language
        let euros = CSV.euros
        let settled = SettlementRows(words: words)
        var rows = [
            [
                l.pick("opérateur", "operator"), l.pick("ligne", "line"), l.pick("prévu", "planned"), l.pick("réalisé à date", "actual to date"),
                l.pick("année", "year"), l.pick("écart", "gap"), l.pick("écart (%)", "gap (%)"), l.pick("avance", "advance"),
                l.pick("solde", "balance"), l.pick("reversement", "repayment"), l.pick("explication", "explanation"),
            ]
        ]
        for op in s.operators {
            for line in op.lines {
                let pct = settled.percent(line.gap, of: line.plannedServiceFait).split(separator: "\u{00A0}").first.map(String.init) ?? ""
                rows.append([
                    op.name, line.line.label, euros(line.plannedServiceFait), euros(line.serviceFaitToDate), euros(line.serviceFaitForYear),
                    euros(line.gap), pct, euros(line.advance), euros(line.balance), euros(line.reversement), settled.explanation(op, line),
                ])
            }
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
