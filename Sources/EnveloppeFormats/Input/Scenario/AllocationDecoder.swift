import Enveloppe

extension ScenarioDecoder {
    /// The `allocation` block: an envelope in measures or as an amount, a method and the candidates.
    static func allocationSettings(_ node: JSONNode, rateCall: Bool, _ r: Reading) -> AllocationSettings? {
        guard let fields = r.object(node, allowed: AllowedKeys.allocation) else { return nil }
        var envelope: AllocationSettings.Envelope?
        if let envelopeNode = r.required(fields, "envelope", { n throws(InputError) in n }),
            let envelopeFields = r.object(envelopeNode, allowed: AllowedKeys.allocationEnvelope)
        {
            switch (envelopeFields.optional("measures"), envelopeFields.optional("amount")) {
            case (let measures?, nil): envelope = r.attempt { () throws(InputError) in .measures(try measures.count()) }
            case (nil, let amount?): envelope = r.attempt { () throws(InputError) in .amount(try amount.amount()) }
            default: r.record(InputError(envelopeNode.path, .exactlyOneOf(["measures", "amount"])))
            }
        }
        // Requests and bounds are measures, except when an amount is shared in cents (a call with no yearly rate).
        let inCents = !rateCall && { if case .amount? = envelope { true } else { false } }()
        let method = r.required(fields, "method") { n throws(InputError) in try n.choice(Allocation.Method.self) }
        let candidatesNode = r.required(fields, "candidates") { n throws(InputError) in n }
        let candidates = candidatesNode.flatMap { list in r.array(list) { candidate($0, inCents: inCents, r) } }
        if let candidates, let candidatesNode {
            if candidates.isEmpty { r.record(InputError(candidatesNode.path, .emptyList)) }
            var seen = Set<String>()
            for (index, c) in candidates.enumerated() where !seen.insert(c.id).inserted {
                r.record(InputError("\(candidatesNode.path)[\(index)].id", .duplicateIdentifier(c.id)))
            }
        }
        guard let envelope, let method, let candidates, !candidates.isEmpty else { return nil }
        return AllocationSettings(envelope: envelope, method: method, candidates: candidates)
    }

    static func candidate(_ node: JSONNode, inCents: Bool, _ r: Reading) -> Allocation.Candidate? {
        guard let c = r.object(node, allowed: AllowedKeys.candidate) else { return nil }
        let quantity = { (n: JSONNode) throws(InputError) -> Int64 in inCents ? try n.amount().cents : try n.count() }
        let id = r.required(c, "id") { n throws(InputError) in try n.text() }
        let name = r.required(c, "name") { n throws(InputError) in try n.text() }
        let territory = r.optional(c, "territory") { n throws(InputError) in try n.text() }
        let requested = r.optional(c, "requested", quantity)
        let weight = r.optional(c, "weight") { n throws(InputError) in try n.count(maximum: Int64.max / 1_000_000_000) }
        let minimum = r.optional(c, "minimum", quantity) ?? 0
        let maximum = r.optional(c, "maximum", quantity)
        let rank = r.optional(c, "rank") { n throws(InputError) in Int(try n.count(minimum: 1, maximum: 10_000)) }
        guard let id, let name else { return nil }
        return Allocation.Candidate(
            id: id, name: name, territory: territory, requested: requested, weight: weight, minimum: minimum, maximum: maximum, rank: rank)
    }
}
