/// The budget a candidate filed, set against the costs the scenario describes, kind by kind
/// (staff, other direct charges, indirect charges), so that the money never ignores it.
///
/// A kind the filed budget has and the scenario does not describe is spent month by month over
/// the first convention (an amount T over n months: ⌊T·k/n⌋ − ⌊T·(k−1)/n⌋, adding up to T), and
/// so enters the treasury. A kind both have is spent as the scenario describes it, and a check
/// shows both amounts when they differ. Nothing filed is left out without a word.
public struct FiledBudgetSpending: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case staff, direct, indirect
    }

    /// One kind of charge: what the filed budget says, what the scenario describes over the same period.
    public struct Comparison: Sendable, Hashable {
        public let kind: Kind
        public let filed: Money
        /// `nil` when the scenario describes no charge of this kind (the filed amount is then spread).
        public let described: Money?
        public var isSpread: Bool { described == nil && filed != .zero }
    }

    public let period: Period
    public let comparisons: [Comparison]
    /// The spread charges, month by month over the table (zero outside the first convention).
    public let costs: CostProjection

    init?(scenario: Scenario, costs described: [CostProjection], programme: Period, period: Period, tableMonths: Int) throws {
        guard let filed = scenario.candidateBudget else { return nil }
        // One pass over the lines, none copied (a filed budget may have a million lines).
        var filedBy: [Kind: Money] = [.staff: .zero, .indirect: .zero, .direct: .zero]
        for line in filed where line.account.side == .charge && !line.account.isContributionInKind {
            let kind: Kind = line.account == .staff ? .staff : line.account == .indirectCharges ? .indirect : .direct
            filedBy[kind] = try filedBy[kind]! + line.amount
        }
        let operators = scenario.operators
        let describes: [Kind: Bool] = [
            .staff: operators.contains { !$0.staff.isEmpty || $0.charges.contains { $0.account == ChargeLine.staffAccount } },
            .direct: operators.contains { $0.charges.contains { $0.kind == .direct && $0.account != ChargeLine.staffAccount && !$0.isDeposit } },
            .indirect: operators.contains { $0.charges.contains { $0.kind == .indirect } },
        ]
        let months = programme.start.months(to: period.start)..<(programme.start.months(to: period.start) + period.months)
        var spread = CostProjection(months: tableMonths)
        var comparisons: [Comparison] = []
        for kind in Kind.allCases {
            let series: (CostProjection) -> [Money] =
                switch kind {
                case .staff: { $0.staff }
                case .direct: { $0.directNonStaff }
                case .indirect: { $0.indirect }
                }
            let amount = filedBy[kind] ?? .zero
            let comparison = Comparison(
                kind: kind, filed: amount,
                described: describes[kind] == true ? try Money.sum(described.flatMap { series($0)[months] }) : nil)
            comparisons.append(comparison)
            guard comparison.isSpread else { continue }
            for (k, t) in months.enumerated() {
                let part =
                    try amount.scaled(by: Int64(k + 1), over: Int64(period.months), rounding: .down)
                    - amount.scaled(by: Int64(k), over: Int64(period.months), rounding: .down)
                switch kind {
                case .staff: spread.staff[t] = part
                case .direct: spread.directNonStaff[t] = part
                case .indirect: spread.indirect[t] = part
                }
            }
        }
        self.period = period
        self.comparisons = comparisons
        costs = spread
    }
}

extension ChargeLine {
    /// Whether the line is a deposit: money advanced and returned, not a charge of the budget.
    var isDeposit: Bool {
        if case .refundableDeposit = basis { return true }
        return false
    }
}
