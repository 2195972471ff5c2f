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
        /// The account in the second column (`Loyer;61;1 000`): the columns are not in the order `compte;libellé;montant`.
        case columnsInOtherOrder
        case empty
    }

    /// The budget's lines; a file that is not UTF-8 is read as Windows-1252 (French Excel's
    /// « CSV (séparateur : point-virgule) »), which `encodingNote` then says. Throws the file's first error
    /// (``read(_:)`` gives them all).
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> [BudgetLine] {
        let (lines, failures) = read(bytes)
        if let first = failures.first { throw first }
        return lines
    }

    /// The budget's lines and every error of the file, in the file's order: a line at fault is said and the next ones
    /// are read on, so a person corrects them all in one pass. Reading stops at an error that concerns the whole
    /// file: before any line, another separator than « ; », the columns in another order or more than three (every
    /// line would say it); anywhere, a quote left open (the rest of the file is in it).
    public static func read(_ bytes: [UInt8]) -> (lines: [BudgetLine], failures: [Failure]) {
        let (text, _) = CSVReader.text(bytes)
        var lines: [BudgetLine] = []
        // One line a record at most: room made once, not by doubling (a million lines would otherwise peak at twice their size).
        lines.reserveCapacity(CSVReader.lineBound(text))
        var failures: [Failure] = []
        var records = 0  // records that are not blank, so far
        var titles = 0  // one-column records (titles, notes) before the first line, said at fault: the header may follow them
        var begun = false  // a record past the header was read as a budget line, or said at fault as one
        var columns = 3  // the columns a line may have: more when the header names them (a comment column)
        do throws(Failure) {
            try CSVReader.forEachRecord(in: text, unterminatedQuote: { Failure(line: $0, column: $1, problem: .unterminatedQuote) }) {
                (number, record) throws(Failure) in
                if record.isBlank { return }
                // Excel's `sep=;` first line, which tells it the separator: not a title, nor a line.
                if records == 0 && record.isExcelSeparatorLine { return }
                records += 1
                do throws(Failure) {
                    if let line = try line(number, record, isFirst: records - titles == 1, begun: begun, columns: columns) {
                        lines.append(line)
                    } else {
                        columns = max(3, record.count(ignoringTrailingBlanksBeyond: 3))
                        return
                    }
                } catch {
                    switch error.problem {
                    // Before any line: the whole file is so (every line would say it).
                    case .otherSeparator, .columnsInOtherOrder: throw error
                    case .columnCount(let found) where found > 3 && !begun: throw error
                    case .columnCount(1) where !begun:
                        failures.append(error)
                        titles += 1
                        return
                    default: failures.append(error)
                    }
                }
                begun = true
            }
        } catch {
            failures.append(error)
        }
        if lines.isEmpty && failures.isEmpty { failures.append(Failure(line: 1, column: nil, problem: .empty)) }
        return (lines, failures)
    }

    /// The budget line of a record that is not blank; `nil` for the header (`isFirst`, no account, no amount).
    ///
    /// - Parameters:
    ///   - isFirst: whether the record is the first, titles of one column said before it aside (it may be the header).
    ///   - begun: whether a record before this one, past the header, was read as a line: a header after the first
    ///     record but before any line is a title row above the header, said as such. Before any line, a record
    ///     separated otherwise or with the account second says how the whole file is written.
    ///   - columns: the columns a line may have, three unless the header names more for comments (not read).
    @inline(__always)
    private static func line(_ number: Int, _ record: CSVRecord, isFirst: Bool, begun: Bool, columns: Int) throws(Failure) -> BudgetLine? {
        let count = record.count(ignoringTrailingBlanksBeyond: 3)
        // A header naming columns more for the person's comments (« commentaire », « remarque »…): the lines may fill
        // them. Any other column more (« montant TTC ») is refused: which amount is meant is not the tool's to guess.
        if count > 3 && isFirst && !begun && CerfaAccount(code: record.text(0)) == nil
            && (3..<count).allSatisfy({ isCommentHeading(record.text($0)) })
        {
            return nil
        }
        guard count == 3 || (count > 3 && count <= columns) else {
            // A note with commas among the lines is a line of one column, not a file saved with commas.
            if count == 1, !begun, let separator = CSVReader.otherSeparator(record.text(0)) {
                throw Failure(line: number, column: nil, problem: .otherSeparator(separator))
            }
            throw Failure(line: number, column: nil, problem: .columnCount(found: count))
        }
        // Each field is read from its bytes; a string is made of the label only (and of a field at fault).
        guard let account = record.trimmedASCII(0).flatMap(CerfaAccount.init(accountNumber:)) ?? CerfaAccount(code: record.text(0)) else {
            if !begun && Money.isNotAnAmount(record.text(2)) {
                // The header line, first (blank lines above it aside); a second one (a title above the header) is
                // said as such, not as an account.
                if isFirst { return nil }
                let amountHead = record.text(2).trimmingWhitespace.lowercased()
                if amountHead.hasPrefix("montant") || amountHead.hasPrefix("amount") {
                    throw Failure(line: number, column: nil, problem: .headerNotFirst)
                }
            }
            if !begun, !record.isBlank(0), CerfaAccount(code: record.text(1)) != nil {
                throw Failure(line: number, column: nil, problem: .columnsInOtherOrder)
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
            if Money.isNegativeWrittenOtherwise(amountText.trimmingWhitespace) {
                throw Failure(line: number, column: 3, problem: .negativeAmount(amountText))
            }
            // `1.234` may be thousands or decimals; `4.000,00`, with its decimal comma, can only be thousands.
            // Groups of three digits after two points or more (`1.234.567`) can only be thousands (not `p.m.` nor a date).
            let groups = amountText.trimmingWhitespace.split(separator: ".", omittingEmptySubsequences: false)
            let points = groups.count - 1
            if points > 1, (1...3).contains(groups[0].count),
                groups.allSatisfy({ $0.utf8.allSatisfy { ($0 &- 0x30) < 10 } }), groups.dropFirst().allSatisfy({ $0.count == 3 })
            {
                throw Failure(line: number, column: 3, problem: .invalidAmount(amountText, .thousandsPoint))
            }
            let ambiguous =
                points > 0 && !amountText.contains(",")
                && (error == .tooManyFractionDigits(allowed: 2) || error == .unexpectedCharacter(".") || error == .thousandsPoint)
            throw Failure(line: number, column: 3, problem: ambiguous ? .ambiguousPoint(amountText) : .invalidAmount(amountText, error))
        }
        guard amount >= .zero else { throw Failure(line: number, column: 3, problem: .negativeAmount(record.text(2))) }
        let text = label.map { String(decoding: $0, as: UTF8.self) } ?? record.text(1)
        // A line break typed in a cell (Alt+Entrée in a spreadsheet, only ever inside quotes) is a space of the label: a
        // budget line is one line of the form.
        if record.isQuoted, text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            let joined = text.split(whereSeparator: \.isNewline).map(\.trimmingWhitespace).filter { !$0.isEmpty }.joined(separator: " ")
            return BudgetLine(account: account, label: joined, amount: amount, purposes: ExpensePurpose.inferred(from: joined), fileLine: number)
        }
        let purposes = label.map(ExpensePurpose.inferred(utf8:)) ?? ExpensePurpose.inferred(from: text)
        return BudgetLine(account: account, label: text, amount: amount, purposes: purposes, fileLine: number)
    }

    /// Whether a header's column names comments, not figures.
    static func isCommentHeading(_ text: String) -> Bool {
        let name = text.trimmingWhitespace.lowercased()
        return ["commentaire", "remarque", "observation", "note", "précision", "precision", "détail", "detail", "comment"].contains {
            name.hasPrefix($0)
        }
    }
}

extension Money {
    /// Whether `text` reads as no amount at all (a header such as "montant").
    static func isNotAnAmount(_ text: String) -> Bool {
        (try? Money(parsing: text)) == nil && !text.contains(where: \.isNumber)
    }

    /// A negative amount as a spreadsheet may write it other than with `-`: the typographic minus or a dash (`−50`,
    /// `–50`), or an accounting format's parentheses (`(1 234,56)`). Said as a negative amount, not as a character the
    /// reader did not expect.
    static func isNegativeWrittenOtherwise(_ text: String) -> Bool {
        let inner: Substring
        if let first = text.unicodeScalars.first, first == "\u{2212}" || first == "\u{2013}" {
            inner = text.dropFirst()
        } else if text.hasPrefix("("), text.hasSuffix(")"), text.count > 2 {
            inner = text.dropFirst().dropLast()
        } else {
            return false
        }
        guard let amount = try? Money(parsing: String(inner).trimmingWhitespace) else { return false }
        return amount > .zero
    }
}
