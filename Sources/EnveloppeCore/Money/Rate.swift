/// An exact ratio, such as 60 %, 25 % or 7/12; never a floating-point number.
///
/// Held as a reduced fraction with a positive denominator, so two rates are
/// equal exactly when their values are.
public struct Rate: Sendable, Hashable, Comparable {
    public let numerator: Int64
    public let denominator: Int64

    /// `numerator / denominator`, reduced.
    /// - Precondition: `denominator != 0`.
    public init(_ numerator: Int64, over denominator: Int64) {
        precondition(denominator != 0, "a rate's denominator is zero")
        let sign: Int64 = denominator < 0 ? -1 : 1
        let divisor = Swift.max(Rate.gcd(numerator.magnitude, denominator.magnitude), 1)
        self.numerator = sign * numerator / Int64(divisor)
        self.denominator = sign * denominator / Int64(divisor)
    }

    /// `percent` %, e.g. `Rate(percent: 60)` is 3/5.
    public init(percent: Int64) { self.init(percent, over: 100) }

    public static let zero = Rate(0, over: 1)
    public static let one = Rate(1, over: 1)

    /// Reads `60 %`, `12,5 %`, `60%` as percentages and `0.6`, `0,25` as fractions.
    ///
    /// At most four decimals, so every rate a call states is exact.
    public init(parsing text: String) throws(DecimalText.Failure) {
        var body = text.trimmingWhitespace
        let isPercent = body.hasSuffix("%")
        if isPercent { body.removeLast() }
        let scaled = try DecimalText.parse(body, fractionDigits: 4)
        self.init(scaled, over: isPercent ? 1_000_000 : 10_000)
    }

    /// The same as ``init(parsing:)`` from the UTF-8 bytes of a text, without making a string when the text is ASCII
    /// and begins and ends with a character other than a space (a scenario's `"7 %"`, a number's `0.6`).
    public init(parsingUTF8 bytes: UnsafeBufferPointer<UInt8>) throws(DecimalText.Failure) {
        guard let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20, bytes.allSatisfy({ $0 < 0x7F }) else {
            try self.init(parsing: String(decoding: bytes, as: UTF8.self))
            return
        }
        // Nothing to trim, and the last character is the last byte.
        let isPercent = last == UInt8(ascii: "%")
        let scaled = try DecimalText.parse(isPercent ? UnsafeBufferPointer(rebasing: bytes.dropLast()) : bytes, fractionDigits: 4)
        self.init(scaled, over: isPercent ? 1_000_000 : 10_000)
    }

    public static func < (lhs: Rate, rhs: Rate) -> Bool {
        Int128(lhs.numerator) * Int128(rhs.denominator) < Int128(rhs.numerator) * Int128(lhs.denominator)
    }

    /// The rate as a percentage, exactly, when it is a whole or decimal one
    /// (`3/5` → `60`); `nil` for a rate such as 1/3 that has no finite decimal.
    public func percentage(fractionDigits: Int) -> (scaled: Int64, fractionDigits: Int)? {
        var scale: Int64 = 100
        for _ in 0..<fractionDigits { scale *= 10 }
        // In 64 bits when the product fits (every rate a call states): the same quotient, without two 128-bit divisions.
        let (small, overflow) = numerator.multipliedReportingOverflow(by: scale)
        if !overflow { return small % denominator == 0 ? (small / denominator, fractionDigits) : nil }
        let product = Int128(numerator) * Int128(scale)
        guard product % Int128(denominator) == 0, let value = Int64(exactly: product / Int128(denominator)) else {
            return nil
        }
        return (value, fractionDigits)
    }

    /// The rate as a percentage with `decimals` decimals, rounded half away from zero (for display only).
    public func rounded(toPercentDecimals decimals: Int) -> Rate {
        var scale: Int64 = 100
        for _ in 0..<decimals { scale *= 10 }
        let scaled = RoundingRule.halfAwayFromZero.divide(Int128(numerator) * Int128(scale), by: Int128(denominator))
        return Rate(Int64(scaled), over: scale)
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
