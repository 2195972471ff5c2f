import Enveloppe
import EnveloppeWorkbook

/// `enveloppe compare` as a workbook: the applications side by side, one column each, the CSV's figures in its order
/// (``CompareRows/columns(_:)``) as numbers a jury can sort and chart (amounts in euros, the share in percent, the low
/// point's month as a date).
struct CompareWorkbook: Worded {
    let words: Wording

    /// - Parameter rows: the rows of the text and the CSV, whose columns (``CompareRows/columns(_:)``) are the sheet's rows.
    func workbook(_ applications: [(file: String, summary: ApplicationSummary)], rows compare: CompareRows) -> Workbook {
        let l = language
        var sheet = SheetBuilder(name: l.pick("Comparaison", "Comparison"))
        sheet.note(l.pick("Candidatures côte à côte", "Applications side by side"), style: SheetStyle.title)
        if let warning = compare.differentCalls(applications) { sheet.paragraph(warning, across: applications.count + 2) }
        sheet.add(
            [.text(l.pick("Candidature", "Application"), style: SheetStyle.headerLeft)]
                + applications.map { .text($0.summary.title, style: SheetStyle.header) } + [
                    .text(l.pick("Chiffre", "Figure"), style: SheetStyle.headerLeft)
                ])
        sheet.add([.text(l.pick("Fichier", "File"), style: SheetStyle.note)] + applications.map { .text($0.file, style: SheetStyle.wrappedNote) })
        sheet.frozenRows = 3
        sheet.frozenColumns = 1
        // Each figure of the CSV, in its order, as a number the sheet can sort and chart; one that needs what the
        // scenario does not describe (a team, costs) says so instead of a zero.
        let notDescribed = Cell.text(l.pick("non décrit", "not described"), style: SheetStyle.note)
        for column in compare.columns(applications) {
            let cells = applications.map { application -> Cell in
                switch column.value(application.summary) {
                case .text(let text): Cells.text(text, SheetStyle.wrapped)
                case .count(let count): Cells.count(count)
                case .hundredths(let hundredths): Cells.hundredths(hundredths)
                case .money(let amount): Cells.money(amount)
                case .percent(let rate): Cells.rate(rate, places: 1)
                case .month(let month): Cells.month(month)
                case .notDescribed: notDescribed
                case .absent: Cells.text("—", SheetStyle.centered)
                }
            }
            sheet.add([.text(column.name.capitalizedFirst, style: SheetStyle.bold)] + cells + [.text(column.id)])
        }
        sheet.blank()
        sheet.setWidth(46, column: 0)
        for index in applications.indices { sheet.setWidth(30, column: index + 1) }
        sheet.paragraph(compare.note + l.pick(" Part hors personnel à 0,1 % près.", " Non-staff share to 0.1 %."), across: applications.count + 2)
        return Workbook(sheets: [sheet.sheet])
    }
}
