/// One envelope line as a scenario uses it: its grant, unit costs and payments.
public struct LineReport: Sendable, Hashable {
    /// The line after the scenario's settings.
    public let line: EnvelopeLine
    /// What the line pays per unit-month, as the call states it.
    public let price: UnitPrice
    public let amount: Figure
    public let perUnitYear: Figure
    public let perUnitMonth: Figure
    public let plannedUnitMonths: Figure
    public let deliveredUnitMonths: Figure
    public let schedule: PaymentSchedule
    /// advance, serviceFait, due, balance, reversement, in that order.
    public let payments: [Figure]
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
