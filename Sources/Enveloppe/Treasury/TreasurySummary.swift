/// The treasury's key figures: the lowest point, the working capital the association
/// must finance itself, and the months spent below zero.
public struct TreasurySummary: Sendable, Hashable {
    public let opening: Figure
    public let lowest: Figure
    public let lowestMonth: YearMonth
    public let workingCapitalNeed: Figure
    public let monthsInRed: [YearMonth]
    /// Deposits of households whose lease slides after the table's last month.
    public let depositsOutstanding: Figure

    /// The figures of `months`, a monthly table that starts with `opening` in the account.
    public init(months: [MonthRow], opening: Money, depositsOutstanding: Money) throws {
        let lowestRow = months.min { $0.treasury < $1.treasury }!
        self.opening = Figure(id: .treasuryOpening, kind: .treasuryOpening, explained: .field(.money(opening), path: "openingBalance"))
        // The lowest month-end treasury of the monthly table (which shows every month's receipts and expenses).
        lowest = Figure(
            id: .treasuryLowest, kind: .treasuryLowest,
            explained: .projection(.money(lowestRow.treasury), of: "mois par mois, trésorerie en fin de mois"))
        // What the association must finance itself: how far the treasury goes below zero, the opening included.
        workingCapitalNeed = Figure(
            id: .workingCapitalNeed, kind: .workingCapitalNeed,
            explained: try .positiveDifference(.constant(.money(.zero)), .minimum(lowest.asOperand, self.opening.asOperand)))
        lowestMonth = lowestRow.month
        monthsInRed = months.filter { $0.treasury < .zero }.map(\.month)
        self.depositsOutstanding = Figure(
            id: .depositsOutstanding, kind: .depositsOutstanding,
            explained: .projection(.money(depositsOutstanding), of: "operators[].charges[].refundableDeposit"))
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
