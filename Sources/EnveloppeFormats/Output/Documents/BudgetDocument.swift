import Enveloppe

/// `enveloppe budget`: the budget prévisionnel in the layout of the CERFA 12156 form,
/// to the cent or in whole euros (rounded so that it still balances).
public struct BudgetDocument: Document {
    public let budget: Budget
    public let title: String
    public let wholeEuros: Bool

    public init(_ budget: Budget, title: String, wholeEuros: Bool) {
        self.budget = budget
        self.title = title
        self.wholeEuros = wholeEuros
    }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch format {
        case .text: try BudgetText(words: words).render(self)
        case .json: try BudgetJSON(words: words).render(self).bytes
        case .csv: try BudgetTable(words: words).csv(self)
        case .html: try BudgetHTML(words: words, date: date).render(self).bytes
        case .xlsx, .ods: try BudgetWorkbook(words: words).workbook(self).bytes(format)
        }
    }
}
