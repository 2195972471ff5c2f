/// A non-staff charge of the budget, with its CERFA 12156 account.
public struct ChargeLine: Sendable, Hashable {
    /// Whether the charge is a direct cost of the action or an indirect one
    /// (structure costs), the distinction the 25 % cap reads
    /// (001_cd25dda9c70a8b9c.txt, "3. Modalités de financement").
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case direct
        case indirect
    }

    public var label: String
    /// The CERFA 12156 account group, 60 to 68 (64 is staff).
    public var account: Int
    public var kind: Kind
    public var annualAmount: Money

    public init(label: String, account: Int, kind: Kind, annualAmount: Money) {
        self.label = label
        self.account = account
        self.kind = kind
        self.annualAmount = annualAmount
    }

    /// CERFA 12156 charge accounts the budget knows.
    public static let accounts = 60...68
    /// The account of staff costs (charges de personnel).
    public static let staffAccount = 64
}
