import Enveloppe

/// `enveloppe risk`: the simulated treasury of a scenario under its uncertain inputs.
public struct RiskDocument: Document {
    public let risk: RiskReport
    /// How many structures share the treasury simulated: one association's, or the structures' together (their
    /// opening cash pooled), as the run page's treasury is named.
    public let operators: Int

    public init(_ risk: RiskReport, operators: Int = 1) {
        self.risk = risk
        self.operators = operators
    }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch format {
        case .text: RiskText(words: words).render(risk, operators: operators).bytes
        case .json: RiskJSON(words: words).render(risk).bytes
        case .csv: RiskCSV(words: words).render(risk)
        case .html: RiskHTML(words: words, date: date).render(risk).bytes
        default: Self.unsupported(format)
        }
    }
}
