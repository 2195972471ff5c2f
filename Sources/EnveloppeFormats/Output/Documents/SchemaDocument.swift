import Enveloppe

/// `enveloppe schema`: the JSON Schema of scenario files.
public struct SchemaDocument: Document {
    public init() {}

    public static let formats: [OutputFormat] = [.json]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch format {
        case .json: ScenarioSchema.text(words.language).bytes
        default: Self.unsupported(format)
        }
    }
}
