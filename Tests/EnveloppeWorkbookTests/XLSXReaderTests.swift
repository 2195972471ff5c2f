import Testing

@testable import EnveloppeWorkbook

/// Hand-written .xlsx parts in the shapes other tools produce.
@Suite struct XLSXReaderTests {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// A package with one sheet part; the other parts are optional.
    func package(sheet: String, sharedStrings: String? = nil, styles: String? = nil, workbook: String? = nil) -> [UInt8] {
        var zip = ZIPWriter()
        zip.add("[Content_Types].xml", Array("<Types/>".utf8))
        zip.add(
            "_rels/.rels",
            Array(
                #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>"#
                    .utf8))
        zip.add(
            "xl/workbook.xml",
            Array(
                (workbook
                    ?? #"<x:workbook xmlns:x="\#(Self.mainNamespace)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Feuille" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>"#)
                    .utf8))
        var relations =
            #"<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/../worksheets/data.xml"/>"#
        if sharedStrings != nil {
            relations +=
                #"<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>"#
        }
        if styles != nil {
            relations +=
                #"<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        }
        zip.add(
            "xl/_rels/workbook.xml.rels",
            Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(relations)</Relationships>"#.utf8))
        zip.add("xl/worksheets/data.xml", Array(sheet.utf8))
        if let sharedStrings { zip.add("xl/strings.xml", Array(sharedStrings.utf8)) }
        if let styles { zip.add("xl/styles.xml", Array(styles.utf8)) }
        return zip.finish()
    }

    func values(_ bytes: [UInt8]) throws -> [[ReadValue]] {
        try WorkbookReader.read(bytes).sheets[0].rows.map { $0.map(\.value) }
    }

    @Test func prefixedPartsSharedStringsAndEveryCellType() throws {
        let sheet = #"""
            <x:worksheet xmlns:x="\#(Self.mainNamespace)"><x:sheetData>
            <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="D1" t="b"><x:v>1</x:v></x:c></x:row>
            <x:row r="3"><x:c r="A3" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="B3" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c>
              <x:c r="C3"><x:f>SUM(A1:A2)</x:f></x:c><x:c r="D3" t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t xml:space="preserve"> line</x:t></x:r></x:is></x:c>
              <x:c r="E3"><x:v>1.2345E+2</x:v></x:c><x:c r="F3" t="d"><x:v>2025-09-01T00:00:00Z</x:v></x:c></x:row>
            </x:sheetData></x:worksheet>
            """#
        let strings =
            #"<sst xmlns="\#(Self.mainNamespace)" count="2"><si><t>Simple</t></si><si><r><rPr><b/></rPr><t>Ri</t></r><r><t>ch</t></r><rPh><t>フリ</t></rPh></si></sst>"#
        let read = try WorkbookReader.read(package(sheet: sheet, sharedStrings: strings))
        #expect(read.format == .xlsx)
        #expect(read.sheets.map(\.name) == ["Feuille"])
        let rows = read.sheets[0].rows
        #expect(
            rows.map { $0.map(\.value) } == [
                [.text("Simple"), .text("Rich"), .empty, .boolean(true)],
                [],
                [.error("#DIV/0!"), .text("ab"), .missingCachedValue, .text("in line"), .number("1.2345E+2"), .date(year: 2025, month: 9, day: 1)],
            ])
        #expect(rows[2].map(\.formula) == ["1/0", "\"a\"&\"b\"", "SUM(A1:A2)", nil, nil, nil])
        #expect(read.sheets[0].cell("C1")?.reference == "C1")
        #expect(read.sheets[0].cell("Z9") == nil)
    }

    @Test func cellsWithoutReferencesAreCounted() throws {
        let sheet =
            #"<worksheet xmlns="\#(Self.mainNamespace)"><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c/><c><v>3</v></c></row></sheetData></worksheet>"#
        #expect(try values(package(sheet: sheet)) == [[.number("1"), .number("2")], [.empty, .number("3")]])
    }

    @Test func datesComeFromTheCellStyle() throws {
        let styles = #"""
            <styleSheet xmlns="\#(Self.mainNamespace)"><numFmts count="3"><numFmt numFmtId="164" formatCode="[$-40C]mmm\ yyyy;@"/>
            <numFmt numFmtId="165" formatCode="#,##0.00\ &quot;€&quot;"/><numFmt numFmtId="166" formatCode="&quot;day&quot;0"/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
            <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="47"/></cellXfs></styleSheet>
            """#
        let sheet =
            #"<worksheet xmlns="\#(Self.mainNamespace)"><sheetData><row r="1"><c s="0"><v>45901</v></c><c s="1"><v>45901</v></c><c s="2"><v>45901.75</v></c><c s="3"><v>45901</v></c><c s="4"><v>45901</v></c><c s="5"><v>0.5</v></c><c s="99"><v>7</v></c></row></sheetData></worksheet>"#
        let september = ReadValue.date(year: 2025, month: 9, day: 1)
        #expect(
            try values(package(sheet: sheet, styles: styles)) == [
                [
                    .number("45901"), september, september, .number("45901"), .number("45901"), .date(year: 1899, month: 12, day: 30), .number("7"),
                ]
            ])
    }

    @Test func theDateFormatRule() {
        for code in ["dd/mm/yyyy", "mmm yyyy", "[$-40C]mmmm\\ yyyy", "yyyy-mm-dd hh:mm", "d"] {
            #expect(XLSXReader.isDateFormat(id: 164, code: code), "\(code)")
        }
        for code in ["0.00", "#,##0\\ \"€\"", "\"dm\"0", "[Red]0", "0_m", "General", "0;[Red]-0;\"d\""] {
            #expect(!XLSXReader.isDateFormat(id: 164, code: code), "\(code)")
        }
        for id in [14, 17, 22, 45, 47] { #expect(XLSXReader.isDateFormat(id: id, code: nil)) }
        for id in [0, 4, 10, 23, 44, 48] { #expect(!XLSXReader.isDateFormat(id: id, code: nil)) }
    }

    @Test func the1904DateSystem() throws {
        let workbook =
            #"<workbook xmlns="\#(Self.mainNamespace)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId7"/></sheets></workbook>"#
        let styles = #"<styleSheet xmlns="\#(Self.mainNamespace)"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#
        let sheet = #"<worksheet xmlns="\#(Self.mainNamespace)"><sheetData><row><c s="1"><v>0</v></c></row></sheetData></worksheet>"#
        #expect(try values(package(sheet: sheet, styles: styles, workbook: workbook)) == [[.date(year: 1904, month: 1, day: 1)]])
    }

    @Test func sharedFormulasKeepTheMasterText() throws {
        let sheet =
            #"<worksheet xmlns="\#(Self.mainNamespace)"><sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row></sheetData></worksheet>"#
        let rows = try WorkbookReader.read(package(sheet: sheet)).sheets[0].rows
        #expect(rows.map { $0.map(\.formula) } == [["B1*2"], [nil]])
        #expect(rows.map { $0.map(\.value) } == [[.number("2")], [.number("4")]])
    }

    @Test func farAwayCellsAreBoundedByTheCellLimit() throws {
        let sheet =
            #"<worksheet xmlns="\#(Self.mainNamespace)"><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>"#
        // 1 048 576 empty rows and 16 384 cells: within the standard limit, past a smaller one.
        #expect(try WorkbookReader.read(package(sheet: sheet)).sheets[0].rows.last?.last?.reference == "XFD1048576")
        #expect(throws: WorkbookError.tooManyCells(limit: 1_000_000)) {
            try WorkbookReader.read(package(sheet: sheet), limits: WorkbookLimits(maximumCells: 1_000_000))
        }
        // Each row counts as one, each cell of a row as one: C3 costs 3 + 3.
        let near = #"<worksheet xmlns="\#(Self.mainNamespace)"><sheetData><row r="3"><c r="C3"><v>1</v></c></row></sheetData></worksheet>"#
        #expect(throws: WorkbookError.tooManyCells(limit: 5)) {
            try WorkbookReader.read(package(sheet: near), limits: WorkbookLimits(maximumCells: 5))
        }
        #expect(try WorkbookReader.read(package(sheet: near), limits: WorkbookLimits(maximumCells: 6)).sheets[0].rows.count == 3)
    }

    @Test func problemsAreNamed() {
        #expect(throws: WorkbookError.malformedXML(part: "xl/worksheets/data.xml", detail: "unclosed element <worksheet> at byte 11")) {
            try WorkbookReader.read(package(sheet: "<worksheet>"))
        }
        var zip = ZIPWriter()
        zip.add("_rels/.rels", Array("<Relationships/>".utf8))
        #expect(throws: WorkbookError.missingPart("xl/workbook.xml")) { try WorkbookReader.read(zip.finish()) }
        // A password-protected file is an OLE container holding an EncryptedPackage stream.
        var ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 100)
        ole += "EncryptedPackage".utf8.flatMap { [$0, 0] }
        #expect(throws: WorkbookError.encrypted) { try WorkbookReader.read(ole) }
    }
}
