/// A non-staff charge, with its CERFA 12156 account and how it accrues.
///
/// The Montpellier call names what the envelope must also pay for: minimum
/// equipment, moving, opening meters (per household entering), transport and
/// neighbourhood activities (per household and month), the deposit for the
/// bail glissant (appel Bail d'abord, Montpellier, 31 octobre 2024, "Financements").
public struct ChargeLine: Sendable, Hashable {
    /// Whether the charge is a direct cost of the action or an indirect one
    /// (structure costs), the distinction the 25 % cap reads
    /// (appel à projets VIAL, Pas-de-Calais, 2025, "3. Modalités de financement").
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case direct
        case indirect
    }

    /// How the charge accrues month by month.
    public enum Basis: Sendable, Hashable {
        /// A yearly amount paid in twelve monthly parts that add up to it exactly (premises).
        case annual(Money)
        /// An amount for each household entering (equipment, moving, meters).
        case perEntry(Money)
        /// A deposit paid when a household enters and returned when its lease slides, at
        /// the end of its accompaniment: money advanced, not a charge of the budget.
        case refundableDeposit(Money)
        /// An amount for each household accompanied, each month (transport, activities).
        case perHouseholdMonth(Money)
        /// A rate of the operator's direct costs (staff and direct charges), month by month.
        case rateOfDirectCosts(Rate)
    }

    public var label: String
    /// The CERFA 12156 account group, 60 to 68 (64 is staff).
    public var account: Int
    public var kind: Kind
    public var basis: Basis
    /// What the charge is for, when the label alone does not say it.
    public var purpose: ExpensePurpose?

    public init(label: String, account: Int, kind: Kind, basis: Basis, purpose: ExpensePurpose? = nil) {
        self.purpose = purpose
        self.label = label
        self.account = account
        self.kind = kind
        self.basis = basis
    }

    /// A yearly charge, the common case.
    public init(label: String, account: Int, kind: Kind, annualAmount: Money) {
        self.init(label: label, account: account, kind: kind, basis: .annual(annualAmount))
    }

    /// CERFA 12156 charge accounts the budget knows.
    public static let accounts = 60...68
    /// The account of staff costs (charges de personnel).
    public static let staffAccount = 64
}
