/// An amount of money in euros, held as a whole number of cents.
///
/// Arithmetic is exact and checked: `+` and `-` throw
/// ``ArithmeticError/overflow(operation:)`` rather than trap or wrap. There is
/// no `Money * Money`; scaling goes through ``multiplied(by:rounding:)`` or
/// ``scaled(by:over:rounding:)``, which compute in 128 bits and round once.
public struct Money: Sendable, Hashable, Comparable {
    /// The amount in cents (1 € = 100 cents).
    public let cents: Int64

    public init(cents: Int64) { self.cents = cents }

    /// Whole euros, e.g. `try Money(euros: 577_000)`.
    public init(euros: Int64) throws {
        let (cents, overflow) = euros.multipliedReportingOverflow(by: 100)
        if overflow { throw ArithmeticError.overflow(operation: "\(euros) €") }
        self.cents = cents
    }

    public static let zero = Money(cents: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    public static func + (lhs: Money, rhs: Money) throws -> Money {
        let (sum, overflow) = lhs.cents.addingReportingOverflow(rhs.cents)
        if overflow { throw ArithmeticError.overflow(operation: "addition") }
        return Money(cents: sum)
    }

    public static func - (lhs: Money, rhs: Money) throws -> Money {
        let (difference, overflow) = lhs.cents.subtractingReportingOverflow(rhs.cents)
        if overflow { throw ArithmeticError.overflow(operation: "subtraction") }
        return Money(cents: difference)
    }

    /// The sum of `amounts`, exact, or an overflow error.
    ///
    /// Inlinable, so that a caller in another module sums its own array or slice in a plain loop over the cents
    /// (the generic version, called through the sequence's witness table, was 8 % of a national report).
    @inlinable
    public static func sum<S: Sequence>(_ amounts: S) throws -> Money where S.Element == Money {
        var total: Int64 = 0
        for amount in amounts {
            let (next, overflow) = total.addingReportingOverflow(amount.cents)
            if overflow { throw ArithmeticError.overflow(operation: "addition") }
            total = next
        }
        return Money(cents: total)
    }

    /// `self × numerator / denominator`, computed exactly in 128 bits and rounded once.
    ///
    /// This is the one place where money is scaled: a share of an envelope
    /// (`350 000 € × 12 / 768`), service fait (`181 × 7 000 € / 12`), a unit
    /// cost. Rounding happens here and nowhere else.
    public func scaled(
        by numerator: Int64, over denominator: Int64, rounding: RoundingRule = .halfAwayFromZero
    ) throws -> Money {
        guard denominator != 0 else { throw ArithmeticError.divisionByZero(operation: "\(self) × \(numerator) / 0") }
        // Most products fit in 64 bits (a national programme scales tens of thousands of amounts): divided there,
        // the same quotient and the same rounding as in 128 bits, without the runtime's 128-bit division.
        let (product, overflow) = cents.multipliedReportingOverflow(by: numerator)
        if !overflow, product != .min, denominator != .min {
            return Money(cents: denominator < 0 ? rounding.divide(-product, by: -denominator) : rounding.divide(product, by: denominator))
        }
        var n = Int128(cents) * Int128(numerator)
        var d = Int128(denominator)
        if d < 0 {
            n = -n
            d = -d
        }
        return try Money(checkedCents: rounding.divide(n, by: d), operation: "scaling")
    }

    /// `self × rate`, rounded once (e.g. the 60 % advance).
    public func multiplied(by rate: Rate, rounding: RoundingRule = .halfAwayFromZero) throws -> Money {
        try scaled(by: rate.numerator, over: rate.denominator, rounding: rounding)
    }

    /// `self × count`, exact (e.g. 20 households × 7 000 €).
    public func multiplied(by count: Int64) throws -> Money {
        let (product, overflow) = cents.multipliedReportingOverflow(by: count)
        if overflow { throw ArithmeticError.overflow(operation: "\(cents) cents × \(count)") }
        return Money(cents: product)
    }

    /// How many whole times `unit` fits in `self`, and what is left.
    ///
    /// 227 000 € / 7 000 € = 32 households and 3 000 € left (DOMAIN.md,
    /// "Arithmetic the users expect": a remainder is never dropped silently).
    public func quotientAndRemainder(dividingBy unit: Money) throws -> (count: Int64, remainder: Money) {
        guard unit.cents > 0 else { throw ArithmeticError.divisionByZero(operation: "\(self) / \(unit)") }
        let (q, r) = cents.quotientAndRemainder(dividingBy: unit.cents)
        return (q, Money(cents: r))
    }

    init(checkedCents value: Int128, operation: String) throws {
        guard let cents = Int64(exactly: value) else { throw ArithmeticError.overflow(operation: operation) }
        self.cents = cents
    }
}

extension Money: CustomStringConvertible {
    /// A plain, locale-free rendering for logs and test failures (`346200.00 EUR`).
    /// People see the renderers' French or English formatting instead.
    public var description: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction) EUR"
    }
}
