/// Writes a ``Workbook`` as OpenDocument Spreadsheet (.ods), LibreOffice's native format.
///
/// Each cell carries its value, its value type and the French display text; formulas are
/// translated to OpenFormula (``OpenFormula``). Frozen panes live in settings.xml, the
/// A4 page in styles.xml, as LibreOffice itself writes them; frozen rows and columns are also
/// header rows and columns, which LibreOffice repeats on every printed page.
public enum ODSWriter {
    static let mimetype = "application/vnd.oasis.opendocument.spreadsheet"

    public static func bytes(_ workbook: Workbook) -> [UInt8] {
        workbook.validate()
        var zip = ZIPWriter()
        // First, stored, without extra field: how a tool recognises ODS from the first bytes.
        zip.add("mimetype", Array(mimetype.utf8))
        zip.add("META-INF/manifest.xml", Array(manifest.utf8))
        let pages = Pages(workbook)
        zip.add("content.xml", content(workbook, pages: pages))
        zip.add("styles.xml", styles(pages.pages))
        zip.add("meta.xml", Array(meta.utf8))
        zip.add("settings.xml", settings(workbook))
        return zip.finish()
    }

    private static let manifest =
        XMLBuilder.declaration
        + #"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">"#
        + #"<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>"#
        + #"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#
        + #"<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>"#
        + #"<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>"#
        + #"<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>"#
        + "</manifest:manifest>"

    /// No dates: the library has no clock.
    private static let meta =
        XMLBuilder.declaration
        + #"<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">"#
        + "<office:meta><meta:generator>Enveloppe</meta:generator></office:meta></office:document-meta>"

    static let namespaces =
        #" xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0""#
        + #" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0""#
        + #" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#
        + #" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0""#
        + #" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0""#
        + #" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0""#
        + #" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2""#
        + #" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0""#
        + #" office:version="1.3""#

    /// The master pages on A4: portrait and landscape fitted to the page width, then one for each
    /// orientation and scale of the sheets that flow onto pages across (``PrintLayout``), in order of
    /// first use. A table names its own through its table style.
    private static func styles(_ pages: [Page]) -> [UInt8] {
        var out = XMLBuilder()
        out.raw(XMLBuilder.declaration)
        out.raw("<office:document-styles" + namespaces + ">")
        out.raw(
            #"<office:styles><style:default-style style:family="table-cell"><style:paragraph-properties style:tab-stop-distance="1.25cm"/></style:default-style>"#
        )
        out.raw(#"<style:style style:name="Default" style:family="table-cell"/></office:styles><office:automatic-styles>"#)
        for (index, page) in pages.enumerated() {
            out.raw(#"<style:page-layout style:name="pm"#)
            out.int(index + 1)
            out.raw(#""><style:page-layout-properties"#)
            out.raw(
                page.landscape
                    ? #" fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape""#
                    : #" fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait""#)
            out.raw(#" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.3cm" fo:margin-right="1.3cm""#)
            switch page.layout {
            case .fitToWidth: out.raw(#" style:scale-to-X="1""#)
            case .flowing(let scale):
                out.raw(#" style:scale-to=""#)
                out.int(scale)
                out.raw(#"%" style:print-page-order="ltr""#)
            }
            out.raw("/></style:page-layout>")
        }
        out.raw("</office:automatic-styles><office:master-styles>")
        for (index, page) in pages.enumerated() {
            out.raw(#"<style:master-page style:name=""# + page.masterName + #"" style:page-layout-name="pm"#)
            out.int(index + 1)
            out.raw(#""/>"#)
        }
        out.raw("</office:master-styles></office:document-styles>")
        return out.bytes
    }

    /// A kind of printed page: its orientation and how the sheet is laid on it.
    struct Page: Hashable {
        var landscape: Bool
        var layout: PrintLayout

        /// `Default` and `Landscape` for the fitted pages, `Landscape82` for a landscape page at 82 %.
        var masterName: String {
            switch layout {
            case .fitToWidth: landscape ? "Landscape" : "Default"
            case .flowing(let scale): (landscape ? "Landscape" : "Portrait") + String(scale)
            }
        }

    }

    /// The pages the workbook's sheets print on, the two fitted ones always, then the others in order of first use;
    /// and the page of each sheet.
    struct Pages {
        var pages = [Page(landscape: false, layout: .fitToWidth), Page(landscape: true, layout: .fitToWidth)]
        /// For each sheet, the index of its page.
        var ofSheet: [Int] = []

        init(_ workbook: Workbook) {
            for sheet in workbook.sheets {
                let page = Page(landscape: sheet.landscape, layout: sheet.printLayout)
                if let index = pages.firstIndex(of: page) {
                    ofSheet.append(index)
                } else {
                    pages.append(page)
                    ofSheet.append(pages.count - 1)
                }
            }
        }
    }

    private static func settings(_ workbook: Workbook) -> [UInt8] {
        var out = XMLBuilder()
        out.raw(XMLBuilder.declaration)
        out.raw(
            #"<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3"><office:settings>"#
        )
        out.raw(
            #"<config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>"#
        )
        out.raw(#"<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>"#)
        out.raw(#"<config:config-item-map-named config:name="Tables">"#)
        func item(_ name: String, _ type: String, _ value: Int, _ out: inout XMLBuilder) {
            out.raw(#"<config:config-item config:name=""# + name + #"" config:type=""# + type + #"">"#)
            out.int(value)
            out.raw("</config:config-item>")
        }
        for sheet in workbook.sheets {
            out.raw("<config:config-item-map-entry")
            out.attribute("config:name", sheet.name)
            out.raw(">")
            let columns = max(0, sheet.frozenColumns)
            let rows = max(0, sheet.frozenRows)
            item("HorizontalSplitMode", "short", columns > 0 ? 2 : 0, &out)
            item("VerticalSplitMode", "short", rows > 0 ? 2 : 0, &out)
            item("HorizontalSplitPosition", "int", columns, &out)
            item("VerticalSplitPosition", "int", rows, &out)
            item("ActiveSplitRange", "short", rows > 0 ? 2 : columns > 0 ? 3 : 2, &out)
            item("PositionLeft", "int", 0, &out)
            item("PositionRight", "int", columns, &out)
            item("PositionTop", "int", 0, &out)
            item("PositionBottom", "int", rows, &out)
            out.raw("</config:config-item-map-entry>")
        }
        out.raw("</config:config-item-map-named>")
        out.raw(#"<config:config-item config:name="ActiveTable" config:type="string">"#)
        out.text(workbook.sheets.first?.name ?? "")
        out.raw("</config:config-item></config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>")
        out.raw("</office:settings></office:document-settings>")
        return out.bytes
    }

    // MARK: content.xml

    /// Cell styles (`ce…`) and number styles (`N…`) for the distinct styles used, in order of first use.
    private struct Styles {
        var cellStyles: [Style] = []
        var names: [Style: String] = [:]
        var formats: [NumberFormat] = []

        mutating func name(_ style: Style) -> String? {
            if style == Style() { return nil }
            if let name = names[style] { return name }
            cellStyles.append(style)
            let name = "ce" + String(cellStyles.count)
            names[style] = name
            if style.format != .general, !formats.contains(style.format) { formats.append(style.format) }
            return name
        }

        func formatName(_ format: NumberFormat) -> String? {
            formats.firstIndex(of: format).map { "N\($0 + 1)" }
        }
    }

    private static func content(_ workbook: Workbook, pages: Pages) -> [UInt8] {
        // Styles are declared before the cells that use them: name them all first.
        var styles = Styles()
        for sheet in workbook.sheets {
            for row in sheet.rows {
                for cell in row where cell != .empty { _ = styles.name(cell.style.effective(for: cell.value)) }
            }
        }
        var validationCount = 0
        var validations = XMLBuilder()
        let widths = columnWidthsInUse(workbook)
        let widthStyles = Dictionary(uniqueKeysWithValues: widths.enumerated().map { ($1, "co" + String($0 + 1)) })
        let heights = rowHeightsInUse(workbook)
        let heightStyles = Dictionary(uniqueKeysWithValues: heights.enumerated().map { ($1, "ro" + String($0 + 1)) })

        var out = XMLBuilder(capacity: workbook.sheets.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.count } } * 160 + 8192)
        out.raw(XMLBuilder.declaration)
        out.raw("<office:document-content" + namespaces + "><office:automatic-styles>")
        for (index, format) in styles.formats.enumerated() {
            numberStyle(format, name: "N\(index + 1)", &out)
        }
        for (index, width) in widths.enumerated() {
            out.raw(#"<style:style style:name="co"#)
            out.int(index + 1)
            out.raw(#"" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width=""#)
            // One character of the default font is about 0.19 cm wide, plus some padding.
            out.raw(centimetres(width))
            out.raw(#""/></style:style>"#)
        }
        // A row of wrapped text gets the height its lines need, as in the .xlsx: LibreOffice keeps the height
        // an .ods gives (the default one when it gives none), and the text would run over the row above.
        for (index, height) in heights.enumerated() {
            out.raw(#"<style:style style:name="ro"#)
            out.int(index + 1)
            out.raw(#"" style:family="table-row"><style:table-row-properties style:row-height=""#)
            out.int(height)
            out.raw(#"pt" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>"#)
        }
        // One table style per page, `ta1` for `pm1`: the table style names the master page its sheet prints on.
        for (index, page) in pages.pages.enumerated() {
            out.raw(#"<style:style style:name="ta"#)
            out.int(index + 1)
            out.raw(#"" style:family="table" style:master-page-name=""# + page.masterName)
            out.raw(#""><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>"#)
        }
        let tableStyles = pages.ofSheet.map { "ta" + String($0 + 1) }
        for (index, style) in styles.cellStyles.enumerated() {
            out.raw(#"<style:style style:name="ce"#)
            out.int(index + 1)
            out.raw(#"" style:family="table-cell" style:parent-style-name="Default""#)
            if let format = styles.formatName(style.format) {
                out.raw(#" style:data-style-name=""# + format + "\"")
            }
            out.raw(">")
            if style.fill != nil || style.wrap {
                out.raw("<style:table-cell-properties")
                if let fill = style.fill { out.raw(##" fo:background-color="#"## + fill.rgb + "\"") }
                if style.wrap { out.raw(#" fo:wrap-option="wrap""#) }
                out.raw("/>")
            }
            if let alignment = style.alignment {
                out.raw(#"<style:paragraph-properties fo:text-align=""#)
                out.raw(alignment == .left ? "start" : alignment == .center ? "center" : "end")
                out.raw(#""/>"#)
            }
            if style.bold || style.italic {
                out.raw("<style:text-properties")
                if style.bold { out.raw(#" fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold""#) }
                if style.italic { out.raw(#" fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic""#) }
                out.raw("/>")
            }
            out.raw("</style:style>")
        }
        out.raw("</office:automatic-styles><office:body><office:spreadsheet>")
        // Validations come before the tables; they are few, so the tables go to their own buffer only when there are some.
        let hasValidations = workbook.sheets.contains { !$0.validations.isEmpty }
        var body = hasValidations ? XMLBuilder(capacity: out.bytes.capacity) : out
        if !hasValidations { out = XMLBuilder(capacity: 0) }
        for (sheet, tableStyle) in zip(workbook.sheets, tableStyles) {
            table(
                sheet, tableStyle: tableStyle, widthStyles: widthStyles, heightStyles: heightStyles, styles: &styles, body: &body,
                validations: &validations,
                validationCount: &validationCount)
        }
        if hasValidations {
            if validationCount > 0 {
                out.raw("<table:content-validations>")
                out.bytes += validations.bytes
                out.raw("</table:content-validations>")
            }
            out.bytes += body.bytes
        } else {
            out = body
        }
        out.raw("</office:spreadsheet></office:body></office:document-content>")
        return out.bytes
    }

    /// Distinct row heights across the workbook, in points (at most 409, as in the .xlsx), so each becomes one row style.
    private static func rowHeightsInUse(_ workbook: Workbook) -> [Int] {
        var heights: Set<Int> = []
        for sheet in workbook.sheets {
            for (row, height) in sheet.rowHeights where height > 0 && row < sheet.rows.count { heights.insert(min(height, 409)) }
        }
        return heights.sorted()
    }

    /// Distinct column widths across the workbook, so each becomes one column style.
    private static func columnWidthsInUse(_ workbook: Workbook) -> [Int] {
        var widths: [Int] = []
        for sheet in workbook.sheets {
            for width in sheet.columnWidths where !widths.contains(width) { widths.append(width) }
        }
        return widths
    }

    private static func centimetres(_ characters: Int) -> String {
        let hundredths = PrintLayout.columnWidth(characters: characters)
        return String(hundredths / 100) + "." + FrenchDisplay.pad(hundredths % 100, 2) + "cm"
    }

    private static func numberStyle(_ format: NumberFormat, name: String, _ out: inout XMLBuilder) {
        let french = #" number:language="fr" number:country="FR""#
        func number(_ places: Int, grouping: Bool) -> String {
            #"<number:number number:decimal-places=""# + String(places) + #"" number:min-decimal-places=""# + String(places)
                + #"" number:min-integer-digits="1""# + (grouping ? #" number:grouping="true""# : "") + "/>"
        }
        switch format {
        case .general:
            break
        case .integer:
            out.raw(#"<number:number-style style:name=""# + name + "\"" + french + ">" + number(0, grouping: true) + "</number:number-style>")
        case .decimal(let places):
            out.raw(
                #"<number:number-style style:name=""# + name + "\"" + french + ">" + number(max(0, places), grouping: true) + "</number:number-style>"
            )
        case .currency:
            let symbol = #"<number:text> </number:text><number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol>"#
            out.raw(
                #"<number:currency-style style:name=""# + name + #"P0" style:volatile="true""# + french + ">" + number(2, grouping: true) + symbol
                    + "</number:currency-style>")
            out.raw(
                #"<number:currency-style style:name=""# + name + "\"" + french + "><number:text>-</number:text>" + number(2, grouping: true) + symbol)
            out.raw(#"<style:map style:condition="value()&gt;=0" style:apply-style-name=""# + name + #"P0"/></number:currency-style>"#)
        case .percent(let places):
            out.raw(
                #"<number:percentage-style style:name=""# + name + "\"" + french + ">" + number(max(0, places), grouping: false)
                    + "<number:text> %</number:text></number:percentage-style>")
        case .monthYear:
            out.raw(
                #"<number:date-style style:name=""# + name + "\"" + french
                    + #"><number:month number:textual="true"/><number:text> </number:text><number:year number:style="long"/></number:date-style>"#)
        case .date:
            out.raw(
                #"<number:date-style style:name=""# + name + "\"" + french
                    + #"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>"#
            )
        }
    }

    /// A validation's zero-based bounds and its name in `table:content-validations`.
    private struct Validation {
        var top: Int, left: Int, bottom: Int, right: Int
        var name: String
    }

    /// A merged range: its top-left cell spans it, the others are covered cells.
    private struct Merge {
        var top: Int, left: Int, bottom: Int, right: Int

        func covers(row: Int, column: Int) -> Bool {
            top <= row && row <= bottom && left <= column && column <= right && (row != top || column != left)
        }
    }

    private static func table(
        _ sheet: Sheet, tableStyle: String, widthStyles: [Int: String], heightStyles: [Int: String], styles: inout Styles,
        body out: inout XMLBuilder,
        validations list: inout XMLBuilder,
        validationCount: inout Int
    ) {
        var validations: [Validation] = []
        for validation in sheet.validations {
            guard let bounds = CellReference.parseRange(validation.range), !validation.allowed.isEmpty else { continue }
            validationCount += 1
            let name = "val\(validationCount)"
            validations.append(Validation(top: bounds.top, left: bounds.left, bottom: bounds.bottom, right: bounds.right, name: name))
            list.raw(#"<table:content-validation table:name=""# + name + "\"")
            let items = validation.allowed.map { "\"" + $0.replacing("\"", with: "\"\"") + "\"" }.joined(separator: ";")
            list.attribute("table:condition", "of:cell-content-is-in-list(" + items + ")")
            list.raw(#" table:allow-empty-cell="true" table:display-list="unsorted""#)
            list.attribute("table:base-cell-address", quotedSheet(sheet.name) + "." + CellReference.name(row: bounds.top, column: bounds.left))
            list.raw(">")
            if let prompt = validation.prompt {
                list.raw(#"<table:help-message table:display="true"><text:p>"#)
                list.text(prompt)
                list.raw("</text:p></table:help-message>")
            }
            list.raw(#"<table:error-message table:display="true" table:message-type="stop"/></table:content-validation>"#)
        }

        var merges: [Merge] = []
        for merge in sheet.merges {
            guard let bounds = CellReference.parseRange(merge), bounds.bottom > bounds.top || bounds.right > bounds.left else { continue }
            merges.append(Merge(top: bounds.top, left: bounds.left, bottom: bounds.bottom, right: bounds.right))
        }
        var rowStyles: [Int: String] = [:]
        for (row, height) in sheet.rowHeights where height > 0 && row < sheet.rows.count {
            rowStyles[row] = heightStyles[min(height, 409)]
        }
        let layout = Layout(validations: validations, merges: merges, rowStyles: rowStyles)

        out.raw("<table:table")
        out.attribute("table:name", sheet.name)
        out.raw(#" table:style-name=""# + tableStyle + "\"")
        if let area = sheet.printArea {
            let name = quotedSheet(sheet.name) + "."
            out.attribute(
                "table:print-ranges", name + "A1:" + name + CellReference.name(row: area.rows - 1, column: area.columns - 1))
        }
        out.raw(">")
        // The frozen columns are header columns, repeated on every printed page; a column without a width of its own
        // among them gets the default one.
        let headerColumns = max(0, sheet.frozenColumns)
        if sheet.columnWidths.isEmpty && headerColumns == 0 {
            out.raw(#"<table:table-column table:default-cell-style-name="Default"/>"#)
        }
        for index in 0..<max(sheet.columnWidths.count, headerColumns) {
            if index == 0 && headerColumns > 0 { out.raw("<table:table-header-columns>") }
            if index < sheet.columnWidths.count {
                out.raw(
                    #"<table:table-column table:style-name=""# + widthStyles[sheet.columnWidths[index], default: "co1"]
                        + #"" table:default-cell-style-name="Default"/>"#)
            } else {
                out.raw(#"<table:table-column table:default-cell-style-name="Default"/>"#)
            }
            if index + 1 == headerColumns { out.raw("</table:table-header-columns>") }
        }

        let lastValidationRow = max(validations.map(\.bottom).max() ?? -1, merges.map(\.bottom).max() ?? -1)
        let frozen = min(max(0, sheet.frozenRows), max(sheet.rows.count, lastValidationRow + 1))
        var row = 0
        let end = max(sheet.rows.count, lastValidationRow + 1)
        while row < end {
            if row == 0 && frozen > 0 { out.raw("<table:table-header-rows>") }
            if row < sheet.rows.count {
                writeRow(sheet.rows[row], row: row, layout: layout, styles: &styles, &out)
                row += 1
            } else {
                // Past the data only validations remain: rows alike are written once, repeated.
                var next = end
                let bounds = validations.map { ($0.top, $0.bottom) } + merges.map { ($0.top, $0.bottom) }
                for (top, bottom) in bounds {
                    if top > row && top < next { next = top }
                    if top == row && row + 1 < next { next = row + 1 }  // the row holding a merge's top-left cell
                    if bottom >= row && bottom + 1 < next { next = bottom + 1 }
                }
                if row < frozen { next = min(next, frozen) }
                out.raw("<table:table-row")
                if next - row > 1 {
                    out.raw(#" table:number-rows-repeated=""#)
                    out.int(next - row)
                    out.raw("\"")
                }
                out.raw(">")
                writeCells([], row: row, layout: layout, styles: &styles, &out)
                out.raw("</table:table-row>")
                row = next
            }
            if frozen > 0 && row == frozen { out.raw("</table:table-header-rows>") }
        }
        if end == 0 {
            out.raw("<table:table-row><table:table-cell/></table:table-row>")
        }
        out.raw("</table:table>")
    }

    /// What lies over the cells of a sheet besides their contents.
    private struct Layout {
        var validations: [Validation]
        var merges: [Merge]
        /// The row style of each row with a height of its own (zero-based row index).
        var rowStyles: [Int: String]
    }

    private static func writeRow(_ cells: [Cell], row: Int, layout: Layout, styles: inout Styles, _ out: inout XMLBuilder) {
        if let style = layout.rowStyles[row] {
            out.raw(#"<table:table-row table:style-name=""# + style + #"">"#)
        } else {
            out.raw("<table:table-row>")
        }
        writeCells(cells, row: row, layout: layout, styles: &styles, &out)
        out.raw("</table:table-row>")
    }

    private static func writeCells(_ cells: [Cell], row: Int, layout: Layout, styles: inout Styles, _ out: inout XMLBuilder) {
        let validations = layout.validations.filter { $0.top <= row && row <= $0.bottom }
        let merges = layout.merges.filter { $0.top <= row && row <= $0.bottom }
        let end = max(cells.count, (validations.map(\.right).max() ?? -1) + 1, (merges.map(\.right).max() ?? -1) + 1)
        func validation(_ column: Int) -> String? { validations.last { $0.left <= column && column <= $0.right }?.name }
        func covered(_ column: Int) -> Bool { merges.contains { $0.covers(row: row, column: column) } }
        func span(_ column: Int) -> Merge? { merges.first { $0.top == row && $0.left == column } }
        var column = 0
        if end == 0 { out.raw("<table:table-cell/>") }
        while column < end {
            let cell = column < cells.count ? cells[column] : .empty
            let isCovered = covered(column)
            let spanned = span(column)
            if cell == .empty && spanned == nil {
                // Empty cells alike are written once, repeated.
                let name = validation(column)
                var next = column + 1
                while next < end, next >= cells.count || cells[next] == .empty, validation(next) == name,
                    covered(next) == isCovered, span(next) == nil
                {
                    next += 1
                }
                out.raw(isCovered ? "<table:covered-table-cell" : "<table:table-cell")
                if next - column > 1 {
                    out.raw(#" table:number-columns-repeated=""#)
                    out.int(next - column)
                    out.raw("\"")
                }
                if let name { out.raw(#" table:content-validation-name=""# + name + "\"") }
                out.raw("/>")
                column = next
                continue
            }
            writeCell(cell, validation: validation(column), span: spanned, covered: isCovered, styles: &styles, &out)
            column += 1
        }
    }

    private static func writeCell(
        _ cell: Cell, validation: String?, span: Merge?, covered: Bool, styles: inout Styles, _ out: inout XMLBuilder
    ) {
        let style = cell.style.effective(for: cell.value)
        let element = covered ? "table:covered-table-cell" : "table:table-cell"
        out.raw("<" + element)
        if let span {
            out.raw(#" table:number-columns-spanned=""#)
            out.int(span.right - span.left + 1)
            out.raw(#"" table:number-rows-spanned=""#)
            out.int(span.bottom - span.top + 1)
            out.raw("\"")
        }
        if let name = styles.name(style) { out.raw(#" table:style-name=""# + name + "\"") }
        if let validation { out.raw(#" table:content-validation-name=""# + validation + "\"") }
        if let formula = cell.formula {
            let excel = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
            out.attribute("table:formula", "of:=" + OpenFormula.translate(excel))
        }
        switch cell.value {
        case .empty:
            out.raw("/>")
            return
        case .text(let text):
            out.raw(#" office:value-type="string">"#)
            if text.utf8.contains(UInt8(ascii: "\n")) {
                for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    out.raw("<text:p>")
                    writeParagraph(String(paragraph), &out)
                    out.raw("</text:p>")
                }
            } else {
                out.raw("<text:p>")
                writeParagraph(text, &out)
                out.raw("</text:p>")
            }
            out.raw("</" + element + ">")
            return
        case .boolean(let flag):
            out.raw(
                flag ? #" office:value-type="boolean" office:boolean-value="true">"# : #" office:value-type="boolean" office:boolean-value="false">"#)
        case .date(let year, let month, let day):
            out.raw(#" office:value-type="date" office:date-value=""#)
            out.raw(FrenchDisplay.pad(year, 4) + "-" + FrenchDisplay.pad(month, 2) + "-" + FrenchDisplay.pad(day, 2))
            out.raw("\">")
        case .number(let decimal):
            precondition(DecimalText.isPlain(decimal), "not a plain decimal: \(decimal)")
            switch style.format {
            case .currency: out.raw(#" office:value-type="currency" office:currency="EUR" office:value=""#)
            case .percent: out.raw(#" office:value-type="percentage" office:value=""#)
            default: out.raw(#" office:value-type="float" office:value=""#)
            }
            out.raw(decimal)
            out.raw("\">")
        }
        out.raw("<text:p>")
        out.text(FrenchDisplay.text(cell.value, style.format))
        out.raw("</text:p></" + element + ">")
    }

    /// Runs of spaces survive only as `<text:s text:c="n"/>`; tabs as `<text:tab/>`.
    private static func writeParagraph(_ text: String, _ out: inout XMLBuilder) {
        let utf8 = text.utf8
        var plain = utf8.first != UInt8(ascii: " ") && utf8.last != UInt8(ascii: " ")
        var previous: UInt8 = 0
        for byte in utf8 where plain {
            if byte == UInt8(ascii: "\t") || (byte == UInt8(ascii: " ") && previous == byte) { plain = false }
            previous = byte
        }
        if plain {
            out.text(text)
            return
        }
        var pendingSpaces = 0
        var run = ""
        func flush(_ out: inout XMLBuilder) {
            out.text(run)
            run = ""
        }
        var atStart = true
        for character in text {
            if character == " " {
                pendingSpaces += 1
                continue
            }
            if pendingSpaces > 0 {
                if pendingSpaces == 1 && !atStart {
                    run += " "
                } else {
                    flush(&out)
                    let extra = atStart ? pendingSpaces : pendingSpaces - 1
                    if !atStart { out.raw(" ") }
                    out.raw(extra == 1 ? "<text:s/>" : #"<text:s text:c=""# + String(extra) + #""/>"#)
                }
                pendingSpaces = 0
            }
            atStart = false
            if character == "\t" {
                flush(&out)
                out.raw("<text:tab/>")
            } else {
                run.append(character)
            }
        }
        flush(&out)
        if pendingSpaces > 0 { out.raw(pendingSpaces == 1 ? "<text:s/>" : #"<text:s text:c=""# + String(pendingSpaces) + #""/>"#) }
    }

    /// `'Mois par mois'` for a table reference (quotes doubled inside).
    static func quotedSheet(_ name: String) -> String {
        "'" + name.replacing("'", with: "''") + "'"
    }
}
