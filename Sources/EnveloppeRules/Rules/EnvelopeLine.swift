/// One line of an envelope: a credit, its funder, and what it pays for.
///
/// A line is priced either as a fixed amount for a stated quantity ("350 000
/// euros de crédits IML de la DDETS pour 64 logements sur 12 mois") or as a
/// yearly rate per unit ("7 000 € pour 12 mois d'accompagnement et par
/// ménage"), whose amount then follows the scenario's households.
public struct EnvelopeLine: Sendable, Hashable {
    public enum Pricing: Sendable, Hashable {
        /// `amount` for `units` (in hundredths) over `months`. A `nil` amount is one the
        /// source does not state: the scenario must.
        case fixed(amount: Cited<Money>?, unitHundredths: Cited<Int64>, months: Int64)
        /// `rate` per unit per 12 months; the quantity is the scenario's.
        case perUnitYear(rate: Cited<Money>)
    }

    /// Stable identifier used in scenarios and reports (`iml`, `fsl`, `vial`, `aml`).
    public let id: LineID
    /// The credit's name, e.g. "Crédits IML".
    public let label: String
    public let funder: Funder
    public let unit: PaidUnit
    public let pricing: Pricing

    public init(id: LineID, label: String, funder: Funder, unit: PaidUnit, pricing: Pricing) {
        self.id = id
        self.label = label
        self.funder = funder
        self.unit = unit
        self.pricing = pricing
    }

    public func with(pricing: Pricing) -> EnvelopeLine {
        EnvelopeLine(id: id, label: label, funder: funder, unit: unit, pricing: pricing)
    }

    public func with(funder: Funder) -> EnvelopeLine {
        EnvelopeLine(id: id, label: label, funder: funder, unit: unit, pricing: pricing)
    }
}
