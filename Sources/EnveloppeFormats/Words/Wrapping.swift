extension String {
    /// The text cut into lines of at most `width` characters, at spaces (a word longer than `width` keeps a line of
    /// its own): a chart's label, a scenario's description in the text report.
    ///
    /// Never where French typography keeps words together: before « : », « ; », « ! », « ? », « » », « € » or « % »,
    /// after « « », and between the groups of a number (« 101 500 € » stays whole).
    func wrapped(width: Int) -> [String] {
        var groups: [String] = []
        for word in split(separator: " ") {
            if let last = groups.last, let first = word.first,
                ":;!?»€%".contains(first) || last.hasSuffix("«") || (last.last?.isNumber == true && first.isNumber)
            {
                groups[groups.count - 1] += " " + word
            } else {
                groups.append(String(word))
            }
        }
        var lines: [String] = []
        var current = ""
        for group in groups {
            if !current.isEmpty && current.count + 1 + group.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + group
        }
        return lines + (current.isEmpty ? [] : [current])
    }
}
