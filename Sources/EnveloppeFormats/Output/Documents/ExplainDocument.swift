import Enveloppe

/// `enveloppe explain`: the figures with their identifiers, or one figure's derivation
/// down to the scenario's fields and the call's text.
public enum ExplainDocument: Document {
    case list([Figure], title: String)
    case tree(Figure)

    public static let formats: [OutputFormat] = [.text, .json]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch (self, format) {
        case (.list(let figures, let title), .text): ExplainText(words: words).list(figures, title: title).bytes
        case (.list(let figures, let title), .json): ExplainJSON(words: words).list(figures, title: title).bytes
        case (.tree(let figure), .text): ExplainText(words: words).tree(figure).bytes
        case (.tree(let figure), .json): ExplainJSON(words: words).tree(figure).bytes
        default: Self.unsupported(format)
        }
    }
}
