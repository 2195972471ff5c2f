/// Writes a ``Workbook`` as Office Open XML (.xlsx), the format Excel opens natively.
///
/// Strings are written inline (no shared-string table) so each sheet is written in one
/// pass; formulas keep the caller's cached results and `fullCalcOnLoad` asks the
/// spreadsheet to recalculate on opening anyway.
public enum XLSXWriter {
    public static func bytes(_ workbook: Workbook) -> [UInt8] {
        workbook.validate()
        var styles = XLSXStyles()
        let sheets = workbook.sheets.map { sheetXML($0, styles: &styles) }
        var zip = ZIPWriter()
        zip.add("[Content_Types].xml", contentTypes(sheetCount: sheets.count))
        zip.add("_rels/.rels", Array(rootRelationships.utf8))
        zip.add("docProps/app.xml", Array(app.utf8))
        zip.add("docProps/core.xml", Array(core.utf8))
        zip.add("xl/workbook.xml", workbookXML(workbook))
        zip.add("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count))
        zip.add("xl/styles.xml", styles.xml())
        for (index, sheet) in sheets.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", sheet)
        }
        return zip.finish()
    }

    private static func contentTypes(sheetCount: Int) -> [UInt8] {
        var out = XMLBuilder()
        out.raw(XMLBuilder.declaration)
        out.raw(#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#)
        out.raw(#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#)
        out.raw(#"<Default Extension="xml" ContentType="application/xml"/>"#)
        out.raw(#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#)
        for index in 1...sheetCount {
            out.raw(#"<Override PartName="/xl/worksheets/sheet"#)
            out.int(index)
            out.raw(#".xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#)
        }
        out.raw(#"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#)
        out.raw(#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#)
        out.raw(#"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#)
        out.raw("</Types>")
        return out.bytes
    }

    private static let rootRelationships =
        XMLBuilder.declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    private static let app =
        XMLBuilder.declaration
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Enveloppe</Application></Properties>"#

    /// No dates: the library has no clock, and identical inputs give identical files.
    private static let core =
        XMLBuilder.declaration
        + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Enveloppe</dc:creator></cp:coreProperties>"#

    private static func workbookXML(_ workbook: Workbook) -> [UInt8] {
        var out = XMLBuilder()
        out.raw(XMLBuilder.declaration)
        out.raw(
            #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        )
        out.raw(#"<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>"#)
        for (index, sheet) in workbook.sheets.enumerated() {
            out.raw("<sheet")
            out.attribute("name", sheet.name)
            out.raw(#" sheetId=""#)
            out.int(index + 1)
            out.raw(#"" r:id="rId"#)
            out.int(index + 1)
            out.raw(#""/>"#)
        }
        out.raw("</sheets>")
        // What is printed when not every column is, and the frozen rows and columns, repeated on every printed page.
        var names: [(name: String, sheet: Int, value: String)] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            if let area = sheet.printArea {
                names.append(("_xlnm.Print_Area", index, quoted(sheet) + "$A$1:$" + CellReference.column(area.columns - 1) + "$" + String(area.rows)))
            }
            if sheet.frozenRows > 0 || sheet.frozenColumns > 0 { names.append(("_xlnm.Print_Titles", index, printTitles(sheet))) }
        }
        if !names.isEmpty {
            out.raw("<definedNames>")
            for name in names {
                out.raw(#"<definedName name=""# + name.name + #"" localSheetId=""#)
                out.int(name.sheet)
                out.raw(#"">"#)
                out.text(name.value)
                out.raw("</definedName>")
            }
            out.raw("</definedNames>")
        }
        // Cached values are the caller's; Excel and LibreOffice recompute them on opening.
        out.raw(#"<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>"#)
        return out.bytes
    }

    /// `'Mois par mois'!$A:$A,'Mois par mois'!$1:$2`: the leading columns, then the header rows, as Excel writes them.
    static func printTitles(_ sheet: Sheet) -> String {
        let name = quoted(sheet)
        var ranges: [String] = []
        if sheet.frozenColumns > 0 {
            ranges.append(name + "$A:$" + CellReference.column(sheet.frozenColumns - 1))
        }
        if sheet.frozenRows > 0 {
            ranges.append(name + "$1:$" + String(sheet.frozenRows))
        }
        return ranges.joined(separator: ",")
    }

    /// `'Mois par mois'!`, the prefix of a reference to the sheet.
    private static func quoted(_ sheet: Sheet) -> String {
        "'" + sheet.name.replacing("'", with: "''") + "'!"
    }

    private static func workbookRelationships(sheetCount: Int) -> [UInt8] {
        var out = XMLBuilder()
        out.raw(XMLBuilder.declaration)
        out.raw(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#)
        for index in 1...sheetCount {
            out.raw(#"<Relationship Id="rId"#)
            out.int(index)
            out.raw(#"" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet"#)
            out.int(index)
            out.raw(#".xml"/>"#)
        }
        out.raw(#"<Relationship Id="rId"#)
        out.int(sheetCount + 1)
        out.raw(#"" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#)
        out.raw("</Relationships>")
        return out.bytes
    }

    private static func sheetXML(_ sheet: Sheet, styles: inout XLSXStyles) -> [UInt8] {
        var out = XMLBuilder(capacity: 256 + sheet.rows.reduce(0) { $0 + $1.count } * 48)
        out.raw(XMLBuilder.declaration)
        out.raw(
            #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        )
        let layout = sheet.printLayout
        if layout == .fitToWidth {
            out.raw(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#)
        }
        let width = sheet.rows.map(\.count).max() ?? 0
        if width > 0 {
            out.raw(#"<dimension ref="A1:"#)
            out.raw(CellReference.name(row: sheet.rows.count - 1, column: width - 1))
            out.raw(#""/>"#)
        }
        out.raw(#"<sheetViews><sheetView workbookViewId="0">"#)
        if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
            let pane = sheet.frozenRows > 0 && sheet.frozenColumns > 0 ? "bottomRight" : sheet.frozenRows > 0 ? "bottomLeft" : "topRight"
            out.raw("<pane")
            if sheet.frozenColumns > 0 {
                out.raw(#" xSplit=""#)
                out.int(sheet.frozenColumns)
                out.raw("\"")
            }
            if sheet.frozenRows > 0 {
                out.raw(#" ySplit=""#)
                out.int(sheet.frozenRows)
                out.raw("\"")
            }
            out.raw(#" topLeftCell=""#)
            out.raw(CellReference.name(row: sheet.frozenRows, column: sheet.frozenColumns))
            out.raw(#"" activePane=""#)
            out.raw(pane)
            out.raw(#"" state="frozen"/><selection pane=""#)
            out.raw(pane)
            out.raw(#""/>"#)
        }
        out.raw(#"</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>"#)
        if !sheet.columnWidths.isEmpty {
            out.raw("<cols>")
            for (index, width) in sheet.columnWidths.enumerated() {
                out.raw(#"<col min=""#)
                out.int(index + 1)
                out.raw(#"" max=""#)
                out.int(index + 1)
                out.raw(#"" width=""#)
                out.int(max(0, min(width, 255)))
                out.raw(#"" customWidth="1"/>"#)
            }
            out.raw("</cols>")
        }
        out.raw("<sheetData>")
        // Column letters once per sheet rather than once per cell.
        let columns = (0..<width).map { CellReference.column($0) }
        for (rowIndex, row) in sheet.rows.enumerated() {
            guard row.contains(where: { $0 != .empty }) else { continue }
            out.raw(#"<row r=""#)
            let rowNumber = String(rowIndex + 1)
            out.raw(rowNumber)
            if let height = sheet.rowHeights[rowIndex], height > 0 {
                out.raw(#"" ht=""#)
                out.int(min(height, 409))
            }
            out.raw(#"">"#)
            for (columnIndex, cell) in row.enumerated() where cell != .empty {
                writeCell(cell, reference: columns[columnIndex] + rowNumber, styles: &styles, &out)
            }
            out.raw("</row>")
        }
        out.raw("</sheetData>")
        let merges = sheet.merges.filter { CellReference.parseRange($0) != nil }
        if !merges.isEmpty {
            out.raw(#"<mergeCells count=""#)
            out.int(merges.count)
            out.raw(#"">"#)
            for merge in merges {
                out.raw("<mergeCell")
                out.attribute("ref", merge.uppercased().replacing("$", with: ""))
                out.raw("/>")
            }
            out.raw("</mergeCells>")
        }
        // Excel limits an inline list to 255 characters and has no way to quote a comma
        // inside it: such lists are left out rather than written as something else.
        let validations = sheet.validations.compactMap { validation -> (ListValidation, String)? in
            guard CellReference.parseRange(validation.range) != nil, !validation.allowed.isEmpty,
                !validation.allowed.contains(where: { $0.contains(",") })
            else { return nil }
            let list = validation.allowed.map { $0.replacing("\"", with: "\"\"") }.joined(separator: ",")
            return list.count <= 255 ? (validation, "\"" + list + "\"") : nil
        }
        if !validations.isEmpty {
            out.raw(#"<dataValidations count=""#)
            out.int(validations.count)
            out.raw(#"">"#)
            for (validation, list) in validations {
                out.raw(#"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1""#)
                out.attribute("sqref", validation.range.uppercased().replacing("$", with: ""))
                if let prompt = validation.prompt {
                    out.attribute("prompt", String(prompt.prefix(255)))
                }
                out.raw("><formula1>")
                out.text(list)
                out.raw("</formula1></dataValidation>")
            }
            out.raw("</dataValidations>")
        }
        out.raw(#"<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#)
        out.raw(#"<pageSetup paperSize="9" orientation=""#)
        out.raw(sheet.landscape ? "landscape" : "portrait")
        switch layout {
        case .fitToWidth:
            // One page wide, as many down as needed.
            out.raw(#"" fitToWidth="1" fitToHeight="0"/>"#)
        case .flowing(let scale):
            // Pages across, then down.
            out.raw(#"" scale=""#)
            out.int(scale)
            out.raw(#"" pageOrder="overThenDown"/>"#)
        }
        out.raw("</worksheet>")
        return out.bytes
    }

    private static func writeCell(_ cell: Cell, reference: String, styles: inout XLSXStyles, _ out: inout XMLBuilder) {
        out.raw(#"<c r=""#)
        out.raw(reference)
        out.raw("\"")
        let style = styles.index(cell.style.effective(for: cell.value))
        if style != 0 {
            out.raw(#" s=""#)
            out.int(style)
            out.raw("\"")
        }
        let formula = cell.formula.map { $0.hasPrefix("=") ? String($0.dropFirst()) : $0 }
        switch cell.value {
        case .text(let text) where formula != nil:
            out.raw(#" t="str">"#)
            writeFormula(formula, &out)
            out.raw("<v>")
            out.text(text)
            out.raw("</v></c>")
        case .text(let text):
            out.raw(#" t="inlineStr"><is><t xml:space="preserve">"#)
            out.text(text)
            out.raw("</t></is></c>")
        case .number(let decimal):
            precondition(DecimalText.isPlain(decimal), "not a plain decimal: \(decimal)")
            out.raw(">")
            writeFormula(formula, &out)
            out.raw("<v>")
            out.raw(decimal)
            out.raw("</v></c>")
        case .boolean(let flag):
            out.raw(#" t="b">"#)
            writeFormula(formula, &out)
            out.raw(flag ? "<v>1</v></c>" : "<v>0</v></c>")
        case .date(let year, let month, let day):
            out.raw(">")
            writeFormula(formula, &out)
            out.raw("<v>")
            out.int(SerialDate.serial(year: year, month: month, day: day))
            out.raw("</v></c>")
        case .empty:
            out.raw(">")
            writeFormula(formula, &out)
            out.raw("</c>")
        }
    }

    private static func writeFormula(_ formula: String?, _ out: inout XMLBuilder) {
        guard let formula else { return }
        out.raw("<f>")
        out.text(formula)
        out.raw("</f>")
    }
}
