/// Sharing an envelope among the responses to a call, in whole units (measures,
/// or cents), by one of three methods. The result does not depend on the order
/// the candidates are listed in.
///
/// - ``Method/proportional``: proportional to each candidate's weight (e.g. the
///   territory's population), largest remainder, within each candidate's minimum
///   and maximum, and never more than it asked when it states a request.
/// - ``Method/proRataOfRequests``: when the call is oversubscribed, each gets the
///   same share of what it asked, never more than it asked; what a capped candidate
///   cannot take goes to the others.
/// - ``Method/byRank``: in the jury's order, each gets what it asked (up to its
///   maximum) until the envelope is used up; a candidate whose minimum no longer
///   fits gets nothing and the next one is served.
///
/// Bounds are met exactly: shares are computed exactly, candidates whose share
/// falls outside [minimum, maximum] are fixed at the bound and the rest shared
/// again among the others, until none falls outside; only then is each share
/// rounded, by largest remainder (ties: larger weight, then smaller identifier).
public enum Allocation {
    /// The methods and the candidates are the scenario's words (its `allocation` block).
    public typealias Method = AllocationMethod
    public typealias Candidate = AllocationCandidate

    public enum Failure: Error, Equatable, Sendable {
        /// The minimums add up to more than the envelope.
        case minimumsExceedEnvelope(minimums: Int64, envelope: Int64)
        /// A candidate's minimum is above its maximum (its index).
        case minimumAboveMaximum(index: Int)
        /// A candidate's minimum is above its request (its index).
        case minimumAboveRequest(index: Int)
        /// A method needs a value a candidate lacks (its index and the field).
        case missing(index: Int, field: String)
        /// Two candidates share an identifier.
        case duplicateIdentifier(String)
    }

    /// Shares `total` units among `candidates`; returns one share per candidate, in their order.
    public static func allocate(_ total: Int64, among candidates: [Candidate], method: Method) throws(Failure) -> [Int64] {
        var ids = Set<String>()
        for candidate in candidates where !ids.insert(candidate.id).inserted { throw .duplicateIdentifier(candidate.id) }
        for (index, candidate) in candidates.enumerated() where candidate.maximum.map({ $0 < candidate.minimum }) ?? false {
            throw .minimumAboveMaximum(index: index)
        }
        // Never more than asked, whatever the method: a minimum above the request is a mistake in the file, said as such.
        for (index, candidate) in candidates.enumerated() where candidate.requested.map({ candidate.minimum > $0 }) ?? false {
            throw .minimumAboveRequest(index: index)
        }
        switch method {
        case .proportional:
            var weights: [Int64] = []
            for (index, candidate) in candidates.enumerated() {
                guard let weight = candidate.weight else { throw .missing(index: index, field: "weight") }
                weights.append(weight)
            }
            // A request is a cap too: what a candidate does not ask for goes to the others.
            return try bounded(total, candidates: candidates, weights: weights, minimums: candidates.map(\.minimum), caps: candidates.map(\.ceiling))
        case .proRataOfRequests:
            for (index, candidate) in candidates.enumerated() where candidate.requested == nil {
                throw .missing(index: index, field: "requested")
            }
            let minimums = candidates.map(\.minimum)
            return try bounded(
                total, candidates: candidates, weights: candidates.map { $0.requested ?? 0 }, minimums: minimums, caps: candidates.map(\.ceiling))
        case .byRank:
            for (index, candidate) in candidates.enumerated() {
                if candidate.rank == nil { throw .missing(index: index, field: "rank") }
                if candidate.requested == nil { throw .missing(index: index, field: "requested") }
            }
            let order = candidates.indices.sorted {
                (candidates[$0].rank!, candidates[$0].id) < (candidates[$1].rank!, candidates[$1].id)
            }
            var shares = candidates.map { _ in Int64(0) }
            var left = total
            for index in order {
                let candidate = candidates[index]
                let wanted = candidate.ceiling!  // every candidate asked (checked above)
                let given = min(wanted, left)
                guard given >= candidate.minimum, given > 0 else { continue }
                shares[index] = given
                left -= given
            }
            return shares
        }
    }

    /// For an allocation by rank, what was left of `total` when each candidate's turn came, in the candidates'
    /// order (the jury's order is rank, then identifier): what a report says to a candidate given less than it asked.
    public static func leftAtTurn(_ total: Int64, among candidates: [Candidate], shares: [Int64]) -> [Int64] {
        let order = candidates.indices.sorted { (candidates[$0].rank ?? 0, candidates[$0].id) < (candidates[$1].rank ?? 0, candidates[$1].id) }
        var left = total
        var atTurn = candidates.map { _ in Int64(0) }
        for index in order {
            atTurn[index] = left
            left -= shares[index]
        }
        return atTurn
    }

    /// Proportional to `weights` within [minimum, cap], exactly, then rounded by largest remainder.
    ///
    /// Water-filling: the shares are clamp(λ × weight, minimum, cap) for the one λ that makes them add
    /// up to the envelope (or to what the caps can take). λ lies between two of the breakpoints
    /// minimum/weight and cap/weight; between them the sum is linear in λ, so λ is exact.
    static func bounded(_ total: Int64, candidates: [Candidate], weights: [Int64], minimums: [Int64], caps: [Int64?]) throws(Failure)
        -> [Int64]
    {
        // Sums in 128 bits: requests near the limit of Int64 cents never overflow (an input error at worst, never a trap).
        let minimumSum = minimums.reduce(Int128(0)) { $0 + Int128($1) }
        guard minimumSum <= Int128(total) else {
            throw .minimumsExceedEnvelope(minimums: Int64(clamping: minimumSum), envelope: total)
        }
        var shares = minimums
        let positive = candidates.indices.filter { weights[$0] > 0 }
        let unweightedMinimums = candidates.indices.filter { weights[$0] == 0 }.reduce(Int128(0)) { $0 + Int128(minimums[$1]) }
        // Candidates of weight zero get their minimum; the caps bound what can be given out.
        let capTotal: Int128? =
            positive.allSatisfy({ caps[$0] != nil }) ? positive.reduce(Int128(0)) { $0 + Int128(caps[$1]!) } + unweightedMinimums : nil
        let target = min(Int128(total), capTotal ?? Int128(total)) - unweightedMinimums
        guard !positive.isEmpty, target > 0 else { return shares }

        typealias Ratio = (numerator: Int128, denominator: Int128)
        func less(_ a: Ratio, _ b: Ratio) -> Bool { a.numerator * b.denominator < b.numerator * a.denominator }
        let low = { (i: Int) -> Ratio in (Int128(minimums[i]), Int128(weights[i])) }
        let high = { (i: Int) -> Ratio? in caps[i].map { (Int128($0), Int128(weights[i])) } }
        var breakpoints: [Ratio] = positive.map(low) + positive.compactMap(high)
        breakpoints.sort(by: less)

        // The regimes for λ strictly between `previous` and `next`: at the minimum, at the cap, or proportional.
        struct Regimes {
            var fixed: Int128 = 0
            var weight: Int128 = 0
            var atCap: Set<Int> = []
            var linear: [Int] = []
        }
        func segment(after previous: Ratio?, before next: Ratio?) -> Regimes {
            var regimes = Regimes()
            for i in positive {
                if let next, !less(low(i), next) {
                    regimes.fixed += Int128(minimums[i])
                } else if let previous, let cap = high(i), !less(previous, cap) {
                    regimes.fixed += cap.numerator
                    regimes.atCap.insert(i)
                } else {
                    regimes.weight += Int128(weights[i])
                    regimes.linear.append(i)
                }
            }
            return regimes
        }
        var previous: Ratio? = nil
        var chosen: Regimes? = nil
        for next in breakpoints {
            let regimes = segment(after: previous, before: next)
            // The sum at λ = next is fixed + next × weight: the target is reached in this segment.
            if regimes.fixed * next.denominator + next.numerator * regimes.weight >= target * next.denominator {
                chosen = regimes
                break
            }
            previous = next
        }
        let regimes = chosen ?? segment(after: previous, before: nil)
        for i in regimes.atCap { shares[i] = caps[i]! }
        let rest = target - regimes.fixed
        if !regimes.linear.isEmpty, rest > 0 {
            do {
                let parts = try Apportionment.largestRemainder(
                    Int64(rest), weights: regimes.linear.map { (key: candidates[$0].id, weight: weights[$0]) })
                for (position, i) in regimes.linear.enumerated() { shares[i] = parts[position] }
            } catch {
                preconditionFailure("weights are positive here: \(error)")
            }
        }
        return shares
    }
}
