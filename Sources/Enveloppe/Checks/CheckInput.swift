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
        // Every sum the checks read, a pass over the lines for each (a filed budget may have a million).
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
    /// lines costs a few operands, a pass over its lines for each sum, without copying them.
    static func operands(of budget: Budget, where includes: [Kept]) throws -> [[Explained]] {
        try budget.lines.withUnsafeBufferPointer { lines in
            try includes.map { include in
                // The places of the lines the sum keeps, up to one more than it reads one by one: their operands are
                // made at the end, for a sum that keeps few (an operand names its line's origin, joined when read).
                // The sum's lists are its own while the lines are read (kept for all the sums at once, each write
                // went through two levels of arrays, each checked for being shared).
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
                return groups.map { group in
                    let path = "budget: compte \(group.account.rawValue) (\(group.count) lignes)"
                    return budget.isSubmitted ? .field(.money(group.amount), path: path) : .projection(.money(group.amount), of: path)
                }
            }
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
