/// A1 references: column letters ↔ numbers, and parsing `"D4"` or `"A1:F1"`, shared by
/// the writers (validations, merges) and the readers (cell positions).
enum CellReference {
    /// 0 → "A", 25 → "Z", 26 → "AA".
    static func column(_ index: Int) -> String {
        var index = index + 1
        var letters: [UInt8] = []
        while index > 0 {
            let remainder = (index - 1) % 26
            letters.append(UInt8(65 + remainder))
            index = (index - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// Zero-based row and column → "B3".
    static func name(row: Int, column: Int) -> String {
        self.column(column) + String(row + 1)
    }

    /// Excel's grid: 1 048 576 rows of 16 384 columns.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    /// "B3" or "$B$3" → zero-based (row 2, column 1); nil when not a reference inside the grid.
    static func parse(_ text: some StringProtocol) -> (row: Int, column: Int)? {
        parse(bytes: Array(text.utf8)[...])
    }

    static func parse(bytes: ArraySlice<UInt8>) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        var bytes = bytes
        if bytes.first == UInt8(ascii: "$") { bytes = bytes.dropFirst() }
        while let byte = bytes.first, let letter = uppercaseLetter(byte) {
            column = column * 26 + Int(letter - 64)
            letters += 1
            bytes = bytes.dropFirst()
            if letters > 3 { return nil }
        }
        if bytes.first == UInt8(ascii: "$") { bytes = bytes.dropFirst() }
        while let byte = bytes.first, DecimalText.isDigit(byte) {
            row = row * 10 + Int(byte - 48)
            digits += 1
            bytes = bytes.dropFirst()
            if digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, bytes.isEmpty, row >= 1, row <= maximumRows, column <= maximumColumns else { return nil }
        return (row - 1, column - 1)
    }

    /// Only the column letters of a reference ("B3" → 1), for cells whose row is implied.
    static func parseColumn(_ text: some StringProtocol) -> Int? {
        var column = 0
        var letters = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "$") { continue }
            guard let letter = uppercaseLetter(byte) else { break }
            column = column * 26 + Int(letter - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters > 0 && column <= maximumColumns ? column - 1 : nil
    }

    /// "A1:F1" (or a single cell) → inclusive zero-based bounds.
    static func parseRange(_ text: String) -> (top: Int, left: Int, bottom: Int, right: Int)? {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 1 || pieces.count == 2, let first = parse(pieces[0]) else { return nil }
        let last = pieces.count == 2 ? parse(pieces[1]) : first
        guard let last else { return nil }
        return (min(first.row, last.row), min(first.column, last.column), max(first.row, last.row), max(first.column, last.column))
    }

    private static func uppercaseLetter(_ byte: UInt8) -> UInt8? {
        if byte >= 65 && byte <= 90 { return byte }
        if byte >= 97 && byte <= 122 { return byte - 32 }
        return nil
    }
}
