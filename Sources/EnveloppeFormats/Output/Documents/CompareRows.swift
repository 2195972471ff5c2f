import Enveloppe

/// The rows `enveloppe compare` shows, shared by text, HTML and CSV: like with like, as a jury reads them.
/// Each grant requested against the grant its rules provide (« l'appel prévoit », « la règle prévoit ») or its scenario
/// states (« le scénario retient »), the cap's result on the base each application's
/// check used, whether the budget balances, the treasury (opening balance, the action's working capital need, low point, final
/// result), then the checks that fail, by name.
struct CompareRows: Worded {
    let words: Wording
    /// The kind of text each application's rules come from, in the order of the applications.
    var rules: [RulesDocument] = []
    /// The lines whose amount each application's scenario states, in the order of the applications.
    var statedByScenario: [Set<String>] = []

    /// The words about the rules of the application at `index`.
    func words(at index: Int) -> Wording { words.about(rules.indices.contains(index) ? rules[index] : .call) }

    /// What gives the grant of `line` to the application at `index`: « l'appel prévoit », « la règle prévoit », or
    /// « le scénario retient » when its scenario states the amount.
    func provided(_ line: String, at index: Int) -> String {
        words(at: index).grantProvided(byScenario: statedByScenario.indices.contains(index) && statedByScenario[index].contains(line))
    }

    /// The FTE the rules expect of a team that fails the team check (fewer than required); `nil` otherwise.
    func teamShort(_ summary: ApplicationSummary) -> FTE? {
        guard case .teamFTE(_, let required, _, _, _, _)? = summary.failing.first(where: { $0.id == "equipe.etp" })?.comparison else { return nil }
        return required
    }

    /// The words about the rules all the applications share, for what is said once for them all (a column's head).
    var sharedWords: Wording { words.about(RulesDocument.common(rules)) }

    /// A warning when the applications answer different calls, each named after its column's head: their grants,
    /// caps and checks follow different rules. `nil` when they share one.
    func differentCalls(_ summaries: [(file: String, summary: ApplicationSummary)]) -> String? {
        guard Set(summaries.map(\.summary.call)).count > 1 else { return nil }
        let l = language
        let each = zip(heads(summaries), summaries).map { head, application in l.pick("« \(head) » : ", "'\(head)': ") + application.summary.call }
        return l.pick(
            "Attention : ces candidatures ne répondent pas au même appel (\(each.joined(separator: " ; "))) ; leurs subventions, plafonds et contrôles suivent des règles différentes.",
            "Warning: these applications do not answer the same call (\(each.joined(separator: "; "))); their grants, caps and checks follow different rules."
        )
    }

    /// One cell: its value, a note under it (the figure compared with), and whether it flags a problem.
    struct Cell {
        let value: String
        var note: String = ""
        var flagged = false
    }

    struct Row {
        let name: String
        let cells: [Cell]
    }

    /// Each application's column head: its short name, or its file's name when another has the same short name.
    func heads(_ summaries: [(file: String, summary: ApplicationSummary)]) -> [String] {
        summaries.map { item in
            guard summaries.filter({ $0.summary.shortName == item.summary.shortName }).count > 1 else { return item.summary.shortName }
            let name = item.file.split(separator: "/").last.map(String.init) ?? item.file
            return name.split(separator: ".").dropLast().joined(separator: ".").isEmpty
                ? name : name.split(separator: ".").dropLast().joined(separator: ".")
        }
    }

    /// The lines of the envelopes compared, each once, in the order of the applications.
    func lines(_ summaries: [ApplicationSummary]) -> [String] {
        var names: [String] = []
        for summary in summaries { for grant in summary.grants where !names.contains(grant.line) { names.append(grant.line) } }
        return names
    }

    /// The cell of a figure that needs costs the scenario does not describe (a funder's allocation, AML 2019).
    var notDescribed: Cell { Cell(value: language.pick("coûts non décrits", "costs not described")) }

    func rows(_ summaries: [ApplicationSummary]) -> [Row] {
        let l = language
        var rows = [
            Row(
                name: l.pick("Ménages · ETP de l'équipe", "Households · team FTE"),
                // Flagged when the team check fails (fewer FTE than the call expects), with what the rules expect below.
                cells: summaries.enumerated().map { index, summary in
                    let team = summary.describesTeam ? f.fte(summary.fte) : l.pick("équipe non décrite", "team not described")
                    let value = f.count(summary.households) + " · " + team
                    guard let required = teamShort(summary) else { return Cell(value: value) }
                    return Cell(value: value, note: words(at: index).rulesProvide + " " + f.fte(required), flagged: true)
                })
        ]
        for line in lines(summaries) {
            rows.append(
                Row(
                    name: l.pick("\(line) : subvention demandée", "\(line): grant requested"),
                    cells: summaries.enumerated().map { index, summary in
                        guard let grant = summary.grants.first(where: { $0.line == line }) else { return Cell(value: "—") }
                        let gap = Money(cents: grant.requested.cents - grant.provided.cents)
                        let note =
                            provided(line, at: index) + " " + f.money(grant.provided)
                            + (gap == .zero ? "" : " (" + (gap > .zero ? "+" : "") + f.money(gap) + ")")
                        return Cell(value: f.money(grant.requested), note: note, flagged: gap > .zero || grant.requested == .zero)
                    }))
        }
        rows.append(
            Row(
                name: l.pick("Plafond des charges", "Cap on charges"),
                cells: summaries.map { summary in
                    guard let cap = summary.cap else { return Cell(value: l.pick("aucun", "none")) }
                    let note =
                        f.money(cap.capped) + l.pick(" pour ", " for ") + f.rate(cap.rate) + " × " + f.money(cap.base) + " = " + f.money(cap.limit)
                    if let own = cap.conventions, !own.over.isEmpty, cap.margin >= .zero {
                        // Within the programme's cap, over an operator's own: its convention is what the funder caps.
                        return Cell(
                            value: l.pick(
                                "dépassé pour \(own.over.count) convention\(own.over.count == 1 ? "" : "s") sur \(own.count)",
                                "over for \(own.over.count) of \(own.count) conventions"),
                            note: own.over.map { "\($0.holder)\(l.pick(" : ", ": "))\(f.money($0.capped)) > \(f.money($0.limit))" }.joined(
                                separator: listSeparator),
                            flagged: true)
                    }
                    return cap.margin < .zero
                        ? Cell(value: l.pick("dépassé de ", "over by ") + f.money(Money(cents: -cap.margin.cents)), note: note, flagged: true)
                        : Cell(value: l.pick("ok, marge ", "ok, margin ") + f.money(cap.margin), note: note)
                }))
        rows.append(
            Row(
                name: l.pick("Budget équilibré", "Budget balanced"),
                cells: summaries.map { summary in
                    guard summary.describesCosts || summary.budgetFiled else { return notDescribed }
                    let gap = Money(cents: summary.budgetIncome.cents - summary.budgetCharges.cents)
                    let kind = summary.budgetFiled ? l.pick("budget déposé", "budget filed") : l.pick("tiré des coûts", "from the costs")
                    return gap == .zero
                        ? Cell(value: l.pick("oui", "yes"), note: kind)
                        : Cell(
                            value: l.pick("non, écart ", "no, gap ") + f.money(gap),
                            note: kind + l.pick(" ; charges ", "; charges ") + f.money(summary.budgetCharges),
                            flagged: summary.budgetFiled)
                }))
        // A budget's charges, or the treasury's expenses, that the scenario does not describe are not figures to compare.
        let budgetCell = { (summary: ApplicationSummary, cell: () -> Cell) in summary.describesCosts || summary.budgetFiled ? cell() : notDescribed }
        let treasuryCell = { (summary: ApplicationSummary, cell: () -> Cell) in summary.describesCosts ? cell() : notDescribed }
        rows.append(
            Row(
                name: l.pick("Coût par ménage", "Cost per household"),
                cells: summaries.map { s in budgetCell(s) { Cell(value: f.money(s.costPerHousehold)) } }))
        rows.append(
            Row(
                name: l.pick("Part des charges hors personnel", "Non-staff share of charges"),
                cells: summaries.map { s in budgetCell(s) { Cell(value: f.rate(s.nonStaffShare.rounded(toPercentDecimals: 1))) } }))
        rows.append(Row(name: l.pick("Trésorerie de départ", "Opening cash"), cells: summaries.map { Cell(value: f.money($0.openingBalance)) }))
        rows.append(
            Row(
                name: words.workingCapitalNeedLabel, cells: summaries.map { s in treasuryCell(s) { Cell(value: f.money(s.cashNeed)) } }))
        rows.append(
            Row(
                name: l.pick("Point bas de la trésorerie", "Treasury low point"),
                cells: summaries.map { s in
                    treasuryCell(s) {
                        Cell(value: f.money(s.treasuryLowPoint), note: f.month(s.treasuryLowMonth), flagged: s.treasuryLowPoint < .zero)
                    }
                }
            ))
        rows.append(
            Row(
                name: l.pick("Résultat de l'action une fois tout versé", "Result of the action once everything is paid"),
                cells: summaries.map { summary in
                    guard summary.describesCosts else { return notDescribed }
                    // A surplus of grant not spent is paid back: said under the result, and flagged.
                    let paidBack =
                        summary.unspentGrants > .zero
                        ? l.pick("excédent à reverser : \(f.money(summary.unspentGrants))", "surplus to pay back: \(f.money(summary.unspentGrants))")
                        : ""
                    return Cell(
                        value: f.money(summary.finalResult), note: paidBack, flagged: summary.finalResult < .zero || summary.unspentGrants > .zero)
                }))
        rows.append(
            Row(
                name: l.pick("Contrôles en échec", "Checks failed"),
                cells: summaries.map { summary in
                    Cell(
                        value: f.count(Int64(summary.failures)), note: summary.failing.map(words.checkName).joined(separator: listSeparator),
                        flagged: summary.failures > 0)
                }))
        rows.append(Row(name: l.pick("Alertes", "Warnings"), cells: summaries.map { Cell(value: f.count(Int64($0.warnings))) }))
        return rows
    }

    /// How the figures are computed, in one paragraph.
    var note: String {
        language.pick(
            "Subvention demandée : ligne 74 du budget de la première convention. Plafond : sur la base que le contrôle de chaque candidature applique (la subvention demandée pour un budget déposé, dans la limite de la subvention de chaque ligne). Coût par ménage : charges du budget de la première convention / ménages. Part des charges hors personnel : charges directes et indirectes hors personnel / charges. Besoin en fonds de roulement de l'action : l'argent avancé avant que les versements ne rattrapent les dépenses ; la part d'un déficit final ne revient pas.",
            "Grant requested: account 74 of the first convention's budget. Cap: on the base each application's check applies (the grant requested for a filed budget, up to each line's grant). Cost per household: first convention's budget charges / households. Non-staff share: direct and indirect non-staff charges / charges. The action's working capital need: the money advanced before the payments catch up with the expenses; the part of a final deficit never comes back."
        )
    }
}
