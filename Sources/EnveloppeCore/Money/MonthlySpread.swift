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
    public static func parts(of annual: Money) throws -> [Money] {
        try (0..<12).map { try part(of: annual, monthsSinceStart: $0) }
    }
}
