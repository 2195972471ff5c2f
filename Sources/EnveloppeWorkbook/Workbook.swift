/// A spreadsheet to write, independent of the file format: the writers turn the same
/// value into .xlsx and .ods, so the caller describes a workbook once.
public struct Workbook: Sendable, Hashable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// Sheet names must be valid and unique: both formats reject duplicates, and a bad
    /// name is a programming error of the caller, not a user input.
    func validate() {
        var seen: Set<String> = []
        for sheet in sheets {
            precondition(Sheet.isValidName(sheet.name), "invalid sheet name: \(sheet.name)")
            // Excel compares sheet names without regard to case.
            precondition(seen.insert(sheet.name.lowercased()).inserted, "duplicate sheet name: \(sheet.name)")
        }
        precondition(!sheets.isEmpty, "a workbook needs at least one sheet")
    }
}
