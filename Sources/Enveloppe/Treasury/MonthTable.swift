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
            for index in line.periods.indices { try payments.place(line.periods[index].schedule, from: programme.start) }
        }
        let (advances, balances, reversements) = (payments.advances, payments.balances, payments.reversements)
        let costs = projection.total
        // Households added over the operators month by month, once for the table (not at each month and series), each
        // series through its buffer (by index, each month of each operator's four series was checked for its bounds
        // and its sum's for being shared: 2 % of a national run's instructions).
        let none = [Int64](repeating: 0, count: programme.months)
        var counted = (accompanied: none, entries: none, exits: none, housed: none)
        projection.households.withUnsafeBufferPointer { households in
            for o in households.indices {
                add(households[o].accompanied, into: &counted.accompanied)
                add(households[o].entries, into: &counted.entries)
                add(households[o].exits, into: &counted.exits)
                add(households[o].housed, into: &counted.housed)
            }
        }
        // Every convention of every line: its operator (nil: all), its service fait formula, its unit-months and
        // service fait so far. A line's conventions of one period share their months in the table and their line (by
        // its index, so that a thousand conventions do not copy a thousand lines): a month looks at a period once, and
        // only at the conventions running in it.
        var conventions: [(operatorIndex: Int?, basis: UnitPrice, units: Int64, earned: Money)] = []
        var periods: [ConventionSpan] = []
        // (Each convention's payments read by position, not copied whole.)
        for (lineIndex, line) in lines.enumerated() {
            for index in line.periods.indices {
                let period = line.periods[index].period
                let months = programme.start.months(to: period.start)...programme.start.months(to: period.end)
                let firstConvention = conventions.count
                if line.isPerOperator {
                    for position in line.ownAmounts[index].indices {
                        conventions.append((position, line.ownAmounts[index][position].basis, 0, .zero))
                    }
                } else {
                    conventions.append((nil, line.periods[index].serviceFaitBasis!, 0, .zero))
                }
                periods.append(
                    ConventionSpan(
                        line: lineIndex, firstMonth: months.lowerBound, lastMonth: months.upperBound, start: firstConvention,
                        end: conventions.count))
            }
        }
        let envelopeLines = lines.map(\.line)
        // Service fait earned to date over every convention, kept as a running sum: a month changes only the
        // conventions running in it.
        var serviceFait = Money.zero
        var rows: [MonthRow] = []
        rows.reserveCapacity(tableMonths)
        var treasury = opening
        var measureMonths: Int64 = 0
        var paymentsToDate = Money.zero
        for t in 0..<tableMonths {
            let inProgramme = t < programme.months
            let count = { (series: [Int64]) in inProgramme ? series[t] : 0 }
            let accompanied = count(counted.accompanied)
            measureMonths += accompanied
            for period in periods where period.firstMonth <= t && t <= period.lastMonth {
                let line = envelopeLines[period.line]
                for index in period.start..<period.end {
                    let units =
                        if let position = conventions[index].operatorIndex {
                            projection.unitMonths(of: line, at: t, operatorAt: position)
                        } else {
                            projection.unitMonths(of: line, at: t)
                        }
                    conventions[index].units += units
                    let earned = try conventions[index].basis.cost(ofUnitMonthHundredths: conventions[index].units)
                    serviceFait = try serviceFait + earned - conventions[index].earned
                    conventions[index].earned = earned
                }
            }
            paymentsToDate = try paymentsToDate + advances[t] + balances[t] - reversements[t]
            let row = try MonthRow(
                month: projection.month(t), isInProgramme: inProgramme,
                accompanied: accompanied, entries: count(counted.entries), exits: count(counted.exits),
                housed: count(counted.housed), measureMonthsToDate: measureMonths,
                fteHundredths: inProgramme ? costs.fteHundredths[t] : 0,
                advances: advances[t], balances: balances[t], depositsReturned: costs.depositsReturned[t],
                staff: costs.staff[t], directNonStaff: costs.directNonStaff[t], indirect: costs.indirect[t],
                depositsPaid: costs.depositsPaid[t], reversements: reversements[t], serviceFaitToDate: serviceFait,
                paymentsToDate: paymentsToDate, previousTreasury: treasury)
            treasury = row.treasury
            rows.append(row)
        }
        return rows
    }

    /// Adds an operator's series into the programme's, month by month.
    ///
    /// - Precondition: the series covers the programme's months.
    private static func add(_ series: [Int64], into sum: inout [Int64]) {
        precondition(series.count >= sum.count, "a series over the programme")
        sum.withUnsafeMutableBufferPointer { sum in
            series.withUnsafeBufferPointer { series in
                for t in sum.indices { sum[t] += series[t] }
            }
        }
    }
}

/// A line's conventions of one period in the monthly table: the table's months the period runs over
/// (`firstMonth...lastMonth`) and the places of its conventions (`start..<end`). Whole numbers rather than ranges: an array of
/// ranges has its type made at run time with the bounds' comparison looked up through the whole program's list of
/// conformances, twice, at each start of the command (docs/performance.md, fifteenth pass).
private struct ConventionSpan {
    let line: Int
    let firstMonth: Int
    let lastMonth: Int
    let start: Int
    let end: Int
}
