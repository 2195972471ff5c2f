import Enveloppe

/// `enveloppe allocate` as text: a row per candidate, what stays unallocated, the rule and its sources.
struct AllocationText: Worded {
    let words: Wording

    func render(_ report: AllocationReport) -> String {
        let l = language
        var out = [report.title, l.pick("Répartition de l'enveloppe", "Sharing the envelope") + " — " + report.call.title]
        var envelope = f.money(report.envelopeAmount)
        if let measures = report.envelopeMeasures, let price = report.measurePrice {
            envelope += " = " + f.count(measures) + l.pick(" mesures × ", " measures × ") + f.money(price)
        }
        out.append(l.pick("Enveloppe : ", "Envelope: ") + envelope)
        out.append(l.pick("Méthode : ", "Method: ") + words.allocationMethod(report.method))
        out.append("")
        var table = TextTable([.left, .left, .right, .right, .right, .right, .right])
        table.add([
            l.pick("Candidat", "Candidate"), l.pick("Territoire", "Territory"), l.pick("Mesures", "Measures"),
            l.pick("Montant", "Amount"), l.pick("Avance", "Advance"), l.pick("Solde", "Balance"), l.pick("Demandé", "Asked"),
        ])
        for row in report.rows {
            let asked = row.candidate.requested.map { report.measurePrice == nil ? f.money(Money(cents: $0)) : f.count($0) } ?? ""
            table.add([
                row.candidate.name, row.candidate.territory ?? "", row.measures.map(f.count) ?? "", f.money(row.amount),
                f.money(row.advance), f.money(row.balance), asked,
            ])
        }
        table.add([
            l.pick("Non attribué", "Unallocated"), "", report.unallocatedMeasures.map(f.count) ?? "", f.money(report.unallocatedAmount), "", "", "",
        ])
        out.append(table.rendered())
        out.append("")
        out.append("  " + words.allocationTieRule)
        out.append(l.pick("  Solde : montant − avance, à service fait complet.", "  Balance: amount − advance, at full service fait."))
        out += sourceLines(report.sources)
        return out.joined(separator: "\n") + "\n"
    }
}
