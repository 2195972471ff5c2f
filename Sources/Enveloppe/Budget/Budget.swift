/// A budget prévisionnel in the shape of the CERFA 12156 form: charges by account,
/// income by account (74 by funder), contributions in kind (86 and 87) below the
/// totals, and whether it balances.
public struct Budget: Sendable, Hashable {
    public var lines: [BudgetLine]
    /// The convention period the budget is for.
    public var period: Period
    /// Deposits advanced in the period (money lent to landlords, not a charge), for information.
    public var depositsAdvanced: Money
    /// Whether this is the budget the candidate submitted (which must balance), rather than one
    /// derived from the scenario's costs (where a gap is money to find or to give back).
    public var isSubmitted: Bool

    public init(lines: [BudgetLine], period: Period, depositsAdvanced: Money = .zero, isSubmitted: Bool = false) {
        self.lines = lines
        self.period = period
        self.depositsAdvanced = depositsAdvanced
        self.isSubmitted = isSubmitted
    }

    public var charges: [BudgetLine] { lines.filter(Self.isCharge) }
    public var income: [BudgetLine] { lines.filter(Self.isIncome) }
    public var contributionsUsed: [BudgetLine] { lines.filter { $0.account == .contributionsInKindUsed } }
    public var contributionsReceived: [BudgetLine] { lines.filter { $0.account == .contributionsInKindReceived } }

    public static func isCharge(_ line: BudgetLine) -> Bool { isCharge(line.account) }
    public static func isIncome(_ line: BudgetLine) -> Bool { isIncome(line.account) }
    /// A charge counted in the total (86, below the totals, is not).
    public static func isCharge(_ account: CerfaAccount) -> Bool { account.side == .charge && !account.isContributionInKind }
    /// Income counted in the total (87, below the totals, is not).
    public static func isIncome(_ account: CerfaAccount) -> Bool { account.side == .income && !account.isContributionInKind }

    public func total(_ lines: [BudgetLine]) throws -> Money { try Money.sum(lines.lazy.map(\.amount)) }
    /// The sum of the lines that `include` keeps, without copying them (a filed budget may have a million lines).
    public func total(where include: (BudgetLine) -> Bool) throws -> Money {
        var total = Money.zero
        try forEachLine(where: include) { total = try total + $0.amount }
        return total
    }

    /// The sum of one account's lines. Only each line's account and amount are read: a predicate on the whole
    /// line made the optimiser copy every line (its strings and arrays retained and released) to test it.
    public func total(of account: CerfaAccount) throws -> Money {
        var total = Money.zero
        try lines.withUnsafeBufferPointer { lines in
            for index in lines.indices where lines[index].account == account { total = try total + lines[index].amount }
        }
        return total
    }

    /// Calls `body` with each line that `include` keeps, in order. The lines are read where they are:
    /// iterating the array would copy each line (its strings and arrays retained and released), which
    /// a filed budget of a million lines pays for at every sum.
    public func forEachLine(where include: (BudgetLine) -> Bool, _ body: (BudgetLine) throws -> Void) rethrows {
        try lines.withUnsafeBufferPointer { lines in
            for index in lines.indices where include(lines[index]) { try body(lines[index]) }
        }
    }
    public var totalCharges: Money { get throws { try total(where: Self.isCharge) } }
    public var totalIncome: Money { get throws { try total(where: Self.isIncome) } }

    /// Total charges equal total income, and 86 equals 87.
    public var isBalanced: Bool {
        get throws {
            try totalCharges == totalIncome && total(of: .contributionsInKindUsed) == total(of: .contributionsInKindReceived)
        }
    }

    /// The lines of one account, in order.
    public func lines(of account: CerfaAccount) -> [BudgetLine] { lines.filter { $0.account == account } }

    /// Staff (64), other direct charges, indirect charges: what the cap reads.
    public var chargesByKind: (staff: Money, directNonStaff: Money, indirect: Money) {
        get throws {
            let staff = try total(where: { $0.account == .staff })
            let indirect = try total(where: { $0.account == .indirectCharges })
            let direct = try total(where: { Self.isCharge($0) && $0.account != .staff && $0.account != .indirectCharges })
            return (staff, direct, indirect)
        }
    }

    /// The budget in whole euros, as the form asks: each side's total is rounded once
    /// (half away from zero) and the lines share it by largest remainder, each line
    /// getting the floor or the ceiling of its own amount. A budget balanced in cents
    /// stays balanced in euros (DOMAIN.md, CERFA 12156); the result does not depend on the lines' order (lines alike
    /// in label, account and amount are interchangeable).
    ///
    /// A grant of the envelope (a 74 line matched to one of its lines) is rounded up only when no other income line
    /// can take the euro, and when that would be the case the income's total is rounded down instead: the form never
    /// asks a funder for more than the call's grant (Montpellier 2023: 212 812,50 € of FSL credits become 212 812 €, the
    /// total 540 937 € on both sides, not 212 813 € and 540 938 €).
    public func inWholeEuros() throws -> Budget {
        var rounded = lines
        let isEnvelopeGrant = { (line: BudgetLine) in line.account == .operatingSubsidies && line.envelopeLine != nil }
        let income = lines.indices.filter { lines[$0].account.side == .income && !lines[$0].account.isContributionInKind }
        let charges = lines.indices.filter { lines[$0].account.side == .charge && !lines[$0].account.isContributionInKind }
        // The income's whole-euro total: half away from zero, or down when rounding up would fall on a grant.
        let incomeTotal = try Money.sum(income.lazy.map { lines[$0].amount }).cents  // an overflow is an error, never a trap
        var incomeTarget = Int64(RoundingRule.halfAwayFromZero.divide(Int128(incomeTotal), by: 100))
        let down = Int64(RoundingRule.down.divide(Int128(incomeTotal), by: 100))
        if incomeTarget != down, try share(incomeTarget, among: income, grantsLast: isEnvelopeGrant).raisesGrant {
            incomeTarget = down
        }
        let chargesTotal = try Money.sum(charges.lazy.map { lines[$0].amount }).cents
        // Balanced to the cent, both sides share one total.
        let chargesTarget =
            chargesTotal == incomeTotal ? incomeTarget : Int64(RoundingRule.halfAwayFromZero.divide(Int128(chargesTotal), by: 100))
        var groups = [(income, incomeTarget), (charges, chargesTarget)]
        for account in [CerfaAccount.contributionsInKindUsed, .contributionsInKindReceived] {
            let indices = lines.indices.filter { lines[$0].account == account }
            let total = try Money.sum(indices.lazy.map { lines[$0].amount }).cents
            groups.append((indices, Int64(RoundingRule.halfAwayFromZero.divide(Int128(total), by: 100))))
        }
        for (indices, target) in groups {
            let euros = try share(target, among: indices, grantsLast: indices == income ? isEnvelopeGrant : { _ in false }).euros
            for (position, index) in indices.enumerated() {
                rounded[index].amount = try Money(euros: euros[position])
            }
        }
        return Budget(lines: rounded, period: period, depositsAdvanced: depositsAdvanced, isSubmitted: isSubmitted)
    }

    /// `target` whole euros shared among the lines at `indices`: each its floor, then a euro more to the largest
    /// remainders until the target is reached, the lines `grantsLast` picks after all others; and whether one of those
    /// got a euro more.
    private func share(_ target: Int64, among indices: [Int], grantsLast: (BudgetLine) -> Bool) throws -> (euros: [Int64], raisesGrant: Bool) {
        let cents = indices.map { lines[$0].amount.cents }
        var euros = cents.map { $0 / 100 }
        var leftover = target - euros.reduce(0, +)
        // Largest remainder first; ties to the larger amount, then to the line that comes first by its label, then
        // its account, never by its place in the file: the lines may be listed in any order (DOMAIN.md, largest
        // remainder). Lines alike in all three are interchangeable: between them, their origin decides.
        let order = cents.indices.sorted { a, b in
            let (lineA, lineB) = (lines[indices[a]], lines[indices[b]])
            let (lastA, lastB) = (grantsLast(lineA), grantsLast(lineB))
            if lastA != lastB { return !lastA }
            if cents[a] % 100 != cents[b] % 100 { return cents[a] % 100 > cents[b] % 100 }
            if cents[a] != cents[b] { return cents[a] > cents[b] }
            if lineA.label != lineB.label { return lineA.label < lineB.label }
            if lineA.account != lineB.account { return lineA.account.rawValue < lineB.account.rawValue }
            if lineA.origin != lineB.origin { return lineA.origin < lineB.origin }
            return a < b
        }
        var raisesGrant = false
        // Only a line with cents takes a euro more (its ceiling): an amount already whole keeps it.
        for index in order where leftover > 0 && cents[index] % 100 != 0 {
            euros[index] += 1
            leftover -= 1
            if grantsLast(lines[indices[index]]) { raisesGrant = true }
        }
        return (euros, raisesGrant)
    }
}
