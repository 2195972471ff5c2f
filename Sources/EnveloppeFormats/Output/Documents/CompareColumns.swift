import Enveloppe

/// The figures `enveloppe compare` gives a spreadsheet, one per application: the CSV's columns and the workbook's rows,
/// in the same order and under the same names, so a jury reads the same figures in either (each grant requested
/// beside the grant provided, the cap, the budget's balance, the treasury, the checks).
extension CompareRows {
    /// A figure's value, typed so that each format writes it its way (an amount with a decimal comma in the CSV, a number
    /// in euros in the workbook).
    enum Value: Equatable {
        case text(String)
        case count(Int64)
        /// FTE, in hundredths.
        case hundredths(Int64)
        case money(Money)
        /// A share already rounded to 0,1 %.
        case percent(Rate)
        case month(YearMonth)
        /// A figure that needs costs or a team the scenario does not describe (empty in the CSV, said in the workbook).
        case notDescribed
        /// A figure the application does not have (a line of another call's envelope, a cap its rules do not set).
        case absent
    }

    struct Column {
        let name: String
        /// The report's figure this is, when it is one (`enveloppe explain` names it); empty otherwise.
        var id = ""
        let value: (ApplicationSummary) -> Value
    }

    /// Every figure after the application's file, short name and title, in order.
    func columns(_ summaries: [(file: String, summary: ApplicationSummary)]) -> [Column] {
        let l = words.language
        var columns = [
            Column(name: l.pick("appel", "call")) { .text($0.call) },
            Column(name: l.pick("ménages", "households")) { .count($0.households) },
            Column(name: l.pick("ETP de l'équipe", "Team FTE")) { $0.describesTeam ? .hundredths($0.fte.hundredths) : .notDescribed },
        ]
        for line in lines(summaries.map(\.summary)) {
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
            let grant = { (s: ApplicationSummary) in s.grants.first { $0.line == line } }
            columns += [
                Column(name: l.pick("\(line) : subvention demandée", "\(line): grant requested")) { s in
                    grant(s).map { .money($0.requested) } ?? .absent
                },
                Column(name: provided) { s in grant(s).map { .money($0.provided) } ?? .absent },
            ]
        }
        // Figures that need costs the scenario does not describe are left out (« coûts non décrits » on screen).
        let budget = { (s: ApplicationSummary, value: Value) in s.describesCosts || s.budgetFiled ? value : .notDescribed }
        let costs = { (s: ApplicationSummary, value: Value) in s.describesCosts ? value : .notDescribed }
        columns += [
            Column(name: l.pick("charges plafonnées", "capped charges")) { s in s.cap.map { .money($0.capped) } ?? .absent },
            Column(name: l.pick("plafond", "cap")) { s in s.cap.map { .money($0.limit) } ?? .absent },
            Column(name: l.pick("marge sous le plafond", "margin under the cap")) { s in s.cap.map { .money($0.margin) } ?? .absent },
            Column(name: l.pick("charges du budget", "budget charges"), id: FigureID.budgetCharges(period: 0).rawValue) { .money($0.budgetCharges) },
            Column(name: l.pick("produits du budget", "budget income"), id: FigureID.budgetIncome(period: 0).rawValue) { .money($0.budgetIncome) },
            Column(name: l.pick("budget équilibré", "budget balanced")) { s in
                budget(s, .text(s.budgetCharges == s.budgetIncome ? l.pick("oui", "yes") : l.pick("non", "no")))
            },
            Column(name: l.pick("coût par ménage", "cost per household"), id: FigureID.chargesPerHousehold(period: 0).rawValue) { s in
                budget(s, .money(s.costPerHousehold))
            },
            Column(name: l.pick("part hors personnel (%)", "non-staff share (%)")) { s in
                budget(s, .percent(s.nonStaffShare.rounded(toPercentDecimals: 1)))
            },
            Column(name: l.pick("trésorerie de départ", "opening balance"), id: FigureID.treasuryOpening.rawValue) { .money($0.openingBalance) },
            Column(
                name: l.pick("besoin en fonds de roulement de l'action", "the action's working capital need"),
                id: FigureID.workingCapitalNeed.rawValue
            ) { s in costs(s, .money(s.cashNeed)) },
            Column(name: l.pick("point bas de trésorerie", "treasury low point"), id: FigureID.treasuryLowest.rawValue) { s in
                costs(s, .money(s.treasuryLowPoint))
            },
            Column(name: l.pick("mois du point bas", "low point month")) { s in costs(s, .month(s.treasuryLowMonth)) },
            Column(name: l.pick("résultat une fois tout versé", "final result"), id: FigureID.finalResult.rawValue) { s in
                costs(s, .money(s.finalResult))
            },
            Column(name: l.pick("contrôles en échec", "checks failed")) { .count(Int64($0.failures)) },
            Column(name: l.pick("alertes", "warnings")) { .count(Int64($0.warnings)) },
            Column(name: l.pick("contrôles en échec (noms)", "checks failed (names)")) { s in
                .text(s.failing.map(words.checkName).joined(separator: listSeparator))
            },
        ]
        return columns
    }
}
