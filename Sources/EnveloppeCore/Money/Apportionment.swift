/// Splitting a whole into parts by weights, exactly (the largest-remainder method).
///
/// Used for every split the tool makes: an envelope line between operators,
/// measures between territories, cents and whole households alike.
///
/// Mathematical properties, for `total ≥ 0` and non-negative weights with a
/// positive sum (each is checked by the property tests):
/// - the parts add up to `total` exactly;
/// - each part lies between the floor and the ceiling of its exact share
///   `total × weight / Σ weights`;
/// - a zero weight gets zero; multiplying every weight by the same factor
///   changes nothing;
/// - the result does not depend on the order of the input: leftover units go
///   one at a time to the largest remainders, ties to the larger weight, then
///   to the smaller key, never to "the first in the list".
///
/// A negative total is split as its magnitude and the parts negated.
public enum Apportionment {
    public enum Failure: Error, Equatable, Sendable {
        /// A weight is negative (the key's position in the input).
        case negativeWeight(index: Int)
        /// Every weight is zero while there is something to split.
        case noWeight
        /// The sum of weights does not fit in 64 bits.
        case overflow
    }

    /// Splits `total` units by `weights`, keyed for tie-breaking.
    ///
    /// - Returns: one part per input element, in the input's order.
    public static func largestRemainder<Key: Comparable>(
        _ total: Int64, weights: [(key: Key, weight: Int64)]
    ) throws(Failure) -> [Int64] {
        if let bad = weights.firstIndex(where: { $0.weight < 0 }) { throw .negativeWeight(index: bad) }
        var weightSum: Int128 = 0
        for entry in weights { weightSum += Int128(entry.weight) }
        guard weightSum <= Int128(Int64.max) else { throw .overflow }
        if total == 0 { return weights.map { _ in 0 } }
        guard weightSum > 0 else { throw .noWeight }

        let magnitude = Int128(total.magnitude)
        var parts: [Int128] = []
        var remainders: [Int128] = []
        parts.reserveCapacity(weights.count)
        for entry in weights {
            let product = magnitude * Int128(entry.weight)
            parts.append(product / weightSum)
            remainders.append(product % weightSum)
        }
        var leftover = magnitude - parts.reduce(0, +)
        let order = weights.indices.sorted { a, b in
            if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
            if weights[a].weight != weights[b].weight { return weights[a].weight > weights[b].weight }
            if weights[a].key != weights[b].key { return weights[a].key < weights[b].key }
            return a < b  // identical key and weight: the parts are interchangeable
        }
        for index in order where leftover > 0 {
            parts[index] += 1
            leftover -= 1
        }
        // Each part is at most `magnitude`, which came from an Int64.
        return parts.map { total < 0 ? -Int64($0) : Int64($0) }
    }
}

extension Money {
    /// Splits `self` into parts proportional to `weights`, in whole cents.
    ///
    /// The parts always add up to `self` exactly; see ``Apportionment`` for
    /// the tie-breaking rule that makes the result independent of input order.
    public func allocated<Key: Comparable>(
        proportionally weights: [(key: Key, weight: Int64)]
    ) throws(Apportionment.Failure) -> [Money] {
        try Apportionment.largestRemainder(cents, weights: weights).map(Money.init(cents:))
    }
}
