import Enveloppe

/// The rows `enveloppe compare` shows for each application, shared by every format.
struct CompareRows: Worded {
    let words: Wording

    var rowNames: [String] {
        let l = words.language
        return [
            l.pick("Subvention (par convention)", "Grant (per convention)"), l.pick("Ménages", "Households"), l.pick("ETP", "FTE"),
            l.pick("Coût par ménage", "Cost per household"), l.pick("Part des charges hors personnel", "Non-staff share of charges"),
            l.pick("Point bas de trésorerie", "Treasury low point"), l.pick("Contrôles en échec", "Checks failed"),
            l.pick("Alertes", "Warnings"),
        ]
    }

    func cells(_ s: ApplicationSummary) -> [String] {
        [
            f.money(s.grant), f.count(s.households), f.fte(s.fte), f.money(s.costPerHousehold),
            f.rate(s.nonStaffShare.rounded(toPercentDecimals: 1)), f.money(s.treasuryLowPoint) + " (" + f.month(s.treasuryLowMonth) + ")",
            String(s.failures), String(s.warnings),
        ]
    }
}
