import Enveloppe

/// `enveloppe settle`: planned and actual side by side, per operator and line, with the
/// balance or reversement, in the shape of the compte-rendu financier (CERFA 15059).
public struct SettlementDocument: Document {
    public let settlement: Settlement
    /// The call the conventions settled were granted under, and the counts file read, when the command knows them:
    /// the text and the page name them in their header, the JSON in two fields.
    public let call: Call?
    public let countsFile: String?
    /// Whether some convention settled was paid instalments after its advance (`rules.paymentTerms…instalments`):
    /// each convention's ``Settlement/ConventionSettlement/advance`` is then everything paid before the balance,
    /// and the tables say « Avance et acomptes » where they say « Avance » otherwise.
    public let instalments: Bool
    /// The table a CSV file holds (the other formats hold both).
    public let table: Table

    /// The tables of the CSV: the payments of each convention and line, or each operator's activity.
    public enum Table: String, CaseIterable, Sendable { case payments, activity }

    public init(
        _ settlement: Settlement, call: Call? = nil, countsFile: String? = nil, instalments: Bool = false, table: Table = .payments
    ) {
        self.settlement = settlement
        self.call = call
        self.countsFile = countsFile
        self.instalments = instalments
        self.table = table
    }

    /// The settlement of `report`'s conventions, with its call, and whether the conventions settled were paid
    /// instalments after their advance (read from the same payments the settlement reads).
    public init(_ settlement: Settlement, report: RunReport, countsFile: String? = nil, table: Table = .payments) {
        let settled = Set(settlement.conventions.map(\.periodIndex))
        let instalments = report.lines.contains { line in
            settled.contains { index in
                (line.isPerOperator ? line.conventions[index] : [line.periods[index]]).contains { !$0.instalments.isEmpty }
            }
        }
        self.init(settlement, call: report.call, countsFile: countsFile, instalments: instalments, table: table)
    }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        // The header names the kind of text the rules come from: « Appel : » for a call, « Règles : » otherwise.
        let words = call.map(words.about) ?? words
        return switch format {
        case .text: SettlementText(words: words, instalments: instalments).render(settlement, call: call, countsFile: countsFile).bytes
        case .json: SettlementJSON(words: words).render(settlement, call: call, countsFile: countsFile).bytes
        case .csv:
            table == .activity
                ? SettlementCSV(words: words).activity(settlement) : SettlementCSV(words: words, instalments: instalments).render(settlement)
        case .html: SettlementHTML(words: words, date: date, instalments: instalments).render(settlement, call: call, countsFile: countsFile).bytes
        case .xlsx, .ods: try SettlementWorkbook(words: words, instalments: instalments).workbook(settlement, countsFile: countsFile).bytes(format)
        }
    }
}
