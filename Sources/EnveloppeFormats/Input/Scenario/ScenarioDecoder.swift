import Enveloppe

/// Reads a scenario file's bytes into a ``Scenario``, refusing anything it
/// does not understand: unknown or duplicate keys, wrong types, amounts with
/// more than two decimals, months such as `2025-13`. Every error carries the
/// field path; nothing is guessed.
public enum ScenarioDecoder {
    /// The keys each object of the format allows (the JSON Schema lists the same; a test checks it).
    public static let keys: [String: [String]] = [
        "scenario": [
            "$schema", "title", "description", "preset", "rules", "openingBalance", "otherIncome", "contributionsInKind", "budget",
            "allocation", "expected", "operators",
        ],
        "allocation": ["envelope", "method", "candidates"],
        "allocationEnvelope": ["measures", "amount"],
        "candidate": ["id", "name", "territory", "weight", "requested", "minimum", "maximum", "rank"],
        "budgetLine": ["account", "label", "amount", "purpose"],
        "budget": ["lines", "file"],
        "rules": [
            "households", "envelopeTotal", "lines", "team", "cap", "paymentTerms", "convention", "accompanimentMonths",
        ],
        "line": ["amount", "annualRate", "units", "subsidyLine"],
        "team": ["requiredFTE", "minimumManagementFTE"],
        "cap": ["rate", "scope", "base"],
        "paymentTerms": ["advanceRate", "rounding", "advanceDelayMonths", "balanceDelayMonths"],
        "convention": ["start", "months", "periods"],
        "operator": ["id", "name", "territory", "households", "staff", "charges", "intake"],
        "intake": [
            "start", "initial", "entries", "rampUp", "lastEntry", "renewalMonths", "derogation", "monthsBeforeDwelling",
            "earlyExits", "refillDelayMonths",
        ],
        "earlyExit": ["month", "households"],
        "staff": ["title", "role", "fte", "annualCostPerFTE", "start", "end", "purposes"],
        "charge": ["label", "account", "kind", "purpose"] + chargeBases,
    ]

    /// The fields that say how a charge accrues; a charge has exactly one.
    public static let chargeBases = ["annualAmount", "perEntry", "refundableDeposit", "perHouseholdMonth", "rateOfDirectCosts"]

    public static func decode(_ bytes: [UInt8]) throws(InputError) -> Scenario {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch {
            throw InputError("", .invalidJSON(line: error.line, column: error.column, detail: error.detail))
        }
        let object = try JSONNode(value: root, path: "").object(allowed: keys["scenario"]!)
        _ = try object.optional("$schema") { node throws(InputError) in try node.text() }
        let title = try object.required("title").text()
        let description = try object.optional("description") { node throws(InputError) in try node.text() } ?? ""
        let presetNode = try object.required("preset")
        let preset = PresetID(try presetNode.text())
        guard Presets.named(preset) != nil else {
            throw InputError(presetNode.path, .unknownPreset(name: preset.rawValue, known: Presets.all.map(\.id.rawValue)))
        }
        let rules = try object.optional("rules", rules) ?? RuleSettings()
        let opening = try object.optional("openingBalance") { n throws(InputError) in try n.amount() } ?? .zero
        var otherIncome: [BudgetLine] = []
        for node in try object.optional("otherIncome", { n throws(InputError) in try n.array() }) ?? [] {
            let line = try budgetLine(node)
            guard line.account.side == .income, !line.account.isContributionInKind else {
                throw InputError(node.child("account"), .notOneOf(text: line.account.rawValue, allowed: ["70", "73", "74", "75", "76", "77", "78", "79"]))
            }
            otherIncome.append(line)
        }
        var inKind: [BudgetLine] = []
        for node in try object.optional("contributionsInKind", { n throws(InputError) in try n.array() }) ?? [] {
            let fields = try node.object(allowed: ["label", "amount"])
            inKind.append(
                BudgetLine(
                    account: .contributionsInKindUsed, label: try fields.required("label").text(),
                    amount: try fields.required("amount").amount(), origin: node.path))
        }
        var candidateBudget: [BudgetLine]?
        var budgetFile: String?
        if let budgetNode = object.optional("budget") {
            let fields = try budgetNode.object(allowed: keys["budget"]!)
            switch (fields.optional("lines"), fields.optional("file")) {
            case (let lines?, nil): candidateBudget = try lines.array().map { node throws(InputError) in try budgetLine(node) }
            case (nil, let file?): budgetFile = try file.text()
            default: throw InputError(budgetNode.path, .exactlyOneOf(["lines", "file"]))
            }
        }
        let operatorNodes = try object.required("operators").array()
        guard !operatorNodes.isEmpty else { throw InputError("operators", .emptyList) }
        var operators: [Operator] = []
        for node in operatorNodes {
            let op = try self.operator(node)
            if operators.contains(where: { $0.id == op.id }) {
                throw InputError("\(node.path).id", .duplicateIdentifier(op.id.rawValue))
            }
            operators.append(op)
        }
        var scenario = Scenario(
            title: title, description: description, preset: preset, rules: rules, operators: operators, openingBalance: opening,
            otherIncome: otherIncome, contributionsInKind: inKind, candidateBudget: candidateBudget,
            candidateBudgetFile: budgetFile)
        if let expectedNode = object.optional("expected") {
            guard case .object(let members) = expectedNode.value else { throw expectedNode.wrongType(.object) }
            var seen = Set<String>()
            for member in members {
                let path = "expected[\"\(member.key)\"]"
                guard seen.insert(member.key).inserted else { throw InputError(path, .duplicateField) }
                switch member.value {
                case .number(let text), .string(let text): scenario.expected.append(ExpectedFigure(id: member.key, text: text, path: path))
                default: throw InputError(path, .wrongType(expected: .amount, found: member.value.kindName))
                }
            }
        }
        scenario.allocation = try object.optional("allocation") { n throws(InputError) in
            try allocation(n, rateCall: Presets.named(preset)!.lines.contains { if case .perUnitYear = $0.pricing { true } else { false } })
        }
        return scenario
    }

    /// The `allocation` block: amounts or measures, as the envelope says.
    private static func allocation(_ node: JSONNode, rateCall: Bool) throws(InputError) -> AllocationSettings {
        let fields = try node.object(allowed: keys["allocation"]!)
        let envelopeNode = try fields.required("envelope")
        let envelopeFields = try envelopeNode.object(allowed: keys["allocationEnvelope"]!)
        let envelope: AllocationSettings.Envelope
        switch (envelopeFields.optional("measures"), envelopeFields.optional("amount")) {
        case (let measures?, nil): envelope = .measures(try measures.count())
        case (nil, let amount?): envelope = .amount(try amount.amount())
        default: throw InputError(envelopeNode.path, .exactlyOneOf(["measures", "amount"]))
        }
        // Requests and bounds are measures, except when an amount is shared in cents (a call with no yearly rate).
        let inCents = !rateCall && { if case .amount = envelope { true } else { false } }()
        let quantity = { (n: JSONNode) throws(InputError) -> Int64 in inCents ? try n.amount().cents : try n.count() }
        var candidates: [Allocation.Candidate] = []
        for node in try fields.required("candidates").array() {
            let c = try node.object(allowed: keys["candidate"]!)
            let id = try c.required("id").text()
            if candidates.contains(where: { $0.id == id }) { throw InputError(node.child("id"), .duplicateIdentifier(id)) }
            candidates.append(
                Allocation.Candidate(
                    id: id, name: try c.required("name").text(),
                    territory: try c.optional("territory") { n throws(InputError) in try n.text() },
                    requested: try c.optional("requested", quantity),
                    weight: try c.optional("weight") { n throws(InputError) in try n.count(maximum: Int64.max / 1_000_000_000) } ?? 0,
                    minimum: try c.optional("minimum", quantity) ?? 0,
                    maximum: try c.optional("maximum", quantity),
                    rank: try c.optional("rank") { n throws(InputError) in Int(try n.count(minimum: 1, maximum: 10_000)) }))
        }
        guard !candidates.isEmpty else { throw InputError("\(node.path).candidates", .emptyList) }
        return AllocationSettings(
            envelope: envelope, method: try fields.required("method").choice(Allocation.Method.self), candidates: candidates)
    }

    /// `{"account": "75", "label": "Fonds propres", "amount": "12 000"}`.
    private static func budgetLine(_ node: JSONNode) throws(InputError) -> BudgetLine {
        let fields = try node.object(allowed: keys["budgetLine"]!)
        let accountNode = try fields.required("account")
        let code: String
        switch accountNode.value {
        case .string(let text), .number(let text): code = text
        default: throw accountNode.wrongType(.text)
        }
        guard let account = CerfaAccount(code: code) else {
            throw InputError(accountNode.path, .notOneOf(text: code, allowed: CerfaAccount.allCases.map(\.rawValue)))
        }
        let purpose = try fields.optional("purpose") { n throws(InputError) in try n.choice(ExpensePurpose.self) }
        let label = try fields.required("label").text()
        return BudgetLine(
            account: account, label: label, amount: try fields.required("amount").amount(),
            purposes: purpose.map { [$0] + ExpensePurpose.inferred(from: label) }, origin: node.path)
    }

    private static func rules(_ node: JSONNode) throws(InputError) -> RuleSettings {
        let object = try node.object(allowed: keys["rules"]!)
        var rules = RuleSettings()
        rules.households = try object.optional("households") { n throws(InputError) in try n.count() }
        rules.envelopeTotal = try object.optional("envelopeTotal") { n throws(InputError) in try n.amount() }
        if let linesNode = object.optional("lines") {
            guard case .object(let members) = linesNode.value else { throw linesNode.wrongType(.object) }
            for member in members {
                let lineNode = JSONNode(value: member.value, path: linesNode.child(member.key))
                if rules.lines[LineID(member.key)] != nil { throw InputError(lineNode.path, .duplicateField) }
                let line = try lineNode.object(allowed: keys["line"]!)
                rules.lines[LineID(member.key)] = RuleSettings.Line(
                    amount: try line.optional("amount") { n throws(InputError) in try n.amount() },
                    annualRate: try line.optional("annualRate") { n throws(InputError) in try n.amount() },
                    unitHundredths: try line.optional("units") { n throws(InputError) in
                        let units = try n.fte()
                        guard units.hundredths > 0 else { throw InputError(n.path, .notPositive(expected: .units, text: "0")) }
                        return units.hundredths
                    },
                    subsidyLine: try line.optional("subsidyLine") { n throws(InputError) in try n.choice(SubsidyLine.self) })
            }
        }
        if let team = try object.optional("team", { n throws(InputError) in try n.object(allowed: keys["team"]!) }) {
            rules.requiredFTE = try team.optional("requiredFTE") { n throws(InputError) in try n.fte() }
            rules.minimumManagementFTE = try team.optional("minimumManagementFTE") { n throws(InputError) in try n.fte() }
        }
        if let cap = try object.optional("cap", { n throws(InputError) in try n.object(allowed: keys["cap"]!) }) {
            rules.capRate = try cap.optional("rate") { n throws(InputError) in try n.rate() }
            rules.capScope = try cap.optional("scope") { n throws(InputError) in try n.choice(CapRule.Scope.self) }
            rules.capBase = try cap.optional("base") { n throws(InputError) in try n.choice(CapRule.Base.self) }
        }
        if let terms = try object.optional("paymentTerms", { n throws(InputError) in
            try n.object(allowed: keys["paymentTerms"]!)
        }) {
            rules.advanceRate = try terms.optional("advanceRate") { n throws(InputError) in try n.rate() }
            rules.advanceRounding = try terms.optional("rounding") { n throws(InputError) in try n.choice(RoundingRule.self) }
            rules.advanceDelayMonths = try terms.optional("advanceDelayMonths") { n throws(InputError) in
                Int(try n.count(maximum: 36))
            }
            rules.balanceDelayMonths = try terms.optional("balanceDelayMonths") { n throws(InputError) in
                Int(try n.count(minimum: 1, maximum: 36))
            }
        }
        if let convention = try object.optional("convention", { n throws(InputError) in
            try n.object(allowed: keys["convention"]!)
        }) {
            let start = try convention.required("start").month()
            let months = try convention.required("months").count(minimum: 1, maximum: 600)
            rules.convention = Period(start: start, months: Int(months))
            rules.conventionPeriods = try convention.optional("periods") { n throws(InputError) in
                Int(try n.count(minimum: 1, maximum: 600 / months))
            }
        }
        rules.accompanimentMonths = try object.optional("accompanimentMonths") { n throws(InputError) in
            Int(try n.count(minimum: 1, maximum: 600))
        }
        return rules
    }

    private static func `operator`(_ node: JSONNode) throws(InputError) -> Operator {
        let object = try node.object(allowed: keys["operator"]!)
        var staff: [StaffPost] = []
        for post in try object.optional("staff", { n throws(InputError) in try n.array() }) ?? [] {
            let fields = try post.object(allowed: keys["staff"]!)
            staff.append(
                StaffPost(
                    title: try fields.required("title").text(),
                    role: try fields.required("role").choice(StaffPost.Role.self),
                    fte: try fields.required("fte").fte(),
                    annualCostPerFTE: try fields.required("annualCostPerFTE").amount(),
                    start: try fields.optional("start") { n throws(InputError) in try n.month() },
                    end: try fields.optional("end") { n throws(InputError) in try n.month() },
                    purposes: try fields.optional("purposes") { n throws(InputError) in
                        try n.array().map { element throws(InputError) in try element.choice(ExpensePurpose.self) }
                    } ?? []))
        }
        var charges: [ChargeLine] = []
        for line in try object.optional("charges", { n throws(InputError) in try n.array() }) ?? [] {
            charges.append(try charge(line))
        }
        return Operator(
            id: OperatorID(try object.required("id").text()),
            name: try object.required("name").text(),
            territory: try object.optional("territory") { n throws(InputError) in try n.text() },
            households: try object.required("households").count(),
            staff: staff, charges: charges,
            intake: try object.optional("intake", intake))
    }

    private static func charge(_ node: JSONNode) throws(InputError) -> ChargeLine {
        let fields = try node.object(allowed: keys["charge"]!)
        let accountNode = try fields.required("account")
        let account = try accountNode.count()
        guard ChargeLine.accounts.contains(Int(account)) else {
            throw InputError(accountNode.path, .notOneOf(text: String(account), allowed: ChargeLine.accounts.map(String.init)))
        }
        let kindNode = try fields.required("kind")
        let kind = try kindNode.choice(ChargeLine.Kind.self)
        let given = chargeBases.filter { fields.optional($0) != nil }
        guard given.count == 1, let key = given.first, let value = fields.optional(key) else {
            throw InputError(given.count > 1 ? node.child(given[1]) : node.path, .exactlyOneOf(chargeBases))
        }
        let basis: ChargeLine.Basis
        switch key {
        case "annualAmount": basis = .annual(try value.amount())
        case "perEntry": basis = .perEntry(try value.amount())
        case "refundableDeposit": basis = .refundableDeposit(try value.amount())
        case "perHouseholdMonth": basis = .perHouseholdMonth(try value.amount())
        default:
            guard kind == .indirect else {
                throw InputError(kindNode.path, .notOneOf(text: kind.rawValue, allowed: [ChargeLine.Kind.indirect.rawValue]))
            }
            basis = .rateOfDirectCosts(try value.rate())
        }
        return ChargeLine(
            label: try fields.required("label").text(), account: Int(account), kind: kind, basis: basis,
            purpose: try fields.optional("purpose") { n throws(InputError) in try n.choice(ExpensePurpose.self) })
    }

    private static func intake(_ node: JSONNode) throws(InputError) -> Intake {
        let fields = try node.object(allowed: keys["intake"]!)
        let entries: Intake.Entries
        switch (fields.optional("entries"), fields.optional("rampUp")) {
        case (let list?, nil):
            var counts: [Int64] = []
            for element in try list.array() { counts.append(try element.count()) }
            entries = .explicit(counts)
        case (nil, let perMonth?):
            entries = .rampUp(perMonth: try perMonth.count(minimum: 1))
        case (nil, nil):
            entries = .explicit([])
        case (_?, _?):
            throw InputError(node.child("rampUp"), .exactlyOneOf(["entries", "rampUp"]))
        }
        var exits: [Intake.EarlyExit] = []
        for exit in try fields.optional("earlyExits", { n throws(InputError) in try n.array() }) ?? [] {
            let exitFields = try exit.object(allowed: keys["earlyExit"]!)
            exits.append(
                Intake.EarlyExit(
                    month: try exitFields.required("month").month(),
                    households: try exitFields.required("households").count(minimum: 1)))
        }
        let derogation: Bool
        if let flag = fields.optional("derogation") {
            guard case .bool(let value) = flag.value else { throw flag.wrongType(.boolean) }
            derogation = value
        } else {
            derogation = false
        }
        return Intake(
            start: try fields.optional("start") { n throws(InputError) in try n.month() },
            initial: try fields.optional("initial") { n throws(InputError) in try n.count() } ?? 0,
            entries: entries,
            lastEntry: try fields.optional("lastEntry") { n throws(InputError) in try n.month() },
            renewalMonths: Int(try fields.optional("renewalMonths") { n throws(InputError) in
                try n.count(maximum: Int64(Intake.maximumRenewalMonthsByDerogation))
            } ?? 0),
            derogation: derogation,
            monthsBeforeDwelling: Int(try fields.optional("monthsBeforeDwelling") { n throws(InputError) in
                try n.count(maximum: Int64(Intake.maximumMonthsBeforeDwelling))
            } ?? 0),
            earlyExits: exits,
            refillDelayMonths: Int(try fields.optional("refillDelayMonths") { n throws(InputError) in try n.count(maximum: 24) } ?? 0))
    }
}
