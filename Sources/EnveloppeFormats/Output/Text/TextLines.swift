import Enveloppe

/// A text report gathered as UTF-8 bytes, a line at a time, each line ended by `\n`: the same bytes as
/// joining the lines with `\n` and adding one at the end, without an array of lines, a joined copy, or
/// a table made a string and read back.
struct TextLines {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4_096) { bytes.reserveCapacity(capacity) }

    /// The report as a string (its bytes are UTF-8 already: only strings went in).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `line` after `indent`.
    mutating func append(_ line: String, indent: String = "") {
        if !indent.isEmpty { add(indent) }
        add(line)
        bytes.append(0x0A)
    }

    /// Each line after `indent`.
    mutating func append(contentsOf lines: [String], indent: String = "") {
        for line in lines { append(line, indent: indent) }
    }

    /// `text` added to the line being written, which ``endLine()`` ends: a line made of many pieces is written
    /// piece by piece, with no string of its own.
    mutating func write(_ text: String) { add(text) }

    /// An amount added to the line being written, as `format` words it, with no string of its own.
    mutating func write(_ amount: Money, _ format: Formatter) { format.money(amount, appendingTo: &bytes) }

    /// Hundredths added to the line being written (`17 600`, `0,5`), as `format` words them, with no string of their own.
    mutating func write(hundredths: Int64, _ format: Formatter) { format.decimal(hundredths: hundredths, appendingTo: &bytes) }

    /// Ends the line being written.
    mutating func endLine() { bytes.append(0x0A) }

    private mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `table` as ``TextTable/rendered(indent:)`` lays it out, then a line end.
    mutating func append(_ table: TextTable, indent: String = "  ") {
        table.write(indent: indent, into: &bytes)
        bytes.append(0x0A)
    }

    /// `parts` (``TextTable/parts(within:keeping:breakingBefore:indent:)``) one under the other, a blank line between.
    mutating func append(parts: [TextTable], indent: String = "  ") {
        for (number, part) in parts.enumerated() {
            if number > 0 { bytes.append(0x0A) }
            append(part, indent: indent)
        }
    }
}
