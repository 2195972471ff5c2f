import Enveloppe
import EnveloppeWorkbook

extension ScenarioWorkbook {
    /// `50 % à 2 mois ; 30 % à 6 mois`: instalments as a finance officer writes them in one cell.
    static func instalmentsText(_ instalments: [PaymentTerms.Instalment]) -> String {
        instalments.map { "\(Formatter(.fr).rate($0.rate).replacingNoBreakSpaces) à \($0.delayMonths) mois" }.joined(separator: " ; ")
    }

    /// Versements: one row per funder of the call, with the funder's own terms where the scenario gives them.
    static func funderTerms(_ scenario: Scenario, call: Call?) -> Sheet {
        let funders = call?.funderIDs ?? []
        let others = ScenarioJSON.funderOrder(scenario.rules.funderTerms.keys, preset: scenario.preset).filter { !funders.contains($0) }
        let rows: [[Cell]] = (funders + others).map { id in
            let terms = scenario.rules.funderTerms[id]
            let lines = call?.lines.filter { $0.funder.id == id } ?? []
            return [
                .text(id, style: input()), note(lines.first?.funder.name ?? ""), note(lines.map(\.label).joined(separator: ", ")),
                rate(terms?.advanceRate), count(terms?.advanceDelayMonths.map(Int64.init)), text(terms?.instalments.map(instalmentsText)),
                count(terms?.balanceDelayMonths.map(Int64.init)), text(terms?.rounding.map(ScenarioChoices.roundings.label)),
            ]
        }
        var validations: [(FunderTermsColumn, [String], String)] = [(.rounding, ScenarioChoices.roundings.labels, "L'arrondi des versements")]
        if !funders.isEmpty { validations.append((.funder, funders, "L'identifiant du financeur")) }
        return table(FunderTermsColumn.self, rows: rows, emptyRows: 0, minimumRows: 0, validations: validations)
    }

    /// Risque: the overdraft rubrics, then one row per input that may vary (each funder's delays,
    /// then the inputs of the whole scenario), its distribution filled in where the scenario states one.
    static func risk(_ scenario: Scenario, call: Call?) -> Sheet {
        let risk = scenario.risk
        var rows: [[Cell]] = [
            [.text("Risque de trésorerie, pour enveloppe risk : ce qui est incertain, et le découvert", style: Style(bold: true))],
            [
                .text(
                    "Choisissez la loi d'une ligne pour faire varier sa valeur ; une ligne sans loi garde la valeur du scénario. Laissez la feuille vide si rien n'est incertain.",
                    style: Style(italic: true))
            ],
        ]
        for rubric in RiskRubric.allCases {
            let value: Cell =
                switch rubric {
                case .overdraftLimit: amount(risk?.overdraftLimit)
                case .overdraftRate:
                    if case .overdraft(let rate)? = risk?.bridging { self.rate(rate) } else { self.rate(nil) }
                case .assignmentRate:
                    if case .assignment(let rate)? = risk?.bridging { self.rate(rate) } else { self.rate(nil) }
                }
            rows.append([.text(rubric.label, style: Style(bold: true)), value, .text(rubric.help, style: Style(italic: true))])
        }
        while rows.count < ScenarioWorkbookLayout.riskTableRow - 1 { rows.append([]) }
        rows.append(RiskColumn.allCases.map { Cell.text($0.header, style: header) })
        let funders = call?.funderIDs ?? []
        let delays = risk?.paymentDelays ?? []
        var inputs: [(UncertainInput, String?, Distribution?)] = []
        for delay in delays { inputs += [(.advanceDelay, delay.funder, delay.advance), (.balanceDelay, delay.funder, delay.balance)] }
        for funder in funders where !delays.contains(where: { $0.funder == funder }) {
            inputs += [(.advanceDelay, funder, nil), (.balanceDelay, funder, nil)]
        }
        inputs += [
            (.rampUp, nil, risk?.rampUp), (.earlyExitRate, nil, risk?.earlyExitRate), (.refillDelay, nil, risk?.refillDelayMonths),
            (.staffVacancy, nil, risk?.staffVacancyMonths),
        ]
        for (input, funder, distribution) in inputs { rows.append(riskRow(input, funder: funder, distribution)) }
        let first = ScenarioWorkbookLayout.riskTableRow + 1
        let last = ScenarioWorkbookLayout.riskTableRow + inputs.count + 30
        var validations: [ListValidation] = []
        func list(_ column: RiskColumn, _ allowed: [String], _ prompt: String) {
            validations.append(ListValidation(range: "\(column.letter)\(first):\(column.letter)\(last)", allowed: allowed, prompt: prompt))
        }
        list(.input, ScenarioChoices.uncertainInputs.labels, "Ce qui est incertain")
        if !funders.isEmpty { list(.funder, funders, "Le financeur, pour un retard") }
        list(.kind, ScenarioChoices.distributions.labels, "Comment la valeur varie")
        return Sheet(
            name: ScenarioWorkbookLayout.risk, columnWidths: RiskColumn.allCases.map(\.width), rows: rows, validations: validations, landscape: true)
    }

    /// One uncertain input: its distribution in the columns of its kind, the others left empty.
    static func riskRow(_ input: UncertainInput, funder: String?, _ distribution: Distribution?) -> [Cell] {
        let isRate = input.unit.isRate
        let value = { (units: Int64?) -> Cell in isRate ? rate(units.map { Rate($0, over: 10_000) }) : count(units) }
        let listed = { (values: [Int64]) -> String in values.map { isRate ? input.unit.text($0) : String($0) }.joined(separator: " ; ") }
        var cells: [RiskColumn: Cell] = [
            .input: text(input.label), .funder: input.isPaymentDelay ? text(funder) : Cell(value: .empty, style: information),
            .minimum: value(nil), .likely: value(nil), .maximum: value(nil), .unit: note(input.unitName),
        ]
        switch distribution {
        case nil: break
        case .fixed(let units)?:
            cells[.kind] = text(ScenarioChoices.distributions.label(.fixed))
            cells[.likely] = value(units)
        case .uniform(let min, let max)?:
            cells[.kind] = text(ScenarioChoices.distributions.label(.uniform))
            (cells[.minimum], cells[.maximum]) = (value(min), value(max))
        case .triangular(let min, let likely, let max)?:
            cells[.kind] = text(ScenarioChoices.distributions.label(.triangular))
            (cells[.minimum], cells[.likely], cells[.maximum]) = (value(min), value(likely), value(max))
        case .weighted(let list)?:
            cells[.kind] = text(ScenarioChoices.distributions.label(.weighted))
            cells[.values] = text(listed(list.map(\.value)))
            if list.contains(where: { $0.weight != 1 }) { cells[.weights] = text(list.map { String($0.weight) }.joined(separator: " ; ")) }
        }
        return RiskColumn.allCases.map { cells[$0] ?? blank }
    }
}

extension ScenarioDecoder.RiskUnit {
    var isRate: Bool { if case .rate = self { true } else { false } }
}
