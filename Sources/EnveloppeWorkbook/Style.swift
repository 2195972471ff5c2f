/// How a cell looks. The writers turn each distinct style into one format-specific
/// style entry, so styles are compared by value.
public struct Style: Sendable, Hashable {
    public var format: NumberFormat
    public var bold: Bool
    public var italic: Bool
    public var wrap: Bool
    public var fill: Fill?
    public var alignment: Alignment?

    public init(
        format: NumberFormat = .general, bold: Bool = false, italic: Bool = false, wrap: Bool = false,
        fill: Fill? = nil, alignment: Alignment? = nil
    ) {
        self.format = format
        self.bold = bold
        self.italic = italic
        self.wrap = wrap
        self.fill = fill
        self.alignment = alignment
    }

    /// A date value needs a date format to show as a date; `.general` would show its serial number.
    func effective(for value: Value) -> Style {
        guard case .date = value, format == .general else { return self }
        var style = self
        style.format = .date
        return style
    }

    public enum Alignment: Sendable, Hashable {
        case left, center, right
    }
}
