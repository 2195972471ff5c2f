/// What an amount funds in whole households at a yearly rate, and the reverse.
///
/// A remainder is never dropped: 227 000 € at 7 000 € funds 32 households and
/// leaves 3 000 € (DOMAIN.md, "Arithmetic the users expect").
public enum HouseholdFunding {
    /// Whole households (12-month measures) `amount` funds at `rate`, and the amount left.
    public static func households(fundedBy amount: Money, rate: Money) throws -> (households: Int64, remainder: Money) {
        let (count, remainder) = try amount.quotientAndRemainder(dividingBy: rate)
        return (count, remainder)
    }

    /// The amount `households` 12-month measures need at `rate`.
    public static func amount(forHouseholds households: Int64, rate: Money) throws -> Money {
        try rate.multiplied(by: households)
    }
}
