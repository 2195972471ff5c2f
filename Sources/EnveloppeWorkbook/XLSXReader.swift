/// Reads the cells of an .xlsx package: sheet order and names from the workbook part,
/// sheet parts through relationships, strings, numbers, booleans, errors, formulas, and
/// dates recognised from the cell's number format (a date is a number with a date style).
enum XLSXReader {
    static func read(_ package: inout ZIPPackage) throws(WorkbookError) -> ReadWorkbook {
        let rootRelations = try relationships(&package, of: "")
        let workbookPath = rootRelations.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let workbookBytes = try package.requiredPart(workbookPath)
        var sheetRefs: [(name: String, id: String)] = []
        var base1904 = false
        var tokenizer = XMLTokenizer(workbookBytes, part: workbookPath)
        while let event = try tokenizer.next() {
            guard case .start(let element) = event else { continue }
            switch element.localName {
            case "sheet":
                let id =
                    element.attributes.first { $0.name.contains(":") && XMLElement.localName(of: $0.name) == "id" }?.value
                    ?? element.attribute("id") ?? ""
                sheetRefs.append((element.attribute("name") ?? "Sheet\(sheetRefs.count + 1)", id))
            case "workbookPr":
                let value = element.attribute("date1904")
                base1904 = value == "1" || value == "true"
            default: break
            }
        }
        let relations = try relationships(&package, of: workbookPath)
        var sharedStrings: [String] = []
        if let path = relations.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target ?? fallback(&package, "xl/sharedStrings.xml"),
            let bytes = try package.part(path)
        {
            sharedStrings = try readSharedStrings(bytes, part: path)
        }
        var dateStyles: [Bool] = []
        if let path = relations.first(where: { $0.type.hasSuffix("/styles") })?.target ?? fallback(&package, "xl/styles.xml"),
            let bytes = try package.part(path)
        {
            dateStyles = try readDateStyles(bytes, part: path)
        }
        var sheets: [ReadSheet] = []
        var budget = package.limits.maximumCells
        for (index, reference) in sheetRefs.enumerated() {
            let path = relations.first { $0.id == reference.id }?.target ?? "xl/worksheets/sheet\(index + 1).xml"
            // A chart sheet or a dialog sheet has no cells: an empty sheet keeps the order.
            guard let bytes = try package.part(path) else {
                sheets.append(ReadSheet(name: reference.name, rows: []))
                continue
            }
            let rows = try readSheet(
                bytes, part: path, sharedStrings: sharedStrings, dateStyles: dateStyles, base1904: base1904, limit: budget)
            budget -= rows.reduce(0) { $0 + max(1, $1.count) }
            sheets.append(ReadSheet(name: reference.name, rows: rows))
        }
        return ReadWorkbook(format: .xlsx, sheets: sheets)
    }

    private static func fallback(_ package: inout ZIPPackage, _ path: String) -> String? {
        package.contains(path) ? path : nil
    }

    struct Relationship {
        var id: String
        var type: String
        /// The target as a part name from the package root.
        var target: String
    }

    /// The relationships of `part` ("" for the package), targets resolved against its folder.
    static func relationships(_ package: inout ZIPPackage, of part: String) throws(WorkbookError) -> [Relationship] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let path = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard let bytes = try package.part(path) else { return [] }
        var tokenizer = XMLTokenizer(bytes, part: path)
        var result: [Relationship] = []
        while let event = try tokenizer.next() {
            guard case .start(let element) = event, element.localName == "Relationship",
                element.attribute("TargetMode") != "External", let target = element.attribute("Target")
            else { continue }
            result.append(
                Relationship(id: element.attribute("Id") ?? "", type: element.attribute("Type") ?? "", target: resolve(target, from: folder)))
        }
        return result
    }

    /// `worksheets/sheet1.xml` from `xl` → `xl/worksheets/sheet1.xml`; `/xl/a.xml` → `xl/a.xml`; `..` climbs.
    static func resolve(_ target: String, from folder: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == "." { continue }
            if piece == ".." {
                _ = components.popLast()
            } else {
                components.append(piece)
            }
        }
        return components.joined(separator: "/")
    }

    /// Each `<si>`: its `<t>` runs concatenated, phonetic guides (`<rPh>`) left out.
    static func readSharedStrings(_ bytes: [UInt8], part: String) throws(WorkbookError) -> [String] {
        var tokenizer = XMLTokenizer(bytes, part: part)
        var strings: [String] = []
        var current: String?
        while let event = try tokenizer.next() {
            switch event {
            case .start(let element):
                switch element.localName {
                case "si": current = ""
                case "rPh": try tokenizer.skipElement()
                case "t" where current != nil: current! += try tokenizer.textContent()
                default: break
                }
            case .end(let name):
                if name == "si", let text = current {
                    strings.append(text)
                    current = nil
                }
            case .text: break
            }
        }
        return strings
    }

    /// For each cell format (`cellXfs` entry), whether its number format shows a date.
    static func readDateStyles(_ bytes: [UInt8], part: String) throws(WorkbookError) -> [Bool] {
        var tokenizer = XMLTokenizer(bytes, part: part)
        var codes: [Int: String] = [:]
        var result: [Bool] = []
        var inCellFormats = false
        while let event = try tokenizer.next() {
            switch event {
            case .start(let element):
                switch element.localName {
                case "numFmt":
                    if let id = element.attribute("numFmtId").flatMap({ Int($0) }) { codes[id] = element.attribute("formatCode") ?? "" }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats:
                    let id = element.attribute("numFmtId").flatMap { Int($0) } ?? 0
                    result.append(isDateFormat(id: id, code: codes[id]))
                    try tokenizer.skipElement()
                default: break
                }
            case .end(let name):
                if name == "cellXfs" { inCellFormats = false }
            case .text: break
            }
        }
        return result
    }

    /// Built-in date formats 14–22 and 45–47, or a custom code with d, m or y outside
    /// quotes, brackets and escapes.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (45...47).contains(id) { return true }
        guard let code else { return false }
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        // Only the first section matters: it formats the positive numbers dates are.
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "\\" where !inQuotes, "_" where !inQuotes, "*" where !inQuotes: escaped = true
            case ";" where !inQuotes && !inBrackets: return false
            case "d", "m", "y":
                if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    static func readSheet(
        _ bytes: [UInt8], part: String, sharedStrings: [String], dateStyles: [Bool], base1904: Bool, limit: Int
    ) throws(WorkbookError) -> [[ReadCell]] {
        var tokenizer = XMLTokenizer(bytes, part: part)
        var grid = GridBuilder(limit: max(0, limit))
        var inSheetData = false
        var row = -1
        var column = -1
        while let event = try tokenizer.next() {
            switch event {
            case .start(let element):
                switch element.localName {
                case "sheetData": inSheetData = true
                case "row" where inSheetData:
                    if let number = element.attribute("r").flatMap({ Int($0) }), number >= 1, number <= CellReference.maximumRows {
                        row = number - 1
                    } else {
                        row += 1
                    }
                    column = -1
                case "c" where inSheetData:
                    if let reference = element.attribute("r"), let position = CellReference.parse(reference) {
                        row = position.row
                        column = position.column
                    } else {
                        column += 1
                    }
                    row = max(row, 0)
                    let (value, formula) = try readCell(
                        element, &tokenizer, sharedStrings: sharedStrings, dateStyles: dateStyles, base1904: base1904)
                    try grid.set(row: row, column: column, value, formula: formula)
                default: break
                }
            case .end(let name):
                if name == "sheetData" { inSheetData = false }
            case .text: break
            }
        }
        return grid.build()
    }

    /// A `<c>` element from its start tag to its end tag.
    private static func readCell(
        _ element: XMLElement, _ tokenizer: inout XMLTokenizer, sharedStrings: [String], dateStyles: [Bool], base1904: Bool
    ) throws(WorkbookError) -> (ReadValue, String?) {
        let type = element.attribute("t") ?? "n"
        let style = element.attribute("s").flatMap { Int($0) } ?? 0
        var value: String?
        var formula: String?
        var inline: String?
        try tokenizer.eachChildElement { (tokenizer, child) throws(WorkbookError) in
            switch child.localName {
            case "v": value = try tokenizer.textContent()
            case "f":
                let text = try tokenizer.textContent()
                // The cells of a shared formula other than its master hold no text.
                if !text.isEmpty { formula = text }
            case "is": inline = try readInlineString(&tokenizer)
            default: try tokenizer.skipElement()
            }
        }
        return (makeValue(), formula)

        func makeValue() -> ReadValue {
            switch type {
            case "inlineStr": return .text(inline ?? value ?? "")
            case "s":
                guard let index = value.flatMap({ Int($0.trimmingSpaces) }), index >= 0, index < sharedStrings.count else {
                    return value == nil ? (formula == nil ? .empty : .missingCachedValue) : .error("#REF!")
                }
                return .text(sharedStrings[index])
            case "str":
                guard let value else { return formula == nil ? .empty : .missingCachedValue }
                return .text(value)
            case "b":
                guard let value else { return formula == nil ? .empty : .missingCachedValue }
                return .boolean(value.trimmingSpaces == "1" || value.trimmingSpaces == "true")
            case "e":
                guard let value else { return formula == nil ? .empty : .missingCachedValue }
                return .error(value)
            case "d":
                guard let value else { return formula == nil ? .empty : .missingCachedValue }
                if let date = ISODate.parse(value) { return .date(year: date.year, month: date.month, day: date.day) }
                return .text(value)
            default:
                guard let value = value?.trimmingSpaces, !value.isEmpty else { return formula == nil ? .empty : .missingCachedValue }
                if style >= 0, style < dateStyles.count, dateStyles[style], let serial = Double(value), serial.isFinite,
                    serial >= 0, serial < 3_000_000, let date = SerialDate.date(serial: Int(serial.rounded(.down)), base1904: base1904)
                {
                    return .date(year: date.year, month: date.month, day: date.day)
                }
                return .number(value)
            }
        }
    }

    /// `<is>`: its `<t>` runs, without phonetic guides.
    private static func readInlineString(_ tokenizer: inout XMLTokenizer) throws(WorkbookError) -> String {
        var text = ""
        try tokenizer.eachChildElement { (tokenizer, element) throws(WorkbookError) in
            switch element.localName {
            case "t": text += try tokenizer.textContent()
            case "rPh": try tokenizer.skipElement()
            default: break
            }
        }
        return text
    }
}

extension String {
    /// Without leading and trailing XML white space.
    var trimmingSpaces: String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !XMLTokenizer.isSpace($0) }),
            let last = bytes.lastIndex(where: { !XMLTokenizer.isSpace($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
