/// What one uncertain input alone does: the run with it at its smallest value and the run with
/// it at its largest, every other input at its central value (its median).
public struct Sensitivity: Sendable, Hashable {
    public let input: RiskInput
    /// The input's smallest and largest values, in its units.
    public let low: Int64
    public let high: Int64
    public let atLow: RiskFigures
    public let atHigh: RiskFigures

    /// How far the low point moves between the two, the width of the input's bar in a tornado chart.
    public var lowestSwing: Money { Money(cents: abs(atHigh.lowest.cents - atLow.lowest.cents)) }

    /// The swings of every input that takes more than one value, the widest first (ties in the block's order).
    static func swings(_ engine: TreasuryRun, inputs: [RiskInput], posts: Int, central: RiskDraw) throws -> [Sensitivity] {
        var swings: [Sensitivity] = []
        for (index, input) in inputs.enumerated() where input.distribution.isUncertain {
            let at = { (value: Int64) throws -> RiskFigures in
                var draw = central
                if input.kind == .staffVacancy {
                    draw.vacancies = Array(repeating: value, count: posts)
                } else {
                    draw.values[index] = value
                }
                return RiskFigures(try engine.run(draw))
            }
            let (low, high) = (input.distribution.minimum, input.distribution.maximum)
            swings.append(Sensitivity(input: input, low: low, high: high, atLow: try at(low), atHigh: try at(high)))
        }
        return swings.enumerated().sorted { a, b in
            a.element.lowestSwing != b.element.lowestSwing ? a.element.lowestSwing > b.element.lowestSwing : a.offset < b.offset
        }.map(\.element)
    }
}

/// The figures of one run a risk report shows beside its percentiles.
public struct RiskFigures: Sendable, Hashable {
    public let lowest: Money
    public let finalResult: Money
    public let reversement: Money
    public let costPerHousehold: Money
    public let bridgingCost: Money

    init(_ outcome: TreasuryRun.Outcome) {
        lowest = outcome.lowest
        finalResult = outcome.finalResult
        reversement = outcome.reversement
        costPerHousehold = outcome.costPerHousehold
        bridgingCost = outcome.bridgingCost
    }
}
