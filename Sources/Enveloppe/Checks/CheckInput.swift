/// What the checks read: the resolved scenario, each line's grant and payments, the
/// budget of each convention period, the treasury, and the households whose
/// accompaniment runs past the programme. Checks only read; they compute findings.
public struct CheckInput: Sendable {
    public let resolved: ResolvedScenario
    public let lines: [LineGrant]
    public let budgets: [Budget]
    public let treasury: TreasurySummary
    public let months: [MonthRow]
    public let projection: Projection
    public let householdsContinuingAfter: Int64

    public init(
        resolved: ResolvedScenario, lines: [LineGrant], budgets: [Budget], treasury: TreasurySummary, months: [MonthRow],
        projection: Projection
    ) {
        self.projection = projection
        householdsContinuingAfter = projection.householdsContinuingAfter
        self.months = months
        self.resolved = resolved
        self.lines = lines
        self.budgets = budgets
        self.treasury = treasury
    }

    var scenario: Scenario { resolved.scenario }
    var call: Call { resolved.call }
}

/// One convention period's budget as the budget checks read it: each line an operand
/// (a field of the file the candidate filed, or a projection), and the totals by kind.
struct BudgetCheckInput {
    let input: CheckInput
    let budget: Budget
    let periodIndex: Int
    let chargesTotal: Explained
    let incomeTotal: Explained
    let staff: Explained
    let direct: Explained
    let indirect: Explained
    /// Each line's subsidy asked for in the budget (its 74 lines), in the lines' order.
    let requested: [Figure]

    var suffix: String { FigureID.periodSuffix(periodIndex) }
    /// The period a finding names when the scenario has several conventions (``Finding/period``).
    var namedPeriod: Period? { input.budgets.count > 1 ? budget.period : nil }

    /// `nil` when the period has no budget to check (a scenario that describes no cost).
    init?(_ input: CheckInput, periodIndex: Int) throws {
        let budget = input.budgets[periodIndex]
        self.input = input
        self.budget = budget
        self.periodIndex = periodIndex
        // Every sum the checks read, from one pass over the lines (a filed budget may have a million).
        let sums = try BudgetCheckInput.operands(
            of: budget,
            where: [.charges, .income, .account(.staff), .account(.indirectCharges), .directNonStaff]
                + input.lines.map { .requesting($0.line.id) }
        ).map(Explained.sum)
        chargesTotal = sums[0]
        guard budget.isSubmitted || chargesTotal.money > .zero else { return nil }
        (incomeTotal, staff, indirect, direct) = (sums[1], sums[2], sums[3], sums[4])
        requested = zip(input.lines, sums.dropFirst(5)).map { line, sum in
            Figure(id: .subsidyRequested(line.line.id, period: periodIndex), kind: .subsidyRequested, subject: line.line.label, explained: sum)
        }
    }

    /// What the funders would pay on this budget: each line's request up to the grant the call gives.
    var payable: Explained {
        get throws {
            try .sum(zip(input.lines, requested).map { line, asked in .minimum(asked.asOperand, line.periods[periodIndex].grant.asOperand) })
        }
    }

    /// Lines read one by one up to this many; beyond, by account (no one reads a sum of thousands of operands).
    static let detailedLines = 200

    /// For each of `includes`, the lines it keeps as operands of a sum: each line when there are few, otherwise
    /// one subtotal per CERFA account (in the order the accounts first appear), so that a budget of a million
    /// lines costs a few operands, without copying them.
    ///
    /// The lines are read once, in groups of the same account and envelope line (``LineGroups``), and each sum takes
    /// the groups it keeps: a pass over the lines for each sum was a sixth of the checks of a national programme.
    /// Where the lines' amounts are so large that adding them in another order might overflow, each sum reads the
    /// lines in their order, as written (``operands(of:in:keeping:)``).
    static func operands(of budget: Budget, where includes: [Kept]) throws -> [[Explained]] {
        try budget.lines.withUnsafeBufferPointer { lines in
            guard let groups = LineGroups(lines) else { return try includes.map { try operands(of: lines, in: budget, keeping: $0) } }
            return includes.map { groups.operands(keeping: $0, of: lines, in: budget) }
        }
    }

    /// The lines `include` keeps as operands of a sum (``operands(of:where:)``), read in their order.
    static func operands(of lines: UnsafeBufferPointer<BudgetLine>, in budget: Budget, keeping include: Kept) throws -> [Explained] {
        // The places of the lines the sum keeps, up to one more than it reads one by one: their operands are
        // made at the end, for a sum that keeps few (an operand names its line's origin, joined when read).
        var detailed: [Int] = []
        var groups: [(account: CerfaAccount, amount: Money, count: Int)] = []
        for index in lines.indices {
            // Each test reads the fields it needs in place (a closure given the whole line made the optimiser
            // copy the line, its strings and arrays retained and released, to call it).
            let account = lines[index].account
            guard include.keeps(account, lines[index].envelopeLine) else { continue }
            if detailed.count <= detailedLines { detailed.append(index) }
            let amount = lines[index].amount
            if let group = groups.lastIndex(where: { $0.account == account }) {
                groups[group].amount = try groups[group].amount + amount
                groups[group].count += 1
            } else {
                groups.append((account, amount, 1))
            }
        }
        guard detailed.count > detailedLines else { return detailed.map { operand(lines[$0], in: budget) } }
        return groups.map { subtotal($0.account, $0.amount, count: $0.count, in: budget) }
    }

    /// The subtotal of an account's `count` lines, as an operand.
    static func subtotal(_ account: CerfaAccount, _ amount: Money, count: Int, in budget: Budget) -> Explained {
        let path = "budget: compte \(account.rawValue) (\(count) lignes)"
        return budget.isSubmitted ? .field(.money(amount), path: path) : .projection(.money(amount), of: path)
    }

    /// A budget's lines in groups of the same account and envelope line, in the order each group first appears: what
    /// tells the lines apart for the sums of the checks (``Kept``).
    struct LineGroups {
        var accounts: [CerfaAccount] = []
        var envelopeLines: [LineID?] = []
        var amounts: [Money] = []
        var counts: [Int] = []
        /// Each group's first places, up to as many as a sum reads one by one (a sum of more reads subtotals).
        var places: [[Int]] = []

        /// `nil` when the lines' amounts, whatever their sign, add up past what money holds: some order of adding
        /// them might then overflow where the lines' own order does not, or the reverse.
        init?(_ lines: UnsafeBufferPointer<BudgetLine>) {
            var magnitude: UInt64 = 0
            var last = -1
            for index in lines.indices {
                let account = lines[index].account
                let amount = lines[index].amount
                let (sum, overflow) = magnitude.addingReportingOverflow(amount.cents.magnitude)
                guard !overflow, sum <= UInt64(Int64.max) else { return nil }
                magnitude = sum
                var group = last
                if group < 0 || accounts[group] != account || envelopeLines[group] != lines[index].envelopeLine {
                    group =
                        accounts.indices.first { accounts[$0] == account && envelopeLines[$0] == lines[index].envelopeLine }
                        ?? {
                            accounts.append(account)
                            envelopeLines.append(lines[index].envelopeLine)
                            amounts.append(.zero)
                            counts.append(0)
                            places.append([])
                            return accounts.count - 1
                        }()
                }
                last = group
                // (Within range: the magnitudes add up within it.)
                amounts[group] = Money(cents: amounts[group].cents &+ amount.cents)
                counts[group] += 1
                if places[group].count < detailedLines { places[group].append(index) }
            }
        }

        /// ``operands(of:in:keeping:)`` of the lines, from their groups.
        func operands(keeping include: Kept, of lines: UnsafeBufferPointer<BudgetLine>, in budget: Budget) -> [Explained] {
            let kept = accounts.indices.filter { include.keeps(accounts[$0], envelopeLines[$0]) }
            if kept.reduce(0, { $0 + counts[$1] }) <= detailedLines {
                return kept.flatMap { places[$0] }.sorted().map { operand(lines[$0], in: budget) }
            }
            // One subtotal per account, in the order the accounts' first kept lines come: the order of their first groups.
            var subtotals: [(account: CerfaAccount, amount: Money, count: Int)] = []
            for group in kept {
                if let known = subtotals.firstIndex(where: { $0.account == accounts[group] }) {
                    subtotals[known].amount = Money(cents: subtotals[known].amount.cents &+ amounts[group].cents)
                    subtotals[known].count += counts[group]
                } else {
                    subtotals.append((accounts[group], amounts[group], counts[group]))
                }
            }
            return subtotals.map { subtotal($0.account, $0.amount, count: $0.count, in: budget) }
        }
    }

    /// Which lines a sum of ``operands(of:where:)`` keeps.
    enum Kept {
        /// The charges counted in the total (``Budget/isCharge(_:)``), the income likewise.
        case charges, income
        case account(CerfaAccount)
        /// The charges other than staff (64) and indirect charges: what the cap calls direct.
        case directNonStaff
        /// The 74 lines asking for this envelope line.
        case requesting(LineID)

        func keeps(_ account: CerfaAccount, _ envelopeLine: LineID?) -> Bool {
            switch self {
            case .charges: Budget.isCharge(account)
            case .income: Budget.isIncome(account)
            case .account(let kept): account == kept
            case .directNonStaff: Budget.isCharge(account) && account != .staff && account != .indirectCharges
            case .requesting(let line): envelopeLine == line
            }
        }
    }

    /// A budget line as an operand: a field of the file the candidate submitted, or a projection.
    static func operand(_ line: BudgetLine, in budget: Budget) -> Explained {
        budget.isSubmitted
            ? .field(.money(line.amount), path: "budget: \(line.origin), « \(line.label) »")
            : .projection(.money(line.amount), of: line.origin)
    }

    func operand(_ line: BudgetLine) -> Explained { BudgetCheckInput.operand(line, in: budget) }
}
