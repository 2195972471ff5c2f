import Enveloppe
import EnveloppeWorkbook
import Testing

@testable import EnveloppeFormats

@Suite struct SheetBuilderTests {
    @Test func columnsAreLettersAsInTheSpreadsheet() {
        #expect(SheetBuilder.column(0) == "A" && SheetBuilder.column(25) == "Z" && SheetBuilder.column(26) == "AA")
        #expect(SheetBuilder.column(16_383) == "XFD")
        #expect(SheetBuilder.cell(18, 5) == "S5")
        #expect(SheetBuilder.on("Mois par mois", "S5") == "'Mois par mois'!S5")
        #expect(SheetBuilder.on("L'été", "A1") == "'L''été'!A1")
    }

    @Test func longSumsAreCutUnderExcelsArgumentLimit() {
        let cells = (1...450).map { "A\($0)" }
        let formula = SheetBuilder.sum(cells)
        #expect(formula.components(separatedBy: "SUM(").count - 1 == 3)
        #expect(SheetBuilder.sum([]) == "0")
    }

    @Test func ratesAreExactDecimals() {
        #expect(Cells.decimal(Rate(percent: 60)) == "0.6")
        #expect(Cells.decimal(Rate(1, over: 8)) == "0.125")
        #expect(Cells.decimal(Rate(percent: 100)) == "1")
        #expect(Cells.decimal(Rate(1, over: 3)) == nil)
        #expect(Cells.rate(Rate(1, over: 8)).style.format == .percent(places: 1))
        #expect(Cells.rate(Rate(1, over: 3)).value == .number("0.3333"))
    }

    @Test func amountsAreWrittenFromCents() {
        #expect(Cells.money(Money(cents: -1_093_750)).value == .number("-10937.50"))
        #expect(Cells.money(Money(cents: 5)).value == .number("0.05"))
        #expect(Cells.hundredths(750).value == .number("7.50") && Cells.hundredths(750).style.format == .decimal(places: 2))
        #expect(Cells.hundredths(74_400).value == .number("744") && Cells.hundredths(74_400).style.format == .integer)
    }

    @Test func widthsFitWhatTheCellsShow() {
        var builder = SheetBuilder(name: "S")
        builder.add([.text("Mois", style: SheetStyle.header), Cells.money(Money(cents: -24_040_000))])
        builder.add([.text("Une phrase longue qui déborde", style: SheetStyle.note)], fits: false)
        let sheet = builder.sheet
        // "Mois" in bold, and "-240 400,00 €" (13 characters); two more each for the margins.
        #expect(sheet.columnWidths == [7, 15])
        #expect(SheetBuilder.numberWidth("1234567.89", .currency) == 14)
    }

    @Test func wrappedRowsAreTallEnoughForTheirLines() {
        #expect(SheetBuilder.wrappedLines("un deux trois", capacity: 20) == 1)
        #expect(SheetBuilder.wrappedLines("un deux trois", capacity: 8) == 2)
        #expect(SheetBuilder.wrappedLines("anticonstitutionnellement", capacity: 10) == 3)
        var builder = SheetBuilder(name: "S")
        builder.add([.text(String(repeating: "mot ", count: 60), style: SheetStyle.wrapped)])
        builder.add([.text("court", style: SheetStyle.wrapped)])
        builder.setWidth(40, column: 0)
        let sheet = builder.sheet
        #expect(sheet.rowHeights[0].map { $0 > 15 } == true)
        #expect(sheet.rowHeights[1] == nil)
        #expect(SheetBuilder.lines("a bb ccc dddd", width: 6) == ["a bb", "ccc", "dddd"])
        // A bold header is wider than plain text: in 15 characters, "Unit-months that" no longer holds on one line.
        var headers = SheetBuilder(name: "S")
        headers.add([.text("Unit-months that amount funds", style: SheetStyle.header)])
        headers.add([.text("Unit-months that amount funds", style: SheetStyle.wrapped)])
        headers.setWidth(15, column: 0)
        #expect(headers.sheet.rowHeights == [0: 46, 1: 31])
    }
}
