import Enveloppe

/// `enveloppe compare`: several applications side by side, in the order given.
public struct CompareDocument: Document {
    public let applications: [(file: String, summary: ApplicationSummary)]
    /// The kind of text each application's rules come from, in the same order: what its grants are compared with
    /// (« l'appel prévoit » for a call, « la règle prévoit » for the 2023 execution report).
    public let rules: [RulesDocument]
    /// The lines whose amount each application's scenario states (`rules.lines.<id>.amount`), by name, in the same
    /// order: their grants are compared with what « le scénario retient », not with what the rules provide.
    public let statedByScenario: [Set<String>]

    /// - Parameters:
    ///   - rules: One kind per application; a call's for each when `nil`.
    ///   - statedByScenario: One set of line names per application (``linesStatedByScenario(_:)``); none when `nil`.
    public init(
        _ applications: [(file: String, summary: ApplicationSummary)], rules: [RulesDocument]? = nil, statedByScenario: [Set<String>]? = nil
    ) {
        precondition(
            rules.map { $0.count == applications.count } ?? true, "\(rules?.count ?? 0) kinds of rules for \(applications.count) applications")
        precondition(
            statedByScenario.map { $0.count == applications.count } ?? true,
            "\(statedByScenario?.count ?? 0) sets of lines for \(applications.count) applications")
        self.applications = applications
        self.rules = rules ?? applications.map { _ in .call }
        self.statedByScenario = statedByScenario ?? applications.map { _ in [] }
    }

    /// The names of the lines whose grant the scenario of `evaluation` states itself: those whose grant check
    /// cites `rules.lines.<id>.amount`.
    public static func linesStatedByScenario(_ evaluation: Evaluation) -> Set<String> {
        var lines: Set<String> = []
        for finding in evaluation.report.findings {
            if case .subsidyRequested(let line, _, _, _, _) = finding.comparison, finding.sources.citeScenarioAmount { lines.insert(line) }
        }
        return lines
    }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        let compare = CompareRows(words: words, rules: rules, statedByScenario: statedByScenario)
        switch format {
        case .text: return compare.text(applications).bytes
        case .json: return compare.json(applications).bytes
        case .csv: return compare.csv(applications)
        case .html: return compare.html(applications, date: date).bytes
        case .xlsx, .ods: return CompareWorkbook(words: words).workbook(applications, rows: compare).bytes(format)
        }
    }
}
