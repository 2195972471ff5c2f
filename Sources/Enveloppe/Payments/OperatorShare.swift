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
        // (Each operator read by index where it lies: a closure given each one would copy it, its strings and arrays.)
        let operators = resolved.scenario.operators
        return try operators.indices.map { index in
            let shares = lines.map { $0.shares[index] }
            let (id, name) = (operators[index].id, operators[index].name)
            return OperatorShare(
                operatorID: id, name: name, territory: operators[index].territory, households: operators[index].households,
                fte: operators[index].teamFTE, shares: shares,
                total: Figure(id: .operatorTotal(id), kind: .operatorTotal, subject: name, explained: try .sum(shares.map(\.asOperand))))
        }
    }
}
