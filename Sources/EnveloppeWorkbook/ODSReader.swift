/// Reads the cells of an .ods package from content.xml. Repeated rows and columns are
/// expanded only when they hold something, so the usual trailing "a million empty rows"
/// costs nothing, and every expansion counts against the cell limit.
enum ODSReader {
    static func read(_ package: inout ZIPPackage) throws(WorkbookError) -> ReadWorkbook {
        let part = "content.xml"
        var tokenizer = XMLTokenizer(try package.requiredPart(part), part: part)
        var sheets: [ReadSheet] = []
        var budget = package.limits.maximumCells
        while let event = try tokenizer.next() {
            guard case .start(let element) = event, element.localName == "table" else { continue }
            let name = element.attribute("name") ?? "Sheet\(sheets.count + 1)"
            let rows = try readTable(&tokenizer, limit: budget)
            budget -= rows.reduce(0) { $0 + max(1, $1.count) }
            sheets.append(ReadSheet(name: name, rows: rows))
        }
        return ReadWorkbook(format: .ods, sheets: sheets)
    }

    /// One non-empty cell of a row, before the row's own repetition is applied.
    private struct Pending {
        var column: Int
        var value: ReadValue
        var formula: String?
    }

    private static func readTable(_ tokenizer: inout XMLTokenizer, limit: Int) throws(WorkbookError) -> [[ReadCell]] {
        var grid = GridBuilder(limit: max(0, limit))
        var row = 0
        try tokenizer.eachChildElement { (tokenizer, element) throws(WorkbookError) in
            switch element.localName {
            case "table-row":
                let repeats = count(element.attribute("number-rows-repeated"))
                let cells = try readRow(&tokenizer, limit: limit)
                if !cells.isEmpty {
                    for offset in 0..<min(repeats, max(0, CellReference.maximumRows - row)) {
                        for cell in cells {
                            try grid.set(row: row + offset, column: cell.column, cell.value, formula: cell.formula)
                        }
                    }
                }
                row = min(row + repeats, CellReference.maximumRows)
            case "table-header-rows", "table-row-group", "table-rows":
                break  // rows inside are read as the table's own
            default:
                try tokenizer.skipElement()  // columns, shapes, named ranges, nested tables
            }
        }
        return grid.build()
    }

    /// `table:number-…-repeated`: at least 1, at most the grid.
    private static func count(_ text: String?) -> Int {
        guard let text, let number = Int(text.trimmingSpaces), number >= 1 else { return 1 }
        return min(number, CellReference.maximumRows)
    }

    private static func readRow(_ tokenizer: inout XMLTokenizer, limit: Int) throws(WorkbookError) -> [Pending] {
        var cells: [Pending] = []
        var column = 0
        try tokenizer.eachChildElement { (tokenizer, element) throws(WorkbookError) in
            guard element.localName == "table-cell" || element.localName == "covered-table-cell" else {
                try tokenizer.skipElement()
                return
            }
            let repeats = min(count(element.attribute("number-columns-repeated")), CellReference.maximumColumns)
            let (value, formula) = try readCell(element, &tokenizer)
            if value != .empty || formula != nil {
                for offset in 0..<min(repeats, max(0, CellReference.maximumColumns - column)) {
                    guard cells.count < limit else { throw .tooManyCells(limit: limit) }
                    cells.append(Pending(column: column + offset, value: value, formula: formula))
                }
            }
            column = min(column + repeats, CellReference.maximumColumns)
        }
        return cells
    }

    private static func readCell(_ element: XMLElement, _ tokenizer: inout XMLTokenizer) throws(WorkbookError) -> (ReadValue, String?) {
        let type = element.attribute(qualified: "office:value-type") ?? element.attribute("value-type")
        let calcType = element.attribute(qualified: "calcext:value-type")
        let formula = element.attribute("formula").map(stripNamespace)
        let text = try readParagraphs(&tokenizer)
        let missing: ReadValue = formula != nil ? .missingCachedValue : .empty
        switch type {
        case "float", "currency", "percentage":
            guard let value = element.attribute(qualified: "office:value")?.trimmingSpaces, !value.isEmpty else { return (missing, formula) }
            return (.number(value), formula)
        case "date":
            guard let value = element.attribute("date-value") else { return (missing, formula) }
            if let date = ISODate.parse(value) { return (.date(year: date.year, month: date.month, day: date.day), formula) }
            return (.text(text ?? value), formula)
        case "boolean":
            guard let value = element.attribute("boolean-value")?.trimmingSpaces else { return (missing, formula) }
            return (.boolean(value == "true" || value == "1"), formula)
        case "time":
            return (.text(text ?? element.attribute("time-value") ?? ""), formula)
        case "string":
            if calcType == "error" { return (.error(text ?? ""), formula) }
            if let value = element.attribute(qualified: "office:string-value") { return (.text(value), formula) }
            return (.text(text ?? ""), formula)
        default:
            if calcType == "error" { return (.error(text ?? ""), formula) }
            if let text, formula == nil { return (.text(text), nil) }
            return (missing, formula)
        }
    }

    /// `of:=SUM([.A1])` → `SUM([.A1])`: the namespace prefix (letters) and `=` go.
    static func stripNamespace(_ formula: String) -> String {
        var body = Substring(formula)
        if let colon = body.firstIndex(of: ":"), body[body.index(after: colon)...].hasPrefix("="),
            !body[..<colon].isEmpty, body[..<colon].allSatisfy({ $0.isASCII && $0.isLetter })
        {
            body = body[body.index(after: colon)...]
        }
        if body.hasPrefix("=") { body = body.dropFirst() }
        return String(body)
    }

    /// The text of a cell's `<text:p>`/`<text:h>` paragraphs joined with line breaks, or nil
    /// when it has none; annotations, frames and other children are left out.
    private static func readParagraphs(_ tokenizer: inout XMLTokenizer) throws(WorkbookError) -> String? {
        var paragraphs: [String] = []
        try tokenizer.eachChildElement { (tokenizer, element) throws(WorkbookError) in
            guard element.localName == "p" || element.localName == "h" else { return try tokenizer.skipElement() }
            paragraphs.append(try readParagraph(&tokenizer))
        }
        return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n")
    }

    private static func readParagraph(_ tokenizer: inout XMLTokenizer) throws(WorkbookError) -> String {
        var text = ""
        try tokenizer.eachEventInside { (tokenizer, event) throws(WorkbookError) in
            switch event {
            case .text(let piece): text += piece
            case .end: break
            case .start(let element):
                switch element.localName {
                case "s":
                    let spaces = min(count(element.attribute("c")), 10_000)
                    text += String(repeating: " ", count: spaces)
                case "tab": text += "\t"
                case "line-break": text += "\n"
                case "span", "a", "date", "time", "page-number", "sheet-name", "title", "file-name": break
                default: try tokenizer.skipElement()  // notes, frames, bookmarks' contents
                }
            }
        }
        return text
    }
}
