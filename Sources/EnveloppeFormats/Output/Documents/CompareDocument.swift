import Enveloppe

/// `enveloppe compare`: several applications side by side, in the order given.
public struct CompareDocument: Document {
    public let applications: [(file: String, summary: ApplicationSummary)]

    public init(_ applications: [(file: String, summary: ApplicationSummary)]) { self.applications = applications }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        let compare = CompareRows(words: words)
        switch format {
        case .text: return compare.text(applications).bytes
        case .json: return compare.json(applications).bytes
        case .csv: return compare.csv(applications)
        case .html: return compare.html(applications, date: date).bytes
        case .xlsx, .ods: return CompareWorkbook(words: words).workbook(applications).bytes(format)
        }
    }
}
