/// A plain-text table with aligned columns, for terminals and e-mails.
struct TextTable {
    enum Alignment { case left, right }

    let alignments: [Alignment]
    var rows: [[String]] = []

    init(_ alignments: [Alignment]) { self.alignments = alignments }

    mutating func add(_ row: [String]) { rows.append(row) }

    func rendered(indent: String = "  ") -> String {
        // Each cell's width measured once: its bytes when it is ASCII, its characters otherwise.
        let measured = rows.map { row in row.map { cell in cell.utf8.allSatisfy { $0 < 0x80 } ? cell.utf8.count : cell.count } }
        var widths = alignments.map { _ in 0 }
        for row in measured {
            for (index, width) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], width) }
        }
        let spaces = String(repeating: " ", count: widths.max() ?? 0)
        var out = ""
        for (number, row) in rows.enumerated() {
            if number > 0 { out += "\n" }
            var line = indent
            for (index, cell) in row.enumerated() {
                if index > 0 { line += "  " }
                let padding = spaces.prefix(widths[index] - measured[number][index])
                if alignments[index] == .right {
                    line += padding
                    line += cell
                } else {
                    line += cell
                    line += padding
                }
            }
            while line.utf8.last == 0x20 { line.removeLast() }
            out += line
        }
        return out
    }
}
