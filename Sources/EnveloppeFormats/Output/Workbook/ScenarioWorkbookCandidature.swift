import Enveloppe
import EnveloppeWorkbook

extension ScenarioWorkbook {
    /// The headings of the Candidature sheet (the reader skips the row that holds them).
    static let candidatureHeadings = [ScenarioWorkbookLayout.rubricHeading, "Votre valeur", "Valeur de l'appel", "Source"]

    /// Candidature: one row per rubric, the scenario's value to fill in, and beside it the
    /// call's own value and where the call states it.
    static func candidature(_ scenario: Scenario, call: Call?) -> Sheet {
        let words = Wording(.fr)
        var rows: [[Cell]] = [
            [.text("Candidature : \(call?.title ?? scenario.preset.rawValue)", style: Style(bold: true))],
            [
                .text(
                    "Remplissez les cellules jaunes ; une cellule vide de la partie « L'appel » garde la valeur de l'appel, écrite à côté avec sa source.",
                    style: Style(italic: true))
            ],
            candidatureHeadings.map { Cell.text($0, style: header) },
        ]
        var validations: [ListValidation] = []
        for rubric in Rubric.allCases {
            if let section = rubric.section { rows.append([.text(section, style: Style(bold: true, fill: .total))]) }
            let row = rows.count + 1
            let (callValue, citation) = self.callValue(rubric, call: call, words: words)
            rows.append([
                .text(rubric.label, style: Style(bold: true)), value(rubric, scenario),
                note(callValue), note(citation.map { words.citation($0) } ?? ""),
            ])
            if let allowed = choices(rubric) { validations.append(ListValidation(range: "B\(row)", allowed: allowed, prompt: rubric.label)) }
        }
        return Sheet(
            name: ScenarioWorkbookLayout.candidature, columnWidths: [40, 44, 34, 80], rows: rows, frozenRows: 3, validations: validations,
            landscape: true)
    }

    /// The list a rubric's value is chosen from, if it is a closed choice.
    static func choices(_ rubric: Rubric) -> [String]? {
        switch rubric {
        case .preset: ScenarioChoices.presets.labels
        case .conventions: ScenarioChoices.conventions.labels
        case .capScope: ScenarioChoices.capScopes.labels
        case .capBase: ScenarioChoices.capBases.labels
        case .rounding: ScenarioChoices.roundings.labels
        case .allocationMethod: ScenarioChoices.methods.labels
        default: nil
        }
    }

    /// The scenario's value of a rubric, in its input cell.
    static func value(_ rubric: Rubric, _ scenario: Scenario) -> Cell {
        let rules = scenario.rules
        let allocation = scenario.allocation
        switch rubric {
        case .title: return text(scenario.title)
        case .description: return text(scenario.description.isEmpty ? nil : scenario.description, wrap: true)
        case .preset: return text(scenario.preset.rawValue)
        case .openingBalance: return amount(scenario.openingBalance)
        case .budgetFile: return text(scenario.candidateBudgetFile)
        case .conventionStart: return month(rules.convention?.start)
        case .conventionMonths: return count(rules.convention.map { Int64($0.months) })
        case .conventionPeriods: return count(rules.conventionPeriods.map(Int64.init))
        case .conventions: return text(rules.conventions.map(ScenarioChoices.conventions.label))
        case .accompanimentMonths: return count(rules.accompanimentMonths.map(Int64.init))
        case .households: return count(rules.households)
        case .envelopeTotal: return amount(rules.envelopeTotal)
        case .requiredFTE: return fte(rules.requiredFTE)
        case .minimumManagementFTE: return fte(rules.minimumManagementFTE)
        case .capRate: return rate(rules.capRate)
        case .capScope: return text(rules.capScope.map(ScenarioChoices.capScopes.label))
        case .capBase: return text(rules.capBase.map(ScenarioChoices.capBases.label))
        case .advanceRate: return rate(rules.advanceRate)
        case .rounding: return text(rules.advanceRounding.map(ScenarioChoices.roundings.label))
        case .advanceDelay: return count(rules.advanceDelayMonths.map(Int64.init))
        case .balanceDelay: return count(rules.balanceDelayMonths.map(Int64.init))
        case .instalments: return text(rules.instalments.map(instalmentsText))
        case .allocationMeasures:
            if case .measures(let measures)? = allocation?.envelope { return count(measures) }
            return blank
        case .allocationAmount:
            if case .amount(let money)? = allocation?.envelope { return amount(money) }
            return amount(nil)
        case .allocationMethod: return text(allocation.map { ScenarioChoices.methods.label($0.method) })
        }
    }

    /// What the call says for a rubric, in words, and where it says it.
    static func callValue(_ rubric: Rubric, call: Call?, words: Wording) -> (String, Citation?) {
        guard let call else { return ("", nil) }
        let f = words.format
        let unstated = "non fixé par l'appel"
        let terms = call.paymentTerms
        switch rubric {
        case .preset: return (call.title, nil)
        case .title, .description, .openingBalance, .budgetFile, .allocationMeasures, .allocationAmount, .allocationMethod:
            return ("", nil)
        case .conventionStart: return (f.month(call.convention.value.start), call.convention.citation)
        case .conventionMonths: return ("\(call.convention.value.months) mois", call.convention.citation)
        case .conventionPeriods: return (String(call.conventionPeriods?.value ?? 1), call.conventionPeriods?.citation)
        case .conventions: return (ScenarioChoices.conventions.label(call.conventions.value), call.conventions.citation)
        case .accompanimentMonths: return ("\(call.accompanimentMonths.value) mois", call.accompanimentMonths.citation)
        case .households: return (call.households.map { f.count($0.value) } ?? unstated, call.households?.citation)
        case .envelopeTotal: return (call.envelopeTotal.map { f.money($0.value) } ?? unstated, call.envelopeTotal?.citation)
        case .requiredFTE: return (call.team.map { f.fte($0.requiredFTE.value) } ?? unstated, call.team?.requiredFTE.citation)
        case .minimumManagementFTE:
            return (call.team?.minimumManagementFTE.map { f.fte($0.value) } ?? unstated, call.team?.minimumManagementFTE?.citation)
        case .capRate: return (call.cap.map { f.rate($0.rate.value) } ?? unstated, call.cap?.rate.citation)
        case .capScope: return (call.cap.map { ScenarioChoices.capScopes.label($0.scope.value) } ?? unstated, call.cap?.scope.citation)
        case .capBase: return (call.cap.map { ScenarioChoices.capBases.label($0.base.value) } ?? unstated, call.cap?.base.citation)
        case .advanceRate:
            return (terms.map { f.rate($0.value.advanceRate) } ?? "non fixée par l'appel : à donner", terms?.citation)
        case .rounding:
            return (ScenarioChoices.roundings.label(terms?.value.rounding ?? .halfAwayFromZero), nil)
        case .advanceDelay:
            let notBefore = call.advanceNotBefore.map { ", pas avant \(f.month($0.value))" } ?? ""
            return (
                "\(PaymentTerms.defaultAdvanceDelayMonths) mois (valeur de l'outil : aucun texte ne la fixe)\(notBefore)",
                call.advanceNotBefore?.citation
            )
        case .balanceDelay: return ("\(PaymentTerms.defaultBalanceDelayMonths) mois (valeur de l'outil : aucun texte ne la fixe)", nil)
        case .instalments:
            guard let terms, !terms.value.laterInstalments.isEmpty else { return ("une avance, puis le solde", terms?.citation) }
            return (instalmentsText(terms.value.instalments), terms.citation)
        }
    }

    /// Enveloppe: one row per line of the call, the scenario's values beside what the call fixes.
    static func envelope(_ scenario: Scenario, call: Call?) -> Sheet {
        let words = Wording(.fr)
        let f = words.format
        let callLines = call?.lines ?? []
        let extra = scenario.rules.lines.keys.filter { id in !callLines.contains { $0.id == id } }.sorted { $0.rawValue < $1.rawValue }
        var rows: [[Cell]] = callLines.map { line in
            let set = scenario.rules.lines[line.id]
            let (stated, citation): (String, Citation?) =
                switch line.pricing {
                case .fixed(let amount?, let units, let months):
                    ("\(f.money(amount.value)) pour \(f.units(hundredths: units.value, unit: line.unit)) sur \(months) mois", amount.citation)
                case .fixed(nil, let units, let months):
                    (
                        "montant non donné par le texte, à remplir : pour \(f.units(hundredths: units.value, unit: line.unit)) sur \(months) mois",
                        units.citation
                    )
                case .perUnitYear(let rate): ("\(f.money(rate.value)) \(words.perUnit(line.unit, year: true))", rate.citation)
                }
            return [
                .text(line.id.rawValue, style: input()), .text(line.label, style: information), .text(line.funder.name, style: information),
                .text(stated, style: information), amount(set?.amount), fte(set?.unitHundredths.map(FTE.init(hundredths:))), amount(set?.annualRate),
                text(set?.subsidyLine.map(ScenarioChoices.subsidyLines.label)), note(citation.map { words.citation($0) } ?? ""),
            ]
        }
        rows += extra.map { id in
            let set = scenario.rules.lines[id]
            let empty = Cell(value: .empty, style: information)
            return [
                .text(id.rawValue, style: input()), empty, empty, empty, amount(set?.amount), fte(set?.unitHundredths.map(FTE.init(hundredths:))),
                amount(set?.annualRate), text(set?.subsidyLine.map(ScenarioChoices.subsidyLines.label)), empty,
            ]
        }
        return table(
            EnvelopeColumn.self, rows: rows, emptyRows: 0, minimumRows: 0,
            validations: [(.subsidyLine, ScenarioChoices.subsidyLines.labels, "La ligne du compte 74 du financeur")])
    }
}
