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
    /// in label, account and amount are interchangeable). Amounts are of zero or more (the readers refuse others).
    ///
    /// A grant of the envelope (a 74 line matched to one of its lines) takes a euro more only when no other line
    /// can: it comes after every other income line in the sharing, and a budget balanced in cents takes, as the
    /// total of both sides, the nearest to the rounded total at which no grant has to go up. Grants of 328 125,00 € and
    /// 212 812,50 € for as much of charges give 540 937 € on both sides and 212 812 €, not 540 938 € and 212 813 €: the
    /// form never asks a funder for more than the call's grant when it can balance otherwise. Deposits, beside the
    /// budget, are rounded half away from zero.
    public func inWholeEuros() throws -> Budget {
        var rounded = lines
        let halfAway = { (cents: Int64) in RoundingRule.halfAwayFromZero.divide(cents, by: 100) }
        let income = lines.indices.filter { Self.isIncome(lines[$0]) }
        let charges = lines.indices.filter { Self.isCharge(lines[$0]) }
        let grants = income.map { lines[$0].account == .operatingSubsidies && lines[$0].envelopeLine != nil }
        let incomeTotal = try totalIncome.cents  // an overflow is an error, never a trap
        let chargesTotal = try totalCharges.cents
        var (incomeTarget, chargesTarget) = (halfAway(incomeTotal), halfAway(chargesTotal))
        let floors = { (indices: [Int]) in indices.reduce(Int64(0)) { $0 + self.lines[$1].amount.cents / 100 } }
        let withCents = { (indices: [Int]) in Int64(indices.filter { self.lines[$0].amount.cents % 100 != 0 }.count) }
        let (incomeFloor, chargesFloor) = (floors(income), floors(charges))
        // The most the income reaches with every grant at its floor.
        let grantsAtFloor = incomeFloor + withCents(zip(income, grants).filter { !$0.1 }.map(\.0))
        if incomeTotal == chargesTotal {
            // One total for both sides, within what each side can reach (its floors to its ceilings), no grant going up
            // where one can be found.
            let lowest = max(incomeFloor, chargesFloor)
            let highest = min(grantsAtFloor, chargesFloor + withCents(charges))
            if lowest <= highest { incomeTarget = min(max(incomeTarget, lowest), highest) }
            chargesTarget = incomeTarget
        } else if incomeTarget > grantsAtFloor, incomeTotal / 100 != chargesTarget {
            // Unbalanced: the income's total rounded down rather than a grant up, unless that made the two totals
            // equal (an imbalance of cents would then read as balanced).
            incomeTarget = max(incomeTotal / 100, incomeFloor)
        }
        var groups = [(income, incomeTarget, grants), (charges, chargesTarget, charges.map { _ in false })]
        for account in [CerfaAccount.contributionsInKindUsed, .contributionsInKindReceived] {
            let indices = lines.indices.filter { lines[$0].account == account }
            groups.append((indices, halfAway(try Money.sum(indices.lazy.map { lines[$0].amount }).cents), indices.map { _ in false }))
        }
        for (indices, target, last) in groups {
            let euros = share(target, among: indices, last: last)
            for (position, index) in indices.enumerated() {
                rounded[index].amount = try Money(euros: euros[position])
            }
        }
        return Budget(
            lines: rounded, period: period, depositsAdvanced: try Money(euros: halfAway(depositsAdvanced.cents)), isSubmitted: isSubmitted)
    }

    /// `target` whole euros shared among the lines at `indices`: each its floor, then a euro more to the largest
    /// remainders until the target is reached, the lines `last` marks after all others.
    private func share(_ target: Int64, among indices: [Int], last: [Bool]) -> [Int64] {
        let cents = indices.map { lines[$0].amount.cents }
        var euros = cents.map { $0 / 100 }
        var leftover = target - euros.reduce(0, +)
        // Largest remainder first; ties to the larger amount, then to the line that comes first by its label, then
        // its account, never by its place in the file: the lines may be listed in any order (DOMAIN.md, largest
        // remainder). Lines alike in all three are interchangeable: between them, their origin decides. Lines are read
        // where they lie (a filed budget may have a million). A derived budget's labels are joined when read
        // (``BudgetLine/label``): they are read once each here, before the sort, not at each comparison.
        let derived = lines.withUnsafeBufferPointer { lines in lines.indices.contains { lines[$0].isOperatorItem } }
        let labels = derived ? indices.map { lines[$0].label } : nil
        let order = lines.withUnsafeBufferPointer { lines in
            cents.indices.sorted { a, b in
                if last[a] != last[b] { return !last[a] }
                if cents[a] % 100 != cents[b] % 100 { return cents[a] % 100 > cents[b] % 100 }
                if cents[a] != cents[b] { return cents[a] > cents[b] }
                let (lineA, lineB) = (indices[a], indices[b])
                if let labels {
                    if labels[a] != labels[b] { return labels[a] < labels[b] }
                } else if lines[lineA].label != lines[lineB].label {
                    return lines[lineA].label < lines[lineB].label
                }
                if lines[lineA].account != lines[lineB].account { return lines[lineA].account.rawValue < lines[lineB].account.rawValue }
                if lines[lineA].origin != lines[lineB].origin { return lines[lineA].origin < lines[lineB].origin }
                return a < b
            }
        }
        // Only a line with cents takes a euro more (its ceiling): an amount already whole keeps it.
        for index in order where leftover > 0 && cents[index] % 100 != 0 {
            euros[index] += 1
            leftover -= 1
        }
        return euros
    }
}
