import Enveloppe

extension ScenarioDecoder {
    /// The `rules` block: values the scenario sets in place of the preset's, or that the preset lacks.
    static func rulesSettings(_ node: JSONNode, _ r: Reading) -> RuleSettings {
        var rules = RuleSettings()
        guard let object = r.object(node, allowed: AllowedKeys.rules) else { return rules }
        rules.households = r.optional(object, "households") { n throws(InputError) in try n.count() }
        rules.envelopeTotal = r.optional(object, "envelopeTotal") { n throws(InputError) in try n.amount() }
        if let linesNode = object.optional("lines") { rules.lines = lineSettings(linesNode, r) }
        if let team = object.optional("team").flatMap({ r.object($0, allowed: AllowedKeys.team) }) {
            rules.requiredFTE = r.optional(team, "requiredFTE") { n throws(InputError) in try n.fte() }
            rules.minimumManagementFTE = r.optional(team, "minimumManagementFTE") { n throws(InputError) in try n.fte() }
        }
        if let cap = object.optional("cap").flatMap({ r.object($0, allowed: AllowedKeys.cap) }) {
            rules.capRate = r.optional(cap, "rate") { n throws(InputError) in try n.rate() }
            rules.capScope = r.optional(cap, "scope") { n throws(InputError) in try n.choice(CapRule.Scope.self) }
            rules.capBase = r.optional(cap, "base") { n throws(InputError) in try n.choice(CapRule.Base.self) }
        }
        if let terms = object.optional("paymentTerms").flatMap({ r.object($0, allowed: AllowedKeys.paymentTerms) }) {
            let general = paymentTerms(terms, r)
            rules.advanceRate = general.advanceRate
            rules.advanceRounding = general.rounding
            rules.advanceDelayMonths = general.advanceDelayMonths
            rules.balanceDelayMonths = general.balanceDelayMonths
            rules.instalments = general.instalments
            if let funders = terms.optional("funders") { rules.funderTerms = funderTerms(funders, r) }
        }
        if let convention = object.optional("convention").flatMap({ r.object($0, allowed: AllowedKeys.convention) }) {
            // `periods` alone renews the call's own convention; a start or a length describes another, given whole.
            var months: Int64?
            if convention.optional("start") != nil || convention.optional("months") != nil || convention.optional("periods") == nil {
                let start = r.required(convention, "start") { n throws(InputError) in try n.month() }
                months = r.required(convention, "months") { n throws(InputError) in try n.count(minimum: 1, maximum: 600) }
                if let start, let months { rules.convention = Period(start: start, months: Int(months)) }
            }
            rules.conventionPeriods = r.optional(convention, "periods") { n throws(InputError) in
                Int(try n.count(minimum: 1, maximum: 600 / (months ?? 1)))
            }
        }
        rules.conventions = r.optional(object, "conventions") { n throws(InputError) in try n.choice(ConventionHolding.self) }
        rules.accompanimentMonths = r.optional(object, "accompanimentMonths") { n throws(InputError) in
            Int(try n.count(minimum: 1, maximum: 600))
        }
        return rules
    }

    /// `"lines": {"iml": {"amount": "328 125"}}`: one line's settings by its identifier.
    static func lineSettings(_ node: JSONNode, _ r: Reading) -> [LineID: RuleSettings.Line] {
        guard node.kind == .object else {
            r.record(node.wrongType(.object))
            return [:]
        }
        var lines: [LineID: RuleSettings.Line] = [:]
        for member in node.members {
            let lineNode = member.value
            guard lines[LineID(member.key)] == nil else {
                r.record(InputError(lineNode.path, .duplicateField))
                continue
            }
            guard let line = r.object(lineNode, allowed: AllowedKeys.line) else { continue }
            lines[LineID(member.key)] = RuleSettings.Line(
                amount: r.optional(line, "amount") { n throws(InputError) in try n.amount() },
                annualRate: r.optional(line, "annualRate") { n throws(InputError) in try n.amount() },
                unitHundredths: r.optional(line, "units") { n throws(InputError) in
                    let units = try n.fte()
                    guard units.hundredths > 0 else { throw InputError(n.path, .notPositive(expected: .units, text: "0")) }
                    return units.hundredths
                },
                subsidyLine: r.optional(line, "subsidyLine") { n throws(InputError) in try n.choice(SubsidyLine.self) })
        }
        return lines
    }
}
