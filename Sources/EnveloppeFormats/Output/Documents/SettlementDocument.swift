import Enveloppe

/// `enveloppe settle`: planned and actual side by side, per operator and line, with the
/// balance or reversement, in the shape of the compte-rendu financier (CERFA 15059).
public struct SettlementDocument: Document {
    public let settlement: Settlement
    /// The call the conventions settled were granted under, and the counts file read, when the command knows them:
    /// the text and the page name them in their header, the JSON in two fields.
    public let call: Call?
    public let countsFile: String?

    public init(_ settlement: Settlement, call: Call? = nil, countsFile: String? = nil) {
        self.settlement = settlement
        self.call = call
        self.countsFile = countsFile
    }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        // The header names the kind of text the rules come from: « Appel : » for a call, « Règles : » otherwise.
        let words = call.map(words.about) ?? words
        return switch format {
        case .text: SettlementText(words: words).render(settlement, call: call, countsFile: countsFile).bytes
        case .json: SettlementJSON(words: words).render(settlement, call: call, countsFile: countsFile).bytes
        case .csv: SettlementCSV(words: words).render(settlement)
        case .html: SettlementHTML(words: words, date: date).render(settlement, call: call, countsFile: countsFile).bytes
        case .xlsx, .ods: try SettlementWorkbook(words: words).workbook(settlement).bytes(format)
        }
    }
}
