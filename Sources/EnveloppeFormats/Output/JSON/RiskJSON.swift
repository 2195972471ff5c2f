import Enveloppe

/// `enveloppe risk` as JSON for programs: amounts as integer cents and exact decimal strings,
/// shares as a count of runs, inputs with their law as the scenario states it.
struct RiskJSON: Worded {
    let words: Wording

    func render(_ r: RiskReport) -> JSONText {
        let percentiles = { (p: Percentiles) in JSONValue.object(["p10": .money(p.p10), "p50": .money(p.p50), "p90": .money(p.p90)]) }
        let share = { (s: RunShare) in JSONValue.object(["runs": .number(String(s.count)), "of": .number(String(s.runs))]) }
        let figures = { (x: RiskFigures) in
            JSONValue.object([
                "lowest": .money(x.lowest), "finalResult": .money(x.finalResult), "reversement": .money(x.reversement),
                "costPerHousehold": .money(x.costPerHousehold), "bridgingCost": .money(x.bridgingCost),
            ])
        }
        let base = JSONValue.object([
            "scenario": .object(["title": .string(r.title)]),
            "runs": .number(String(r.runs)), "seed": .number(String(r.seed)),
            "inputs": .array(
                r.inputs.map { input in
                    .object([
                        "field": .string(input.path), "label": .string(words.riskInput(input, funders: r.funderNames)),
                        "law": .string(words.riskLaw(input.distribution, of: input.kind)), "unit": .string(unit(input.kind)),
                        "minimum": .number(String(input.distribution.minimum)), "central": .number(String(input.distribution.median)),
                        "maximum": .number(String(input.distribution.maximum)),
                    ])
                }),
            "lowest": percentiles(r.lowest), "finalResult": percentiles(r.finalResult),
            "belowZero": share(r.belowZero), "reversement": share(r.reversement), "reversementP90": r.reversementP90.map(JSONValue.money) ?? .null,
            "asWritten": figures(r.asWritten), "central": figures(r.central),
            "sensitivity": .array(
                r.sensitivity.map { s in
                    .object([
                        "field": .string(s.input.path), "label": .string(words.riskInput(s.input, funders: r.funderNames)),
                        "low": .number(String(s.low)), "high": .number(String(s.high)), "atLow": figures(s.atLow), "atHigh": figures(s.atHigh),
                    ])
                }),
            "months": .array(
                r.months.map { m in
                    .object([
                        "month": .string(m.month.description), "p10": .money(m.treasury.p10), "p50": .money(m.treasury.p50),
                        "p90": .money(m.treasury.p90), "asWritten": .money(m.asWritten),
                    ])
                }),
        ])
        guard case .object(var members) = base else { return JSONText(base) }
        if let limit = r.settings.overdraftLimit, let beyond = r.beyondOverdraftLimit {
            members += [.init(key: "overdraftLimit", value: .money(limit)), .init(key: "beyondOverdraftLimit", value: share(beyond))]
        }
        if let cost = r.expectedBridgingCost { members.append(.init(key: "expectedBridgingCost", value: .money(cost))) }
        return JSONText(.object(members))
    }

    /// The unit of an input's values.
    private func unit(_ kind: RiskInput.Kind) -> String {
        switch kind {
        case .rampUp: "householdsPerMonth"
        case .earlyExitRate: "hundredthsOfPercent"
        default: "months"
        }
    }
}
