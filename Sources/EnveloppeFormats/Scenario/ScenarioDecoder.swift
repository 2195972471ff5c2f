import Enveloppe

/// Reads a scenario file's bytes into a ``Scenario``, refusing anything it
/// does not understand: unknown or duplicate keys, wrong types, amounts with
/// more than two decimals, months such as `2025-13`. Every error carries the
/// field path; nothing is guessed.
public enum ScenarioDecoder {
    /// The keys each object of the format allows (the JSON Schema lists the same; a test checks it).
    public static let keys: [String: [String]] = [
        "scenario": ["$schema", "title", "description", "preset", "rules", "activity", "operators"],
        "rules": [
            "households", "envelopeTotal", "lines", "team", "cap", "paymentTerms", "convention", "accompanimentMonths",
        ],
        "line": ["amount", "annualRate", "units"],
        "team": ["requiredFTE", "minimumManagementFTE"],
        "cap": ["rate", "scope", "base"],
        "paymentTerms": ["advanceRate", "rounding"],
        "convention": ["start", "months"],
        "activity": ["measureMonths"],
        "operator": ["id", "name", "territory", "households", "staff", "charges"],
        "staff": ["title", "role", "fte", "annualCostPerFTE"],
        "charge": ["label", "account", "kind", "annualAmount"],
    ]

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
        let preset = try presetNode.text()
        guard Presets.named(preset) != nil else {
            throw InputError(presetNode.path, .unknownPreset(name: preset, known: Presets.all.map(\.id)))
        }
        let rules = try object.optional("rules", rules) ?? RuleSettings()
        let activity = try object.optional("activity") { node throws(InputError) in
            let activity = try node.object(allowed: keys["activity"]!)
            return Activity(measureMonths: try activity.optional("measureMonths") { n throws(InputError) in try n.count() })
        } ?? Activity()
        let operatorNodes = try object.required("operators").array()
        guard !operatorNodes.isEmpty else { throw InputError("operators", .emptyList) }
        var operators: [Operator] = []
        for node in operatorNodes {
            let op = try self.operator(node)
            if operators.contains(where: { $0.id == op.id }) {
                throw InputError("\(node.path).id", .duplicateIdentifier(op.id))
            }
            operators.append(op)
        }
        return Scenario(
            title: title, description: description, preset: preset, rules: rules, activity: activity,
            operators: operators)
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
                if rules.lines[member.key] != nil { throw InputError(lineNode.path, .duplicateField) }
                let line = try lineNode.object(allowed: keys["line"]!)
                rules.lines[member.key] = RuleSettings.Line(
                    amount: try line.optional("amount") { n throws(InputError) in try n.amount() },
                    annualRate: try line.optional("annualRate") { n throws(InputError) in try n.amount() },
                    unitHundredths: try line.optional("units") { n throws(InputError) in try n.fte().hundredths })
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
            rules.paymentTerms = PaymentTerms(
                advanceRate: try terms.required("advanceRate").rate(),
                rounding: try terms.optional("rounding") { n throws(InputError) in try n.choice(RoundingRule.self) }
                    ?? .halfAwayFromZero)
        }
        if let convention = try object.optional("convention", { n throws(InputError) in
            try n.object(allowed: keys["convention"]!)
        }) {
            let start = try convention.required("start").month()
            let months = try convention.required("months").count(minimum: 1, maximum: 600)
            rules.convention = Period(start: start, months: Int(months))
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
                    annualCostPerFTE: try fields.required("annualCostPerFTE").amount()))
        }
        var charges: [ChargeLine] = []
        for line in try object.optional("charges", { n throws(InputError) in try n.array() }) ?? [] {
            let fields = try line.object(allowed: keys["charge"]!)
            let accountNode = try fields.required("account")
            let account = try accountNode.count()
            guard ChargeLine.accounts.contains(Int(account)) else {
                throw InputError(
                    accountNode.path, .notOneOf(text: String(account), allowed: ChargeLine.accounts.map(String.init)))
            }
            charges.append(
                ChargeLine(
                    label: try fields.required("label").text(), account: Int(account),
                    kind: try fields.required("kind").choice(ChargeLine.Kind.self),
                    annualAmount: try fields.required("annualAmount").amount()))
        }
        return Operator(
            id: try object.required("id").text(),
            name: try object.required("name").text(),
            territory: try object.optional("territory") { n throws(InputError) in try n.text() },
            households: try object.required("households").count(),
            staff: staff, charges: charges)
    }
}
