import Enveloppe

extension ScenarioDecoder {
    /// How an operator's households come and go: entries or a ramp-up, renewals, early exits.
    static func intake(_ node: JSONNode, _ r: Reading) -> Intake? {
        guard let fields = r.object(node, allowed: AllowedKeys.intake) else { return nil }
        var entries: Intake.Entries?
        switch (fields.optional("entries"), fields.optional("rampUp")) {
        case (let list?, nil):
            entries = r.array(list) { element in r.attempt { () throws(InputError) in try element.count() } }.map { .explicit($0) }
        case (nil, let perMonth?):
            entries = r.attempt { () throws(InputError) in .rampUp(perMonth: try perMonth.count(minimum: 1)) }
        case (nil, nil):
            entries = .explicit([])
        case (_?, _?):
            r.record(InputError(node.child("rampUp"), .exactlyOneOf(["entries", "rampUp"])))
        }
        let exits: [Intake.EarlyExit]? =
            fields.optional("earlyExits").map { list in
                r.array(list) { exit -> Intake.EarlyExit? in
                    guard let exitFields = r.object(exit, allowed: AllowedKeys.earlyExit) else { return nil }
                    let month = r.required(exitFields, "month") { n throws(InputError) in try n.month() }
                    let households = r.required(exitFields, "households") { n throws(InputError) in try n.count(minimum: 1) }
                    guard let month, let households else { return nil }
                    return Intake.EarlyExit(month: month, households: households)
                }
            } ?? []
        let derogation =
            r.optional(fields, "derogation") { n throws(InputError) -> Bool in
                guard let value = n.bool else { throw n.wrongType(.boolean) }
                return value
            } ?? false
        let start = r.optional(fields, "start") { n throws(InputError) in try n.month() }
        let initial = r.optional(fields, "initial") { n throws(InputError) in try n.count() } ?? 0
        let lastEntry = r.optional(fields, "lastEntry") { n throws(InputError) in try n.month() }
        let renewal =
            r.optional(fields, "renewalMonths") { n throws(InputError) in
                try n.count(maximum: Int64(Intake.maximumRenewalMonths))
            } ?? 0
        let before =
            r.optional(fields, "monthsBeforeDwelling") { n throws(InputError) in
                try n.count(maximum: Int64(Intake.maximumMonthsBeforeDwelling))
            } ?? 0
        let refill = r.optional(fields, "refillDelayMonths") { n throws(InputError) in try n.count(maximum: 24) } ?? 0
        guard let entries, let exits else { return nil }
        return Intake(
            start: start, initial: initial, entries: entries, lastEntry: lastEntry, renewalMonths: Int(renewal), derogation: derogation,
            monthsBeforeDwelling: Int(before), earlyExits: exits, refillDelayMonths: Int(refill))
    }
}
