/// What `enveloppe validate` checks beyond the file's shape: values the call's text
/// does not allow, and months in the wrong order. Everything else (types, field paths,
/// places, identifiers of expected figures) is checked by decoding and computing.
public enum Validation {
    /// - Throws: ``InputError`` for the first value out of bounds, with its path.
    public static func validate(_ scenario: Scenario) throws(InputError) {
        guard let call = Presets.named(scenario.preset) else {
            throw InputError("preset", .unknownPreset(name: scenario.preset.rawValue, known: Presets.all.map(\.id.rawValue)))
        }
        // "à hauteur de 7 000 €", "5000€/ménage/an": the call's rate is a ceiling.
        for line in call.lines {
            if case .perUnitYear(let rate) = line.pricing, let set = scenario.rules.lines[line.id]?.annualRate, set > rate.value {
                throw InputError(
                    "rules.lines.\(line.id).annualRate",
                    .beyondCall(value: .money(set), limit: .money(rate.value), document: call.document))
            }
            // A stated amount cannot grow beyond the call's envelope.
            if case .fixed(let amount?, _, _) = line.pricing, let set = scenario.rules.lines[line.id]?.amount, set > amount.value {
                throw InputError(
                    "rules.lines.\(line.id).amount", .beyondCall(value: .money(set), limit: .money(amount.value), document: call.document))
            }
        }
        // "plafonnées à hauteur de 25% maximum": a cap can be stricter, not looser.
        if let cap = call.cap, let rate = scenario.rules.capRate, rate > cap.rate.value {
            throw InputError("rules.cap.rate", .beyondCall(value: .rate(rate), limit: .rate(cap.rate.value), document: call.document))
        }
        // VIAL: "30 mois d'accompagnement maximum" with every renewal; 12 months otherwise.
        if let months = scenario.rules.accompanimentMonths, months > call.accompanimentMonths.value {
            throw InputError(
                "rules.accompanimentMonths",
                .beyondCall(value: .months(Int64(months)), limit: .months(Int64(call.accompanimentMonths.value)), document: call.document))
        }
        for (index, op) in scenario.operators.enumerated() {
            if let intake = op.intake, let start = intake.start, let last = intake.lastEntry, last < start {
                throw InputError("operators[\(index)].intake.lastEntry", .monthBefore(text: last.description, other: start.description))
            }
            for (j, post) in op.staff.enumerated() {
                if let start = post.start, let end = post.end, end < start {
                    throw InputError("operators[\(index)].staff[\(j)].end", .monthBefore(text: end.description, other: start.description))
                }
            }
        }
    }
}
