import Enveloppe

/// `enveloppe check`: every check of each application, with its figures and sources, failures first.
public struct ChecksDocument: Document {
    /// Each file read, with its evaluation.
    public let applications: [(file: String, evaluation: Evaluation)]

    public init(_ applications: [(file: String, evaluation: Evaluation)]) { self.applications = applications }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch format {
        case .text:
            applications.map { ChecksText(words: words.about($0.evaluation.report.call)).text($0.evaluation, file: $0.file) + "\n" }.joined().bytes
        case .json: ChecksJSON(words: words).render(applications).bytes
        case .csv: ChecksCSV(words: words).render(applications)
        case .html: ChecksPage(words: words, date: date).render(applications).bytes
        case .xlsx, .ods: ChecksWorkbook(words: words).workbook(self).bytes(format)
        }
    }
}
