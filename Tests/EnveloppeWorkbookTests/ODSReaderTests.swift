import Testing

@testable import EnveloppeWorkbook

/// Hand-written content.xml in the shapes LibreOffice and other tools produce.
@Suite struct ODSReaderTests {
    static let namespaces =
        #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0""#

    func package(_ tables: String) -> [UInt8] {
        var zip = ZIPWriter()
        zip.add("mimetype", Array(ODSWriter.mimetype.utf8))
        zip.add(
            "content.xml",
            Array(
                "<office:document-content \(Self.namespaces)><office:body><office:spreadsheet>\(tables)</office:spreadsheet></office:body></office:document-content>"
                    .utf8))
        return zip.finish()
    }

    @Test func valueTypesTextAndFormulas() throws {
        let table = #"""
            <table:table table:name="Feuille 1"><table:table-column table:number-columns-repeated="1024"/>
            <table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><text:p>En<text:span>tête</text:span></text:p></table:table-cell></table:table-row></table:table-header-rows>
            <table:table-row>
              <table:table-cell office:value-type="float" office:value="1234.56" table:formula="of:=SUM([.A1:.A2])"><text:p>1234,56</text:p></table:table-cell>
              <table:table-cell office:value-type="currency" office:currency="EUR" office:value="-2"><text:p>-2,00 €</text:p></table:table-cell>
              <table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25 %</text:p></table:table-cell>
              <table:table-cell office:value-type="date" office:date-value="2025-09-01T10:00:00"><text:p>sept. 2025</text:p></table:table-cell>
              <table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>FAUX</text:p></table:table-cell>
              <table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>
              <table:table-cell table:formula="msoxl:=B2*2"/>
              <table:table-cell office:value-type="string"><office:annotation><text:p>note</text:p></office:annotation><text:p><text:s text:c="2"/>a<text:s/>b<text:tab/>c<text:line-break/>d</text:p><text:p>e</text:p></table:table-cell>
            </table:table-row>
            <table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
            </table:table><table:table table:name="Vide"/>
            """#
        let read = try WorkbookReader.read(package(table))
        #expect(read.format == .ods)
        #expect(read.sheets.map(\.name) == ["Feuille 1", "Vide"])
        let rows = read.sheets[0].rows
        #expect(rows.count == 2)
        #expect(
            rows.map { $0.map(\.value) } == [
                [.text("Entête")],
                [
                    .number("1234.56"), .number("-2"), .number("0.25"), .date(year: 2025, month: 9, day: 1), .boolean(false), .error("#DIV/0!"),
                    .missingCachedValue, .text("  a b\tc\nd\ne"),
                ],
            ])
        #expect(rows[1].map(\.formula) == ["SUM([.A1:.A2])", nil, nil, nil, nil, "1/0", "B2*2", nil])
        #expect(read.sheets[1].rows.isEmpty)
    }

    @Test func repeatedCellsAndRowsExpandOnlyWhenNotEmpty() throws {
        let table = #"""
            <table:table table:name="R">
            <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="7"/><table:covered-table-cell/><table:table-cell table:number-columns-repeated="16000"/></table:table-row>
            <table:table-row table:number-rows-repeated="5"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            <table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            </table:table>
            """#
        let rows = try WorkbookReader.read(package(table)).sheets[0].rows
        let seven = ReadValue.number("7")
        #expect(rows.map { $0.map(\.value) } == [[seven, seven, seven], [seven, seven, seven], [], [], [], [], [], [.empty, .empty, .text("x")]])
        #expect(rows[7][2].reference == "C8")
    }

    @Test func repetitionIsBoundedByTheCellLimit() {
        let table =
            #"<table:table table:name="R"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table>"#
        #expect(throws: WorkbookError.tooManyCells(limit: 1000)) {
            try WorkbookReader.read(package(table), limits: WorkbookLimits(maximumCells: 1000))
        }
        #expect(throws: WorkbookError.tooManyCells(limit: WorkbookLimits.standard.maximumCells)) { try WorkbookReader.read(package(table)) }
    }

    @Test func formulaPrefixes() {
        #expect(ODSReader.stripNamespace("of:=SUM([.A1])") == "SUM([.A1])")
        #expect(ODSReader.stripNamespace("msoxl:=A1") == "A1")
        #expect(ODSReader.stripNamespace("=A1") == "A1")
        #expect(ODSReader.stripNamespace("A1:=B") == "A1:=B")
    }
}
