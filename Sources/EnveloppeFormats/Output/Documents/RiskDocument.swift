import Enveloppe

/// `enveloppe risk`: the simulated treasury of a scenario under its uncertain inputs.
public struct RiskDocument: Document {
    public let risk: RiskReport

    public init(_ risk: RiskReport) { self.risk = risk }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch format {
        case .text: RiskText(words: words).render(risk).bytes
        case .json: RiskJSON(words: words).render(risk).bytes
        case .csv: RiskCSV(words: words).render(risk)
        case .html: RiskHTML(words: words, date: date).render(risk).bytes
        default: Self.unsupported(format)
        }
    }
}
