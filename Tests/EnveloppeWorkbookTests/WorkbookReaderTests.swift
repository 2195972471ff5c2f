import Foundation
import Testing

@testable import EnveloppeWorkbook

@Suite struct WorkbookReaderTests {
    @Test func xlsxRoundTrip() throws {
        let workbook = SampleWorkbooks.everyKind
        let read = try WorkbookReader.read(XLSXWriter.bytes(workbook))
        #expect(read.format == .xlsx)
        expectSameCells(workbook, read, openFormula: false)
    }

    @Test func odsRoundTrip() throws {
        let workbook = SampleWorkbooks.everyKind
        let read = try WorkbookReader.read(ODSWriter.bytes(workbook))
        #expect(read.format == .ods)
        expectSameCells(workbook, read, openFormula: true)
    }
}

/// What reading a written workbook must give back: every value, and every formula (in
/// OpenFormula form for .ods).
func expectSameCells(_ workbook: Workbook, _ read: ReadWorkbook, openFormula: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(read.sheets.map(\.name) == workbook.sheets.map(\.name), sourceLocation: sourceLocation)
    for sheet in workbook.sheets {
        guard let readSheet = read.sheet(named: sheet.name) else { continue }
        for (rowIndex, row) in sheet.rows.enumerated() {
            for (columnIndex, cell) in row.enumerated() {
                let reference = CellReference.name(row: rowIndex, column: columnIndex)
                let got = readSheet.cell(reference)
                let expected = ReadValue(cell.value)
                if expected == .empty && cell.formula == nil {
                    #expect(got == nil || got?.value == .empty, "\(sheet.name)!\(reference)", sourceLocation: sourceLocation)
                    continue
                }
                #expect(got?.value == expected, "\(sheet.name)!\(reference)", sourceLocation: sourceLocation)
                let formula = cell.formula.map { openFormula ? OpenFormula.translate($0) : $0 }
                #expect(got?.formula == formula, "\(sheet.name)!\(reference)", sourceLocation: sourceLocation)
                #expect(got?.reference == reference, sourceLocation: sourceLocation)
            }
        }
    }
}

extension ReadValue {
    /// The value a written cell reads back as.
    init(_ value: Value) {
        switch value {
        case .empty: self = .empty
        case .text(let text): self = .text(text)
        case .number(let decimal): self = .number(decimal)
        case .boolean(let flag): self = .boolean(flag)
        case .date(let year, let month, let day): self = .date(year: year, month: month, day: day)
        }
    }
}

extension WorkbookReaderTests {
    /// Files saved by LibreOffice itself (from our files) read back with the same values.
    @Test func filesSavedByLibreOffice() throws {
        guard ExternalTools.which("soffice") != nil else {
            ExternalTools.skip("LibreOffice (soffice) is not installed")
            return
        }
        let folder = try ExternalTools.temporaryFolder("lo-saved")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = SampleWorkbooks.everyKind
        let xlsx = folder.appendingPathComponent("from-xlsx.xlsx")
        let ods = folder.appendingPathComponent("from-ods.ods")
        try Data(XLSXWriter.bytes(workbook)).write(to: xlsx)
        try Data(ODSWriter.bytes(workbook)).write(to: ods)
        let saved = folder.appendingPathComponent("saved")
        _ = try ExternalTools.soffice(["--convert-to", "ods", "--outdir", saved.path, xlsx.path])
        _ = try ExternalTools.soffice(["--convert-to", "xlsx", "--outdir", saved.path, ods.path])
        try expectLibreOfficeUnderstoodTheODSLayout(saved.appendingPathComponent("from-ods.xlsx"))
        for (name, format) in [("from-xlsx.ods", ReadWorkbook.Kind.ods), ("from-ods.xlsx", .xlsx)] {
            let bytes = [UInt8](try Data(contentsOf: saved.appendingPathComponent(name)))
            let read = try WorkbookReader.read(bytes)
            #expect(read.format == format)
            #expect(read.sheets.map(\.name) == workbook.sheets.map(\.name))
            for sheet in workbook.sheets {
                let readSheet = try #require(read.sheet(named: sheet.name))
                for (rowIndex, row) in sheet.rows.enumerated() {
                    for (columnIndex, cell) in row.enumerated() {
                        let reference = CellReference.name(row: rowIndex, column: columnIndex)
                        let got = readSheet.cell(reference)
                        #expect(sameValue(got?.value ?? .empty, cell.value), "\(name) \(sheet.name)!\(reference): \(String(describing: got?.value))")
                        // LibreOffice turns an imported boolean into the formula TRUE() or FALSE().
                        let booleanFormula = got?.formula == "TRUE()" || got?.formula == "FALSE()"
                        #expect((got?.formula != nil) == (cell.formula != nil) || booleanFormula, "\(name) \(sheet.name)!\(reference) formula")
                    }
                }
            }
        }
    }

    /// A workbook made by openpyxl: shared strings, a formula without a cached value, a date, a boolean.
    @Test func fileSavedByOpenpyxl() throws {
        guard let python = ExternalTools.python(with: ["openpyxl"]) else {
            ExternalTools.skip("python3 with openpyxl is not installed")
            return
        }
        let folder = try ExternalTools.temporaryFolder("openpyxl-saved")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("made.xlsx").path
        let script = """
            import sys, datetime, openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "Données"
            ws.append(["Poste", "Montant", "Début", "Actif"])
            ws.append(["Personnel", 1234.56, datetime.date(2025, 9, 1), True])
            ws.append(["Personnel", -0.5, datetime.datetime(2026, 1, 31, 12, 0), False])
            ws["E2"] = "=B2*2"
            ws["F2"] = 45901
            ws["F2"].number_format = "dd/mm/yyyy"
            other = wb.create_sheet("Vide")
            wb.save(sys.argv[1])
            """
        let result = try ExternalTools.runPython(python, script, [path])
        #expect(result.status == 0, "\(result.error)")
        let read = try WorkbookReader.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(read.sheets.map(\.name) == ["Données", "Vide"])
        let sheet = read.sheets[0]
        #expect(
            sheet.rows.map { $0.map(\.value) } == [
                [.text("Poste"), .text("Montant"), .text("Début"), .text("Actif")],
                [
                    .text("Personnel"), .number("1234.56"), .date(year: 2025, month: 9, day: 1), .boolean(true), .missingCachedValue,
                    .date(year: 2025, month: 9, day: 1),
                ],
                [.text("Personnel"), .number("-0.5"), .date(year: 2026, month: 1, day: 31), .boolean(false)],
            ])
        #expect(sheet.cell("E2")?.formula == "B2*2")
        #expect(read.sheets[1].rows.isEmpty)
    }

    /// LibreOffice's xlsx of our .ods, read by openpyxl: the page setup, the list and the column
    /// widths it carries are the ones LibreOffice understood from the .ods (frozen panes are not:
    /// a headless conversion has no view to keep them).
    func expectLibreOfficeUnderstoodTheODSLayout(_ file: URL) throws {
        guard let python = ExternalTools.python(with: ["openpyxl"]) else { return }
        let script = """
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["Synthèse"]
            v = ws.data_validations.dataValidation[0]
            print(ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth, v.type, v.sqref, v.formula1, v.prompt, round(ws.column_dimensions["A"].width), sep="|")
            """
        let result = try ExternalTools.runPython(python, script, [file.path])
        #expect(result.status == 0, "\(result.error)")
        let fields = result.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|", omittingEmptySubsequences: false)
        #expect(fields.dropLast().joined(separator: "|") == #"landscape|9|1|list|J3:J20|"Oui,Non,À voir"|Choisir une réponse"#)
        // Column A's width, which LibreOffice turns from centimetres into characters of the default font: 28 with
        // Liberation Sans installed, 25 with DejaVu Sans alone. A column it did not understand would be about 10.
        let width = fields.last.flatMap { Int($0) } ?? 0
        #expect((24...30).contains(width), "column A: \(width) characters")
    }

    func sameValue(_ got: ReadValue, _ value: Value) -> Bool {
        switch (got, value) {
        case (.number(let a), .number(let b)): return Double(a) == Double(b)
        case (.empty, .text("")): return true  // LibreOffice drops an empty string...
        case (.text(let a), .text(let b)): return a == b.replacing("\t", with: "")  // ...and tabs inside a cell
        case (.number(let a), .boolean(let flag)): return a == (flag ? "1" : "0")  // its xlsx stores a boolean result as a number
        default: return got == ReadValue(value)
        }
    }
}
