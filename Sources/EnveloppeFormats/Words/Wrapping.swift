extension String {
    /// The text cut into lines of at most `width` characters, at spaces (a word longer than `width` keeps a line of
    /// its own): a chart's label, a scenario's description in the text report.
    ///
    /// Never where French typography keeps words together: before « : », « ; », « ! », « ? », « » », « € » or « % »,
    /// after « « », nor on either side of a number: its groups, its unit and what it counts stay with it
    /// (« 101 500 € », « 26 mesures », « juin 2023 »).
    func wrapped(width: Int) -> [String] {
        var groups: [String] = []
        for word in split(separator: " ") {
            if let last = groups.last, let first = word.first,
                ":;!?»€%".contains(first) || last.hasSuffix("«") || last.last?.isNumber == true || first.isNumber
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

    /// The text in lines of at most `width` characters in all, the first after `first` and the others after `then`
    /// (a check's sentence under its status, a source's continuation under its « Source : »), so a report reads
    /// and prints without lines running off the page.
    func wrapped(width: Int, first: String, then: String) -> [String] {
        wrapped(width: width - max(first.count, then.count)).enumerated().map { ($0 == 0 ? first : then) + $1 }
    }
}
