import Enveloppe

extension ScenarioDecoder {
    /// The most months a payment may come after its convention's start or end.
    static let maximumPaymentDelayMonths: Int64 = 36

    /// The fields of `rules.paymentTerms`, or of one funder's terms: an advance and its delay, or
    /// instalments (the advance first), the balance's delay, the rounding.
    static func paymentTerms(_ terms: JSONObjectNode, _ r: Reading) -> RuleSettings.Terms {
        var settings = RuleSettings.Terms()
        settings.advanceRate = r.optional(terms, "advanceRate") { n throws(InputError) in try n.rate() }
        settings.rounding = r.optional(terms, "rounding") { n throws(InputError) in try n.choice(RoundingRule.self) }
        settings.advanceDelayMonths = r.optional(terms, "advanceDelayMonths") { n throws(InputError) in
            Int(try n.count(maximum: maximumPaymentDelayMonths))
        }
        settings.balanceDelayMonths = r.optional(terms, "balanceDelayMonths") { n throws(InputError) in
            Int(try n.count(minimum: 1, maximum: maximumPaymentDelayMonths))
        }
        if let list = terms.optional("instalments") {
            for field: StaticString in ["advanceRate", "advanceDelayMonths"] where terms.optional(field) != nil {
                r.record(InputError(terms.node.child(field.description), .exactlyOneOf(["instalments", "advanceRate, advanceDelayMonths"])))
            }
            settings.instalments = instalments(list, r)
        }
        return settings
    }

    /// `[{"rate": "60 %", "delayMonths": 2}, {"rate": "20 %", "delayMonths": 6}]`: each instalment's own
    /// share and its month after the convention's start, in order; at least one, 100 % at most in all.
    static func instalments(_ node: JSONNode, _ r: Reading) -> [PaymentTerms.Instalment]? {
        let read = r.array(node) { element -> PaymentTerms.Instalment? in
            guard let fields = r.object(element, allowed: AllowedKeys.instalment) else { return nil }
            let rate = r.required(fields, "rate") { n throws(InputError) in try n.rate() }
            let delay = r.required(fields, "delayMonths") { n throws(InputError) in try n.count(maximum: maximumPaymentDelayMonths) }
            guard let rate, let delay else { return nil }
            return PaymentTerms.Instalment(rate: rate, delayMonths: Int(delay))
        }
        guard let list = read else { return nil }
        guard !list.isEmpty else {
            r.record(InputError(node.path, .emptyList))
            return nil
        }
        for index in list.indices.dropFirst() where list[index].delayMonths < list[index - 1].delayMonths {
            r.record(
                InputError(
                    "\(node.path)[\(index)].delayMonths",
                    .outsideBounds(
                        text: String(list[index].delayMonths), low: String(list[index - 1].delayMonths), high: String(maximumPaymentDelayMonths))))
        }
        let total = PaymentTerms(advanceRate: list[0].rate, laterInstalments: Array(list.dropFirst())).cumulativeRates.last!
        guard total <= .one else {
            r.record(InputError(node.path, .ratesAboveWhole(total: total)))
            return nil
        }
        return list
    }

    /// `"funders": {"metropole": {"instalments": […]}}`: one funder's terms by its identifier.
    static func funderTerms(_ node: JSONNode, _ r: Reading) -> [String: RuleSettings.Terms] {
        guard node.kind == .object else {
            r.record(node.wrongType(.object))
            return [:]
        }
        var terms: [String: RuleSettings.Terms] = [:]
        for member in node.members {
            let funderNode = member.value
            guard terms[member.key] == nil else {
                r.record(InputError(funderNode.path, .duplicateField))
                continue
            }
            guard let fields = r.object(funderNode, allowed: AllowedKeys.funderTerms) else { continue }
            terms[member.key] = paymentTerms(fields, r)
        }
        return terms
    }
}
