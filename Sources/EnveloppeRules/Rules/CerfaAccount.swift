/// The account groups of the budget prévisionnel form (CERFA 12156) and of
/// the compte-rendu financier (CERFA 15059), as DOMAIN.md lists them.
public enum CerfaAccount: String, Sendable, Hashable, CaseIterable, Comparable {
    // Charges.
    case purchases = "60"
    case externalServices = "61"
    case otherExternalServices = "62"
    case taxes = "63"
    case staff = "64"
    case otherCurrentCharges = "65"
    case financialCharges = "66"
    case exceptionalCharges = "67"
    case depreciation = "68"
    /// "Charges indirectes" (fixed operating costs of the structure), a line of its own on the form.
    case indirectCharges = "CI"
    /// 86: contributions volontaires en nature (charges side).
    case contributionsInKindUsed = "86"
    // Income.
    case sales = "70"
    case grantsAndPricing = "73"
    case operatingSubsidies = "74"
    case otherCurrentIncome = "75"
    case financialIncome = "76"
    case exceptionalIncome = "77"
    case reversals = "78"
    case transfers = "79"
    /// 87: contributions volontaires en nature (income side).
    case contributionsInKindReceived = "87"

    public enum Side: Sendable { case charge, income }

    public var side: Side {
        switch self {
        case .purchases, .externalServices, .otherExternalServices, .taxes, .staff, .otherCurrentCharges, .financialCharges,
            .exceptionalCharges, .depreciation, .indirectCharges, .contributionsInKindUsed:
            .charge
        default: .income
        }
    }

    /// 86 and 87 sit below the totals and balance each other.
    public var isContributionInKind: Bool { self == .contributionsInKindUsed || self == .contributionsInKindReceived }

    /// Reads `60`, `606`, `6061` (the group is the first two digits), `74`, `860`, `CI` or `indirect`.
    public init?(code: String) {
        let trimmed = code.trimmingWhitespace
        let digits = Array(trimmed.utf8)
        // An account number: two digits or more (`6061` is an account of 60).
        if digits.count >= 2, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            self.init(rawValue: String(decoding: digits[0..<2], as: UTF8.self))
            return
        }
        let lowered = trimmed.lowercased()
        guard lowered == "ci" || lowered == "indirect" || lowered == "charges indirectes" else { return nil }
        self = .indirectCharges
    }

    /// The CERFA order: charges 60 to 68, indirect charges, 86; income 70 to 79, 87.
    public static func < (lhs: CerfaAccount, rhs: CerfaAccount) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Which subsidy line of account 74 a funder belongs to on the form (DOMAIN.md:
/// the user's to set; "Métropole" may be an EPCI line, or FSL credits delegated
/// by a Département).
public enum SubsidyLine: String, Sendable, Hashable, CaseIterable {
    case state, region, department, intercommunality, municipality, socialBodies, europeanFunds, asp, otherPublic, privateAid
}
