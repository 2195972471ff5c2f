/// One envelope line as a scenario uses it: its grant, unit costs and, for each
/// convention period, the activity and the payments.
public struct LineReport: Sendable, Hashable {
    /// The line after the scenario's settings.
    public let line: EnvelopeLine
    /// What the line pays per unit-month, as the call states it.
    public let price: UnitPrice
    /// The grant for one convention period.
    public let amount: Figure
    public let perUnitYear: Figure
    public let perUnitMonth: Figure
    public let periods: [LinePeriod]

    /// The first period's payments.
    public var schedule: PaymentSchedule { periods[0].schedule }
    /// The first period's figures: grant, advance, service fait, due, balance, reversement.
    public var payments: [Figure] { periods[0].payments }
}

/// A line in one convention period: planned and delivered unit-months, and what is paid when.
public struct LinePeriod: Sendable, Hashable {
    public let period: Period
    public let plannedUnitMonths: Figure
    public let deliveredUnitMonths: Figure
    public let schedule: PaymentSchedule
    /// grant, advance, serviceFait, due, balance, reversement, in that order.
    public let payments: [Figure]
    public let advanceMonth: YearMonth
    public let balanceMonth: YearMonth
}

/// One operator's part of each line, when the application has several.
public struct OperatorShare: Sendable, Hashable {
    public let operatorID: String
    public let name: String
    public let territory: String?
    public let households: Int64
    public let fte: FTE
    /// One figure per envelope line, in the lines' order.
    public let shares: [Figure]
    public let total: Figure
}
