/// A calendar month, such as `2025-09`: the unit in which measures are counted
/// "au mois le mois" (appel à projets VIAL, Pas-de-Calais, 2025, "Modalités de financement").
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 (January) to 12 (December).
    public let month: Int

    public enum Failure: Error, Equatable, Sendable {
        case malformed
        case monthOutOfRange(Int)
    }

    /// - Precondition: `1...12 ~= month`.
    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month \(month) is not 1 to 12")
        self.year = year
        self.month = month
    }

    /// Reads `YYYY-MM`, e.g. `2025-09`; `2025-13` is refused.
    public init(parsing text: String) throws(Failure) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]),
            parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII)
        else { throw .malformed }
        guard (1...12).contains(month) else { throw .monthOutOfRange(month) }
        self.init(year: year, month: month)
    }

    /// The plain ISO form `2025-09` read from its bytes (a counts file has a million of them); `nil` for
    /// anything else, which ``init(parsing:)`` then reads or refuses with its reason.
    public init?(isoDigits bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        func digit(_ index: Int) -> Int? { bytes[index] >= 0x30 && bytes[index] <= 0x39 ? Int(bytes[index] - 0x30) : nil }
        guard let y1 = digit(0), let y2 = digit(1), let y3 = digit(2), let y4 = digit(3), let m1 = digit(5), let m2 = digit(6),
            (1...12).contains(m1 * 10 + m2)
        else { return nil }
        self.init(year: y1 * 1000 + y2 * 100 + y3 * 10 + y4, month: m1 * 10 + m2)
    }

    /// Months since January of year 0: makes month arithmetic plain integer arithmetic.
    public var ordinal: Int { year * 12 + (month - 1) }

    public init(ordinal: Int) {
        let year = ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12
        self.init(year: year, month: ordinal - year * 12 + 1)
    }

    public func adding(months: Int) -> YearMonth { YearMonth(ordinal: ordinal + months) }

    /// Months from `self` to `other` (`2025-09` to `2026-09` is 12).
    public func months(to other: YearMonth) -> Int { other.ordinal - ordinal }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    /// ISO form, `2025-09`.
    public var description: String {
        let yearText = String(year)
        let padded = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
        return "\(padded)-\(month < 10 ? "0" : "")\(month)"
    }
}
