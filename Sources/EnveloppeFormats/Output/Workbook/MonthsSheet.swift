import Enveloppe
import EnveloppeWorkbook

/// The month-by-month sheet of `run`: households, money in and out, and the treasury, each
/// month's treasury the previous one plus receipts less expenses, as formulas, each amount rounded to the cent
/// (`ROUND(…,2)`): a spreadsheet adding amounts in binary fractions would otherwise keep -6733,29999999999.
struct MonthsSheet: Worded {
    let words: Wording

    var name: String { language.pick("Mois par mois", "Month by month") }

    /// Where the summary finds the months: the month column, the treasury column and the opening cell.
    struct Anchors {
        let months: String
        let treasury: String
        let opening: String
        let lastTreasury: String
    }

    func sheet(_ report: RunReport) -> (sheet: SheetBuilder, anchors: Anchors) {
        let l = language
        var sheet = SheetBuilder(name: name)
        sheet.noteWidth = SheetBuilder.wideSheetNoteWidth
        sheet.add(
            [
                l.pick("Mois", "Month"), l.pick("Ménages accompagnés", "Households accompanied"), l.pick("Entrées", "Entries"),
                l.pick("Sorties", "Exits"), l.pick("Ménages logés", "Households housed"),
                l.pick("Mesures-mois cumulées", "Household-months to date"), l.pick("ETP", "FTE"),
                l.pick("Avances reçues", "Advances received"), l.pick("Soldes reçus", "Balances received"),
                l.pick("Cautions restituées", "Deposits returned"), l.pick("Encaissements", "Receipts"), l.pick("Personnel", "Staff"),
                l.pick("Charges directes", "Direct charges"), l.pick("Charges indirectes", "Indirect charges"),
                l.pick("Cautions versées", "Deposits paid"), l.pick("Reversements", "Repayments"), l.pick("Décaissements", "Expenses"),
                l.pick("Flux net du mois", "Net"), l.pick("Trésorerie en fin de mois", "Treasury at month end"),
                l.pick("Service fait cumulé", "Service fait to date"), l.pick("Paiements reçus cumulés", "Payments received to date"),
            ].map { .text($0, style: SheetStyle.header) })
        let openingRow = sheet.nextRow
        var opening = Array(repeating: Cell.empty, count: 21)
        opening[0] = .text(l.pick("Trésorerie de départ", "Opening cash"), style: SheetStyle.bold)
        opening[18] = Cells.money(report.treasury.opening.amount, SheetStyle.moneyBold)
        sheet.add(opening, fits: false)
        sheet.frozenRows = 2
        sheet.frozenColumns = 1
        typealias C = Cells
        for row in report.months {
            let r = sheet.nextRow
            let p = r - 1
            let count = { (value: Int64) in row.isInProgramme ? C.count(value) : Cell.empty }
            sheet.add([
                C.month(row.month), count(row.accompanied), count(row.entries), count(row.exits), count(row.housed),
                C.count("F\(p)+B\(r)", row.measureMonthsToDate), row.isInProgramme ? C.hundredths(row.fteHundredths) : .empty,
                C.money(row.advances), C.money(row.balances), C.money(row.depositsReturned),
                C.money("ROUND(SUM(H\(r):J\(r)),2)", row.receipts, SheetStyle.moneyBold), C.money(row.staff), C.money(row.directNonStaff),
                C.money(row.indirect), C.money(row.depositsPaid), C.money(row.reversements),
                C.money("ROUND(SUM(L\(r):P\(r)),2)", row.expenses, SheetStyle.moneyBold), C.money("ROUND(K\(r)-Q\(r),2)", row.net),
                C.money("ROUND(S\(p)+K\(r)-Q\(r),2)", row.treasury, SheetStyle.moneyBold), C.money(row.serviceFaitToDate),
                C.money("ROUND(U\(p)+H\(r)+I\(r)-P\(r),2)", row.paymentsToDate),
            ])
        }
        let last = sheet.nextRow - 1
        sheet.blank()
        sheet.note(MonthlyTable(words: words).note)
        sheet.note(
            l.pick(
                "Trésorerie = trésorerie du mois précédent + encaissements − décaissements ; service fait cumulé : chaque convention sur ses unités-mois à date, arrondi une fois sur le cumul.",
                "Treasury = previous month's treasury + receipts − expenses; service fait to date: each convention on its unit-months so far, rounded once on the running total."
            ))
        sheet.setWidth(22, column: 0)
        return (
            sheet,
            Anchors(
                months: "$A$\(openingRow + 1):$A$\(last)", treasury: "$S$\(openingRow + 1):$S$\(last)", opening: "$S$\(openingRow)",
                lastTreasury: "$S$\(last)")
        )
    }
}
