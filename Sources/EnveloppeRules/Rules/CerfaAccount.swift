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

    /// The charge account numbered `number` (60 to 68), without making its number's text and comparing it with each
    /// case's: a national programme's budgets read thousands of charge lines.
    public static func charge(number: Int) -> CerfaAccount? {
        switch number {
        case 60: .purchases
        case 61: .externalServices
        case 62: .otherExternalServices
        case 63: .taxes
        case 64: .staff
        case 65: .otherCurrentCharges
        case 66: .financialCharges
        case 67: .exceptionalCharges
        case 68: .depreciation
        default: nil
        }
    }

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
        let utf8 = trimmed.utf8
        if let account = utf8.withContiguousStorageIfAvailable(CerfaAccount.init(accountNumber:))
            ?? Array(utf8).withUnsafeBufferPointer(CerfaAccount.init(accountNumber:))
        {
            self = account
            return
        }
        let lowered = trimmed.lowercased()
        guard lowered == "ci" || lowered == "indirect" || lowered == "charges indirectes" else { return nil }
        self = .indirectCharges
    }

    /// An account number's group: two digits or more (`6061` is an account of 60), read from its bytes
    /// (a budget file has a million of them: no string is made, no case name compared).
    public init?(accountNumber digits: UnsafeBufferPointer<UInt8>) {
        guard digits.count >= 2 else { return nil }
        for digit in digits where digit < 0x30 || digit > 0x39 { return nil }
        let group = Int(digits[0] - 0x30) * 10 + Int(digits[1] - 0x30)
        switch group {
        case 60: self = .purchases
        case 61: self = .externalServices
        case 62: self = .otherExternalServices
        case 63: self = .taxes
        case 64: self = .staff
        case 65: self = .otherCurrentCharges
        case 66: self = .financialCharges
        case 67: self = .exceptionalCharges
        case 68: self = .depreciation
        case 86: self = .contributionsInKindUsed
        case 70: self = .sales
        case 73: self = .grantsAndPricing
        case 74: self = .operatingSubsidies
        case 75: self = .otherCurrentIncome
        case 76: self = .financialIncome
        case 77: self = .exceptionalIncome
        case 78: self = .reversals
        case 79: self = .transfers
        case 87: self = .contributionsInKindReceived
        default: return nil
        }
    }

    /// The CERFA order: charges 60 to 68, indirect charges, 86; income 70 to 79, 87.
    public static func < (lhs: CerfaAccount, rhs: CerfaAccount) -> Bool { lhs.formPosition < rhs.formPosition }

    /// The account's place on the form, its index in `allCases` (the order the cases are declared in), found
    /// without comparing names: a filed budget's million lines are grouped by it.
    public var formPosition: Int {
        switch self {
        case .purchases: 0
        case .externalServices: 1
        case .otherExternalServices: 2
        case .taxes: 3
        case .staff: 4
        case .otherCurrentCharges: 5
        case .financialCharges: 6
        case .exceptionalCharges: 7
        case .depreciation: 8
        case .indirectCharges: 9
        case .contributionsInKindUsed: 10
        case .sales: 11
        case .grantsAndPricing: 12
        case .operatingSubsidies: 13
        case .otherCurrentIncome: 14
        case .financialIncome: 15
        case .exceptionalIncome: 16
        case .reversals: 17
        case .transfers: 18
        case .contributionsInKindReceived: 19
        }
    }
}

/// Which subsidy line of account 74 a funder belongs to on the form (DOMAIN.md:
/// the user's to set; "Métropole" may be an EPCI line, or FSL credits delegated
/// by a Département).
public enum SubsidyLine: String, Sendable, Hashable, CaseIterable {
    case state, region, department, intercommunality, municipality, socialBodies, europeanFunds, asp, otherPublic, privateAid
}
