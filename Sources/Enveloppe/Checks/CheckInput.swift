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

    /// `nil` when the period has no budget to check (a scenario that describes no cost).
    init?(_ input: CheckInput, periodIndex: Int) throws {
        let budget = input.budgets[periodIndex]
        self.input = input
        self.budget = budget
        self.periodIndex = periodIndex
        func sum(_ include: (BudgetLine) -> Bool) throws -> Explained {
            try Explained.sum(BudgetCheckInput.operands(of: budget, where: include))
        }
        chargesTotal = try sum(Budget.isCharge)
        guard budget.isSubmitted || chargesTotal.money > .zero else { return nil }
        incomeTotal = try sum(Budget.isIncome)
        staff = try sum { $0.account == .staff }
        indirect = try sum { $0.account == .indirectCharges }
        direct = try sum { Budget.isCharge($0) && $0.account != .staff && $0.account != .indirectCharges }
        requested = try input.lines.map { line in
            Figure(
                id: .subsidyRequested(line.line.id, period: periodIndex), kind: .subsidyRequested, subject: line.line.label,
                explained: try sum { $0.envelopeLine == line.line.id })
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

    /// The lines `include` keeps, as operands of a sum: each line when there are few, otherwise one
    /// subtotal per CERFA account (in the order the accounts first appear), so that a budget of a
    /// million lines costs a few operands, in one pass and without copying its lines.
    static func operands(of budget: Budget, where include: (BudgetLine) -> Bool) throws -> [Explained] {
        var detailed: [Explained] = []
        var groups: [(account: CerfaAccount, amount: Money, count: Int)] = []
        try budget.forEachLine(where: include) { line in
            if detailed.count <= detailedLines { detailed.append(operand(line, in: budget)) }
            if let group = groups.lastIndex(where: { $0.account == line.account }) {
                groups[group].amount = try groups[group].amount + line.amount
                groups[group].count += 1
            } else {
                groups.append((line.account, line.amount, 1))
            }
        }
        guard detailed.count > detailedLines else { return detailed }
        return groups.map { group in
            let path = "budget: compte \(group.account.rawValue) (\(group.count) lignes)"
            return budget.isSubmitted ? .field(.money(group.amount), path: path) : .projection(.money(group.amount), of: path)
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
