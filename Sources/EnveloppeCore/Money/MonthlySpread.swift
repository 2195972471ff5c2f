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
}
