/// What a scenario may not say beyond the file's shape: values the call's text does not
/// allow, and months in the wrong order. One path for every command: ``ResolvedScenario``
/// refuses the first problem, `enveloppe validate` lists them all.
public enum Validation {
    /// Every problem, in the order of the file's blocks (rules, then operators).
    public static func problems(_ scenario: Scenario) -> [InputError] {
        guard let call = Presets.named(scenario.preset) else {
            return [InputError("preset", .unknownPreset(name: scenario.preset.rawValue, known: Presets.all.map(\.id.rawValue)))]
        }
        var problems: [InputError] = []
        let document = call.sourceName
        // "à hauteur de 7 000 €", "5000€/ménage/an": the call's rate is a ceiling.
        for line in call.lines {
            let set = scenario.rules.lines[line.id]
            if case .perUnitYear(let rate) = line.pricing, let value = set?.annualRate, value > rate.value {
                problems.append(
                    InputError("rules.lines.\(line.id).annualRate", .beyondCall(value: .money(value), limit: .money(rate.value), document: document)))
            }
            // A stated amount cannot grow beyond the call's envelope.
            if case .fixed(let amount?, _, _) = line.pricing, let value = set?.amount, value > amount.value {
                problems.append(
                    InputError("rules.lines.\(line.id).amount", .beyondCall(value: .money(value), limit: .money(amount.value), document: document)))
            }
        }
        for funder in scenario.rules.funderTerms.keys.sorted() where !call.funderIDs.contains(funder) {
            problems.append(InputError("rules.paymentTerms.funders.\(funder)", .notOneOf(text: funder, allowed: call.funderIDs)))
        }
        // "plafonnées à hauteur de 25% maximum": a cap can be stricter, not looser.
        if let cap = call.cap, let rate = scenario.rules.capRate, rate > cap.rate.value {
            problems.append(InputError("rules.cap.rate", .beyondCall(value: .rate(rate), limit: .rate(cap.rate.value), document: document)))
        }
        // One accompaniment is the call's length; renewals are the intake's, within the call's limits.
        if let months = scenario.rules.accompanimentMonths, months > call.accompanimentMonths.value {
            problems.append(
                InputError(
                    "rules.accompanimentMonths",
                    .beyondCall(value: .months(Int64(months)), limit: .months(Int64(call.accompanimentMonths.value)), document: document)))
        }
        // (Each operator read by index where it lies, not copied.)
        let operators = scenario.operators
        for index in operators.indices {
            if let intake = operators[index].intake {
                problems += renewalProblems(intake, path: "operators[\(index)].intake", call: call)
            }
            if let intake = operators[index].intake, let start = intake.start, let last = intake.lastEntry, last < start {
                problems.append(InputError("operators[\(index)].intake.lastEntry", .monthBefore(text: last.description, other: start.description)))
            }
            for (j, post) in operators[index].staff.enumerated() {
                if let start = post.start, let end = post.end, end < start {
                    problems.append(InputError("operators[\(index)].staff[\(j)].end", .monthBefore(text: end.description, other: start.description)))
                }
            }
        }
        if let risk = scenario.risk { problems += RiskSettings.problems(risk, scenario: scenario, call: call) }
        return problems
    }

    /// Renewals within the call's own limits: its step, its maximum, its derogation if it has one (beyond the maximum,
    /// up to the derogation's months, in any number of months).
    ///
    /// The path and the document's name are made only for a problem (a national programme has thousands of intakes).
    static func renewalProblems(_ intake: Intake, path makePath: @autoclosure () -> String, call: Call) -> [InputError] {
        let months = intake.renewalMonths
        var document: String { call.sourceName }
        var path: String { makePath() }
        guard let rule = call.renewal else {
            return months > 0 || intake.derogation ? [InputError("\(path).renewalMonths", .notProvidedByCall(document: document))] : []
        }
        var problems: [InputError] = []
        if intake.derogation && rule.maximumByDerogation == nil {
            problems.append(InputError("\(path).derogation", .notProvidedByCall(document: document)))
        }
        // The step is the ordinary renewals'; a derogation adds up to its months « en sus » of their maximum (VIAL:
        // « un renouvellement de 6 mois maximum peut être accordé en sus »: 12 months, then 1 to 6 more).
        let ordinary = intake.derogation && rule.maximumByDerogation != nil ? min(months, rule.maximumMonths?.value ?? months) : months
        if let step = rule.stepMonths?.value, ordinary % step != 0 {
            problems.append(InputError("\(path).renewalMonths", .notAMultiple(text: String(months), step: Int64(step), document: document)))
        }
        let maximum = intake.derogation ? rule.maximumByDerogation ?? rule.maximumMonths : rule.maximumMonths
        if let maximum, months > maximum.value {
            problems.append(
                InputError(
                    "\(path).renewalMonths", .beyondCall(value: .months(Int64(months)), limit: .months(Int64(maximum.value)), document: document)))
        }
        return problems
    }

    /// - Throws: the first problem, with its path.
    public static func validate(_ scenario: Scenario) throws(InputError) {
        if let first = problems(scenario).first { throw first }
    }
}
