/// A plain-text table with aligned columns, for terminals and e-mails.
///
/// The cells are kept as bytes, one after another, each measured once as it is added: laying the table out
/// copies bytes and spaces, with no string per cell retained, released or measured again (the national
/// programme's text has tables of thousands of rows).
struct TextTable {
    enum Alignment { case left, right }

    let alignments: [Alignment]
    /// Every cell's bytes, row after row.
    private var bytes: [UInt8] = []
    /// Where each cell ends in `bytes`, and its width.
    private var cells: [(end: Int, width: Int)] = []
    /// Where each row's first cell is in `cells`.
    private var rowStarts: [Int] = []
    /// Each column's width: its widest cell.
    private var widths: [Int]
    /// The cells' widths, all rows together.
    private var measured = 0

    init(_ alignments: [Alignment]) {
        self.alignments = alignments
        widths = alignments.map { _ in 0 }
    }

    mutating func add(_ row: [String]) {
        startRow()
        for cell in row { addCell(cell) }
    }

    /// Starts a row, its cells then added one by one (``addCell(_:)``, ``addNumberCell(writing:)``).
    mutating func startRow() { rowStarts.append(cells.count) }

    /// Adds `text` as the next cell of the row being added.
    mutating func addCell(_ text: String) {
        let width = TextTable.width(text)
        TextTable.append(text, to: &bytes)
        endCell(width: width)
    }

    /// Adds the number `write` appends to the table's bytes as a formatter writes it (an amount, a count, FTE): each
    /// of its scalars is a character of its own (digits, signs, the spaces of groups and units, €), so its width is
    /// its count of scalars, told from the bytes that begin one.
    mutating func addNumberCell(writing write: (inout [UInt8]) -> Void) {
        let start = bytes.count
        write(&bytes)
        let width = bytes.withUnsafeBufferPointer { bytes in
            var scalars = 0
            for index in start..<bytes.count where bytes[index] & 0xC0 != 0x80 { scalars += 1 }
            return scalars
        }
        endCell(width: width)
    }

    private mutating func endCell(width: Int) {
        let column = cells.count - rowStarts[rowStarts.count - 1]
        if column < widths.count { widths[column] = max(widths[column], width) }
        measured += width
        cells.append((bytes.count, width))
    }

    func rendered(indent: String = "  ") -> String {
        var out: [UInt8] = []
        write(indent: indent, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The table within `width` characters: as it is when it fits; otherwise each row after the first (the
    /// headings) as a block, its first cell on a line of its own, then each other cell on a line under it after its
    /// column's heading. A table of a few wide rows (a risk's inputs, each input alone) then reads down the page
    /// rather than off it.
    func rendered(within width: Int, indent: String = "  ") -> String {
        guard rowStarts.count > 1, !fits(within: width, indent: indent) else { return rendered(indent: indent) }
        let headings = (0..<widths.count).map { cell(0, $0) ?? "" }
        let headingWidth = headings.dropFirst().map(TextTable.width).max() ?? 0
        var lines: [String] = []
        for row in 1..<rowStarts.count {
            lines += (cell(row, 0) ?? "").wrapped(width: width, first: indent, then: indent + "  ")
            for column in 1..<widths.count {
                guard let value = cell(row, column) else { break }
                let heading = headings[column]
                lines.append(indent + "    " + heading + String(repeating: " ", count: headingWidth - TextTable.width(heading) + 2) + value)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The table within `width` characters: itself when it fits; otherwise in parts, one under the other, each
    /// with the first `kept` columns (what names a row) and the columns from one of `breaks` to the next. A part
    /// still too wide is cut again into the fewest parts of nearly equal numbers of columns, at least two each,
    /// that fit; when none do (names too wide), it is left whole: a column alone, away from what it goes with,
    /// reads worse than a wide part. A schedule of ten columns then prints on an A4 page as its grant and
    /// advance, then its service fait and balance, each row named in both, rather than off the page's side.
    func parts(within width: Int, keeping kept: Int, breakingBefore breaks: [Int], indent: String = "  ") -> [TextTable] {
        guard !fits(within: width, indent: indent) else { return [self] }
        let bounds = [kept] + breaks.filter { $0 > kept && $0 < widths.count }.sorted() + [widths.count]
        let named = indent.count + widths[..<kept].reduce(0, +) + 2 * max(0, kept - 1)
        let fitting = { (columns: ArraySlice<Int>) in named + columns.reduce(0) { $0 + 2 + widths[$1] } <= width }
        var groups: [ArraySlice<Int>] = []
        for (start, end) in zip(bounds, bounds.dropFirst()) where start < end {
            let segment = Array(start..<end)[...]
            let cut = (2...max(2, segment.count / 2)).lazy.map { count in
                // `count` parts, the later ones a column longer when the columns do not share out evenly.
                (0..<count).map { part in
                    let from = segment.startIndex + part * segment.count / count
                    return segment[from..<(segment.startIndex + (part + 1) * segment.count / count)]
                }
            }.first { $0.allSatisfy { $0.count >= 2 && fitting($0) } }
            groups += fitting(segment) || segment.count < 4 ? [segment] : cut ?? [segment]
        }
        return groups.map { columns(Array(0..<kept) + $0) }
    }

    /// ``parts(within:keeping:breakingBefore:indent:)`` laid out, a blank line between two parts.
    func renderedInParts(within width: Int, keeping kept: Int, breakingBefore breaks: [Int]) -> String {
        parts(within: width, keeping: kept, breakingBefore: breaks).map { $0.rendered() }.joined(separator: "\n\n")
    }

    /// The table of these columns only, in this order (a row's missing cells left empty). Each cell's bytes and
    /// width are copied as they are, with no string made and measured again.
    func columns(_ columns: [Int]) -> TextTable {
        var table = TextTable(columns.map { alignments[$0] })
        table.bytes.reserveCapacity(bytes.count)
        table.cells.reserveCapacity(rowStarts.count * columns.count)
        bytes.withUnsafeBufferPointer { bytes in
            for row in rowStarts.indices {
                table.startRow()
                let end = row + 1 < rowStarts.count ? rowStarts[row + 1] : cells.count
                for column in columns {
                    let index = rowStarts[row] + column
                    if index < end { table.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range(ofCell: index)])) }
                    table.endCell(width: index < end ? cells[index].width : 0)
                }
            }
        }
        return table
    }

    /// Whether the table, laid out whole after `indent`, is at most `width` characters wide.
    func fits(within width: Int, indent: String = "  ") -> Bool {
        indent.count + widths.reduce(0, +) + 2 * max(0, widths.count - 1) <= width
    }

    /// The text of the cell of `row` in `column`; `nil` past the row's last cell.
    private func cell(_ row: Int, _ column: Int) -> String? {
        let index = rowStarts[row] + column
        let end = row + 1 < rowStarts.count ? rowStarts[row + 1] : cells.count
        guard index < end else { return nil }
        return String(decoding: bytes[range(ofCell: index)], as: UTF8.self)
    }

    /// The table appended to `out` as bytes: the rows separated by line ends (the last has none), each after
    /// `indent`, its cells two spaces apart and padded to their column's width; a row's trailing spaces are dropped.
    ///
    /// Written through a buffer made at its largest size (every row's indent and line end, every cell's bytes and
    /// two spaces, and the padding: each cell's column's width less its own), then appended once: an append to the
    /// array for each cell, its spaces and its padding checked the array's room and owner each time.
    func write(indent: String = "  ", into out: inout [UInt8]) {
        let indentBytes = Array(indent.utf8)
        let padding = rowStarts.count * widths.reduce(0, +) - measured
        let largest = rowStarts.count * (indentBytes.count + 1) + bytes.count + cells.count * 2 + padding
        let table = [UInt8](unsafeUninitializedCapacity: max(0, largest)) { buffer, written in
            var at = 0
            bytes.withUnsafeBufferPointer { bytes in
                for row in rowStarts.indices {
                    if row > 0 {
                        buffer[at] = 0x0A
                        at += 1
                    }
                    let lineStart = at
                    for byte in indentBytes {
                        buffer[at] = byte
                        at += 1
                    }
                    let first = rowStarts[row]
                    let last = row + 1 < rowStarts.count ? rowStarts[row + 1] : cells.count
                    for cell in first..<last {
                        let column = cell - first
                        if column > 0 { at = TextTable.spaces(2, into: buffer, at: at) }
                        // (a cell wider than measured is never cut)
                        let padding = max(0, widths[column] - cells[cell].width)
                        if alignments[column] == .right { at = TextTable.spaces(padding, into: buffer, at: at) }
                        let range = range(ofCell: cell)
                        if !range.isEmpty {
                            (buffer.baseAddress! + at).initialize(from: bytes.baseAddress! + range.lowerBound, count: range.count)
                            at += range.count
                        }
                        if alignments[column] == .left { at = TextTable.spaces(padding, into: buffer, at: at) }
                    }
                    while at > lineStart, buffer[at - 1] == 0x20 { at -= 1 }
                }
            }
            written = at
        }
        out.append(contentsOf: table)
    }

    /// `count` spaces written at `at`; returns the end. (A function of its own, not one nested in ``write(indent:into:)``:
    /// a nested one would capture the offset in a box and check each access to it at run time.)
    private static func spaces(_ count: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        if count > 0 { (buffer.baseAddress! + at).initialize(repeating: 0x20, count: count) }
        return at + count
    }

    /// Where the cell at `index` (all rows together) lies in `bytes`.
    private func range(ofCell index: Int) -> Range<Int> { (index == 0 ? 0 : cells[index - 1].end)..<cells[index].end }

    /// A cell's width on a terminal: its characters (`count`, which groups combining accents with their
    /// letter), worked out from the bytes when every character is one scalar: ASCII and ``LoneScalars`` (Latin
    /// letters, the spaces and signs of amounts: no-break spaces, `€`, `–`, `’`, `−`).
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
            guard let size = LoneScalars.size(bytes, at: index) else { return nil }
            index += size
            width += 1
        }
        // An ASCII cell is as many columns as bytes (CR LF included); another with a CR, whatever `count` says.
        return ascii || !bytes.contains(0x0D) ? width : nil
    }

    static func append(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil { out.append(contentsOf: text.utf8) }
    }
}
