/// How an exact quotient becomes a whole number of cents (or of units).
///
/// | exact value | `.halfAwayFromZero` | `.towardZero` | `.down` |
/// |-------------|---------------------|---------------|---------|
/// |  2,345      |  2,35               |  2,34         |  2,34   |
/// |  2,355      |  2,36               |  2,35         |  2,35   |
/// | −2,345      | −2,35               | −2,34         | −2,35   |
///
/// `.halfAwayFromZero` is what French spreadsheets' ROUND does and is the
/// default everywhere. `.towardZero` is the public-accounting truncation
/// ("en négligeant les millimes", arrêté of 22 March 1972, see DOMAIN.md).
/// `.down` (floor) is used for month-by-month schedules, where nothing may be
/// paid ahead of entitlement.
public enum RoundingRule: String, Sendable, Hashable, CaseIterable, Codable {
    case halfAwayFromZero
    case towardZero
    case down

    /// Rounds `numerator / denominator` to an integer under this rule.
    ///
    /// - Precondition: `denominator > 0`.
    ///
    /// Generic so that a product that fits in 64 bits is divided in 64 bits (one instruction, where 128 bits take
    /// two calls into the runtime), with the same rule for every width.
    public func divide<Whole: FixedWidthInteger & SignedInteger>(_ numerator: Whole, by denominator: Whole) -> Whole {
        precondition(denominator > 0, "denominator must be positive (got \(denominator))")
        let quotient = numerator / denominator  // truncates toward zero
        let remainder = numerator % denominator  // same sign as numerator
        guard remainder != 0 else { return quotient }
        switch self {
        case .towardZero:
            return quotient
        case .down:
            return numerator < 0 ? quotient - 1 : quotient
        case .halfAwayFromZero:
            let twice = remainder.magnitude * 2
            guard twice >= denominator.magnitude else { return quotient }
            return numerator < 0 ? quotient - 1 : quotient + 1
        }
    }
}
