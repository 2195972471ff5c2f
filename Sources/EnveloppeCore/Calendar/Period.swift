/// A run of whole months, such as a convention's 12 months from `2025-11` to `2026-10`.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public let start: YearMonth
    /// At least 1.
    public let months: Int

    /// - Precondition: `months >= 1`.
    public init(start: YearMonth, months: Int) {
        precondition(months >= 1, "a period has at least one month (got \(months))")
        self.start = start
        self.months = months
    }

    /// The period from `start` to `end`, both included.
    public init(from start: YearMonth, through end: YearMonth) {
        self.init(start: start, months: start.months(to: end) + 1)
    }

    /// The last month, included.
    public var end: YearMonth { start.adding(months: months - 1) }

    public func contains(_ month: YearMonth) -> Bool { start <= month && month <= end }

    /// Whether `other` lies wholly inside `self`.
    public func contains(_ other: Period) -> Bool { contains(other.start) && contains(other.end) }

    /// Every month of the period, in order.
    public var allMonths: [YearMonth] { (0..<months).map { start.adding(months: $0) } }

    public var description: String { "\(start)…\(end)" }
}
