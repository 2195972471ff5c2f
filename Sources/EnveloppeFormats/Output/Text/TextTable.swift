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
        rowStarts.append(cells.count)
        for cell in row {
            let width = TextTable.width(cell)
            TextTable.append(cell, to: &bytes)
            let column = cells.count - rowStarts[rowStarts.count - 1]
            if column < widths.count { widths[column] = max(widths[column], width) }
            measured += width
            cells.append((bytes.count, width))
        }
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

    /// The table of these columns only, in this order (a row's missing cells left empty).
    func columns(_ columns: [Int]) -> TextTable {
        var table = TextTable(columns.map { alignments[$0] })
        for row in rowStarts.indices { table.add(columns.map { cell(row, $0) ?? "" }) }
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
    func write(indent: String = "  ", into out: inout [UInt8]) {
        // At most: every row's indent and line end, every cell's bytes and two spaces, and the padding.
        out.reserveCapacity(
            out.count + rowStarts.count * (indent.utf8.count + 1) + bytes.count + cells.count * 2 + rowStarts.count * widths.reduce(0, +) - measured
                + 1)
        let spaces = [UInt8](repeating: 0x20, count: max(2, widths.max() ?? 0))
        // Read through buffers: a slice of an array per cell would retain and release the array each time.
        bytes.withUnsafeBufferPointer { bytes in
            spaces.withUnsafeBufferPointer { spaces in
                for row in rowStarts.indices {
                    if row > 0 { out.append(0x0A) }
                    let lineStart = out.count
                    TextTable.append(indent, to: &out)
                    let first = rowStarts[row]
                    let last = row + 1 < rowStarts.count ? rowStarts[row + 1] : cells.count
                    for cell in first..<last {
                        let column = cell - first
                        if column > 0 { out.append(contentsOf: UnsafeBufferPointer(rebasing: spaces[0..<2])) }
                        // (a cell wider than measured is never cut)
                        let padding = UnsafeBufferPointer(rebasing: spaces[0..<max(0, widths[column] - cells[cell].width)])
                        if alignments[column] == .right { out.append(contentsOf: padding) }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range(ofCell: cell)]))
                        if alignments[column] == .left { out.append(contentsOf: padding) }
                    }
                    while out.count > lineStart, out.last == 0x20 { out.removeLast() }
                }
            }
        }
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
