import Enveloppe
import EnveloppeWorkbook

/// The looks every workbook of the tool shares, so a finance officer finds the same code in
/// every file: blue headers, grey totals, amounts in euros, months as `sept. 2025`.
enum SheetStyle {
    static let title = Style(bold: true)
    static let subtitle = Style(italic: true)
    static let header = Style(bold: true, wrap: true, fill: .header, alignment: .center)
    static let headerLeft = Style(bold: true, wrap: true, fill: .header)
    static let text = Style()
    static let bold = Style(bold: true)
    static let centered = Style(alignment: .center)
    static let wrapped = Style(wrap: true)
    static let note = Style(italic: true)
    static let wrappedNote = Style(italic: true, wrap: true)
    static let money = Style(format: .currency)
    static let moneyBold = Style(format: .currency, bold: true)
    static let moneyTotal = Style(format: .currency, bold: true, fill: .total)
    static let labelTotal = Style(bold: true, fill: .total)
    static let month = Style(format: .monthYear, alignment: .center)
    static let monthTotal = Style(format: .monthYear, bold: true, fill: .total, alignment: .center)
    static let integer = Style(format: .integer)
    static let integerTotal = Style(format: .integer, bold: true, fill: .total)
    static let hundredths = Style(format: .decimal(places: 2))
    static let hundredthsTotal = Style(format: .decimal(places: 2), bold: true, fill: .total)
    static let input = Style(fill: .input)

    /// A status cell, coloured as the checks are everywhere.
    static func status(_ status: Finding.Status) -> Style {
        switch status {
        case .ok: Style(bold: true, fill: .ok, alignment: .center)
        case .warning: Style(bold: true, fill: .warning, alignment: .center)
        case .failure: Style(bold: true, fill: .failure, alignment: .center)
        }
    }
}

/// Builds one sheet row by row, keeping what a sheet needs besides its cells: column widths
/// fitted to what the cells show, frozen header rows, merges.
///
/// Rows are numbered from 1 as in the spreadsheet, so a renderer writes the formulas of a row
/// with the numbers ``nextRow`` gave it.
struct SheetBuilder {
    let name: String
    private(set) var rows: [[Cell]] = []
    private var widths: [Int] = []
    /// Columns whose width is set, not fitted.
    private var fixed: [Int: Int] = [:]
    var frozenRows = 0
    var frozenColumns = 0
    var landscape = true
    var merges: [String] = []
    /// The leading columns printed, when those after them are for tools (``Sheet/printedColumns``).
    var printedColumns: Int?

    init(name: String) { self.name = name }

    /// The number the next row added will have.
    var nextRow: Int { rows.count + 1 }

    /// Adds a row; `fits` says whether its cells widen their columns (titles and notes spill over instead).
    @discardableResult
    mutating func add(_ cells: [Cell], fits: Bool = true) -> Int {
        if fits {
            for (index, cell) in cells.enumerated() {
                let width = SheetBuilder.width(of: cell)
                if index >= widths.count { widths += Array(repeating: 0, count: index + 1 - widths.count) }
                widths[index] = max(widths[index], width)
            }
        }
        rows.append(cells)
        return rows.count
    }

    /// A title, a subtitle or a note: a text cell that spills over the empty cells on its right; on a sheet with a
    /// ``noteWidth``, a longer note takes one row per line of at most that many characters, cut at word boundaries.
    /// The number of the last row.
    @discardableResult
    mutating func note(_ text: String, style: Style = SheetStyle.note) -> Int {
        let lines = noteWidth.map { text.count > $0 ? SheetBuilder.lines(text, width: $0) : [text] } ?? [text]
        for line in lines { add([.text(line, style: style)], fits: false) }
        return rows.count
    }

    /// A paragraph of text in one cell merged across the first `columns` columns and wrapped in it, its row as tall as
    /// its lines: a note read whole in the sheet, in a CSV saved from it and on paper (a note cut into rows, as
    /// ``note(_:style:)`` does on a wide sheet, reads as broken sentences everywhere but on paper). The number of its row.
    @discardableResult
    mutating func paragraph(_ text: String, across columns: Int) -> Int {
        let row = add([.text(text, style: SheetStyle.wrappedNote)], fits: false)
        if columns > 1 { merges.append("A\(row):" + SheetBuilder.cell(columns - 1, row)) }
        paragraphs[row - 1] = columns
        return row
    }

    /// The rows of ``paragraph(_:across:)`` (from 0) and the columns each spans: their height is counted on the
    /// columns' widths together.
    private var paragraphs: [Int: Int] = [:]

    /// For a sheet wider than a page, which prints across several (``PrintLayout``): the longest line of a note,
    /// so that the note prints whole on the first page (past that page's edge, a spilled text would run on behind
    /// the next page's repeated columns). ``wideSheetNoteWidth`` fits a landscape A4 page at full size.
    var noteWidth: Int?

    /// What a landscape A4 page holds at full size, with room to spare.
    static let wideSheetNoteWidth = 110

    mutating func blank() { rows.append([]) }

    /// Gives column `index` (0 for A) this width whatever its cells hold (long texts, wrapped).
    mutating func setWidth(_ width: Int, column index: Int) { fixed[index] = width }

    var sheet: Sheet {
        var columnWidths = widths.map { max(6, min($0 + 2, 72)) }
        for (index, width) in fixed {
            if index >= columnWidths.count { columnWidths += Array(repeating: 10, count: index + 1 - columnWidths.count) }
            columnWidths[index] = width
        }
        var heights = SheetBuilder.heights(rows, columnWidths: columnWidths)
        for (row, columns) in paragraphs {
            guard case .text(let text) = rows[row].first?.value else { continue }
            let width = (0..<columns).reduce(0) { $0 + ($1 < columnWidths.count ? columnWidths[$1] : 10) }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
                $0 + SheetBuilder.wrappedLines($1, capacity: max(4, width * 6 / 5 - 1))
            }
            if lines > 1 { heights[row] = (lines * 29 + 1) / 2 + 2 } else { heights[row] = nil }
        }
        return Sheet(
            name: name, columnWidths: columnWidths, rows: rows, frozenRows: frozenRows, frozenColumns: frozenColumns, landscape: landscape,
            merges: merges, rowHeights: heights, printedColumns: printedColumns)
    }

    /// The height of each row whose wrapped text needs more than one line: about 15 points a line,
    /// the lines counted from the text's length and its column's width. LibreOffice keeps an .xlsx
    /// row at the default height otherwise, and the text would be cut.
    static func heights(_ rows: [[Cell]], columnWidths: [Int]) -> [Int: Int] {
        var heights: [Int: Int] = [:]
        for (index, row) in rows.enumerated() {
            var lines = 1
            for (column, cell) in row.enumerated() where cell.style.wrap {
                guard case .text(let text) = cell.value, column < columnWidths.count else { continue }
                // Text is narrower than the digit `0` the widths are counted in; bold text (a header) a little wider
                // than plain text, as ``width(of:)`` counts it.
                let plain = columnWidths[column] * 6 / 5 - 1
                let capacity = max(4, cell.style.bold ? plain * 8 / 9 : plain)
                var count = 0
                for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    count += wrappedLines(paragraph, capacity: capacity)
                }
                lines = max(lines, count)
            }
            if lines > 1 { heights[index] = (lines * 29 + 1) / 2 + 2 }
        }
        return heights
    }

    /// How many lines a paragraph takes when wrapped at word boundaries into `capacity` characters.
    static func wrappedLines(_ paragraph: Substring, capacity: Int) -> Int {
        var lines = 1
        var used = 0
        for word in paragraph.split(separator: " ") {
            let length = word.count
            if used == 0 {
                used = length
            } else if used + 1 + length <= capacity {
                used += 1 + length
            } else {
                lines += 1
                used = length
            }
            while used > capacity {
                lines += 1
                used -= capacity
            }
        }
        return lines
    }

    /// `text` cut at spaces into lines of at most `width` characters, for a long text written one line per row (a
    /// merged, wrapped cell does not grow with its text).
    ///
    /// - French punctuation stays with the word before it: no line starts with « ; », « : », « ! », « ? », « » »,
    ///   « ) » or « , », and an opening « « » stays with the word after it.
    /// - A parenthesised part that fits on a line is not cut: `MAX(dû − avance ; 0)` goes whole to the next line.
    /// - A line is longer than `width` only when it holds a single word (with the punctuation kept beside it).
    /// - The lines joined with spaces give back the text (its runs of spaces made single).
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for piece in unbreakable(text, width: width) {
            if current.isEmpty {
                current = piece
            } else if current.count + 1 + piece.count <= width {
                current += " " + piece
            } else {
                lines.append(current)
                current = piece
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The marks a line never starts with: French typography puts a space before them, but they belong to the word
    /// before.
    static let closingMarks: Set<Character> = [";", ":", "!", "?", "»", ")", ","]

    /// Whether `word` goes on from the number `previous` ends: a group of three digits (« 52 000 », « 1 234 567,89 »)
    /// or its unit (« € », « % »), which a description writes after a plain space.
    static func continuesNumber(_ word: Substring, after previous: String) -> Bool {
        guard previous.last?.isNumber == true else { return false }
        if word.first == "€" || word.first == "%" { return true }
        let digits = word.prefix { $0.isNumber }
        return digits.count == 3
    }

    /// The pieces of `text` that ``lines(_:width:)`` never cuts: each word with the closing marks after it and an
    /// opening « « » before it, a number with its groups of digits and its unit; and a parenthesised part, from the
    /// word that opens it to the one that closes it, when it fits in `width`.
    static func unbreakable(_ text: String, width: Int) -> [String] {
        var words: [String] = []
        var opening = false
        for word in text.split(separator: " ") {
            if let last = words.last, opening || closingMarks.contains(word.first!) || continuesNumber(word, after: last) {
                words[words.count - 1] = last + " " + word
            } else {
                words.append(String(word))
            }
            opening = word == "«" || word == "("
        }
        var pieces: [String] = []
        var index = 0
        while index < words.count {
            if let end = parenthesisedEnd(words, from: index, width: width) {
                pieces.append(words[index...end].joined(separator: " "))
                index = end + 1
            } else {
                pieces.append(words[index])
                index += 1
            }
        }
        return pieces
    }

    /// When `words[start]` opens a parenthesis that a later word closes, within `width` characters: the index of that
    /// later word.
    private static func parenthesisedEnd(_ words: [String], from start: Int, width: Int) -> Int? {
        var depth = 0
        var length = -1
        for index in start..<words.count {
            length += 1 + words[index].count
            guard length <= width else { return nil }
            for character in words[index] {
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            }
            if depth == 0 { return index == start ? nil : index }
        }
        return nil
    }

    /// About how many characters the cell shows (a bold cell a little wider).
    static func width(of cell: Cell) -> Int {
        let style = cell.style
        var width: Int
        switch cell.value {
        case .empty: return 0
        case .text(let text):
            // A wrapped cell (a header) needs only its longest word on a line.
            width = style.wrap ? longestWord(text) : text.count
        case .boolean: width = 5
        case .date: width = style.format == .monthYear ? 10 : 10
        case .number(let decimal): width = numberWidth(decimal, style.format)
        }
        return style.bold ? width + width / 8 + 1 : width
    }

    /// The length of a number as French spreadsheets show it: groups of three, two decimals, ` €` or ` %`.
    static func numberWidth(_ decimal: String, _ format: NumberFormat) -> Int {
        var negative = 0
        var whole = 0
        for byte in decimal.utf8 {
            if byte == UInt8(ascii: "-") { negative = 1 } else if byte == UInt8(ascii: ".") { break } else { whole += 1 }
        }
        let groups = whole + (whole - 1) / 3
        switch format {
        case .currency: return negative + groups + 5
        case .integer: return negative + groups
        case .decimal(let places): return negative + groups + (places > 0 ? places + 1 : 0)
        case .percent(let places): return negative + 3 + (places > 0 ? places + 1 : 0) + 2
        default: return decimal.count
        }
    }

    /// The characters of the longest word (between spaces and line breaks).
    static func longestWord(_ text: String) -> Int {
        var longest = 0
        var current = 0
        for character in text {
            if character == " " || character == "\n" {
                current = 0
            } else {
                current += 1
                longest = max(longest, current)
            }
        }
        return longest
    }

    /// `0` → `A`, `25` → `Z`, `26` → `AA`.
    static func column(_ index: Int) -> String {
        var index = index + 1
        var letters: [Character] = []
        while index > 0 {
            let remainder = (index - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            index = (index - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `cell(2, 5)` → `C5` (zero-based column, row numbered from 1).
    static func cell(_ column: Int, _ row: Int) -> String { self.column(column) + String(row) }

    /// A reference to `cell` on the sheet `sheet`, quoted as both spreadsheets accept it: `'Mois par mois'!S5`.
    static func on(_ sheet: String, _ cell: String) -> String {
        "'" + sheet.replacing("'", with: "''") + "'!" + cell
    }

    /// `SUM(B5,B9,B14)`, in pieces of at most 200 arguments (Excel takes 255 at most).
    static func sum(_ cells: [String]) -> String {
        guard !cells.isEmpty else { return "0" }
        var pieces: [String] = []
        var start = 0
        while start < cells.count {
            let end = min(start + 200, cells.count)
            pieces.append("SUM(" + cells[start..<end].joined(separator: ",") + ")")
            start = end
        }
        return pieces.joined(separator: "+")
    }
}

/// The cells the workbooks write: amounts as exact decimal text from integer cents, counts and
/// unit-months from hundredths, months as the first day of the month, rates as exact decimals.
enum Cells {
    static func money(_ amount: Money, _ style: Style = SheetStyle.money) -> Cell {
        .number(plain(cents: amount.cents), style: style)
    }

    /// A formula whose cached result is the report's amount.
    static func money(_ formula: String, _ amount: Money, _ style: Style = SheetStyle.money) -> Cell {
        .formula(formula, cached: .number(plain(cents: amount.cents)), style: style)
    }

    static func count(_ value: Int64, _ style: Style = SheetStyle.integer) -> Cell {
        .number(String(value), style: style)
    }

    static func count(_ formula: String, _ value: Int64, _ style: Style = SheetStyle.integer) -> Cell {
        .formula(formula, cached: .number(String(value)), style: style)
    }

    /// Hundredths (unit-months, FTE): whole values without decimals, others with two.
    static func hundredths(_ value: Int64, total: Bool = false) -> Cell {
        let whole = value % 100 == 0
        let style = whole ? (total ? SheetStyle.integerTotal : SheetStyle.integer) : (total ? SheetStyle.hundredthsTotal : SheetStyle.hundredths)
        return .number(plain(hundredths: value), style: style)
    }

    /// The hundredths of unit-months or units a figure holds (0 for another quantity).
    static func hundredths(of quantity: Quantity) -> Int64 {
        switch quantity {
        case .unitMonths(let hundredths, _), .units(let hundredths, _): hundredths
        default: 0
        }
    }

    static func month(_ month: YearMonth, _ style: Style = SheetStyle.month) -> Cell {
        .date(year: month.year, month: month.month, day: 1, style: style)
    }

    static func text(_ text: String, _ style: Style = SheetStyle.text) -> Cell { .text(text, style: style) }

    /// A rate as an exact decimal (`0.6`), or `nil` when it has no finite decimal (1/3).
    static func decimal(_ rate: Rate) -> String? {
        for digits in [0, 2, 4, 6, 8] {
            guard let (scaled, _) = rate.percentage(fractionDigits: digits) else { continue }
            // scaled is the percentage × 10^digits: the fraction × 10^(digits + 2).
            return scaledDecimal(scaled, decimals: digits + 2)
        }
        return nil
    }

    /// A rate cell in percent: exact when it has a finite decimal, otherwise rounded to 0,01 %.
    static func rate(_ rate: Rate, places: Int? = nil) -> Cell {
        let exact = decimal(rate)
        let text = exact ?? decimal(rate.rounded(toPercentDecimals: 2))!
        let shown = places ?? percentPlaces(text)
        return .number(text, style: Style(format: .percent(places: shown)))
    }

    /// Enough percent decimals to show the rate exactly (`0.6` → 0, `0.125` → 1).
    static func percentPlaces(_ decimal: String) -> Int {
        guard let dot = decimal.firstIndex(of: ".") else { return 0 }
        var fraction = decimal[decimal.index(after: dot)...]
        while fraction.last == "0" { fraction = fraction.dropLast() }
        return max(0, min(fraction.count - 2, 4))
    }

    /// `value / 10^decimals` as a plain decimal.
    static func scaledDecimal(_ value: Int64, decimals: Int) -> String {
        let magnitude = String(value.magnitude)
        let padded = magnitude.count <= decimals ? String(repeating: "0", count: decimals - magnitude.count + 1) + magnitude : magnitude
        let whole = padded.dropLast(decimals)
        var fraction = String(padded.suffix(decimals))
        while fraction.last == "0" { fraction.removeLast() }
        return (value < 0 ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}

/// How a rounding rule is written in a formula: `ROUND` for half away from zero (what French
/// spreadsheets' ROUND does), `ROUNDDOWN` (towards zero) for truncation; the amounts rounded
/// are never negative, so floor and truncation agree.
extension RoundingRule {
    var spreadsheetFunction: String {
        switch self {
        case .halfAwayFromZero: "ROUND"
        case .towardZero, .down: "ROUNDDOWN"
        }
    }

    /// The same function as a French spreadsheet shows it (LibreOffice and Excel translate
    /// function names), for the notes a person reads beside the formulas.
    var frenchSpreadsheetFunction: String {
        switch self {
        case .halfAwayFromZero: "ARRONDI"
        case .towardZero, .down: "ARRONDI.INF"
        }
    }
}

extension Workbook {
    /// The workbook's bytes in `format` (.xlsx or .ods).
    func bytes(_ format: OutputFormat) -> [UInt8] {
        format == .ods ? ODSWriter.bytes(self) : XLSXWriter.bytes(self)
    }
}
