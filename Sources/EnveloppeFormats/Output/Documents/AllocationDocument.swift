import Enveloppe

/// `enveloppe allocate`: each candidate's share of the envelope, and what stays unallocated.
public struct AllocationDocument: Document {
    public let report: AllocationReport

    public init(_ report: AllocationReport) { self.report = report }

    public static let formats: [OutputFormat] = [.text, .csv, .json, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording) throws -> [UInt8] {
        switch format {
        case .text: try AllocationText(words: words).render(report).bytes
        case .csv: try AllocationCSV(words: words).render(report)
        case .json: try AllocationJSON(words: words).render(report).bytes
        case .xlsx, .ods: try AllocationWorkbook(words: words).workbook(report).bytes(format)
        default: Self.unsupported(format)
        }
    }
}
