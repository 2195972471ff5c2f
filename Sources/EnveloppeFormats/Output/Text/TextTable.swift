/// A plain-text table with aligned columns, for terminals and e-mails.
struct TextTable {
    enum Alignment { case left, right }

    let alignments: [Alignment]
    var rows: [[String]] = []

    init(_ alignments: [Alignment]) { self.alignments = alignments }

    mutating func add(_ row: [String]) { rows.append(row) }

    func rendered(indent: String = "  ") -> String {
        var out: [UInt8] = []
        write(indent: indent, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The table appended to `out` as bytes, as ``rendered(indent:)`` lays it out.
    func write(indent: String = "  ", into out: inout [UInt8]) {
        let row = { (number: Int, row: inout Row) in row.cells.append(contentsOf: rows[number]) }
        let layout = TextTable.measure(alignments, rows: rows.count, indent: indent, row: row)
        out.reserveCapacity(out.count + layout.bytes + 1)
        TextTable.write(alignments, layout: layout, indent: indent, into: &out, row: row)
    }

    /// A row made on demand, its cells in a buffer kept from row to row.
    struct Row {
        var cells: [String] = []

        mutating func clear() { cells.removeAll(keepingCapacity: true) }

        func width(_ index: Int) -> Int { TextTable.width(cells[index]) }
    }

    /// The columns' widths of a table whose rows are made on demand, and at most how many bytes it takes:
    /// `row(number, &row)` fills an empty row with row `number`. With ``write(_:layout:indent:into:row:)``,
    /// each row is made twice (once to measure, once to write), so a table of a million rows is never held whole.
    struct Layout {
        let rows: Int
        let widths: [Int]
        let bytes: Int
    }

    static func measure(_ alignments: [Alignment], rows count: Int, indent: String = "  ", row: (_ number: Int, _ row: inout Row) -> Void)
        -> Layout
    {
        var cells = Row()
        var widths = alignments.map { _ in 0 }
        var fixed = 0  // the rows' bytes but padding, an upper bound
        var measured = 0  // the cells' widths, all rows together
        for number in 0..<count {
            cells.clear()
            row(number, &cells)
            fixed += indent.utf8.count + 1
            for index in cells.cells.indices {
                let width = cells.width(index)
                fixed += cells.cells[index].utf8.count + 2
                measured += width
                if index < widths.count { widths[index] = max(widths[index], width) }
            }
        }
        return Layout(rows: count, widths: widths, bytes: fixed + count * widths.reduce(0, +) - measured)
    }

    /// Writes the rows measured in `layout`, separated by line ends (the last has none); a row's
    /// trailing spaces are dropped.
    static func write(
        _ alignments: [Alignment], layout: Layout, indent: String = "  ", into out: inout [UInt8], row: (_ number: Int, _ row: inout Row) -> Void
    ) {
        let widths = layout.widths
        var cells = Row()
        let spaces = [UInt8](repeating: 0x20, count: widths.max() ?? 0)
        for number in 0..<layout.rows {
            cells.clear()
            row(number, &cells)
            if number > 0 { out.append(0x0A) }
            let lineStart = out.count
            append(indent, to: &out)
            for (index, cell) in cells.cells.enumerated() {
                if index > 0 { out.append(contentsOf: spaces[0..<2]) }
                let padding = spaces[0..<max(0, widths[index] - cells.width(index))]  // (a cell wider than measured is never cut)
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
        let fast = cell.utf8.withContiguousStorageIfAvailable(width(utf8:)) ?? Array(cell.utf8).withUnsafeBufferPointer(width(utf8:))
        return fast ?? cell.count
    }

    /// The width of these bytes, `nil` when only `String.count` can tell (a combining mark, an emoji…).
    private static func width(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var width = 0
        var index = 0
        var ascii = true
        while index < bytes.count {
            // ASCII eight bytes at a time: most labels are.
            if index + 8 <= bytes.count, UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                width += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                width += 1
                continue
            }
            ascii = false
            if byte >= 0xC2 && byte < 0xCC && index + 1 < bytes.count {  // U+0080…U+02FF: no combining mark among them
                index += 2
            } else if byte == 0xE2 && index + 2 < bytes.count && isOneWide(bytes[index + 1], bytes[index + 2]) {
                index += 3
            } else {
                return nil
            }
            width += 1
        }
        // An ASCII cell is as many columns as bytes (CR LF included); another with a CR, whatever `count` says.
        return ascii || !bytes.contains(0x0D) ? width : nil
    }

    /// U+202F, U+20AC, U+2013, U+2019, U+2212 (after their lead byte E2).
    private static func isOneWide(_ second: UInt8, _ third: UInt8) -> Bool {
        switch (second, third) {
        case (0x80, 0xAF), (0x82, 0xAC), (0x80, 0x93), (0x80, 0x99), (0x88, 0x92): true
        default: false
        }
    }

    static func append(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil { out.append(contentsOf: text.utf8) }
    }
}
