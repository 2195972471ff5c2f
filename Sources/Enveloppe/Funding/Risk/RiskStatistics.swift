/// The 10th, 50th and 90th percentiles of amounts, by nearest rank: the p-th percentile of n
/// values sorted up is the value of rank ⌈p·n/100⌉, the smallest value at least p % of the values
/// do not exceed. Always one of the values (never an average of two), so always exact to the cent.
public struct Percentiles: Sendable, Hashable {
    public let p10: Money
    public let p50: Money
    public let p90: Money

    /// - Precondition: `values` is not empty.
    public init(_ values: [Money]) {
        let sorted = values.sorted()
        p10 = Percentiles.rank(10, of: sorted)
        p50 = Percentiles.rank(50, of: sorted)
        p90 = Percentiles.rank(90, of: sorted)
    }

    /// The value of rank ⌈p·n/100⌉ of `sorted`.
    static func rank(_ p: Int, of sorted: [Money]) -> Money { sorted[(p * sorted.count + 99) / 100 - 1] }
}

/// A count of runs out of all the runs, shown as a percentage.
public struct RunShare: Sendable, Hashable {
    public let count: Int
    public let runs: Int

    public var rate: Rate { Rate(Int64(count), over: Int64(runs)) }
}
