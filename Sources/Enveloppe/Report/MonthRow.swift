/// One month of the projection: households, activity, money in and out, treasury.
public struct MonthRow: Sendable, Hashable {
    public let month: YearMonth
    /// Whether the month is inside a convention period (after it, only payments and returns remain).
    public let isInProgramme: Bool
    public let accompanied: Int64
    public let entries: Int64
    public let exits: Int64
    public let housed: Int64
    public let measureMonthsToDate: Int64
    public let fteHundredths: Int64
    public let advances: Money
    public let balances: Money
    public let depositsReturned: Money
    public let staff: Money
    public let directNonStaff: Money
    public let indirect: Money
    public let depositsPaid: Money
    public let reversements: Money
    /// Service fait earned to date, all lines (each line rounded once on its running total).
    public let serviceFaitToDate: Money
    /// Advances and balances received less reversements paid, to date.
    public let paymentsToDate: Money
    /// Cash at the end of the month.
    public let treasury: Money

    /// advances + balances + deposits returned.
    public var receipts: Money { get throws { try advances + balances + depositsReturned } }
    /// staff + direct + indirect + deposits paid + reversements.
    public var expenses: Money { get throws { try staff + directNonStaff + indirect + depositsPaid + reversements } }
    public var net: Money { get throws { try receipts - expenses } }
}

/// The treasury's key figures: the lowest point, the working capital the association
/// must finance itself, and the months spent below zero.
public struct TreasurySummary: Sendable, Hashable {
    public let opening: Figure
    public let lowest: Figure
    public let lowestMonth: YearMonth
    public let workingCapitalNeed: Figure
    public let monthsInRed: [YearMonth]
    /// Deposits of households whose lease slides after the table's last month.
    public let depositsOutstanding: Figure
}
