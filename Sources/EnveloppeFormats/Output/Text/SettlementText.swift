import Enveloppe

/// `enveloppe settle` as text: per operator, planned and actual side by side, then the rule and its sources.
struct SettlementText: Worded {
    let words: Wording

    func render(_ s: Settlement) -> String {
        let l = language
        let rows = SettlementRows(words: words)
        var out = [
            s.title,
            l.pick(
                "Service fait et solde, d'après les comptages mensuels — convention ",
                "Service fait and balance, from the monthly counts — convention ") + f.period(s.period),
        ]
        out.append(rows.status(s))
        out.append(
            l.pick(
                "Écart significatif : à partir de \(f.rate(s.threshold)) du prévu (seuil choisi, aucun texte n'en fixe).",
                "Significant gap: from \(f.rate(s.threshold)) of the plan (a chosen threshold; no text sets one)."))
        for op in s.operators {
            out.append("")
            out.append(
                op.name
                    + l.pick(
                        " — mesures-mois : prévu \(f.count(op.plannedMeasureMonths)), compté \(f.count(op.countedMeasureMonths))",
                        " — household-months: planned \(f.count(op.plannedMeasureMonths)), counted \(f.count(op.countedMeasureMonths))"))
            var table = TextTable([.left, .right, .right, .right, .right, .right, .right, .right, .right])
            table.add([
                l.pick("Ligne", "Line"), l.pick("Prévu", "Planned"), l.pick("Réalisé à date", "Actual to date"),
                l.pick("Année", "Year"), l.pick("Écart", "Gap"), "%", l.pick("Avance", "Advance"), l.pick("Solde", "Balance"),
                l.pick("Reversement", "Repayment"),
            ])
            for line in op.lines {
                table.add([
                    line.line.label, f.money(line.plannedServiceFait), f.money(line.serviceFaitToDate), f.money(line.serviceFaitForYear),
                    f.money(line.gap), rows.percent(line.gap, of: line.plannedServiceFait), f.money(line.advance), f.money(line.balance),
                    f.money(line.reversement),
                ])
            }
            out.append(table.rendered())
            for line in op.lines {
                let text = rows.explanation(op, line)
                if !text.isEmpty { out.append("    " + line.line.label + l.pick(" : ", ": ") + text) }
            }
        }
        out.append("")
        out.append(
            l.pick(
                "  Service fait = mesures-mois comptées × prix de la ligne, arrondi une fois ; dû = min(service fait, subvention) ; solde = dû − avance, ou reversement = avance − dû.",
                "  Service fait = household-months counted × the line's price, rounded once; due = min(service fait, grant); balance = due − advance, or repayment = advance − due."
            ))
        out += sourceLines(s.sources)
        return out.joined(separator: "\n") + "\n"
    }
}
