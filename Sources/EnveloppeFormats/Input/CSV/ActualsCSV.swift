import Enveloppe

/// Reads operators' monthly counts exported from a spreadsheet: `month;operator;measures`
/// per line (`2023-03;association-a;11`), UTF-8 with or without BOM, an optional header.
public enum ActualsCSV {
    public struct Failure: Error, Equatable, Sendable {
        public let line: Int
        /// 1 (month), 2 (operator) or 3 (measures) when one column is at fault.
        public let column: Int?
        public let problem: Problem
    }

    public enum Problem: Equatable, Sendable {
        case unterminatedQuote, empty
        case columnCount(found: Int)
        /// One column whose text holds another separator: the file is not separated by « ; ».
        case otherSeparator(Character)
        /// A header naming the columns in another order than month;operator;measures (its text).
        case headerOrder(String)
        case invalidMonth(String)
        /// A line of totals (« Total » or nothing where the month goes, a number of households): the tool adds up.
        case totalLine
        case emptyOperator
        case invalidCount(String)
        case negativeCount(String)
        case notWhole(String)
    }

    /// The counts of a file, or its first fault (``read(_:)`` gives them all).
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> [ActualCount] {
        let (counts, failures) = read(bytes)
        if let first = failures.first { throw first }
        return counts
    }

    /// Every count of the file and every line at fault, in the file's order: `enveloppe validate` lists them all, and a
    /// person corrects them in one pass. Reading stops only where the rest of the file cannot be read (a quote left
    /// open), or at its first line when the whole file is written otherwise (another separator, the columns in another
    /// order): every line would say it.
    public static func read(_ bytes: [UInt8]) -> (counts: [ActualCount], failures: [Failure]) {
        let (text, _) = CSVReader.text(bytes)
        var counts: [ActualCount] = []
        counts.reserveCapacity(CSVReader.lineBound(text))
        var failures: [Failure] = []
        var sawSeparatorLine = false  // Excel's `sep=;` line came first: the header, if any, is the second
        var isHeaderRead = false
        do throws(Failure) {
            try CSVReader.forEachRecord(in: text, unterminatedQuote: { Failure(line: $0, column: $1, problem: .unterminatedQuote) }) {
                (number, record) throws(Failure) in
                if record.isBlank { return }
                let isFirst = counts.isEmpty && failures.isEmpty
                // Excel's `sep=;` first line, which tells it the separator: not a line of counts.
                if isFirst && number == 1 && record.isExcelSeparatorLine {
                    sawSeparatorLine = true
                    return
                }
                do throws(Failure) {
                    if let count = try count(number, record, isFirst: isFirst && !isHeaderRead, headerLine: sawSeparatorLine ? 2 : 1) {
                        counts.append(count)
                    } else {
                        isHeaderRead = true
                    }
                } catch {
                    switch error.problem {
                    case .otherSeparator, .headerOrder: if isFirst { throw error } else { failures.append(error) }
                    default: failures.append(error)
                    }
                }
            }
        } catch {
            failures.append(error)
        }
        if counts.isEmpty && failures.isEmpty { failures.append(Failure(line: 1, column: nil, problem: .empty)) }
        return (counts, failures)
    }

    /// Whether a record whose month does not read is a line of totals a spreadsheet adds at the bottom: « Total » where
    /// the month goes, or nothing there and nothing for the operator, beside a number.
    private static func isTotal(_ record: CSVRecord, count: Int) -> Bool {
        let month = record.text(0).trimmingWhitespace.lowercased()
        if count >= 2 && ["total", "totaux", "sous-total", "sous total", "somme", "sum"].contains(where: { month.hasPrefix($0) }) { return true }
        return count == 3 && month.isEmpty && record.text(1).trimmingWhitespace.isEmpty && !record.text(2).trimmingWhitespace.isEmpty
    }

    /// The count of a record that is not blank; `nil` for the header (`isFirst`, no digit in its month).
    /// - Parameter headerLine: the line a header may be on: the first, or the second after Excel's `sep=;`.
    private static func count(_ number: Int, _ record: CSVRecord, isFirst: Bool, headerLine: Int) throws(Failure) -> ActualCount? {
        let count = record.count(ignoringTrailingBlanksBeyond: 3)
        guard count == 3 else {
            if isTotal(record, count: count) { throw Failure(line: number, column: 1, problem: .totalLine) }
            if count == 1, let separator = CSVReader.otherSeparator(record.text(0)) {
                throw Failure(line: number, column: nil, problem: .otherSeparator(separator))
            }
            throw Failure(line: number, column: nil, problem: .columnCount(found: count))
        }
        guard let month = record.trimmedASCII(0).flatMap(YearMonth.init(isoDigits:)) ?? MonthText.read(record.text(0)) else {
            let monthText = record.text(0)
            if isFirst && number == headerLine && !monthText.contains(where: \.isNumber) {
                // A header line (on `headerLine`), read by position: one that puts the month elsewhere than first would have its
                // columns read in the wrong order, and is said at its own line.
                let names = (0..<3).map { record.text($0).lowercased() }
                let isMonth = { (name: String) in ["mois", "month", "date", "période", "periode"].contains { name.hasPrefix($0) } }
                if !isMonth(names[0]) && names.dropFirst().contains(where: isMonth) {
                    throw Failure(line: number, column: nil, problem: .headerOrder((0..<3).map { record.text($0) }.joined(separator: ";")))
                }
                return nil
            }
            if isTotal(record, count: count) { throw Failure(line: number, column: 1, problem: .totalLine) }
            throw Failure(line: number, column: 1, problem: .invalidMonth(monthText))
        }
        let operatorID = record.text(1)
        guard !operatorID.isEmpty else { throw Failure(line: number, column: 2, problem: .emptyOperator) }
        let hundredths: Int64
        do throws(DecimalText.Failure) {
            if let bytes = record.trimmedASCII(2) {
                hundredths = try DecimalText.parse(bytes, fractionDigits: 2)
            } else {
                hundredths = try DecimalText.parse(record.text(2), fractionDigits: 2)
            }
        } catch {
            let countText = record.text(2)
            throw Failure(
                line: number, column: 3, problem: error == .tooManyFractionDigits(allowed: 2) ? .notWhole(countText) : .invalidCount(countText))
        }
        guard hundredths >= 0 else { throw Failure(line: number, column: 3, problem: .negativeCount(record.text(2))) }
        guard hundredths % 100 == 0 else { throw Failure(line: number, column: 3, problem: .notWhole(record.text(2))) }
        return ActualCount(month: month, operatorID: OperatorID(operatorID), measures: hundredths / 100, line: number)
    }
}
