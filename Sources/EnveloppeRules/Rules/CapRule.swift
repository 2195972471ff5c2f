/// A ceiling on some charges, such as VIAL's "charges directes et indirectes,
/// plafonnées à hauteur de 25 % maximum du montant versé par le Département"
/// (appel à projets VIAL, Pas-de-Calais, 2025, "Modalités de financement").
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
        /// « du montant versé par le Département »: what the funder pays. In a budget the applicant
        /// files, that is the grant requested; in a projection, what the funder is projected to pay,
        /// due = min(service fait, grant): 30 measures granted (210 000 €) with 15 households all year
        /// pay 105 000 €, so the cap is 26 250 €, not 52 500 €.
        case paidAmount
        /// The subsidy requested (each request up to what the call gives), whatever is paid.
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
