/// One operator's part of each envelope line, when the application has several.
///
/// A fixed line is split pro rata of households (or of FTE for a line paid on FTE)
/// by largest remainder, so the parts add up to the line to the cent; a rate line
/// gives each operator its own households × rate × months / 12, rounded once.
public struct OperatorShare: Sendable, Hashable {
    public let operatorID: OperatorID
    public let name: String
    public let territory: String?
    public let households: Int64
    public let fte: FTE
    /// One figure per envelope line, in the lines' order.
    public let shares: [Figure]
    public let total: Figure

    /// Every operator's share of every line, in the scenario's order.
    public static func shares(of lines: [LineGrant], resolved: ResolvedScenario) throws -> [OperatorShare] {
        let operators = resolved.scenario.operators
        let keys = operators.map(\.id.rawValue)
        var shares = operators.map { _ in [Figure]() }
        for line in lines {
            for (index, op) in operators.enumerated() {
                let explained: Explained
                switch line.line.pricing {
                case .fixed:
                    let byFTE = line.line.unit == .fte
                    var weights = operators.enumerated().map { position, other in
                        Explained.field(
                            byFTE
                                ? .units(hundredths: other.fte.hundredths, unit: .fte)
                                : .units(hundredths: other.households * 100, unit: line.line.unit),
                            path: byFTE ? "operators[\(position)].staff[].fte" : "operators[\(position)].households")
                    }
                    // No household or FTE anywhere to weigh by: the line is shared equally.
                    if weights.allSatisfy({ $0.integer == 0 }) { weights = weights.map { _ in .constant(.count(1)) } }
                    explained = try .share(index, of: line.amount.asOperand, weights: weights, keys: keys)
                case .perUnitYear(let rate):
                    explained = try .scaled(
                        .parameter(rate) { .money($0) },
                        by: .product(
                            .field(.units(hundredths: op.households * 100, unit: line.line.unit), path: "operators[\(index)].households"),
                            .parameter(resolved.call.accompanimentMonths) { .months(Int64($0)) }, as: line.line.unit),
                        over: .constant(.unitMonths(hundredths: 1_200, unit: line.line.unit)))
                }
                shares[index].append(
                    Figure(id: .operatorShare(op.id, line.line.id), kind: .operatorShare, subject: op.name, explained: explained))
            }
        }
        return try operators.enumerated().map { index, op in
            OperatorShare(
                operatorID: op.id, name: op.name, territory: op.territory, households: op.households, fte: op.fte,
                shares: shares[index],
                total: Figure(
                    id: .operatorTotal(op.id), kind: .operatorTotal, subject: op.name, explained: try .sum(shares[index].map(\.asOperand))))
        }
    }
}
