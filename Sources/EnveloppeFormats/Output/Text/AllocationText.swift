import Enveloppe

/// `enveloppe allocate` as text: a row per candidate, what stays unallocated, the rule and its sources.
struct AllocationText: Worded {
    let words: Wording

    func render(_ report: AllocationReport) throws -> String {
        let l = language
        var out = [report.title, l.pick("Répartition de l'enveloppe", "Sharing the envelope") + " — " + report.call.title]
        let envelope = words.allocationEnvelope(report)
        out.append(l.pick("Enveloppe : ", "Envelope: ") + envelope)
        if report.appliesQuotas {
            out.append(
                l.pick(
                    "Quotas : l'appel fixe les mesures de chaque territoire ; la méthode les partage entre les candidats du territoire.",
                    "Quotas: the call fixes each territory's measures; the method shares them among the territory's candidates."))
        }
        out.append(l.pick("Méthode : ", "Method: ") + words.allocationMethod(report.method))
        out.append("")
        let ranked = report.method == .byRank
        var table = TextTable((ranked ? [.right] : []) + [.left, .left, .right, .right, .right, .right, .right])
        table.add(
            (ranked ? [l.pick("Rang", "Rank")] : []) + [
                l.pick("Candidat", "Candidate"), l.pick("Territoire", "Territory"), l.pick("Mesures", "Measures"),
                l.pick("Montant", "Amount"), words.allocationPaidAhead(report), l.pick("Solde", "Balance"), l.pick("Demandé", "Requested"),
            ])
        for row in report.orderedRows {
            let asked = row.candidate.requested.map { report.measurePrice == nil ? f.money(Money(cents: $0)) : f.count($0) } ?? ""
            table.add(
                (ranked ? [row.candidate.rank.map(String.init) ?? ""] : []) + [
                    row.candidate.name, row.candidate.territory ?? "", row.measures.map(f.count) ?? "", f.money(row.amount),
                    f.money(row.advance), f.money(row.balance), asked,
                ])
        }
        let totals = try report.totals
        table.add(
            (ranked ? [""] : []) + [
                l.pick("Total attribué", "Total allocated"), "", totals.measures.map(f.count) ?? "", f.money(totals.amount),
                f.money(totals.advance), f.money(totals.balance), "",
            ])
        out.append(table.rendered())
        out.append("  " + words.unallocated(report))
        for note in words.rankNotes(report) { out.append("  " + note) }
        for finding in report.findings { out.append("  [\(words.status(finding.status))] " + words.sentence(finding)) }
        out.append("")
        out.append("  " + words.allocationTieRule(report.method))
        out.append("  " + words.allocationBalanceRule(report))
        out += sourceLines(report.sources)
        return out.joined(separator: "\n") + "\n"
    }
}
