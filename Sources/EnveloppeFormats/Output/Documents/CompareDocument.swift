import Enveloppe

/// `enveloppe compare`: several applications side by side, in the order given.
public struct CompareDocument: Document {
    public let applications: [(file: String, summary: ApplicationSummary)]
    /// The kind of text each application's rules come from, in the same order: what its grants are compared with
    /// (« l'appel prévoit » for a call, « la règle prévoit » for the 2023 execution report).
    public let rules: [RulesDocument]

    /// - Parameter rules: One kind per application; a call's for each when `nil`.
    public init(_ applications: [(file: String, summary: ApplicationSummary)], rules: [RulesDocument]? = nil) {
        precondition(
            rules.map { $0.count == applications.count } ?? true, "\(rules?.count ?? 0) kinds of rules for \(applications.count) applications")
        self.applications = applications
        self.rules = rules ?? applications.map { _ in .call }
    }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        let compare = CompareRows(words: words, rules: rules)
        switch format {
        case .text: return compare.text(applications).bytes
        case .json: return compare.json(applications).bytes
        case .csv: return compare.csv(applications)
        case .html: return compare.html(applications, date: date).bytes
        case .xlsx, .ods: return CompareWorkbook(words: words).workbook(applications).bytes(format)
        }
    }
}
