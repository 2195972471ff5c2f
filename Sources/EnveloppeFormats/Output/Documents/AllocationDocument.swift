import Enveloppe

/// `enveloppe allocate`: each candidate's share of the envelope, and what stays unallocated.
public struct AllocationDocument: Document {
    public let report: AllocationReport

    public init(_ report: AllocationReport) { self.report = report }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch format {
        case .text: try AllocationText(words: words).render(report).bytes
        case .csv: try AllocationCSV(words: words).render(report)
        case .json: try AllocationJSON(words: words).render(report).bytes
        case .html: try AllocationHTML(words: words, date: date).render(report).bytes
        case .xlsx, .ods: try AllocationWorkbook(words: words).workbook(report).bytes(format)
        }
    }
}
