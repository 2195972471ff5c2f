import Enveloppe
import Testing

/// The monthly table's columns add up, whatever the scenario.
enum MonthlyTableLaws {
    static func check(_ report: RunReport, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let rows = report.months
        // Cumulative treasury = opening + Σ net, month after month.
        var treasury = report.treasury.opening.money ?? .zero
        var measureMonths: Int64 = 0
        for row in rows {
            treasury = try treasury + row.net
            #expect(try row.receipts - row.expenses == row.net, sourceLocation: sourceLocation)
            measureMonths += row.accompanied
            #expect(row.treasury == treasury, "treasury in \(row.month)", sourceLocation: sourceLocation)
            #expect(row.measureMonthsToDate == measureMonths, sourceLocation: sourceLocation)
        }
        // Receipts: the months' advances, balances and reversements are the payment schedule's, to the cent.
        let advances = try Money.sum(rows.map(\.advances))
        let balances = try Money.sum(rows.map(\.balances))
        let reversements = try Money.sum(rows.map(\.reversements))
        // Advances, then the instalments some funders pay after them (rules.paymentTerms.instalments).
        let instalments = try Money.sum(report.lines.flatMap { $0.periods.flatMap { $0.instalments.map(\.amount) } })
        #expect(advances == (try report.paymentTotals.advance.amount + instalments), sourceLocation: sourceLocation)
        #expect(balances == report.paymentTotals.balance.money, sourceLocation: sourceLocation)
        #expect(reversements == report.paymentTotals.reversement.money, sourceLocation: sourceLocation)
        // Expenses: the months' charges are the periods' charges.
        let charges = try Money.sum(rows.map { try $0.staff + $0.directNonStaff + $0.indirect })
        #expect(charges == (try Money.sum(report.periodCharges.map { try $0.total })), sourceLocation: sourceLocation)
        // Deposits paid come back, or are still out at the end of the table.
        let paid = try Money.sum(rows.map(\.depositsPaid))
        let returned = try Money.sum(rows.map(\.depositsReturned))
        #expect(try returned + (report.treasury.depositsOutstanding.money ?? .zero) == paid, sourceLocation: sourceLocation)
        // The low point is the lowest month.
        #expect(rows.map(\.treasury).min() == report.treasury.lowest.money, sourceLocation: sourceLocation)
        #expect(report.treasury.monthsInRed == rows.filter { $0.treasury < .zero }.map(\.month), sourceLocation: sourceLocation)
    }
}
