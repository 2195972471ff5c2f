extension Call {
    /// This call with the scenario's rule settings applied; every value the
    /// scenario sets now cites `rules.…`.
    ///
    /// - Throws: ``InputError`` when the call leaves a value unstated that the
    ///   computation needs (``InputError/Problem/requiredByCall(document:example:)``),
    ///   or when a setting names a line the call does not have.
    public func applying(_ settings: RuleSettings) throws(InputError) -> Call {
        var call = self
        let scenario = { (path: String) in Citation.scenario(path: "rules.\(path)") }
        if let value = settings.households { call.households = Cited(value, scenario("households")) }
        if let value = settings.envelopeTotal { call.envelopeTotal = Cited(value, scenario("envelopeTotal")) }
        for key in settings.lines.keys.sorted() where !lines.contains(where: { $0.id == key }) {
            throw InputError("rules.lines.\(key)", .notOneOf(text: key.rawValue, allowed: lines.map(\.id.rawValue)))
        }
        call.lines = try lines.map { line throws(InputError) in
            try line.applying(settings.lines[line.id], path: "rules.lines.\(line.id)", document: sourceName)
        }
        if settings.requiredFTE != nil || settings.minimumManagementFTE != nil {
            guard let required = settings.requiredFTE.map({ Cited($0, scenario("team.requiredFTE")) }) ?? team?.requiredFTE
            else { throw InputError("rules.team.requiredFTE", .missing) }
            let management =
                settings.minimumManagementFTE.map { Cited($0, scenario("team.minimumManagementFTE")) }
                ?? team?.minimumManagementFTE
            call.team = TeamRule(
                requiredFTE: required, minimumManagementFTE: management, composition: team?.composition, beside: team?.beside,
                eachOperator: team?.eachOperator)
        }
        if settings.capRate != nil || settings.capScope != nil || settings.capBase != nil {
            guard let rate = settings.capRate.map({ Cited($0, scenario("cap.rate")) }) ?? cap?.rate else {
                throw InputError("rules.cap.rate", .missing)
            }
            call.cap = CapRule(
                rate: rate,
                scope: settings.capScope.map { Cited($0, scenario("cap.scope")) } ?? cap?.scope
                    ?? Cited(.nonStaff, scenario("cap.rate")),
                base: settings.capBase.map { Cited($0, scenario("cap.base")) } ?? cap?.base
                    ?? Cited(.subsidy, scenario("cap.rate")))
        }
        let rate: Cited<Rate>
        if let value = settings.instalments?.first?.rate ?? settings.advanceRate {
            rate = Cited(value, scenario("paymentTerms"))
        } else if let terms = paymentTerms {
            rate = Cited(terms.value.advanceRate, terms.citation)
        } else {
            throw InputError("rules.paymentTerms", .requiredByCall(document: sourceName, example: #"{"advanceRate": "60 %"}"#))
        }
        let base = paymentTerms?.value
        let advanceDelay = settings.instalments?.first?.delayMonths ?? settings.advanceDelayMonths
        call.paymentTerms = Cited(
            PaymentTerms(
                advanceRate: rate.value, rounding: settings.advanceRounding ?? base?.rounding ?? .halfAwayFromZero,
                advanceDelayMonths: advanceDelay ?? PaymentTerms.defaultAdvanceDelayMonths,
                balanceDelayMonths: settings.balanceDelayMonths ?? PaymentTerms.defaultBalanceDelayMonths,
                // The tool's default delay never places the advance before the call's own calendar allows.
                advanceNotBefore: advanceDelay == nil ? advanceNotBefore?.value : nil,
                laterInstalments: Array((settings.instalments ?? []).dropFirst()), advanceDelayStated: advanceDelay != nil,
                balanceDelayStated: settings.balanceDelayMonths != nil),
            rate.citation)
        if advanceDelay != nil || settings.balanceDelayMonths != nil {
            call.paymentDelaysSource = scenario("paymentTerms")
        }
        if let period = settings.convention { call.convention = Cited(period, scenario("convention")) }
        if let periods = settings.conventionPeriods {
            // Renewals of the call's own convention (`periods` alone) stay within the 600 months a programme may run.
            let months = call.convention.value.months
            guard periods * months <= 600 else {
                throw InputError("rules.convention.periods", .outOfRange(text: String(periods), minimum: 1, maximum: Int64(600 / months)))
            }
            call.conventionPeriods = Cited(periods, scenario("convention.periods"))
        }
        if let holding = settings.conventions { call.conventions = Cited(holding, scenario("conventions")) }
        if let months = settings.accompanimentMonths {
            call.accompanimentMonths = Cited(months, scenario("accompanimentMonths"))
        }
        return call
    }
}

extension EnvelopeLine {
    fileprivate func applying(_ setting: RuleSettings.Line?, path: String, document: String) throws(InputError)
        -> EnvelopeLine
    {
        let line =
            setting?.subsidyLine.map { self.with(funder: Funder(id: funder.id, name: funder.name, subsidyLine: $0, keywords: funder.keywords)) }
            ?? self
        return try line.applyingPricing(setting, path: path, document: document)
    }

    fileprivate func applyingPricing(_ setting: RuleSettings.Line?, path: String, document: String) throws(InputError)
        -> EnvelopeLine
    {
        let scenario = { (field: String) in Citation.scenario(path: "\(path).\(field)") }
        switch pricing {
        case .fixed(let amount, let units, let months):
            if setting?.annualRate != nil {
                throw InputError("\(path).annualRate", .notOneOf(text: "annualRate", allowed: ["amount", "units"]))
            }
            guard let newAmount = setting?.amount.map({ Cited($0, scenario("amount")) }) ?? amount else {
                throw InputError("\(path).amount", .requiredByCall(document: document, example: #""amount": "328 125""#))
            }
            let newUnits = setting?.unitHundredths.map { Cited($0, scenario("units")) } ?? units
            return with(pricing: .fixed(amount: newAmount, unitHundredths: newUnits, months: months))
        case .perUnitYear(let rate):
            if setting?.amount != nil || setting?.unitHundredths != nil {
                let field = setting?.amount != nil ? "amount" : "units"
                throw InputError("\(path).\(field)", .notOneOf(text: field, allowed: ["annualRate"]))
            }
            let newRate = setting?.annualRate.map { Cited($0, scenario("annualRate")) } ?? rate
            return with(pricing: .perUnitYear(rate: newRate))
        }
    }
}
