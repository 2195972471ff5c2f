/// A yearly amount paid month by month, exactly.
///
/// Month k of 12 gets ⌊T·k/12⌋ − ⌊T·(k−1)/12⌋: the twelve months add up to T to
/// the cent and nothing is paid ahead of entitlement (DOMAIN.md, "Arithmetic the
/// users expect"). A run longer than a year starts a new cycle every 12 months.
public enum MonthlySpread {
    /// The part of `annual` for the month `monthsSinceStart` months after the start (0 is the first).
    public static func part(of annual: Money, monthsSinceStart: Int) throws -> Money {
        let k = Int64(monthsSinceStart % 12)
        return try annual.scaled(by: k + 1, over: 12, rounding: .down) - annual.scaled(by: k, over: 12, rounding: .down)
    }

    /// The twelve parts of `annual`, the first month's first: `parts(of:)[t % 12]` is `part(of:monthsSinceStart: t)`,
    /// for a post or a charge paid over many months.
    ///
    /// With T = 12q + r and 0 ≤ r < 12 (floor division), ⌊T·k/12⌋ = q·k + ⌊r·k/12⌋: month k gets
    /// q + ⌊r·(k+1)/12⌋ − ⌊r·k/12⌋, in 64 bits (24 divisions of 128 bits were most of a national projection), each
    /// part computed when read (an array of the twelve was made for each post and charge of each operator).
    public static func parts(of annual: Money) throws -> Parts {
        let (q, r) = annual.cents.quotientAndRemainder(dividingBy: 12)
        return r < 0 ? Parts(quotient: q - 1, remainder: r + 12) : Parts(quotient: q, remainder: r)
    }

    /// The twelve parts of a yearly amount, read by month (0 to 11).
    public struct Parts: RandomAccessCollection, Sendable {
        let quotient: Int64
        /// From 0 to 11.
        let remainder: Int64

        public var startIndex: Int { 0 }
        public var endIndex: Int { 12 }
        public subscript(k: Int) -> Money {
            Money(cents: quotient + remainder * Int64(k + 1) / 12 - remainder * Int64(k) / 12)
        }

        /// Writes the parts month after month into `months[range]`, the range's first month getting the first part:
        /// the first year's computed, each later month the same as twelve months before (computed at each month, a
        /// part and the month's place in the year were three divisions a month).
        public func write(into months: UnsafeMutableBufferPointer<Money>, _ range: Range<Int>) {
            precondition(range.lowerBound >= 0 && range.upperBound <= months.count, "the months within the buffer")
            let year = range.lowerBound + Swift.min(12, range.count)
            for t in range.lowerBound..<year { months[t] = self[t - range.lowerBound] }
            for t in year..<range.upperBound { months[t] = months[t - 12] }
        }
    }
}
