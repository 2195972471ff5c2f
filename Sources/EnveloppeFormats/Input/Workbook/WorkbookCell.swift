import Enveloppe
import EnveloppeWorkbook

/// A cell of a scenario workbook with its path (`Équipe!D4`), read into the model's types
/// by the same rules as a JSON field: a text cell `52 000,00 €` is read like the JSON string,
/// a number cell through the decimal it shows (``SpreadsheetNumber``), a formula through its
/// cached value. Errors name the cell and what it holds.
struct WorkbookCell {
    let value: ReadValue
    let path: String

    init(_ cell: ReadCell?, path: String) {
        self.path = path
        // A cell holding only spaces is an empty cell to a person.
        if case .text(let text)? = cell?.value, !text.contains(where: { !$0.isWhitespace }) {
            value = .empty
        } else {
            value = cell?.value ?? .empty
        }
    }

    /// One piece of a list written in a cell (`2 mois` of `50 % à 2 mois ; 30 % à 6 mois`), read as a cell
    /// holding that text would be, with the cell's path; an empty piece stays an empty text, not an empty cell.
    init(piece: String, of cell: WorkbookCell) {
        path = cell.path
        value = .text(piece.trimmingWhitespace)
    }

    var isEmpty: Bool { value == .empty }

    /// What the cell holds, as a message quotes it: a number with a decimal comma, an error by its code.
    var shown: String {
        switch value {
        case .empty: ""
        case .text(let text): text.trimmingWhitespace
        case .number(let literal): SpreadsheetNumber.shown((try? SpreadsheetNumber.decimal(literal)) ?? literal)
        case .boolean(let flag): flag ? "VRAI" : "FAUX"
        case .date(let year, let month, let day): "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/\(year)"
        case .error(let code): code
        case .missingCachedValue: WorkbookFound.formulaWithoutValue
        }
    }

    /// What stands in the cell where `expected` was wanted, when it is no value of that kind.
    func wrongType(_ expected: InputError.Expected) -> InputError {
        let found: String
        switch value {
        case .empty: return InputError(path, .missing)
        case .text: found = WorkbookFound.text
        case .number: found = WorkbookFound.number
        case .boolean: found = WorkbookFound.boolean
        case .date: found = WorkbookFound.date
        case .error(let code): found = WorkbookFound.error(code)
        case .missingCachedValue: found = WorkbookFound.formulaWithoutValue
        }
        return InputError(path, .wrongType(expected: expected, found: found))
    }

    /// A text; a number cell gives the decimal it shows (an identifier typed as `2025`).
    func text() throws(InputError) -> String {
        switch value {
        case .text(let text): return text
        case .number(let literal):
            guard let decimal = try? SpreadsheetNumber.decimal(literal) else { throw wrongType(.text) }
            return decimal
        default: throw wrongType(.text)
        }
    }

    /// An amount of zero or more, to the cent.
    func amount() throws(InputError) -> Money {
        let (money, shown) = try signedAmountAndShown()
        guard money >= .zero else { throw InputError(path, .negative(expected: .amount, text: shown)) }
        return money
    }

    /// An amount that may be below zero, to the cent: a treasury that starts on an overdraft.
    func signedAmount() throws(InputError) -> Money { try signedAmountAndShown().0 }

    private func signedAmountAndShown() throws(InputError) -> (Money, String) {
        try parsed(.amount, places: 2) { text throws(DecimalText.Failure) in try Money(parsing: text) }
    }

    /// A rate from 0 % to 100 %: `60 %` or `0,6` typed as text, or a number cell (a percentage cell holds the fraction).
    func rate() throws(InputError) -> Rate {
        let rate: Rate
        let shown: String
        if case .number(let literal) = value {
            // A percentage cell holds the fraction: four decimals of a percentage are six of the fraction.
            let percent: String
            do { percent = SpreadsheetNumber.percent(try SpreadsheetNumber.decimal(literal, places: 6)) + " %" } catch {
                throw InputError(path, .invalidNumber(expected: .rate, text: literal, failure: error))
            }
            shown = SpreadsheetNumber.shown(percent)
            do { rate = try Rate(parsing: percent) } catch {
                throw InputError(path, .invalidNumber(expected: .rate, text: shown, failure: error))
            }
        } else {
            (rate, shown) = try parsed(.rate, places: 6) { text throws(DecimalText.Failure) in try Rate(parsing: text) }
        }
        guard rate >= .zero else { throw InputError(path, .negative(expected: .rate, text: shown)) }
        guard rate <= .one else { throw InputError(path, .rateAboveHundredPercent(text: shown)) }
        return rate
    }

    /// FTE or units to the hundredth.
    func fte() throws(InputError) -> FTE {
        let (fte, shown) = try parsed(.fte, places: 2) { text throws(DecimalText.Failure) in try FTE(parsing: text) }
        guard fte >= .zero else { throw InputError(path, .negative(expected: .fte, text: shown)) }
        guard fte.hundredths <= JSONNode.maximumCount * 100 else {
            throw InputError(path, .outOfRange(text: shown, minimum: 0, maximum: JSONNode.maximumCount))
        }
        return fte
    }

    /// A whole number from `minimum` to `maximum`.
    func count(minimum: Int64 = 0, maximum: Int64 = JSONNode.maximumCount) throws(InputError) -> Int64 {
        let (hundredths, shown) = try parsed(.integer, places: 2) { text throws(DecimalText.Failure) in try DecimalText.parse(text, fractionDigits: 2)
        }
        return try WorkbookCell.whole(hundredths, shown: shown, path: path, minimum: minimum, maximum: maximum)
    }

    /// A count read from a piece of text (an element of a list written in one cell).
    static func count(_ text: String, path: String, minimum: Int64 = 0, maximum: Int64 = JSONNode.maximumCount) throws(InputError) -> Int64 {
        let hundredths: Int64
        do { hundredths = try DecimalText.parse(text, fractionDigits: 2) } catch {
            throw InputError(path, .invalidNumber(expected: .integer, text: text, failure: error))
        }
        return try whole(hundredths, shown: text, path: path, minimum: minimum, maximum: maximum)
    }

    private static func whole(_ hundredths: Int64, shown: String, path: String, minimum: Int64, maximum: Int64) throws(InputError) -> Int64 {
        guard hundredths % 100 == 0 else { throw InputError(path, .notWhole(text: shown)) }
        guard hundredths >= 0 else { throw InputError(path, .negative(expected: .integer, text: shown)) }
        guard (minimum...maximum).contains(hundredths / 100) else {
            throw InputError(path, .outOfRange(text: shown, minimum: minimum, maximum: maximum))
        }
        return hundredths / 100
    }

    /// A month: a date cell (its day does not matter), or text `2025-09` or `09/2025`.
    func month() throws(InputError) -> YearMonth {
        switch value {
        case .date(let year, let month, _):
            guard (1...12).contains(month), (0...9999).contains(year) else { throw InputError(path, .invalidMonth(text: "\(month)/\(year)")) }
            return YearMonth(year: year, month: month)
        case .text(let text): return try WorkbookCell.month(text, path: path)
        default: throw wrongType(.month)
        }
    }

    /// `2025-09`, `09/2025` or `sept. 2025` (``MonthText``), as typed in a cell or in a list of one cell.
    static func month(_ text: String, path: String) throws(InputError) -> YearMonth {
        if let month = MonthText.read(text) { return month }
        throw InputError(path, .invalidMonth(text: text.trimmingWhitespace))
    }

    /// One of a closed list, by its French words or its JSON value.
    func choice<Value>(_ choices: WorkbookChoices<Value>) throws(InputError) -> Value {
        let text = try self.text()
        guard let value = choices.value(matching: text) else { throw InputError(path, .notOneOf(text: text, allowed: choices.labels)) }
        return value
    }

    /// `oui` or `non` (or a VRAI / FAUX cell).
    func flag() throws(InputError) -> Bool {
        if case .boolean(let flag) = value { return flag }
        let text = try self.text()
        switch WorkbookText.folded(text) {
        case "oui", "o", "vrai", "true", "yes", "1": return true
        case "non", "n", "faux", "false", "no", "0": return false
        default: throw InputError(path, .notOneOf(text: text, allowed: [ScenarioChoices.yes, ScenarioChoices.no]))
        }
    }

    /// The value of a number or text cell read by `parse`, with the value as shown for messages.
    /// A number cell is read through ``SpreadsheetNumber`` with the `places` the value may have.
    private func parsed<T>(_ expected: InputError.Expected, places: Int, _ parse: (String) throws(DecimalText.Failure) -> T) throws(InputError) -> (
        T, String
    ) {
        let literal: String
        let shown: String
        switch value {
        case .text(let text): (literal, shown) = (text, text.trimmingWhitespace)
        case .number(let number):
            do { literal = try SpreadsheetNumber.decimal(number, places: places) } catch {
                throw InputError(path, .invalidNumber(expected: expected, text: number, failure: error))
            }
            shown = SpreadsheetNumber.shown(literal)
        default: throw wrongType(expected)
        }
        do { return (try parse(literal), shown) } catch {
            throw InputError(path, .invalidNumber(expected: expected, text: shown, failure: error))
        }
    }
}

/// What a cell held where a value of another kind was expected, as an `InputError` states it.
enum WorkbookFound {
    static let text = "text"
    static let number = "number"
    static let boolean = "boolean"
    static let date = "date"
    /// A formula the file holds without its result (never calculated by a spreadsheet).
    static let formulaWithoutValue = "formula"
    static let errorPrefix = "error "
    static func error(_ code: String) -> String { errorPrefix + code }
}

/// A path in a workbook: `Équipe!D4` for a cell, `Ménages!` for a whole sheet.
enum WorkbookPath {
    static func cell(_ sheet: String, _ column: Int, _ row: Int) -> String {
        "\(sheet)!\(ScenarioWorkbookLayout.columnLetter(column))\(row)"
    }

    static func sheet(_ name: String) -> String { "\(name)!" }

    /// The sheet and the cell of a workbook path, `nil` for any other path (a JSON field path).
    static func parts(_ path: String) -> (sheet: String, cell: String)? {
        guard let bang = path.lastIndex(of: "!") else { return nil }
        let sheet = path[..<bang]
        let cell = path[path.index(after: bang)...]
        guard !sheet.isEmpty, !sheet.contains("["), !sheet.contains("\"") else { return nil }
        let letters = cell.prefix { $0.isASCII && $0.isUppercase }
        let digits = cell.dropFirst(letters.count)
        guard cell.isEmpty || ((1...3).contains(letters.count) && !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return (String(sheet), String(cell))
    }
}

extension InputError {
    /// Whether the error names a cell or a sheet of a workbook rather than a JSON field.
    public var isInWorkbook: Bool { WorkbookPath.parts(path) != nil }
}
