/// An uncertain quantity as a person states it, in whole units of its own (months, households a
/// month, hundredths of a percent): one value; every value from `min` to `max` alike; a triangle
/// from `min` through `likely` to `max`; or a list of values with weights.
///
/// The triangle over whole values: a value x from min to likely weighs (x − min + 1) × (max − likely + 1),
/// from likely to max (max − x + 1) × (likely − min + 1), so the weight rises in a straight line to
/// `likely` and falls in a straight line to `max`, and the extremes keep one part each.
///
/// | statement                         | values and weights                     |
/// |-----------------------------------|----------------------------------------|
/// | `3`                               | 3 (1)                                  |
/// | `{"min": 0, "max": 3}`            | 0, 1, 2, 3 (1 each)                    |
/// | `{"min": 0, "likely": 1, "max": 3}` | 0 (3), 1 (6), 2 (4), 3 (2)           |
/// | `{"values": [0, 6], "weights": [3, 1]}` | 0 (3), 6 (1)                     |
public enum Distribution: Sendable, Hashable {
    case fixed(Int64)
    case uniform(min: Int64, max: Int64)
    case triangular(min: Int64, likely: Int64, max: Int64)
    /// Values with positive weights (each weight relative to their sum).
    case weighted([WeightedValue])

    public struct WeightedValue: Sendable, Hashable {
        public let value: Int64
        public let weight: Int64
        public init(value: Int64, weight: Int64) {
            self.value = value
            self.weight = weight
        }
    }

    /// The values the quantity takes and their weights, by increasing value, each value once.
    public var support: [WeightedValue] {
        switch self {
        case .fixed(let value): return [WeightedValue(value: value, weight: 1)]
        case .uniform(let min, let max): return (min...max).map { WeightedValue(value: $0, weight: 1) }
        case .triangular(let min, let likely, let max):
            return (min...max).map { x in
                WeightedValue(value: x, weight: x <= likely ? (x - min + 1) * (max - likely + 1) : (max - x + 1) * (likely - min + 1))
            }
        case .weighted(let list):
            var merged: [Int64: Int64] = [:]
            for item in list { merged[item.value, default: 0] += item.weight }
            return merged.keys.sorted().map { WeightedValue(value: $0, weight: merged[$0]!) }
        }
    }

    public var minimum: Int64 {
        switch self {
        case .fixed(let value): value
        case .uniform(let min, _), .triangular(let min, _, _): min
        case .weighted(let list): list.map(\.value).min()!
        }
    }

    public var maximum: Int64 {
        switch self {
        case .fixed(let value): value
        case .uniform(_, let max), .triangular(_, _, let max): max
        case .weighted(let list): list.map(\.value).max()!
        }
    }

    /// The central value: the median, the smallest value with at least half the weight at or below it.
    public var median: Int64 {
        let support = self.support
        let total = support.reduce(0) { $0 + $1.weight }
        var below: Int64 = 0
        for item in support {
            below += item.weight
            if below * 2 >= total { return item.value }
        }
        return support[support.count - 1].value
    }

    /// Whether the quantity takes more than one value.
    public var isUncertain: Bool { minimum != maximum }
}
