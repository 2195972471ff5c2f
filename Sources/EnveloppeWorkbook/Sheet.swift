/// One sheet of a ``Workbook``: its cells and what a finance officer expects around them
/// (column widths, frozen header rows, drop-down lists, page setup for printing on A4: see ``PrintLayout``).
public struct Sheet: Sendable, Hashable {
    /// 1 to 31 characters, none of `[]:*?/\`, unique in the workbook (Excel's rules, the stricter of the two formats).
    public var name: String
    /// Widths in characters, per column from A; columns past the end keep the default width.
    public var columnWidths: [Int]
    /// `rows[0]` is row 1; a row may be shorter than others.
    public var rows: [[Cell]]
    /// Header rows kept on screen while scrolling, and repeated at the top of every printed page (0 = none).
    public var frozenRows: Int
    /// Leading columns kept on screen while scrolling, and repeated on the left of every printed page (0 = none).
    public var frozenColumns: Int
    public var validations: [ListValidation]
    /// Printed in landscape rather than portrait (always on A4; fitted to the page width when its text stays
    /// readable, otherwise at full size over several pages across: ``PrintLayout``).
    public var landscape: Bool
    /// Merged ranges such as `"A1:F1"`.
    public var merges: [String]
    /// Heights in points of the rows that need more than the default (zero-based row index), such as a
    /// row of wrapped text. Written in both formats: LibreOffice keeps the height a file gives a row, the
    /// default one when it gives none, and wrapped text would then run over the row above.
    public var rowHeights: [Int: Int]
    /// How many leading columns are printed, when the columns after them are for tools rather than for a reader
    /// (an identifier); `nil` prints every column.
    public var printedColumns: Int?

    public init(
        name: String, columnWidths: [Int] = [], rows: [[Cell]] = [], frozenRows: Int = 0, frozenColumns: Int = 0,
        validations: [ListValidation] = [], landscape: Bool = false, merges: [String] = [], rowHeights: [Int: Int] = [:],
        printedColumns: Int? = nil
    ) {
        precondition(Sheet.isValidName(name), "invalid sheet name: \(name)")
        self.name = name
        self.columnWidths = columnWidths
        self.rows = rows
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.validations = validations
        self.landscape = landscape
        self.merges = merges
        self.rowHeights = rowHeights
        self.printedColumns = printedColumns
    }

    /// Whether both Excel and LibreOffice accept `name` as a sheet name.
    public static func isValidName(_ name: String) -> Bool {
        let count = name.count
        guard count >= 1, count <= 31 else { return false }
        // A leading or trailing apostrophe is refused by Excel as well.
        if name.hasPrefix("'") || name.hasSuffix("'") { return false }
        return !name.unicodeScalars.contains { "[]:*?/\\".unicodeScalars.contains($0) || $0.value < 0x20 }
    }
}
