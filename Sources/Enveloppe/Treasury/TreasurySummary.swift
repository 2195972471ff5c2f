/// The treasury's key figures, kept apart because they answer different questions:
/// - the working-capital need: how much cash the action consumes before the payments catch up
///   (the deepest point of its cumulative receipts less expenses), whatever the opening balance;
/// - what is left to find: how far the account goes below zero, the opening balance included;
/// - the final result: what the action leaves or loses once everything is paid and received
///   (Montpellier 2025 ends 10 937,50 € down: the IML service fait falls short of the grant).
public struct TreasurySummary: Sendable, Hashable {
    public let opening: Figure
    public let lowest: Figure
    public let lowestMonth: YearMonth
    /// max(opening − lowest, 0): the cash the action consumes at its worst, independent of the opening balance;
    /// advanced and recovered, but for what a deficit once everything is paid (`finalResult`) never returns.
    public let workingCapitalNeed: Figure
    /// max(−lowest, 0): what the association must borrow or draw on an overdraft.
    public let shortfall: Figure
    /// The treasury at the end of the table, less the opening, plus deposits still to come back.
    public let finalResult: Figure
    public let closingMonth: YearMonth
    public let monthsInRed: [YearMonth]
    /// Deposits of households whose lease slides after the table's last month.
    public let depositsOutstanding: Figure

    /// The monthly table's treasury at each month's end, and at the last month's, as a derivation names them (the
    /// renderers word them in the user's language).
    public static let monthEndPath = "months[].treasury"
    public static let lastMonthPath = "months[-1].treasury"

    /// The figures of `months`, a monthly table that starts with `opening` in the account.
    public init(months: [MonthRow], opening: Money, depositsOutstanding: Money) throws {
        let lowestRow = months.min { $0.treasury < $1.treasury }!
        self.opening = Figure(id: .treasuryOpening, kind: .treasuryOpening, explained: .field(.money(opening), path: "openingBalance"))
        // The lowest month-end treasury of the monthly table (which shows every month's receipts and expenses).
        lowest = Figure(
            id: .treasuryLowest, kind: .treasuryLowest,
            explained: .projection(.money(lowestRow.treasury), of: TreasurySummary.monthEndPath))
        // The cash the action itself consumes at its worst: the opening balance does not change it.
        workingCapitalNeed = Figure(
            id: .workingCapitalNeed, kind: .workingCapitalNeed,
            explained: try .positiveDifference(self.opening.asOperand, .minimum(lowest.asOperand, self.opening.asOperand)))
        // What the association must find beyond its own cash: how far the account goes below zero.
        shortfall = Figure(
            id: .treasuryShortfall, kind: .treasuryShortfall,
            explained: try .positiveDifference(.constant(.money(.zero)), .minimum(lowest.asOperand, .constant(.money(.zero)))))
        let closingRow = months[months.count - 1]
        closingMonth = closingRow.month
        lowestMonth = lowestRow.month
        monthsInRed = months.filter { $0.treasury < .zero }.map(\.month)
        self.depositsOutstanding = Figure(
            id: .depositsOutstanding, kind: .depositsOutstanding,
            explained: .projection(.money(depositsOutstanding), of: "operators[].charges[].refundableDeposit"))
        let closing = Explained.projection(.money(closingRow.treasury), of: TreasurySummary.lastMonthPath)
        finalResult = Figure(
            id: .finalResult, kind: .finalResult,
            explained: try .difference(.sum([closing, self.depositsOutstanding.asOperand]), self.opening.asOperand))
    }

    /// Deposits of households whose lease slides after the table's last month, all operators.
    public static func depositsOutstanding(_ resolved: ResolvedScenario, projection: Projection) throws -> Money {
        var total = Money.zero
        for (index, op) in resolved.scenario.operators.enumerated() {
            for charge in op.charges {
                if case .refundableDeposit(let amount) = charge.basis {
                    total = try total + amount.multiplied(by: projection.households[index].depositsOutstandingAfter)
                }
            }
        }
        return total
    }
}
