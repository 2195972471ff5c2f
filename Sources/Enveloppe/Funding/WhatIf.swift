/// What an amount funds, and what a number of households needs, under each call's rules.
///
/// A household is one accompaniment of the call's length. Montpellier: 577 000 € for 64
/// households (appel Bail d'abord, Montpellier, 31 octobre 2024, "Financements"); VIAL: 7 000 € per household
/// (appel à projets VIAL, Pas-de-Calais, 2025, "3. Modalités de financement"); AML: 5 000 € per household
/// (appel AML, Pas-de-Calais, 2019, "5. Le financement"). Costs are kept as exact fractions and
/// rounded once; what an amount cannot fund in whole households is said, never dropped.
public enum WhatIf {
    public struct Row: Sendable {
        public let call: Call
        /// The cost of one household, exactly: `amount / households`.
        public let perHousehold: (amount: Money, households: Int64)
        /// That cost rounded once to the cent.
        public let costPerHousehold: Money
        /// Whole households an amount funds, and what is left.
        public let funded: (households: Int64, remainder: Money)?
        /// What the households funded cost: the amount less the remainder (`perHousehold.amount × households /
        /// perHousehold.households`, rounded once).
        public var costOfFunded: Money? {
            get throws {
                guard let funded else { return nil }
                return try perHousehold.amount.scaled(by: funded.households, over: perHousehold.households)
            }
        }
        /// What the given number of households needs, rounded once.
        public let needed: Money?
        public let sources: [Citation]
    }

    /// The calls compared: one per source document that states a cost per household.
    public static let calls: [Call] = [Presets.bailDabordMontpellier2024, Presets.vialAMI1, Presets.aml2019]

    public static func compare(amount: Money?, households: Int64?, calls: [Call] = WhatIf.calls) throws -> [Row] {
        try calls.map { call in
            let perHousehold: (amount: Money, households: Int64)
            let sources: [Citation]
            if let total = call.envelopeTotal, let count = call.households,
                !call.lines.contains(where: { if case .perUnitYear = $0.pricing { true } else { false } })
            {
                perHousehold = (total.value, count.value)
                sources = [total.citation, count.citation]
            } else if let line = call.lines.first, case .perUnitYear(let rate) = line.pricing {
                perHousehold = (try rate.value.scaled(by: Int64(call.accompanimentMonths.value), over: 12), 1)
                sources = [rate.citation]
            } else {
                throw ArithmeticError.divisionByZero(operation: "no cost per household in \(call.id)")
            }
            let cost = { (count: Int64) throws -> Money in try perHousehold.amount.scaled(by: count, over: perHousehold.households) }
            var funded: (Int64, Money)?
            if let amount {
                // floor(amount × households / envelope): exact, in 128 bits.
                let count = Int64(Int128(amount.cents) * Int128(perHousehold.households) / Int128(perHousehold.amount.cents))
                funded = (count, try amount - cost(count))
            }
            return Row(
                call: call, perHousehold: perHousehold, costPerHousehold: try cost(1), funded: funded,
                needed: try households.map(cost), sources: sources)
        }
    }
}
