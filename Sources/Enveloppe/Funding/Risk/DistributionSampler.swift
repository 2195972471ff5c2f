/// Draws values of a ``Distribution`` with exact integer weights: a value is chosen with
/// probability its weight over the total, by one whole number below the total and a search of
/// the cumulative weights. No floating point: the same stream gives the same values everywhere.
struct DistributionSampler: Sendable {
    private let values: [Int64]
    /// Cumulative weights, by increasing value; the last is the total.
    private let cumulative: [UInt64]
    /// Every value from `low` alike, without a table (a uniform distribution).
    private let uniform: (low: Int64, count: UInt64)?

    init(_ distribution: Distribution) {
        if case .uniform(let min, let max) = distribution {
            uniform = (min, UInt64(max - min + 1))
            values = []
            cumulative = []
            return
        }
        uniform = nil
        var total: UInt64 = 0
        let support = distribution.support
        values = support.map(\.value)
        cumulative = support.map {
            total += UInt64($0.weight)
            return total
        }
    }

    func draw(_ random: inout RiskRandom) -> Int64 {
        if let uniform { return uniform.low + Int64(random.below(uniform.count)) }
        guard values.count > 1 else { return values[0] }
        let r = random.below(cumulative[cumulative.count - 1])
        // The first value whose cumulative weight exceeds r.
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > r { high = middle } else { low = middle + 1 }
        }
        return values[low]
    }
}
