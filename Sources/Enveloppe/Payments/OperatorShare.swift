/// One operator's part of each envelope line, when the application has several.
public struct OperatorShare: Sendable, Hashable {
    public let operatorID: OperatorID
    public let name: String
    public let territory: String?
    public let households: Int64
    public let fte: FTE
    /// One figure per envelope line, in the lines' order (``LineGrant/shares``).
    public let shares: [Figure]
    public let total: Figure

    /// Every operator's shares of the lines, in the scenario's order.
    public static func shares(of lines: [LineGrant], resolved: ResolvedScenario) throws -> [OperatorShare] {
        try resolved.scenario.operators.enumerated().map { index, op in
            let shares = lines.map { $0.shares[index] }
            return OperatorShare(
                operatorID: op.id, name: op.name, territory: op.territory, households: op.households, fte: op.teamFTE, shares: shares,
                total: Figure(id: .operatorTotal(op.id), kind: .operatorTotal, subject: op.name, explained: try .sum(shares.map(\.asOperand))))
        }
    }
}
