/// One cell to write: a value, how it looks, and optionally the formula that computes it.
public struct Cell: Sendable, Hashable {
    /// For a formula cell, the cached result shown until the spreadsheet recalculates.
    public var value: Value
    public var style: Style
    /// Excel A1 syntax without the leading `=`, e.g. `"SUM(B2:B9)"` or `"'Mois par mois'!B2+C3"`.
    public var formula: String?

    public init(value: Value, style: Style = Style(), formula: String? = nil) {
        self.value = value
        self.style = style
        self.formula = formula
    }

    public static let empty = Cell(value: .empty)

    public static func text(_ text: String, style: Style = Style()) -> Cell {
        Cell(value: .text(text), style: style)
    }

    /// `decimal` must be plain decimal text such as `"-1234.56"`.
    public static func number(_ decimal: String, style: Style = Style()) -> Cell {
        precondition(DecimalText.isPlain(decimal), "not a plain decimal: \(decimal)")
        return Cell(value: .number(decimal), style: style)
    }

    public static func boolean(_ value: Bool, style: Style = Style()) -> Cell {
        Cell(value: .boolean(value), style: style)
    }

    public static func date(year: Int, month: Int, day: Int, style: Style = Style(format: .date)) -> Cell {
        Cell(value: .date(year: year, month: month, day: day), style: style)
    }

    /// A formula whose result, as computed by the caller, is `cached`.
    public static func formula(_ formula: String, cached: Value, style: Style = Style()) -> Cell {
        Cell(value: cached, style: style, formula: formula)
    }
}
