extension MonthRow {
    /// The monthly table: households, money in and out, and the treasury, from the first
    /// convention month to the last payment.
    ///
    /// Advances, instalments and balances are placed in the months the payments say; the service fait
    /// earned to date is each convention's own formula applied to its running unit-months,
    /// rounded once on the running total, so that when a convention ends its column holds
    /// exactly the service fait it is paid on.
    public static func table(projection: Projection, lines: [LineGrant], opening: Money) throws -> [MonthRow] {
        let programme = projection.programme
        let tableMonths = projection.tableMonths
        var payments = PaymentsByMonth(months: tableMonths)
        for line in lines {
            for period in line.periods { try payments.place(period.schedule, from: programme.start) }
        }
        let (advances, balances, reversements) = (payments.advances, payments.balances, payments.reversements)
        let households = projection.households
        let costs = projection.allCosts
        // Every convention of every line: its months in the table, its operators, its service fait formula.
        var conventions: [(line: EnvelopeLine, months: ClosedRange<Int>, operators: [Int]?, basis: UnitPrice, units: Int64)] = []
        for line in lines {
            for (index, period) in line.periods.enumerated() {
                let months = programme.start.months(to: period.period.start)...programme.start.months(to: period.period.end)
                if line.isPerOperator {
                    for (position, own) in line.conventions[index].enumerated() {
                        conventions.append((line.line, months, [position], own.serviceFaitBasis!, 0))
                    }
                } else {
                    conventions.append((line.line, months, nil, period.serviceFaitBasis!, 0))
                }
            }
        }
        var rows: [MonthRow] = []
        rows.reserveCapacity(tableMonths)
        var treasury = opening
        var measureMonths: Int64 = 0
        var paymentsToDate = Money.zero
        for t in 0..<tableMonths {
            let inProgramme = t < programme.months
            let count = { (series: (HouseholdProjection) -> [Int64]) in
                inProgramme ? households.reduce(Int64(0)) { $0 + series($1)[t] } : 0
            }
            let money = { (series: (CostProjection) -> [Money]) in try Money.sum(costs.map { series($0)[t] }) }
            measureMonths += count(\.accompanied)
            var serviceFait = Money.zero
            for index in conventions.indices {
                if conventions[index].months.contains(t) {
                    conventions[index].units += projection.unitMonths(of: conventions[index].line, at: t, operators: conventions[index].operators)
                }
                serviceFait = try serviceFait + conventions[index].basis.cost(ofUnitMonthHundredths: conventions[index].units)
            }
            paymentsToDate = try paymentsToDate + advances[t] + balances[t] - reversements[t]
            let row = try MonthRow(
                month: projection.month(t), isInProgramme: inProgramme,
                accompanied: count(\.accompanied), entries: count(\.entries), exits: count(\.exits),
                housed: count(\.housed), measureMonthsToDate: measureMonths,
                fteHundredths: inProgramme ? costs.reduce(Int64(0)) { $0 + $1.fteHundredths[t] } : 0,
                advances: advances[t], balances: balances[t], depositsReturned: try money(\.depositsReturned),
                staff: try money(\.staff), directNonStaff: try money(\.directNonStaff), indirect: try money(\.indirect),
                depositsPaid: try money(\.depositsPaid), reversements: reversements[t], serviceFaitToDate: serviceFait,
                paymentsToDate: paymentsToDate, previousTreasury: treasury)
            treasury = row.treasury
            rows.append(row)
        }
        return rows
    }
}
