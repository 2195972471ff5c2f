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
        /// One column whose text holds another separator: the file is not separated by « ; ».
        case otherSeparator(Character)
        case unknownAccount(String)
        case emptyLabel
        case invalidAmount(String, DecimalText.Failure)
        /// A point that may be a thousands separator or a decimal one (`1.234`).
        case ambiguousPoint(String)
        case negativeAmount(String)
        /// A header (or title) line after the first, before any budget line: a title row above the header.
        case headerNotFirst
        case empty
    }

    /// The budget's lines; a file that is not UTF-8 is read as Windows-1252 (French Excel's
    /// « CSV (séparateur : point-virgule) »), which `encodingNote` then says.
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> [BudgetLine] {
        let (text, _) = CSVReader.text(bytes)
        var lines: [BudgetLine] = []
        // One line a record at most: room made once, not by doubling (a million lines would otherwise peak at twice their size).
        lines.reserveCapacity(CSVReader.lineBound(text))
        var records = 0  // records that are not blank, so far
        try CSVReader.forEachRecord(in: text, unterminatedQuote: { Failure(line: $0, column: $1, problem: .unterminatedQuote) }) {
            (number, record) throws(Failure) in
            let count = record.count(ignoringTrailingBlanksBeyond: 3)
            if record.isBlank { return }
            records += 1
            guard count == 3 else {
                if count == 1, let separator = CSVReader.otherSeparator(record.text(0)) {
                    throw Failure(line: number, column: nil, problem: .otherSeparator(separator))
                }
                throw Failure(line: number, column: nil, problem: .columnCount(found: count))
            }
            // Each field is read from its bytes; a string is made of the label only (and of a field at fault).
            guard let account = record.trimmedASCII(0).flatMap(CerfaAccount.init(accountNumber:)) ?? CerfaAccount(code: record.text(0)) else {
                if lines.isEmpty && Money.isNotAnAmount(record.text(2)) {
                    // The header line, first (blank lines above it aside); a second one (a title above the header) is
                    // said as such, not as an account.
                    if records == 1 { return }
                    let amountHead = record.text(2).trimmingWhitespace.lowercased()
                    if amountHead.hasPrefix("montant") || amountHead.hasPrefix("amount") {
                        throw Failure(line: number, column: nil, problem: .headerNotFirst)
                    }
                }
                throw Failure(line: number, column: 1, problem: .unknownAccount(record.text(0)))
            }
            let label = record.trimmedASCII(1)
            guard label.map({ !$0.isEmpty }) ?? !record.text(1).isEmpty else {
                throw Failure(line: number, column: 2, problem: .emptyLabel)
            }
            let amount: Money
            do throws(DecimalText.Failure) {
                if let bytes = record.trimmedASCII(2) { amount = try Money(parsingUTF8: bytes) } else { amount = try Money(parsing: record.text(2)) }
            } catch {
                let amountText = record.text(2)
                // `1.234` may be thousands or decimals; `4.000,00`, with its decimal comma, can only be thousands.
                let ambiguous =
                    amountText.contains(".") && !amountText.contains(",")
                    && (error == .tooManyFractionDigits(allowed: 2) || error == .unexpectedCharacter(".") || error == .thousandsPoint)
                throw Failure(line: number, column: 3, problem: ambiguous ? .ambiguousPoint(amountText) : .invalidAmount(amountText, error))
            }
            guard amount >= .zero else { throw Failure(line: number, column: 3, problem: .negativeAmount(record.text(2))) }
            let text = label.map { String(decoding: $0, as: UTF8.self) } ?? record.text(1)
            let purposes = label.map(ExpensePurpose.inferred(utf8:)) ?? ExpensePurpose.inferred(from: text)
            lines.append(BudgetLine(account: account, label: text, amount: amount, purposes: purposes, fileLine: number))
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
