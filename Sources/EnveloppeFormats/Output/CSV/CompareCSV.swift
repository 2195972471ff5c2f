import Enveloppe

/// `enveloppe compare` as CSV: one row per application, a column per figure (amounts in euros with a decimal comma).
extension CompareRows {
    func csv(_ summaries: [(file: String, summary: ApplicationSummary)]) -> [UInt8] {
        let l = words.language
        let euros = CSV.euros
        let lineNames = lines(summaries.map(\.summary))
        var header = [
            l.pick("fichier", "file"), l.pick("nom court", "short name"), l.pick("titre", "title"), l.pick("appel", "call"),
            l.pick("ménages", "households"),
            l.pick("ETP de l'équipe", "Team FTE"),
        ]
        for line in lineNames {
            // Said once for every application: the rules', the scenarios', or both when some scenarios state it.
            let stating = summaries.indices.filter { statedByScenario.indices.contains($0) && statedByScenario[$0].contains(line) }
            let giver = sharedWords.rulesGiver
            // « subvention » says what is asked and provided, whatever the line's own gender (« Crédits IML »).
            let provided =
                stating.isEmpty
                ? l.pick("\(line) : subvention prévue par \(giver)", "\(line): grant provided by \(giver)")
                : stating.count == summaries.count
                    ? l.pick("\(line) : subvention retenue par le scénario", "\(line): grant set by the scenario")
                    : l.pick(
                        "\(line) : subvention prévue par \(giver) ou retenue par le scénario",
                        "\(line): grant provided by \(giver) or set by the scenario")
            header += [l.pick("\(line) : subvention demandée", "\(line): grant requested"), provided]
        }
        header += [
            l.pick("charges plafonnées", "capped charges"), l.pick("plafond", "cap"), l.pick("marge sous le plafond", "margin under the cap"),
            l.pick("charges du budget", "budget charges"), l.pick("produits du budget", "budget income"),
            l.pick("budget équilibré", "budget balanced"),
            l.pick("coût par ménage", "cost per household"), l.pick("part hors personnel (%)", "non-staff share (%)"),
            l.pick("trésorerie de départ", "opening balance"),
            l.pick("besoin en fonds de roulement de l'action", "the action's working capital need"),
            l.pick("point bas de trésorerie", "treasury low point"), l.pick("mois du point bas", "low point month"),
            l.pick("résultat une fois tout versé", "final result"), l.pick("contrôles en échec", "checks failed"), l.pick("alertes", "warnings"),
            l.pick("contrôles en échec (noms)", "checks failed (names)"),
        ]
        var rows = [header]
        for (file, s) in summaries {
            let percent = s.nonStaffShare.rounded(toPercentDecimals: 1).percentage(fractionDigits: 1).map { plain(hundredths: $0.scaled * 10) } ?? ""
            var row = [
                file, s.shortName, s.title, s.call, String(s.households),
                s.describesTeam ? CSV.decimalComma(plain(hundredths: s.fte.hundredths)) : "",
            ]
            for line in lineNames {
                let grant = s.grants.first { $0.line == line }
                row += [grant.map { euros($0.requested) } ?? "", grant.map { euros($0.provided) } ?? ""]
            }
            // Figures that need costs the scenario does not describe are left empty (« coûts non décrits » on screen).
            let budget = s.describesCosts || s.budgetFiled
            let costs = s.describesCosts
            row += [
                s.cap.map { euros($0.capped) } ?? "", s.cap.map { euros($0.limit) } ?? "", s.cap.map { euros($0.margin) } ?? "",
                euros(s.budgetCharges), euros(s.budgetIncome),
                budget ? (s.budgetCharges == s.budgetIncome ? l.pick("oui", "yes") : l.pick("non", "no")) : "",
                budget ? euros(s.costPerHousehold) : "", budget ? CSV.decimalComma(percent) : "", euros(s.openingBalance),
                costs ? euros(s.cashNeed) : "", costs ? euros(s.treasuryLowPoint) : "", costs ? s.treasuryLowMonth.description : "",
                costs ? euros(s.finalResult) : "", String(s.failures), String(s.warnings),
                s.failing.map(words.checkName).joined(separator: listSeparator),
            ]
            rows.append(row)
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
