import Enveloppe

/// What every format of `enveloppe settle` says beside the figures: the gap in percent,
/// the explanation of each line, whether the figures are final.
struct SettlementRows: Worded {
    let words: Wording

    func percent(_ gap: Money, of planned: Money) -> String {
        guard planned.cents != 0 else { return "" }
        return f.rate(Rate(gap.cents, over: planned.cents).rounded(toPercentDecimals: 1))
    }

    func explanation(_ op: Settlement.OperatorSettlement, _ line: Settlement.LineSettlement) -> String {
        let l = language
        var parts: [String] = []
        if let planned = line.plannedUnitMonths, let actual = line.unitMonthsForYear, planned != actual {
            let difference = (actual - planned) / 100
            parts.append(
                l.pick(
                    "\(f.count(abs(difference))) mesures-mois \(difference < 0 ? "de moins" : "de plus") que prévu",
                    "\(f.count(abs(difference))) household-months \(difference < 0 ? "fewer" : "more") than planned"))
        }
        if line.line.unit == .fte { parts.append(l.pick("ligne en ETP : réglée sur le plan", "FTE line: settled on the plan")) }
        if !op.monthsWithoutCount.isEmpty && line.line.unit != .fte {
            parts.append(
                l.pick("mois sans comptage (comptés zéro) : ", "months without a count (taken as zero): ")
                    + op.monthsWithoutCount.map(f.month).joined(separator: ", "))
        }
        if line.isSignificant { parts.insert(l.pick("ÉCART SIGNIFICATIF à expliquer", "SIGNIFICANT GAP to explain"), at: 0) }
        return parts.joined(separator: " ; ")
    }

    /// Whether the figures are final, incomplete or a forecast.
    func status(_ s: Settlement) -> String {
        let l = language
        if s.isComplete { return l.pick("Tous les mois sont comptés : chiffres définitifs.", "Every month is counted: final figures.") }
        if s.isForecast {
            return l.pick(
                "Comptages jusqu'en \(s.lastCounted.map(f.month) ?? "—") ; au-delà, le plan : chiffres de l'année prévisionnels.",
                "Counted up to \(s.lastCounted.map(f.month) ?? "—"); beyond, the plan: the year's figures are a forecast.")
        }
        return l.pick(
            "Comptages jusqu'en \(s.lastCounted.map(f.month) ?? "—"), mais des mois manquent (comptés zéro, signalés ci-dessous) : chiffres à compléter.",
            "Counted up to \(s.lastCounted.map(f.month) ?? "—"), but months are missing (taken as zero, flagged below): figures to complete.")
    }
}
