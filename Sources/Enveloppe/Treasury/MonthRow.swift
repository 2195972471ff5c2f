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
    /// advances + balances + deposits returned.
    public let receipts: Money
    /// staff + direct + indirect + deposits paid + reversements.
    public let expenses: Money
    /// receipts − expenses.
    public let net: Money
    /// Cash at the end of the month: the previous month's plus `net`.
    public let treasury: Money

    init(
        month: YearMonth, isInProgramme: Bool, accompanied: Int64, entries: Int64, exits: Int64, housed: Int64,
        measureMonthsToDate: Int64, fteHundredths: Int64, advances: Money, balances: Money, depositsReturned: Money,
        staff: Money, directNonStaff: Money, indirect: Money, depositsPaid: Money, reversements: Money,
        serviceFaitToDate: Money, paymentsToDate: Money, previousTreasury: Money
    ) throws {
        self.month = month
        self.isInProgramme = isInProgramme
        self.accompanied = accompanied
        self.entries = entries
        self.exits = exits
        self.housed = housed
        self.measureMonthsToDate = measureMonthsToDate
        self.fteHundredths = fteHundredths
        self.advances = advances
        self.balances = balances
        self.depositsReturned = depositsReturned
        self.staff = staff
        self.directNonStaff = directNonStaff
        self.indirect = indirect
        self.depositsPaid = depositsPaid
        self.reversements = reversements
        self.serviceFaitToDate = serviceFaitToDate
        self.paymentsToDate = paymentsToDate
        receipts = try advances + balances + depositsReturned
        expenses = try Money.sum([staff, directNonStaff, indirect, depositsPaid, reversements])
        net = try receipts - expenses
        treasury = try previousTreasury + net
    }
}
