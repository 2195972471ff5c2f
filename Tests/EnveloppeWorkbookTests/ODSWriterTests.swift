import Foundation
import Testing

@testable import EnveloppeWorkbook

@Suite struct ODSWriterTests {
    func part(_ name: String, of bytes: [UInt8]) throws -> String {
        let entry = try #require(try ZIPReader.entries(bytes).first { $0.name == name })
        return String(decoding: try ZIPReader.contents(of: entry, in: bytes, limit: 1 << 24), as: UTF8.self)
    }

    @Test func packageParts() throws {
        let bytes = ODSWriter.bytes(SampleWorkbooks.everyKind)
        #expect(
            try ZIPReader.entries(bytes).map(\.name) == [
                "mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml", "settings.xml",
            ])
        let content = try part("content.xml", of: bytes)
        // Values, value types and the French display text.
        expectPart(content, #"office:value-type="currency" office:currency="EUR" office:value="1234.56"><text:p>1 234,56 €</text:p>"#)
        expectPart(content, #"office:value-type="percentage" office:value="0.25"><text:p>25 %</text:p>"#)
        expectPart(content, #"office:value-type="date" office:date-value="2025-09-01"><text:p>sept. 2025</text:p>"#)
        expectPart(content, #"office:value-type="date" office:date-value="2025-09-15"><text:p>15/09/2025</text:p>"#)
        expectPart(content, #"office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p>"#)
        expectPart(
            content,
            #"table:formula="of:=SUM([.B3:.B4])" office:value-type="currency" office:currency="EUR" office:value="-97530.84"><text:p>-97 530,84 €</text:p>"#
        )
        expectPart(content, #"table:formula="of:=[$'Mois par mois'.B2]+[.C3]""#)
        expectPart(content, #"<number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol>"#)
        expectPart(content, #"<number:month number:textual="true"/>"#)
        expectPart(content, #"<table:table-header-rows><table:table-row>"#)
        expectPart(content, #"table:number-columns-spanned="6" table:number-rows-spanned="1""#)
        expectPart(content, #"<table:covered-table-cell table:number-columns-repeated="5"/>"#)
        expectPart(content, #"table:condition="of:cell-content-is-in-list(&quot;Oui&quot;;&quot;Non&quot;;&quot;À voir&quot;)""#)
        expectPart(content, #"table:content-validation-name="val1""#)
        expectPart(content, ##"fo:background-color="#DCE6F1""##)
        let settings = try part("settings.xml", of: bytes)
        expectPart(
            settings,
            #"<config:config-item-map-entry config:name="Synthèse"><config:config-item config:name="HorizontalSplitMode" config:type="short">2</config:config-item><config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item><config:config-item config:name="HorizontalSplitPosition" config:type="int">1</config:config-item><config:config-item config:name="VerticalSplitPosition" config:type="int">2</config:config-item>"#
        )
        let styles = try part("styles.xml", of: bytes)
        expectPart(styles, #"fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape""#)
    }

    @Test func frozenRowsAreHeaderRowsAndValidationsExtendPastTheData() throws {
        let sheet = Sheet(
            name: "S", rows: [[.text("a")], [.text("b")], [.text("c")]], frozenRows: 2,
            validations: [ListValidation(range: "B2:B1000", allowed: ["x", "y"])])
        let content = try part("content.xml", of: ODSWriter.bytes(Workbook(sheets: [sheet])))
        expectPart(
            content,
            #"<table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>b</text:p></table:table-cell><table:table-cell table:content-validation-name="val1"/></table:table-row></table:table-header-rows>"#
        )
        expectPart(
            content,
            #"<table:table-row table:number-rows-repeated="997"><table:table-cell/><table:table-cell table:content-validation-name="val1"/></table:table-row>"#
        )
    }

    /// A row of wrapped text gets its height, as in the .xlsx: LibreOffice keeps an .ods row at the default
    /// height otherwise, and the wrapped lines run over the row above.
    @Test func rowsOfWrappedTextGetTheirHeight() throws {
        let wrapped = Style(wrap: true)
        let sheet = Sheet(
            name: "S", rows: [[.text("une ligne")], [.text("trois\nlignes\nici", style: wrapped)], [.text("encore\ntrois\nlignes", style: wrapped)]],
            rowHeights: [1: 45, 2: 45, 7: 30])
        let content = try part("content.xml", of: ODSWriter.bytes(Workbook(sheets: [sheet])))
        expectPart(
            content,
            #"<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="45pt" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>"#
        )
        expectPart(content, #"<table:table-row><table:table-cell office:value-type="string"><text:p>une ligne</text:p>"#)
        #expect(content.components(separatedBy: #"<table:table-row table:style-name="ro1">"#).count == 3)
        // A height for a row with nothing in it writes nothing.
        #expect(!content.contains("30pt"))
    }

    /// LibreOffice takes those heights: the .ods it reads, saved as .xlsx, has them.
    @Test func libreOfficeKeepsTheRowHeights() throws {
        guard ExternalTools.which("soffice") != nil, let python = ExternalTools.python(with: ["openpyxl"]) else {
            ExternalTools.skip("LibreOffice (soffice) or python3 with openpyxl is not installed")
            return
        }
        let folder = try ExternalTools.temporaryFolder("lo-heights")
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = String(repeating: "une phrase qui se replie dans sa colonne ", count: 4)
        let sheet = Sheet(
            name: "S", columnWidths: [30, 20],
            rows: [[.text("Ligne du dessus"), .text("1")], [.text("Calcul"), .text(long, style: Style(wrap: true))]],
            rowHeights: [1: 75])
        let ods = folder.appendingPathComponent("heights.ods")
        try Data(ODSWriter.bytes(Workbook(sheets: [sheet]))).write(to: ods)
        _ = try ExternalTools.soffice(["--convert-to", "xlsx", "--outdir", folder.appendingPathComponent("saved").path, ods.path])
        let script = """
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["S"]
            print(round(ws.row_dimensions[2].height or 0))
            """
        let result = try ExternalTools.runPython(python, script, [folder.appendingPathComponent("saved/heights.xlsx").path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "75")
    }

    @Test func spacesTabsAndLinesInText() throws {
        let sheet = Sheet(name: "S", rows: [[.text("  a  b\tc\nd ")]])
        let bytes = ODSWriter.bytes(Workbook(sheets: [sheet]))
        expectPart(try part("content.xml", of: bytes), #"<text:p><text:s text:c="2"/>a <text:s/>b<text:tab/>c</text:p><text:p>d<text:s/></text:p>"#)
        #expect(try WorkbookReader.read(bytes).sheets[0].cell("A1")?.value == .text("  a  b\tc\nd "))
    }

    @Test func libreOfficeRecalculatesToTheCachedValues() throws {
        try LibreOfficeCheck.run(format: "ods") { ODSWriter.bytes($0) }
    }
}
