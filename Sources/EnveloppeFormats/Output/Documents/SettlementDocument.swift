import Enveloppe

/// `enveloppe settle`: planned and actual side by side, per operator and line, with the
/// balance or reversement, in the shape of the compte-rendu financier (CERFA 15059).
public struct SettlementDocument: Document {
    public let settlement: Settlement

    public init(_ settlement: Settlement) { self.settlement = settlement }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch format {
        case .text: SettlementText(words: words).render(settlement).bytes
        case .json: SettlementJSON(words: words).render(settlement).bytes
        case .csv: SettlementCSV(words: words).render(settlement)
        case .html: SettlementHTML(words: words, date: date).render(settlement).bytes
        case .xlsx, .ods: try SettlementWorkbook(words: words).workbook(settlement).bytes(format)
        }
    }
}
