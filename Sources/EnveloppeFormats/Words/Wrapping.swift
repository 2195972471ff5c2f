extension String {
    /// The text cut into lines of at most `width` characters, at spaces (a word longer than `width` keeps a line of
    /// its own): a chart's label, and every sentence of a text report.
    ///
    /// Never where French typography keeps words together: before « : », « ; », « ! », « ? », « » », « € » or « % »,
    /// after « « » or « § », nor on either side of a number (its groups, its unit and what it counts stay with it:
    /// « 101 500 € », « 26 mesures », « juin 2023 ») or of a sign standing alone (a formula's « = », « − », « × »,
    /// « / », a range's « – », a dash: « dû = min(service fait, subvention) », « sept. 2019 – déc. 2020 »).
    func wrapped(width: Int) -> [String] {
        // The groups of words that stay together, each with its length in characters, counted once.
        var groups: [(text: String, length: Int)] = []
        var bindsNext = false  // whether the last word keeps the next one with it
        for word in split(separator: " ") {
            guard let first = word.first else { continue }  // (`split` leaves out empty words)
            let isSign = word.count == 1 && String.isSign(first)
            if let last = groups.indices.last, let end = groups[last].text.last,
                bindsNext || isSign || String.staysWithTheWordBefore(first) || end.isNumber || first.isNumber
            {
                groups[last].text += " " + word
                groups[last].length += 1 + word.count
            } else {
                groups.append((String(word), word.count))
            }
            bindsNext = isSign || word.last == "«" || word.last == "§"
        }
        var lines: [String] = []
        var current = ""
        var length = 0
        for group in groups {
            if length > 0 && length + 1 + group.length > width {
                lines.append(current)
                (current, length) = ("", 0)
            }
            if length > 0 {
                current += " "
                length += 1
            }
            current += group.text
            length += group.length
        }
        return lines + (current.isEmpty ? [] : [current])
    }

    /// A sign that, standing alone between spaces, joins what is on either side of it.
    private static func isSign(_ character: Character) -> Bool {
        switch character {
        case "=", "−", "-", "+", "×", "/", "÷", "–", "—", "→", "<", ">", "≤", "≥": true
        default: false
        }
    }

    /// The marks French typography never puts at the start of a line: they follow the word before them.
    private static func staysWithTheWordBefore(_ character: Character) -> Bool {
        switch character {
        case ":", ";", "!", "?", "»", "€", "%": true
        default: false
        }
    }

    /// The text in lines of at most `width` characters in all, the first after `first` and the others after `then`
    /// (a check's sentence under its status, a source's continuation under its « Source : »), so a report reads
    /// and prints without lines running off the page.
    func wrapped(width: Int, first: String, then: String) -> [String] {
        wrapped(width: width - max(first.count, then.count)).enumerated().map { ($0 == 0 ? first : then) + $1 }
    }
}
