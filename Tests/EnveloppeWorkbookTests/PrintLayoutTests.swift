import Foundation
import Testing

@testable import EnveloppeWorkbook

@Suite struct PrintLayoutTests {
    func part(_ name: String, of bytes: [UInt8]) throws -> String {
        let entry = try #require(try ZIPReader.entries(bytes).first { $0.name == name })
        return String(decoding: try ZIPReader.contents(of: entry, in: bytes, limit: 1 << 24), as: UTF8.self)
    }

    /// A sheet of one row with a text in each column of these widths.
    static func sheet(_ widths: [Int], frozenColumns: Int = 0, landscape: Bool = true, printedColumns: Int? = nil) -> Sheet {
        Sheet(
            name: "S", columnWidths: widths, rows: [widths.map { _ in .text("x") }], frozenColumns: frozenColumns, landscape: landscape,
            printedColumns: printedColumns)
    }

    /// The two rows of the table in ``PrintLayout``'s documentation.
    @Test func theDocumentedExamples() {
        #expect(PrintLayout(PrintLayoutTests.sheet([56, 18, 64, 40])) == .fitToWidth)
        #expect(PrintLayout.printedWidths(PrintLayoutTests.sheet([56, 18, 64, 40])).reduce(0, +) == 3462)
        let monthly = SampleWorkbooks.monthly.sheets[0]
        #expect(PrintLayout.printedWidths(monthly).reduce(0, +) == 5968)
        #expect(PrintLayout(monthly) == .flowing(scale: 82))
        let titles = PrintLayout.printedWidths(monthly)[0]
        #expect(PrintLayout.pagesAcross(PrintLayout.printedWidths(monthly), titles: titles, capacity: 2710 * 100 / 82) == 2)
        // Fitted to one page, the monthly table would print at 45 %: 4.5 points.
        #expect(2710 * 100 / 5968 == 45)
    }

    /// Every layout keeps the text at 70 % or more: fitted only when that holds, otherwise flowing over as few
    /// pages across as at 70 %, at the largest scale that keeps to them.
    @Test(arguments: 1...40) func neverBelowSeventyPercent(_ columns: Int) {
        for frozen in [0, 1, 2] where frozen < columns {
            for landscape in [true, false] {
                // Widths that vary from column to column, as a table's do.
                let widths = (0..<columns).map { 6 + ($0 * 7 + columns) % 30 }
                let sheet = PrintLayoutTests.sheet(widths, frozenColumns: frozen, landscape: landscape)
                let printed = PrintLayout.printedWidths(sheet)
                let total = printed.reduce(0, +)
                let printable = PrintLayout.printableWidth(landscape: landscape)
                switch PrintLayout(sheet) {
                case .fitToWidth:
                    #expect(total * 70 <= printable * 100, "\(widths)")
                case .flowing(let scale):
                    #expect(total * 70 > printable * 100, "\(widths)")
                    #expect((70...100).contains(scale), "\(widths)")
                    let titles = printed.prefix(frozen).reduce(0, +)
                    let pages = { (scale: Int) in PrintLayout.pagesAcross(printed, titles: titles, capacity: printable * 100 / scale) }
                    #expect(pages(scale) == pages(70), "\(widths)")
                    if scale < 100 { #expect(pages(scale + 1) > pages(70), "\(widths)") }
                }
            }
        }
    }

    @Test func pagesAcrossFillEachPageAndRepeatTheTitles() {
        // 10 | 10 10 | … : a page of 25 holds 2 columns, then the title and one more.
        #expect(PrintLayout.pagesAcross([10, 10, 10, 10, 10], titles: 0, capacity: 25) == 3)
        #expect(PrintLayout.pagesAcross([10, 10, 10, 10, 10], titles: 10, capacity: 25) == 4)
        // A column wider than a page still gets one.
        #expect(PrintLayout.pagesAcross([40], titles: 0, capacity: 25) == 1)
        #expect(PrintLayout.pagesAcross([], titles: 0, capacity: 25) == 1)
    }

    /// A column for tools left off paper does not make the sheet flow; empty trailing cells count for nothing.
    @Test func onlyThePrintedColumnsThatHoldSomethingCount() {
        let widths = [9, 30, 80, 50, 49]
        #expect(PrintLayout(PrintLayoutTests.sheet(widths)) == .flowing(scale: 100))
        #expect(PrintLayout(PrintLayoutTests.sheet(widths, printedColumns: 4)) == .fitToWidth)
        var sheet = PrintLayoutTests.sheet(widths)
        sheet.rows = [[.text("a"), .text("b"), .text("c"), .text("d"), .empty]]
        #expect(PrintLayout(sheet) == .fitToWidth)
    }

    @Test func theXLSXSaysHowToPrint() throws {
        var workbook = SampleWorkbooks.monthly
        workbook.sheets.append(
            Sheet(name: "Contrôles", columnWidths: [10, 20, 30], rows: [[.text("a"), .text("b"), .text("c")]], printedColumns: 2))
        let bytes = XLSXWriter.bytes(workbook)
        let sheet = try part("xl/worksheets/sheet1.xml", of: bytes)
        #expect(!sheet.contains("fitToPage"))
        expectPart(sheet, #"<pageSetup paperSize="9" orientation="landscape" scale="82" pageOrder="overThenDown"/>"#)
        let narrow = try part("xl/worksheets/sheet2.xml", of: bytes)
        expectPart(narrow, #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#)
        expectPart(narrow, #"<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>"#)
        expectPart(
            try part("xl/workbook.xml", of: bytes),
            #"<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Mois par mois'!$A:$A,'Mois par mois'!$1:$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">'Contrôles'!$A$1:$B$1</definedName></definedNames><calcPr"#
        )
    }

    @Test func theODSSaysHowToPrint() throws {
        var workbook = SampleWorkbooks.monthly
        workbook.sheets.append(
            Sheet(name: "Contrôles", columnWidths: [10, 20, 30], rows: [[.text("a"), .text("b"), .text("c")]], printedColumns: 2))
        let bytes = ODSWriter.bytes(workbook)
        let styles = try part("styles.xml", of: bytes)
        expectPart(styles, #"<style:page-layout style:name="pm3"><style:page-layout-properties fo:page-width="29.7cm""#)
        expectPart(styles, #"style:scale-to="82%" style:print-page-order="ltr"/></style:page-layout>"#)
        expectPart(styles, #"<style:master-page style:name="Landscape82" style:page-layout-name="pm3"/>"#)
        let content = try part("content.xml", of: bytes)
        expectPart(content, #"<style:style style:name="ta3" style:family="table" style:master-page-name="Landscape82">"#)
        expectPart(content, #"<table:table table:name="Mois par mois" table:style-name="ta3"><table:table-header-columns><table:table-column"#)
        expectPart(content, #"table:default-cell-style-name="Default"/></table:table-header-columns><table:table-column"#)
        expectPart(content, #"<table:table table:name="Contrôles" table:style-name="ta1" table:print-ranges="'Contrôles'.A1:'Contrôles'.B1">"#)
    }

    /// LibreOffice reads both files' page setup: each file saved again in the other format by LibreOffice keeps
    /// the scale, the repeated rows and columns and the page order; and the .ods prints on two pages across, the
    /// scale the layout chose (fitted, the table took one page at 45 %).
    @Test func libreOfficeUnderstandsThePageSetup() throws {
        guard ExternalTools.which("soffice") != nil, let python = ExternalTools.python(with: ["openpyxl"]) else {
            ExternalTools.skip("LibreOffice (soffice) or python3 with openpyxl is not installed")
            return
        }
        let folder = try ExternalTools.temporaryFolder("lo-print")
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("from-xlsx.xlsx")
        let ods = folder.appendingPathComponent("from-ods.ods")
        try Data(XLSXWriter.bytes(SampleWorkbooks.monthly)).write(to: xlsx)
        try Data(ODSWriter.bytes(SampleWorkbooks.monthly)).write(to: ods)
        let saved = folder.appendingPathComponent("saved")
        _ = try ExternalTools.soffice(["--convert-to", "ods", "--outdir", saved.path, xlsx.path])
        _ = try ExternalTools.soffice(["--convert-to", "xlsx", "--outdir", saved.path, ods.path])
        _ = try ExternalTools.soffice(["--convert-to", "pdf", "--outdir", saved.path, ods.path])

        // Our .ods, as LibreOffice writes it in .xlsx.
        let script = """
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["Mois par mois"]
            print(ws.page_setup.scale, bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
                  ws.print_title_rows, ws.print_title_cols, ws.page_setup.pageOrder, ws.page_setup.orientation, sep="|")
            """
        let result = try ExternalTools.runPython(python, script, [saved.appendingPathComponent("from-ods.xlsx").path])
        #expect(result.status == 0, "\(result.error)")
        // openpyxl writes the titles with or without `$`, depending on its version.
        let fields = result.output.trimmingCharacters(in: .whitespacesAndNewlines).replacing("$", with: "")
        #expect(fields == "82|False|1:2|A:A|overThenDown|landscape")

        // Our .xlsx, as LibreOffice writes it in .ods.
        let bytes = [UInt8](try Data(contentsOf: saved.appendingPathComponent("from-xlsx.ods")))
        let content = try part("content.xml", of: bytes)
        expectPart(content, "<table:table-header-columns>")
        expectPart(content, "<table:table-header-rows>")
        let styles = try part("styles.xml", of: bytes)
        expectPart(styles, #"style:scale-to="82%""#)
        #expect(!styles.contains("scale-to-X"))

        // Twelve months and their header on one page down, 21 columns on two across.
        let pdf = [UInt8](try Data(contentsOf: saved.appendingPathComponent("from-ods.pdf")))
        #expect(PrintLayoutTests.pageCount(pdf) == 2)
    }

    /// The pages of a PDF as LibreOffice writes it: its `/Type/Page` dictionaries (not `/Type/Pages`).
    static func pageCount(_ pdf: [UInt8]) -> Int {
        let marker = Array("/Type/Page".utf8)
        var count = 0
        var index = 0
        while index + marker.count < pdf.count {
            if pdf[index] == marker[0], Array(pdf[index..<(index + marker.count)]) == marker, pdf[index + marker.count] != UInt8(ascii: "s") {
                count += 1
            }
            index += 1
        }
        return count
    }
}
