/// A ceiling on some charges, such as VIAL's "charges directes et indirectes,
/// plafonnées à hauteur de 25 % maximum du montant versé par le Département"
/// (001_cd25dda9c70a8b9c.txt, "Modalités de financement").
///
/// The text is read two ways in practice, so the scope and the base are
/// parameters and every check says which reading it applied (DOMAIN.md).
public struct CapRule: Sendable, Hashable {
    /// Which charges are capped.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// Every charge that is not staff (direct and indirect): the literal reading.
        case nonStaff
        /// Indirect charges only: the narrower reading.
        case indirectOnly
    }

    /// What the percentage is taken of.
    public enum Base: String, Sendable, Hashable, CaseIterable {
        /// The subsidy (the amount the funder pays).
        case subsidy
        /// The charges outside the scope (e.g. staff costs for `nonStaff`).
        case otherCharges
        /// All charges, the capped ones included. Circular, so it is solved in
        /// closed form: capped ≤ r × (other + capped) ⇔ capped × (1 − r) ≤ r × other.
        case totalCharges
    }

    public let rate: Cited<Rate>
    public let scope: Cited<Scope>
    public let base: Cited<Base>

    public init(rate: Cited<Rate>, scope: Cited<Scope>, base: Cited<Base>) {
        self.rate = rate
        self.scope = scope
        self.base = base
    }
}
