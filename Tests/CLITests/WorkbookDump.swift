import EnveloppeWorkbook

/// A workbook as readable text, for golden files a review can diff: each sheet's name, then each
/// non-empty cell on its own line, `B12 = 577000` or `B12 := 'Enveloppe'!H6 → 577000` for a formula
/// (with the value cached in the file). The bytes are deterministic; this is what they say.
enum WorkbookDump {
    static func text(_ bytes: [UInt8]) -> String {
        let workbook: ReadWorkbook
        do { workbook = try WorkbookReader.read(bytes) } catch { return "unreadable workbook: \(error)\n" }
        var out = "workbook \(workbook.format == .xlsx ? "xlsx" : "ods"), \(workbook.sheets.count) sheets\n"
        for sheet in workbook.sheets {
            out += "\n== \(sheet.name)\n"
            for row in sheet.rows {
                for cell in row where cell.value != .empty || cell.formula != nil {
                    let value = WorkbookDump.value(cell.value)
                    out += cell.formula.map { "\(cell.reference) := \($0) → \(value)\n" } ?? "\(cell.reference) = \(value)\n"
                }
            }
        }
        return out
    }

    static func value(_ value: ReadValue) -> String {
        switch value {
        case .empty: return ""
        case .text(let text): return text.replacing("\n", with: "⏎")
        case .number(let number): return number
        case .boolean(let flag): return flag ? "TRUE" : "FALSE"
        case .date(let year, let month, let day):
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        case .error(let error): return error
        case .missingCachedValue: return "(no cached value)"
        }
    }
}
