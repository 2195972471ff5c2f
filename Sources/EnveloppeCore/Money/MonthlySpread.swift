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
    /// computed once for a post or a charge paid over many months.
    ///
    /// With T = 12q + r and 0 ≤ r < 12 (floor division), ⌊T·k/12⌋ = q·k + ⌊r·k/12⌋: month k gets
    /// q + ⌊r·(k+1)/12⌋ − ⌊r·k/12⌋, in 64 bits (24 divisions of 128 bits were most of a national projection).
    public static func parts(of annual: Money) throws -> [Money] {
        let (q, r) = annual.cents.quotientAndRemainder(dividingBy: 12)
        let (quotient, remainder) = r < 0 ? (q - 1, r + 12) : (q, r)
        return (0..<12).map { k in Money(cents: quotient + remainder * Int64(k + 1) / 12 - remainder * Int64(k) / 12) }
    }
}
