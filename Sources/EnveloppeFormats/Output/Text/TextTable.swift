/// A plain-text table with aligned columns, for terminals and e-mails.
struct TextTable {
    enum Alignment { case left, right }

    let alignments: [Alignment]
    var rows: [[String]] = []

    init(_ alignments: [Alignment]) { self.alignments = alignments }

    mutating func add(_ row: [String]) { rows.append(row) }

    func rendered(indent: String = "  ") -> String {
        let row = { (number: Int, cells: inout [String]) in cells.append(contentsOf: rows[number]) }
        let layout = TextTable.measure(alignments, rows: rows.count, indent: indent, row: row)
        var out: [UInt8] = []
        out.reserveCapacity(layout.bytes)
        TextTable.write(alignments, layout: layout, indent: indent, into: &out, row: row)
        return String(decoding: out, as: UTF8.self)
    }

    /// The columns' widths of a table whose rows are made on demand, and at most how many bytes it takes:
    /// `row(number, &cells)` appends the cells of row `number` to an empty array. With ``write(_:layout:indent:into:row:)``,
    /// each row is made twice (once to measure, once to write), so a table of a million rows is never held whole.
    struct Layout {
        let rows: Int
        let widths: [Int]
        let bytes: Int
    }

    static func measure(
        _ alignments: [Alignment], rows count: Int, indent: String = "  ", row: (_ number: Int, _ cells: inout [String]) -> Void
    ) -> Layout {
        var cells: [String] = []
        var widths = alignments.map { _ in 0 }
        var fixed = 0  // the rows' bytes but padding, an upper bound
        var measured = 0  // the cells' widths, all rows together
        for number in 0..<count {
            cells.removeAll(keepingCapacity: true)
            row(number, &cells)
            fixed += indent.utf8.count + 1
            for (index, cell) in cells.enumerated() {
                let width = TextTable.width(cell)
                fixed += cell.utf8.count + 2
                measured += width
                if index < widths.count { widths[index] = max(widths[index], width) }
            }
        }
        return Layout(rows: count, widths: widths, bytes: fixed + count * widths.reduce(0, +) - measured)
    }

    /// Writes the rows measured in `layout`, separated by line ends (the last has none); a row's
    /// trailing spaces are dropped.
    static func write(
        _ alignments: [Alignment], layout: Layout, indent: String = "  ", into out: inout [UInt8],
        row: (_ number: Int, _ cells: inout [String]) -> Void
    ) {
        let widths = layout.widths
        var cells: [String] = []
        let spaces = [UInt8](repeating: 0x20, count: widths.max() ?? 0)
        for number in 0..<layout.rows {
            cells.removeAll(keepingCapacity: true)
            row(number, &cells)
            if number > 0 { out.append(0x0A) }
            let lineStart = out.count
            append(indent, to: &out)
            for (index, cell) in cells.enumerated() {
                if index > 0 { out.append(contentsOf: spaces[0..<2]) }
                let padding = spaces[0..<(widths[index] - TextTable.width(cell))]
                if alignments[index] == .right { out.append(contentsOf: padding) }
                append(cell, to: &out)
                if alignments[index] == .left { out.append(contentsOf: padding) }
            }
            while out.count > lineStart, out.last == 0x20 { out.removeLast() }
        }
    }

    /// A cell's width on a terminal: its characters (`count`, which groups combining accents with their
    /// letter), worked out from the bytes when every character is one scalar wide: ASCII, Latin letters,
    /// and the spaces and signs of amounts (no-break spaces, `€`, `–`, `’`, `−`).
    static func width(_ cell: String) -> Int {
        var width = 0
        var utf8 = cell.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 && byte != 0x0D {  // (CR LF is one character)
                width += 1
            } else if byte >= 0xC2 && byte < 0xCC {  // U+0080…U+02FF: no combining mark among them
                _ = utf8.next()
                width += 1
            } else if byte == 0xE2, let second = utf8.next(), let third = utf8.next(),
                (second, third) == (0x80, 0xAF) || (second, third) == (0x82, 0xAC) || (second, third) == (0x80, 0x93)
                    || (second, third) == (0x80, 0x99) || (second, third) == (0x88, 0x92)
            {
                width += 1
            } else {
                return byte == 0x0D && cell.utf8.allSatisfy({ $0 < 0x80 }) ? cell.utf8.count : cell.count
            }
        }
        return width
    }

    private static func append(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil { out.append(contentsOf: text.utf8) }
    }
}
