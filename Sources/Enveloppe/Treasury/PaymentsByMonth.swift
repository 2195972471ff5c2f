/// The funders' payments placed in the months of the monthly table: the advance and each
/// instalment in its month, the balance and the reversement in theirs.
///
/// One placement for the report's table (``MonthRow/table(projection:lines:opening:)``) and for
/// the runs of a risk simulation, which move the same payments by a number of months.
public struct PaymentsByMonth: Sendable, Hashable {
    /// Advances and instalments received, by month of the table.
    public var advances: [Money]
    public var balances: [Money]
    public var reversements: [Money]

    public init(months: Int) {
        advances = Array(repeating: .zero, count: months)
        balances = advances
        reversements = advances
    }

    /// Adds the payments of `schedule` to the months of a table that starts in `start`: every payment
    /// ahead of service fait `advanceLateness` months after its month, the balance or the reversement
    /// `balanceLateness` months after its month.
    ///
    /// - Precondition: every month falls inside the table.
    public mutating func place(_ schedule: PaymentSchedule, from start: YearMonth, advanceLateness: Int = 0, balanceLateness: Int = 0) throws {
        let a = start.months(to: schedule.advanceMonth) + advanceLateness
        advances[a] = try advances[a] + schedule.advance
        for instalment in schedule.instalments {
            let t = start.months(to: instalment.month) + advanceLateness
            advances[t] = try advances[t] + instalment.amount
        }
        let b = start.months(to: schedule.balanceMonth) + balanceLateness
        balances[b] = try balances[b] + schedule.balance
        reversements[b] = try reversements[b] + schedule.reversement
    }
}
