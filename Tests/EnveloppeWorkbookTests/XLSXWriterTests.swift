import Foundation
import Testing

@testable import EnveloppeWorkbook

@Suite struct XLSXWriterTests {
    /// The text of one part of a written package.
    func part(_ name: String, of bytes: [UInt8]) throws -> String {
        let entry = try #require(try ZIPReader.entries(bytes).first { $0.name == name })
        return String(decoding: try ZIPReader.contents(of: entry, in: bytes, limit: 1 << 24), as: UTF8.self)
    }

    @Test func packageParts() throws {
        let bytes = XLSXWriter.bytes(SampleWorkbooks.everyKind)
        #expect(
            try ZIPReader.entries(bytes).map(\.name) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
        let workbook = try part("xl/workbook.xml", of: bytes)
        expectPart(workbook, #"<calcPr calcId="191029" fullCalcOnLoad="1"/>"#)
        expectPart(workbook, #"<sheet name="Synthèse" sheetId="1" r:id="rId1"/>"#)
        let sheet = try part("xl/worksheets/sheet1.xml", of: bytes)
        expectPart(sheet, #"<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>"#)
        expectPart(sheet, #"<col min="1" max="1" width="28" customWidth="1"/>"#)
        expectPart(sheet, #"<mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>"#)
        expectPart(sheet, #"<formula1>"Oui,Non,À voir"</formula1>"#)
        expectPart(sheet, #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#)
        expectPart(sheet, #"<c r="B5" s="#)
        expectPart(sheet, #"<f>SUM(B3:B4)</f><v>-97530.84</v>"#)
        expectPart(
            sheet, #"<c r="F5" t="str"><f>IF(F3,"oui, vraiment","non")</f><v>oui, vraiment</v></c><c r="G5" t="b"><f>G3&gt;G4</f><v>1</v></c>"#)
        expectPart(sheet, #"<v>45901</v>"#)  // 2025-09-01
        let styles = try part("xl/styles.xml", of: bytes)
        // Every format but General pinned to French (France), each section of the currency too.
        expectPart(styles, ##"formatCode="[$-40C]#,##0.00\ &quot;€&quot;;[$-40C]\-#,##0.00\ &quot;€&quot;""##)
        expectPart(styles, #"formatCode="[$-40C]mmm yyyy""#)
        expectPart(styles, #"formatCode="[$-40C]dd/mm/yyyy""#)
        expectPart(styles, ##"formatCode="[$-40C]#,##0""##)
        expectPart(styles, ##"formatCode="[$-40C]#,##0.000""##)
        expectPart(styles, ##"formatCode="[$-40C]0\ %""##)
        expectPart(styles, ##"formatCode="[$-40C]0.0\ %""##)
        expectPart(styles, #"<fgColor rgb="FFDCE6F1"/>"#)
    }

    @Test func textIsEscapedAndForbiddenCharactersDropped() throws {
        let sheet = Sheet(name: "S", rows: [[.text("a<b>&c\u{01}\u{0B}d\u{FFFE}e\tf\ng")]])
        let bytes = XLSXWriter.bytes(Workbook(sheets: [sheet]))
        expectPart(try part("xl/worksheets/sheet1.xml", of: bytes), "<t xml:space=\"preserve\">a&lt;b&gt;&amp;cde\tf\ng</t>")
        #expect(try WorkbookReader.read(bytes).sheets[0].cell("A1")?.value == .text("a<b>&cde\tf\ng"))
    }

    @Test func rowsOfWrappedTextGetTheirHeight() throws {
        let sheet = Sheet(
            name: "S", rows: [[.text("une ligne")], [.text("trois\nlignes\nici", style: Style(wrap: true))]], rowHeights: [1: 45, 7: 30])
        let xml = try part("xl/worksheets/sheet1.xml", of: XLSXWriter.bytes(Workbook(sheets: [sheet])))
        expectPart(xml, #"<row r="1"><c r="A1""#)
        expectPart(xml, #"<row r="2" ht="45"><c r="A2""#)
        // A height for a row with nothing in it writes nothing.
        #expect(!xml.contains(#"r="8""#))
    }

    @Test func listsExcelCannotHoldAreLeftOut() throws {
        let long = (0..<100).map { "choix \($0)" }
        let sheet = Sheet(
            name: "S", rows: [[.text("x")]],
            validations: [
                ListValidation(range: "A1:A5", allowed: long), ListValidation(range: "B1", allowed: ["a,b"]),
                ListValidation(range: "C1:C2", allowed: ["ok", "non"]),
            ])
        let xml = try part("xl/worksheets/sheet1.xml", of: XLSXWriter.bytes(Workbook(sheets: [sheet])))
        expectPart(xml, #"<dataValidations count="1">"#)
        expectPart(xml, #"sqref="C1:C2""#)
    }

    @Test func sheetNameRules() {
        #expect(Sheet.isValidName("Mois par mois"))
        #expect(Sheet.isValidName(String(repeating: "é", count: 31)))
        #expect(!Sheet.isValidName(""))
        #expect(!Sheet.isValidName(String(repeating: "a", count: 32)))
        for bad in ["a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "'quoted'"] { #expect(!Sheet.isValidName(bad), "\(bad)") }
    }

    /// openpyxl reads what Excel users will see: values, formulas, panes, widths, lists.
    @Test func openpyxlReadsTheSameWorkbook() throws {
        guard let python = ExternalTools.python(with: ["openpyxl"]) else {
            ExternalTools.skip("python3 with openpyxl is not installed")
            return
        }
        let folder = try ExternalTools.temporaryFolder("openpyxl")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sample.xlsx").path
        let workbook = SampleWorkbooks.everyKind
        try Data(XLSXWriter.bytes(workbook)).write(to: URL(fileURLWithPath: path))
        let script = """
            import sys, json, datetime, openpyxl
            formulas = openpyxl.load_workbook(sys.argv[1])
            values = openpyxl.load_workbook(sys.argv[1], data_only=True)
            out = []
            for ws in formulas.worksheets:
                cached = values[ws.title]
                cells = {}
                for row in ws.iter_rows():
                    for c in row:
                        v = cached[c.coordinate].value
                        if isinstance(v, (datetime.datetime, datetime.date)): v = v.strftime("%Y-%m-%d")
                        cells[c.coordinate] = {"formula": c.value if c.data_type == "f" else None, "value": v, "format": c.number_format,
                                               "bold": c.font.b, "fill": c.fill.fgColor.rgb if c.fill.fill_type == "solid" else None}
                out.append({"name": ws.title, "freeze": ws.freeze_panes,
                            "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
                            "validations": [{"sqref": str(v.sqref), "type": v.type, "formula1": v.formula1, "prompt": v.prompt} for v in ws.data_validations.dataValidation],
                            "merges": [str(m) for m in ws.merged_cells.ranges],
                            "orientation": ws.page_setup.orientation, "paper": ws.page_setup.paperSize, "fitToWidth": ws.page_setup.fitToWidth,
                            "cells": cells})
            print(json.dumps(out))
            """
        let result = try ExternalTools.runPython(python, script, [path])
        #expect(result.status == 0, "\(result.error)")
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(sheets.compactMap { $0["name"] as? String } == workbook.sheets.map(\.name))
        for (sheet, read) in zip(workbook.sheets, sheets) {
            let freeze = read["freeze"] as? String
            if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
                #expect(freeze == CellReference.name(row: sheet.frozenRows, column: sheet.frozenColumns))
            } else {
                #expect(freeze == nil)
            }
            let widths = read["widths"] as? [String: Double] ?? [:]
            for (index, width) in sheet.columnWidths.enumerated() {
                #expect(widths[CellReference.column(index)] == Double(width), "\(sheet.name) column \(index)")
            }
            let validations = read["validations"] as? [[String: Any]] ?? []
            #expect(validations.count == sheet.validations.count)
            for (validation, got) in zip(sheet.validations, validations) {
                #expect(got["sqref"] as? String == validation.range)
                #expect(got["type"] as? String == "list")
                #expect(got["formula1"] as? String == "\"" + validation.allowed.joined(separator: ",") + "\"")
                #expect(got["prompt"] as? String == validation.prompt)
            }
            #expect(read["merges"] as? [String] == sheet.merges)
            #expect(read["orientation"] as? String == (sheet.landscape ? "landscape" : "portrait"))
            #expect(read["paper"] as? Int == 9)
            let cells = read["cells"] as? [String: [String: Any]] ?? [:]
            for (rowIndex, row) in sheet.rows.enumerated() {
                for (columnIndex, cell) in row.enumerated() where cell != .empty {
                    let reference = CellReference.name(row: rowIndex, column: columnIndex)
                    let got = try #require(cells[reference], "\(reference)")
                    #expect(got["formula"] as? String == cell.formula.map { "=" + $0 }, "\(reference)")
                    #expect(matches(got["value"], cell.value), "\(sheet.name)!\(reference): \(String(describing: got["value"]))")
                    #expect(got["format"] as? String == cell.style.effective(for: cell.value).format.excel.code, "\(reference)")
                    #expect((got["bold"] as? Bool ?? false) == cell.style.bold, "\(reference)")
                    #expect(got["fill"] as? String == cell.style.fill.map { "FF" + $0.rgb }, "\(reference)")
                }
            }
        }
    }

    func matches(_ got: Any?, _ value: Value) -> Bool {
        switch value {
        case .empty: return got == nil || got is NSNull
        case .text(let text): return got as? String == text || (text.isEmpty && (got == nil || got is NSNull))
        case .number(let decimal):
            guard let number = got as? NSNumber, let expected = Double(decimal) else { return false }
            return number.doubleValue == expected
        case .boolean(let flag): return (got as? NSNumber)?.boolValue == flag && !(got is String)
        case .date(let year, let month, let day):
            return got as? String == "\(year)-\(FrenchDisplay.pad(month, 2))-\(FrenchDisplay.pad(day, 2))"
        }
    }

    /// LibreOffice recalculates every formula and finds the cached results; a formula
    /// cached wrong on purpose shows that it really recalculates.
    @Test func libreOfficeRecalculatesToTheCachedValues() throws {
        try LibreOfficeCheck.run(format: "xlsx") { XLSXWriter.bytes($0) }
    }

    /// LibreOffice in English shows every amount, count, rate and month of the .xlsx as French, like the
    /// .ods and as ``FrenchDisplay`` writes it (`-98 765,40 €`, `12,5 %`, `sept. 2025`), never `-98,765.40 €`.
    @Test func figuresShowInFrenchWhateverTheReadersLocale() throws {
        guard ExternalTools.which("soffice") != nil else {
            ExternalTools.skip("LibreOffice (soffice) is not installed")
            return
        }
        let folder = try ExternalTools.temporaryFolder("lo-shown")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = SampleWorkbooks.everyKind
        let files = [folder.appendingPathComponent("x.xlsx"), folder.appendingPathComponent("o.ods")]
        try Data(XLSXWriter.bytes(workbook)).write(to: files[0])
        try Data(ODSWriter.bytes(workbook)).write(to: files[1])
        guard let csv = try ExternalTools.csvSheets(of: files, in: folder, asShown: true, locale: "en-US") else { return }
        // LibreOffice's French grouping is a no-break space (U+00A0, or U+202F in later versions), FrenchDisplay's U+00A0.
        func spaced(_ text: String) -> String { text.replacing("\u{00A0}", with: " ").replacing("\u{202F}", with: " ") }
        var compared = 0
        for file in ["x", "o"] {
            for sheet in workbook.sheets {
                let rows = try #require(csv["\(file)-\(sheet.name)"], "CSV files: \(csv.keys.sorted())")
                for (rowIndex, row) in sheet.rows.enumerated() {
                    for (columnIndex, cell) in row.enumerated() {
                        let style = cell.style.effective(for: cell.value)
                        switch cell.value {
                        case .number, .date: guard style.format != .general else { continue }
                        default: continue
                        }
                        let shown = rowIndex < rows.count && columnIndex < rows[rowIndex].count ? rows[rowIndex][columnIndex] : ""
                        #expect(
                            spaced(shown) == spaced(FrenchDisplay.text(cell.value, style.format)),
                            "\(file) \(sheet.name)!\(CellReference.name(row: rowIndex, column: columnIndex)): \(shown)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared == 52)
    }
}

/// The recalculation check, shared by the two writers' suites.
enum LibreOfficeCheck {
    static var wrongOnPurpose: Workbook {
        Workbook(sheets: [Sheet(name: "Faux", rows: [[.number("2"), .number("3"), .formula("A1*B1", cached: .number("999"))]])])
    }

    static func run(format: String, write: (Workbook) -> [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard ExternalTools.which("soffice") != nil else {
            ExternalTools.skip("LibreOffice (soffice) is not installed", sourceLocation: sourceLocation)
            return
        }
        let folder = try ExternalTools.temporaryFolder("lo-csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = folder.appendingPathComponent("sample.\(format)")
        let wrong = folder.appendingPathComponent("wrong.\(format)")
        try Data(write(SampleWorkbooks.everyKind)).write(to: sample)
        try Data(write(wrongOnPurpose)).write(to: wrong)
        guard let csv = try ExternalTools.csvSheets(of: [sample, wrong], in: folder) else { return }
        // The single-sheet file is written as wrong.csv or wrong-Faux.csv depending on the version.
        let faux = try #require(csv["wrong-Faux"] ?? csv["wrong"], "CSV files: \(csv.keys.sorted())", sourceLocation: sourceLocation)
        #expect(faux.first?[2] == "6", "LibreOffice printed the cached 999: it did not recalculate", sourceLocation: sourceLocation)
        var compared = 0
        for sheet in SampleWorkbooks.everyKind.sheets {
            let rows = try #require(csv["sample-\(sheet.name)"], "CSV files: \(csv.keys.sorted())", sourceLocation: sourceLocation)
            for (rowIndex, row) in sheet.rows.enumerated() {
                for (columnIndex, cell) in row.enumerated() where cell.formula != nil {
                    let field = rowIndex < rows.count && columnIndex < rows[rowIndex].count ? rows[rowIndex][columnIndex] : ""
                    #expect(
                        ExternalTools.csvField(field, matches: cell.value),
                        "\(sheet.name)!\(CellReference.name(row: rowIndex, column: columnIndex)): LibreOffice \(field), cached \(cell.value)",
                        sourceLocation: sourceLocation)
                    compared += 1
                }
            }
        }
        #expect(compared == 11, sourceLocation: sourceLocation)
    }
}
