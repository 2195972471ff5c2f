import Enveloppe

/// `enveloppe whatif`: the calls side by side: cost per household, what an amount funds,
/// what a number of households needs.
public struct WhatIfDocument: Document {
    public let rows: [WhatIf.Row]
    public let amount: Money?
    public let households: Int64?

    public init(_ rows: [WhatIf.Row], amount: Money?, households: Int64?) {
        self.rows = rows
        self.amount = amount
        self.households = households
    }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html]

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch format {
        case .text: WhatIfText(words: words).render(self).bytes
        case .json: WhatIfJSON(words: words).render(self).bytes
        case .csv: WhatIfCSV(words: words).render(self)
        case .html: WhatIfHTML(words: words, date: date).render(self).bytes
        default: Self.unsupported(format)
        }
    }
}
