import Enveloppe

extension ScenarioDecoder {
    /// What one uncertain quantity counts, with the bounds the format accepts.
    enum RiskUnit {
        case months(maximum: Int64)
        case households
        /// A rate to the hundredth of a percent, held as hundredths of a percent (`"5 %"` is 500).
        case rate

        /// One value of the quantity, in its whole units.
        func value(_ node: JSONNode) throws(InputError) -> Int64 {
            switch self {
            case .months(let maximum): return try node.count(maximum: maximum)
            case .households: return try node.count(minimum: 1)
            case .rate:
                let rate = try node.rate()
                let scaled = Int128(rate.numerator) * 10_000
                guard scaled % Int128(rate.denominator) == 0 else {
                    throw InputError(node.path, .invalidNumber(expected: .rate, text: node.literal, failure: .tooManyFractionDigits(allowed: 2)))
                }
                return Int64(scaled / Int128(rate.denominator))
            }
        }

        /// The largest value, as a person writes it (for messages).
        var limit: String {
            switch self {
            case .months(let maximum): String(maximum)
            case .households: String(JSONNode.maximumCount)
            case .rate: "100 %"
            }
        }
    }

    /// The months a payment may be late, a freed place stay empty, a post stay vacant (the workbook reads the same).
    static let paymentDelayUnit = RiskUnit.months(maximum: maximumPaymentDelayMonths)
    static let refillDelayUnit = RiskUnit.months(maximum: 24)
    static let staffVacancyUnit = RiskUnit.months(maximum: 120)

    /// The `risk` block: payment delays by funder, the other uncertain inputs, the overdraft and its cost.
    static func riskSettings(_ node: JSONNode, _ r: Reading) -> RiskSettings? {
        guard let object = r.object(node, allowed: AllowedKeys.risk) else { return nil }
        var risk = RiskSettings()
        if let delays = object.optional("paymentDelays") { risk.paymentDelays = paymentDelays(delays, r) }
        risk.rampUp = object.optional("rampUp").flatMap { distribution($0, .households, r) }
        risk.earlyExitRate = object.optional("earlyExitRate").flatMap { distribution($0, .rate, r) }
        risk.refillDelayMonths = object.optional("refillDelayMonths").flatMap { distribution($0, refillDelayUnit, r) }
        risk.staffVacancyMonths = object.optional("staffVacancyMonths").flatMap { distribution($0, staffVacancyUnit, r) }
        risk.overdraftLimit = r.optional(object, "overdraftLimit") { n throws(InputError) in try n.amount() }
        if let bridging = object.optional("bridging").flatMap({ r.object($0, allowed: AllowedKeys.bridging) }) {
            let overdraft = r.optional(bridging, "overdraftRate") { n throws(InputError) in try n.rate() }
            let assignment = r.optional(bridging, "assignmentRate") { n throws(InputError) in try n.rate() }
            switch (overdraft, assignment) {
            case (let rate?, nil): risk.bridging = .overdraft(annualRate: rate)
            case (nil, let rate?): risk.bridging = .assignment(rate: rate)
            case (_?, _?): r.record(InputError(bridging.node.child("assignmentRate"), .exactlyOneOf(["overdraftRate", "assignmentRate"])))
            case (nil, nil):
                if bridging.optional("overdraftRate") == nil && bridging.optional("assignmentRate") == nil {
                    r.record(InputError(bridging.node.path, .exactlyOneOf(["overdraftRate", "assignmentRate"])))
                }
            }
        }
        return risk
    }

    /// `"paymentDelays": {"ddets": {"advance": {"min": 0, "max": 6}}}`: by funder, in the file's order.
    static func paymentDelays(_ node: JSONNode, _ r: Reading) -> [RiskSettings.PaymentDelay] {
        guard node.kind == .object else {
            r.record(node.wrongType(.object))
            return []
        }
        var delays: [RiskSettings.PaymentDelay] = []
        for member in node.members {
            let funderNode = member.value
            guard !delays.contains(where: { $0.funder == member.key }) else {
                r.record(InputError(funderNode.path, .duplicateField))
                continue
            }
            guard let fields = r.object(funderNode, allowed: AllowedKeys.paymentDelay) else { continue }
            let unit = paymentDelayUnit
            delays.append(
                RiskSettings.PaymentDelay(
                    funder: member.key, advance: fields.optional("advance").flatMap { distribution($0, unit, r) },
                    balance: fields.optional("balance").flatMap { distribution($0, unit, r) }))
        }
        return delays
    }

    /// A value (`3`, `"5 %"`), `{"min", "max"}` (every value alike), `{"min", "likely", "max"}` (a triangle), or
    /// `{"values": […], "weights": […]}` (weights positive, one per value; alike when left out).
    static func distribution(_ node: JSONNode, _ unit: RiskUnit, _ r: Reading) -> Distribution? {
        guard node.kind == .object else {
            return r.attempt { () throws(InputError) in .fixed(try unit.value(node)) }
        }
        guard let fields = r.object(node, allowed: AllowedKeys.distribution) else { return nil }
        if let list = fields.optional("values") {
            for field: StaticString in ["min", "likely", "max"] where fields.optional(field) != nil {
                r.record(InputError(node.child(field.description), .exactlyOneOf(["values", "min, max"])))
            }
            guard let values = r.array(list, { element in r.attempt { () throws(InputError) in try unit.value(element) } }) else { return nil }
            guard !values.isEmpty else {
                r.record(InputError(list.path, .emptyList))
                return nil
            }
            var weights = Array(repeating: Int64(1), count: values.count)
            if let weightList = fields.optional("weights") {
                guard let read = r.array(weightList, { element in r.attempt { () throws(InputError) in try element.count(minimum: 1) } }) else {
                    return nil
                }
                guard read.count == values.count else {
                    r.record(InputError(weightList.path, .countMismatch(expected: Int64(values.count), found: Int64(read.count))))
                    return nil
                }
                weights = read
            }
            return .weighted(zip(values, weights).map { Distribution.WeightedValue(value: $0, weight: $1) })
        }
        if fields.optional("weights") != nil { r.record(InputError(node.child("weights"), .missing)) }
        let min = r.required(fields, "min") { n throws(InputError) in try unit.value(n) }
        let max = r.required(fields, "max") { n throws(InputError) in try unit.value(n) }
        let likely = r.optional(fields, "likely") { n throws(InputError) in try unit.value(n) }
        guard let min, let max else { return nil }
        guard min <= max else {
            r.record(
                InputError(
                    node.child("max"), .outsideBounds(text: fields.optional("max")!.literal, low: fields.optional("min")!.literal, high: unit.limit)))
            return nil
        }
        guard let likely else { return .uniform(min: min, max: max) }
        guard (min...max).contains(likely) else {
            r.record(
                InputError(
                    node.child("likely"),
                    .outsideBounds(
                        text: fields.optional("likely")!.literal, low: fields.optional("min")!.literal, high: fields.optional("max")!.literal)))
            return nil
        }
        return .triangular(min: min, likely: likely, max: max)
    }
}
