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
        case notUTF8
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

    public static func parse(_ bytes: [UInt8]) throws(Failure) -> [BudgetLine] {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard let text = String(validating: body, as: UTF8.self) else { throw Failure(line: 1, column: nil, problem: .notUTF8) }
        var lines: [BudgetLine] = []
        for (number, fields) in try records(text) {
            var fields = fields
            while fields.count > 3, fields.last?.trimmingWhitespace.isEmpty == true { fields.removeLast() }
            if fields.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            guard fields.count == 3 else { throw Failure(line: number, column: nil, problem: .columnCount(found: fields.count)) }
            let code = fields[0].trimmingWhitespace
            guard let account = CerfaAccount(code: code) else {
                if lines.isEmpty && number == 1 && Money.isNotAnAmount(fields[2]) { continue }  // a header line
                throw Failure(line: number, column: 1, problem: .unknownAccount(code))
            }
            let label = fields[1].trimmingWhitespace
            guard !label.isEmpty else { throw Failure(line: number, column: 2, problem: .emptyLabel) }
            let amountText = fields[2].trimmingWhitespace
            let amount: Money
            do { amount = try Money(parsing: amountText) } catch {
                let ambiguous = amountText.contains(".") && (error == .tooManyFractionDigits(allowed: 2) || error == .unexpectedCharacter("."))
                throw Failure(line: number, column: 3, problem: ambiguous ? .ambiguousPoint(amountText) : .invalidAmount(amountText, error))
            }
            guard amount >= .zero else { throw Failure(line: number, column: 3, problem: .negativeAmount(amountText)) }
            lines.append(BudgetLine(account: account, label: label, amount: amount, origin: "ligne \(number)"))
        }
        guard !lines.isEmpty else { throw Failure(line: 1, column: nil, problem: .empty) }
        return lines
    }

    /// The records of `text` with their first line number (RFC 4180, `;` separated).
    static func records(_ text: String) throws(Failure) -> [(Int, [String])] {
        var records: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var characters = Array(text)
        if characters.last != "\n" && characters.last != "\r\n" { characters.append("\n") }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count && characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
            } else if character == "\"" && field.trimmingWhitespace.isEmpty {
                field = ""
                quoted = true
            } else if character == ";" {
                fields.append(field)
                field = ""
            } else if character.isNewline {
                fields.append(field)
                records.append((recordLine, fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            } else {
                field.append(character)
            }
            index += 1
        }
        if quoted { throw Failure(line: recordLine, column: fields.count + 1, problem: .unterminatedQuote) }
        return records
    }
}

extension Money {
    /// Whether `text` reads as no amount at all (a header such as "montant").
    static func isNotAnAmount(_ text: String) -> Bool {
        (try? Money(parsing: text)) == nil && !text.contains(where: \.isNumber)
    }
}
