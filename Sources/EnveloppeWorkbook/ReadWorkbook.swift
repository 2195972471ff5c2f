/// A workbook as read from a file: sheets of plain values, whatever the format.
public struct ReadWorkbook: Sendable {
    public enum Kind: Sendable, Hashable {
        case xlsx, ods
    }

    public var format: Kind
    public var sheets: [ReadSheet]

    public init(format: Kind, sheets: [ReadSheet]) {
        self.format = format
        self.sheets = sheets
    }

    public func sheet(named name: String) -> ReadSheet? {
        sheets.first { $0.name == name }
    }
}

/// One sheet's cells, dense from A1: each row runs to its last non-empty cell, rows
/// with nothing in them are empty arrays, and trailing empty rows are left out.
public struct ReadSheet: Sendable {
    public var name: String
    public var rows: [[ReadCell]]

    public init(name: String, rows: [[ReadCell]]) {
        self.name = name
        self.rows = rows
    }

    /// The cell at an A1 reference such as `"D4"`, or nil past the end of its row.
    public func cell(_ reference: String) -> ReadCell? {
        guard let position = CellReference.parse(reference), position.row < rows.count else { return nil }
        let row = rows[position.row]
        return position.column < row.count ? row[position.column] : nil
    }
}

/// One cell as read: where it is, its (cached) value and its formula if any.
public struct ReadCell: Sendable, Hashable {
    /// The A1 reference, e.g. `"D4"`.
    public var reference: String
    public var value: ReadValue
    /// The formula without its leading `=`: Excel syntax from .xlsx, OpenFormula from .ods.
    public var formula: String?

    public init(reference: String, value: ReadValue, formula: String? = nil) {
        self.reference = reference
        self.value = value
        self.formula = formula
    }
}

/// A value as read. Numbers stay text, exactly as stored, so the caller parses them with
/// its own exact decimal rules.
public enum ReadValue: Sendable, Hashable {
    case empty
    case text(String)
    /// The number as written in the file, e.g. `"1234.56"` or `"1.2345E+2"`.
    case number(String)
    case boolean(Bool)
    case date(year: Int, month: Int, day: Int)
    /// A spreadsheet error such as `"#DIV/0!"`.
    case error(String)
    /// A formula whose result the file does not hold (never calculated).
    case missingCachedValue
}
