import Enveloppe

/// `enveloppe presets`: each call with its parameters and their sources.
public struct PresetsDocument: Document {
    public let calls: [Call]

    public init(_ calls: [Call]) { self.calls = calls }

    public static let formats: [OutputFormat] = [.text]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch format {
        case .text: PresetsText(words: words).render(calls).bytes
        default: Self.unsupported(format)
        }
    }
}
