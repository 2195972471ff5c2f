import Enveloppe

/// A ``Scenario`` written back as a scenario file (`docs/scenario-format.md`): what
/// `enveloppe convert` writes from a workbook. Decoding the text gives the same scenario;
/// amounts are written the French way (`"212 812,50"`), rates as percentages (`"60 %"`).
public enum ScenarioJSON {
    public static func text(_ scenario: Scenario) -> String {
        var members: [JSONValue.Member] = [.init(key: "title", value: .string(scenario.title))]
        if !scenario.description.isEmpty { members.append(.init(key: "description", value: .string(scenario.description))) }
        members.append(.init(key: "preset", value: .string(scenario.preset.rawValue)))
        let rules = self.rules(scenario.rules, preset: scenario.preset)
        if !rules.isEmpty { members.append(.init(key: "rules", value: .object(rules))) }
        if scenario.openingBalance != .zero { members.append(.init(key: "openingBalance", value: amount(scenario.openingBalance))) }
        if !scenario.otherIncome.isEmpty { members.append(.init(key: "otherIncome", value: .array(scenario.otherIncome.map(budgetLine)))) }
        if !scenario.contributionsInKind.isEmpty {
            members.append(
                .init(
                    key: "contributionsInKind",
                    value: .array(scenario.contributionsInKind.map { .object(["label": .string($0.label), "amount": amount($0.amount)]) })))
        }
        if let file = scenario.candidateBudgetFile {
            members.append(.init(key: "budget", value: .object(["file": .string(file)])))
        } else if let lines = scenario.candidateBudget {
            members.append(.init(key: "budget", value: .object(["lines": .array(lines.map(budgetLine))])))
        }
        if let allocation = scenario.allocation {
            members.append(.init(key: "allocation", value: self.allocation(allocation, preset: scenario.preset)))
        }
        if let risk = scenario.risk { members.append(.init(key: "risk", value: self.risk(risk))) }
        if !scenario.expected.isEmpty {
            members.append(.init(key: "expected", value: .object(scenario.expected.map { .init(key: $0.id, value: .string($0.text)) })))
        }
        if !(scenario.operators.isEmpty && scenario.allocation != nil) {
            members.append(.init(key: "operators", value: .array(scenario.operators.map(operatorValue))))
        }
        return JSONWriter.write(.object(members))
    }

    /// `"212 812,50"`, `"52 000"`: what the decoder reads back as the same cents.
    static func amount(_ money: Money) -> JSONValue { .string(frenchAmount(money)) }

    static func frenchAmount(_ money: Money) -> String {
        let magnitude = money.cents.magnitude
        var whole = String(magnitude / 100)
        var groups: [Substring] = []
        while whole.count > 3 {
            groups.insert(whole.suffix(3)[...], at: 0)
            whole = String(whole.dropLast(3))
        }
        groups.insert(whole[...], at: 0)
        let cents = magnitude % 100
        return (money.cents < 0 ? "-" : "") + groups.joined(separator: " ") + (cents == 0 ? "" : "," + (cents < 10 ? "0" : "") + String(cents))
    }

    /// `"60 %"`, `"12,5 %"`: every rate the decoder reads has at most four decimals as a percentage.
    static func rate(_ rate: Rate) -> JSONValue {
        .string(Formatter(.fr).rate(rate).replacingNoBreakSpaces)
    }

    static func fte(_ fte: FTE) -> JSONValue { .number(plain(hundredths: fte.hundredths)) }
    static func count(_ value: Int64) -> JSONValue { .number(String(value)) }
    static func month(_ month: YearMonth) -> JSONValue { .string(month.description) }

    static func rules(_ rules: RuleSettings, preset: PresetID) -> [JSONValue.Member] {
        var members: [JSONValue.Member] = []
        func add(_ key: String, _ value: JSONValue?) { if let value { members.append(.init(key: key, value: value)) } }
        add("households", rules.households.map(count))
        add("envelopeTotal", rules.envelopeTotal.map(amount))
        let order = (Presets.named(preset)?.lines.map(\.id) ?? [])
        let ids = order.filter { rules.lines[$0] != nil } + rules.lines.keys.filter { !order.contains($0) }.sorted { $0.rawValue < $1.rawValue }
        if !ids.isEmpty {
            add(
                "lines",
                .object(
                    ids.map { id in
                        let line = rules.lines[id]!
                        var fields: [JSONValue.Member] = []
                        if let amount = line.amount { fields.append(.init(key: "amount", value: self.amount(amount))) }
                        if let rate = line.annualRate { fields.append(.init(key: "annualRate", value: self.amount(rate))) }
                        if let units = line.unitHundredths { fields.append(.init(key: "units", value: .number(plain(hundredths: units)))) }
                        if let subsidy = line.subsidyLine { fields.append(.init(key: "subsidyLine", value: .string(subsidy.rawValue))) }
                        return .init(key: id.rawValue, value: .object(fields))
                    }))
        }
        var team: [JSONValue.Member] = []
        if let fte = rules.requiredFTE { team.append(.init(key: "requiredFTE", value: self.fte(fte))) }
        if let fte = rules.minimumManagementFTE { team.append(.init(key: "minimumManagementFTE", value: self.fte(fte))) }
        if !team.isEmpty { add("team", .object(team)) }
        var cap: [JSONValue.Member] = []
        if let rate = rules.capRate { cap.append(.init(key: "rate", value: self.rate(rate))) }
        if let scope = rules.capScope { cap.append(.init(key: "scope", value: .string(scope.rawValue))) }
        if let base = rules.capBase { cap.append(.init(key: "base", value: .string(base.rawValue))) }
        if !cap.isEmpty { add("cap", .object(cap)) }
        var terms = self.terms(
            RuleSettings.Terms(
                advanceRate: rules.advanceRate, rounding: rules.advanceRounding, advanceDelayMonths: rules.advanceDelayMonths,
                balanceDelayMonths: rules.balanceDelayMonths, instalments: rules.instalments))
        if !rules.funderTerms.isEmpty {
            let funders = funderOrder(rules.funderTerms.keys, preset: preset)
            terms.append(.init(key: "funders", value: .object(funders.map { .init(key: $0, value: .object(self.terms(rules.funderTerms[$0]!))) })))
        }
        if !terms.isEmpty { add("paymentTerms", .object(terms)) }
        // `periods` alone renews the call's own convention.
        var convention: [JSONValue.Member] = []
        if let period = rules.convention {
            convention = [.init(key: "start", value: month(period.start)), .init(key: "months", value: count(Int64(period.months)))]
        }
        if let periods = rules.conventionPeriods { convention.append(.init(key: "periods", value: count(Int64(periods)))) }
        if !convention.isEmpty { add("convention", .object(convention)) }
        add("conventions", rules.conventions.map { .string($0.rawValue) })
        add("accompanimentMonths", rules.accompanimentMonths.map { count(Int64($0)) })
        return members
    }

    /// The fields of `rules.paymentTerms`, or of one funder's terms, in the format's order.
    static func terms(_ terms: RuleSettings.Terms) -> [JSONValue.Member] {
        var fields: [JSONValue.Member] = []
        if let rate = terms.advanceRate { fields.append(.init(key: "advanceRate", value: self.rate(rate))) }
        if let rounding = terms.rounding { fields.append(.init(key: "rounding", value: .string(rounding.rawValue))) }
        if let months = terms.advanceDelayMonths { fields.append(.init(key: "advanceDelayMonths", value: count(Int64(months)))) }
        if let months = terms.balanceDelayMonths { fields.append(.init(key: "balanceDelayMonths", value: count(Int64(months)))) }
        if let instalments = terms.instalments {
            fields.append(
                .init(
                    key: "instalments",
                    value: .array(instalments.map { .object(["rate": rate($0.rate), "delayMonths": count(Int64($0.delayMonths))]) })))
        }
        return fields
    }

    /// Funders in the order of the call's lines, then any other identifier alphabetically (to be refused with its path).
    static func funderOrder(_ ids: some Sequence<String>, preset: PresetID) -> [String] {
        let order = Presets.named(preset)?.funderIDs ?? []
        let ids = Set(ids)
        return order.filter { ids.contains($0) } + ids.filter { !order.contains($0) }.sorted()
    }

    /// The `risk` block, each distribution as a person writes it: a value, `{"min", "max"}`,
    /// `{"min", "likely", "max"}`, or `{"values", "weights"}` (weights left out when all alike).
    static func risk(_ risk: RiskSettings) -> JSONValue {
        var members: [JSONValue.Member] = []
        func add(_ key: String, _ value: JSONValue?) { if let value { members.append(.init(key: key, value: value)) } }
        if !risk.paymentDelays.isEmpty {
            add(
                "paymentDelays",
                .object(
                    risk.paymentDelays.map { delay in
                        var fields: [JSONValue.Member] = []
                        if let advance = delay.advance { fields.append(.init(key: "advance", value: distribution(advance, rate: false))) }
                        if let balance = delay.balance { fields.append(.init(key: "balance", value: distribution(balance, rate: false))) }
                        return .init(key: delay.funder, value: .object(fields))
                    }))
        }
        add("rampUp", risk.rampUp.map { distribution($0, rate: false) })
        add("earlyExitRate", risk.earlyExitRate.map { distribution($0, rate: true) })
        add("refillDelayMonths", risk.refillDelayMonths.map { distribution($0, rate: false) })
        add("staffVacancyMonths", risk.staffVacancyMonths.map { distribution($0, rate: false) })
        add("overdraftLimit", risk.overdraftLimit.map(amount))
        switch risk.bridging {
        case .overdraft(let rate)?: add("bridging", .object(["overdraftRate": self.rate(rate)]))
        case .assignment(let rate)?: add("bridging", .object(["assignmentRate": self.rate(rate)]))
        case nil: break
        }
        return .object(members)
    }

    /// A distribution of whole units (months, households), or of hundredths of a percent written as rates (`"5 %"`).
    static func distribution(_ distribution: Distribution, rate: Bool) -> JSONValue {
        let value = { (units: Int64) -> JSONValue in rate ? riskRate(units) : count(units) }
        switch distribution {
        case .fixed(let units): return value(units)
        case .uniform(let min, let max): return .object(["min": value(min), "max": value(max)])
        case .triangular(let min, let likely, let max): return .object(["min": value(min), "likely": value(likely), "max": value(max)])
        case .weighted(let list):
            var fields: [JSONValue.Member] = [.init(key: "values", value: .array(list.map { value($0.value) }))]
            if list.contains(where: { $0.weight != 1 }) { fields.append(.init(key: "weights", value: .array(list.map { count($0.weight) }))) }
            return .object(fields)
        }
    }

    /// Hundredths of a percent as the rate a person writes: 500 → `"5 %"`, 1 250 → `"12,5 %"`.
    static func riskRate(_ hundredths: Int64) -> JSONValue { rate(Rate(hundredths, over: 10_000)) }

    /// The purpose a line was given, recovered from its purposes (the stated one, then those its label shows).
    static func statedPurpose(_ line: BudgetLine) -> ExpensePurpose? {
        let inferred = ExpensePurpose.inferred(from: line.label)
        guard line.purposes.count == inferred.count + 1, Array(line.purposes.dropFirst()) == inferred else { return nil }
        return line.purposes.first
    }

    static func budgetLine(_ line: BudgetLine) -> JSONValue {
        var fields: [JSONValue.Member] = [
            .init(key: "account", value: .string(line.account.rawValue)), .init(key: "label", value: .string(line.label)),
            .init(key: "amount", value: amount(line.amount)),
        ]
        if let purpose = statedPurpose(line) { fields.append(.init(key: "purpose", value: .string(purpose.rawValue))) }
        return .object(fields)
    }

    static func operatorValue(_ op: Operator) -> JSONValue {
        var fields: [JSONValue.Member] = [.init(key: "id", value: .string(op.id.rawValue)), .init(key: "name", value: .string(op.name))]
        if let territory = op.territory { fields.append(.init(key: "territory", value: .string(territory))) }
        fields.append(.init(key: "households", value: count(op.households)))
        if let intake = op.intake { fields.append(.init(key: "intake", value: self.intake(intake))) }
        if !op.staff.isEmpty { fields.append(.init(key: "staff", value: .array(op.staff.map(post)))) }
        if !op.charges.isEmpty { fields.append(.init(key: "charges", value: .array(op.charges.map(charge)))) }
        return .object(fields)
    }

    static func intake(_ intake: Intake) -> JSONValue {
        var fields: [JSONValue.Member] = []
        if let start = intake.start { fields.append(.init(key: "start", value: month(start))) }
        if intake.initial != 0 { fields.append(.init(key: "initial", value: count(intake.initial))) }
        switch intake.entries {
        case .explicit(let entries) where !entries.isEmpty: fields.append(.init(key: "entries", value: .array(entries.map(count))))
        case .explicit: break
        case .rampUp(let perMonth): fields.append(.init(key: "rampUp", value: count(perMonth)))
        }
        if let last = intake.lastEntry { fields.append(.init(key: "lastEntry", value: month(last))) }
        if intake.renewalMonths != 0 { fields.append(.init(key: "renewalMonths", value: count(Int64(intake.renewalMonths)))) }
        if intake.derogation { fields.append(.init(key: "derogation", value: .bool(true))) }
        if intake.monthsBeforeDwelling != 0 {
            fields.append(.init(key: "monthsBeforeDwelling", value: count(Int64(intake.monthsBeforeDwelling))))
        }
        if !intake.earlyExits.isEmpty {
            fields.append(
                .init(
                    key: "earlyExits",
                    value: .array(intake.earlyExits.map { .object(["month": month($0.month), "households": count($0.households)]) })))
        }
        if intake.refillDelayMonths != 0 { fields.append(.init(key: "refillDelayMonths", value: count(Int64(intake.refillDelayMonths)))) }
        return .object(fields)
    }

    static func post(_ post: StaffPost) -> JSONValue {
        var fields: [JSONValue.Member] = [
            .init(key: "title", value: .string(post.title)), .init(key: "role", value: .string(post.role.rawValue)),
            .init(key: "fte", value: fte(post.fte)), .init(key: "annualCostPerFTE", value: amount(post.annualCostPerFTE)),
        ]
        if let start = post.start { fields.append(.init(key: "start", value: month(start))) }
        if let end = post.end { fields.append(.init(key: "end", value: month(end))) }
        if !post.purposes.isEmpty { fields.append(.init(key: "purposes", value: .array(post.purposes.map { .string($0.rawValue) }))) }
        return .object(fields)
    }

    static func charge(_ charge: ChargeLine) -> JSONValue {
        var fields: [JSONValue.Member] = [
            .init(key: "label", value: .string(charge.label)), .init(key: "account", value: count(Int64(charge.account))),
            .init(key: "kind", value: .string(charge.kind.rawValue)),
        ]
        switch charge.basis {
        case .annual(let money): fields.append(.init(key: "annualAmount", value: amount(money)))
        case .perEntry(let money): fields.append(.init(key: "perEntry", value: amount(money)))
        case .refundableDeposit(let money): fields.append(.init(key: "refundableDeposit", value: amount(money)))
        case .perHouseholdMonth(let money): fields.append(.init(key: "perHouseholdMonth", value: amount(money)))
        case .rateOfDirectCosts(let rate): fields.append(.init(key: "rateOfDirectCosts", value: self.rate(rate)))
        }
        if let purpose = charge.purpose { fields.append(.init(key: "purpose", value: .string(purpose.rawValue))) }
        return .object(fields)
    }

    /// Whether the candidates' requests and bounds are in cents: an amount shared at a call with no
    /// yearly rate (as the decoder reads them); otherwise they are measures.
    static func inCents(_ envelope: AllocationSettings.Envelope?, preset: PresetID?) -> Bool {
        guard case .amount? = envelope else { return false }
        let rateCall = preset.flatMap(Presets.named)?.lines.contains { if case .perUnitYear = $0.pricing { true } else { false } } ?? false
        return !rateCall
    }

    static func allocation(_ allocation: AllocationSettings, preset: PresetID) -> JSONValue {
        let cents = inCents(allocation.envelope, preset: preset)
        let quantity = { (value: Int64) -> JSONValue in cents ? amount(Money(cents: value)) : count(value) }
        let envelope: JSONValue =
            switch allocation.envelope {
            case .measures(let measures): .object(["measures": count(measures)])
            case .amount(let money): .object(["amount": amount(money)])
            }
        let candidates: [JSONValue] = allocation.candidates.map { c in
            var fields: [JSONValue.Member] = [.init(key: "id", value: .string(c.id)), .init(key: "name", value: .string(c.name))]
            if let territory = c.territory { fields.append(.init(key: "territory", value: .string(territory))) }
            if let weight = c.weight { fields.append(.init(key: "weight", value: count(weight))) }
            if let requested = c.requested { fields.append(.init(key: "requested", value: quantity(requested))) }
            if c.minimum != 0 { fields.append(.init(key: "minimum", value: quantity(c.minimum))) }
            if let maximum = c.maximum { fields.append(.init(key: "maximum", value: quantity(maximum))) }
            if let rank = c.rank { fields.append(.init(key: "rank", value: count(Int64(rank)))) }
            return .object(fields)
        }
        return .object([
            .init(key: "envelope", value: envelope), .init(key: "method", value: .string(allocation.method.rawValue)),
            .init(key: "candidates", value: .array(candidates)),
        ])
    }
}

extension String {
    /// With plain spaces for the no-break spaces of French formatting (a file people edit).
    var replacingNoBreakSpaces: String {
        String(map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 })
    }
}
