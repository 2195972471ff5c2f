import Enveloppe

/// Reads a candidate's budget exported from a spreadsheet: `account;label;amount`
/// per line, French decimals (`1 234,56`), UTF-8 with or without a BOM, CRLF or LF,
/// RFC 4180 quotes, an optional header line. Every error names its line and column.
public enum BudgetCSV {
    public struct Failure: Error, Equatable, Sendable {
        /// 1-based line of the file; `column` is 1 (account), 2 (label) or 3 (amount) when one is at fault.
        public let line: Int
        public let column: Int?
        public let problem: Problem
    }

    public enum Problem: Equatable, Sendable {
        case unterminatedQuote
        case columnCount(found: Int)
        case unknownAccount(String)
        case emptyLabel
        case invalidAmount(String, DecimalText.Failure)
        /// A point that may be a thousands separator or a decimal one (`1.234`).
        case ambiguousPoint(String)
        case negativeAmount(String)
        case empty
    }

    /// The budget's lines; a file that is not UTF-8 is read as Windows-1252 (French Excel's
    /// « CSV (séparateur : point-virgule) »), which `encodingNote` then says.
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> [BudgetLine] {
        let (text, _) = CSVReader.text(bytes)
        var lines: [BudgetLine] = []
        // One line a record at most: room made once, not by doubling (a million lines would otherwise peak at twice their size).
        lines.reserveCapacity(text.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) })
        try CSVReader.forEachRecord(in: text, unterminatedQuote: { Failure(line: $0, column: $1, problem: .unterminatedQuote) }) {
            (number, fields) throws(Failure) in
            var fields = fields
            while fields.count > 3, fields.last?.trimmingWhitespace.isEmpty == true { fields.removeLast() }
            if fields.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { return }
            guard fields.count == 3 else { throw Failure(line: number, column: nil, problem: .columnCount(found: fields.count)) }
            let code = fields[0].trimmingWhitespace
            guard let account = CerfaAccount(code: code) else {
                if lines.isEmpty && number == 1 && Money.isNotAnAmount(fields[2]) { return }  // a header line
                throw Failure(line: number, column: 1, problem: .unknownAccount(code))
            }
            let label = fields[1].trimmingWhitespace
            guard !label.isEmpty else { throw Failure(line: number, column: 2, problem: .emptyLabel) }
            let amountText = fields[2].trimmingWhitespace
            let amount: Money
            do throws(DecimalText.Failure) { amount = try Money(parsing: amountText) } catch {
                let ambiguous = amountText.contains(".") && (error == .tooManyFractionDigits(allowed: 2) || error == .unexpectedCharacter("."))
                throw Failure(line: number, column: 3, problem: ambiguous ? .ambiguousPoint(amountText) : .invalidAmount(amountText, error))
            }
            guard amount >= .zero else { throw Failure(line: number, column: 3, problem: .negativeAmount(amountText)) }
            lines.append(BudgetLine(account: account, label: label, amount: amount, origin: "ligne \(number)"))
        }
        guard !lines.isEmpty else { throw Failure(line: 1, column: nil, problem: .empty) }
        return lines
    }
}

extension Money {
    /// Whether `text` reads as no amount at all (a header such as "montant").
    static func isNotAnAmount(_ text: String) -> Bool {
        (try? Money(parsing: text)) == nil && !text.contains(where: \.isNumber)
    }
}
