import Enveloppe

/// `enveloppe run`: the whole report of a scenario.
public struct RunDocument: Document {
    /// Which table the CSV holds: the months, or the figures and checks.
    public enum Table: String, CaseIterable, Sendable { case months, figures }

    public let evaluation: Evaluation
    public let table: Table

    public init(_ evaluation: Evaluation, table: Table = .months) {
        self.evaluation = evaluation
        self.table = table
    }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        // Every format names the kind of text the rules come from: a call, or a report on a past year.
        let words = words.about(evaluation.report.call)
        return switch format {
        case .text: RunText(words: words).bytes(evaluation)
        case .json: RunJSON(words: words).render(evaluation).bytes
        case .csv: table == .months ? RunCSV(words: words).months(evaluation.report) : RunCSV(words: words).figures(evaluation)
        case .html: RunHTML(words: words, date: date).bytes(evaluation)
        case .xlsx, .ods: try RunWorkbook(words: words).workbook(evaluation).bytes(format)
        }
    }
}
