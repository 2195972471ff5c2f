extension String {
    /// The text cut into lines of at most `width` characters, at spaces (a word longer than `width` keeps a line of
    /// its own): a chart's label, and every sentence of a text report.
    ///
    /// Never where French typography keeps words together: before « : », « ; », « ! », « ? », « » », « € » or « % »,
    /// after « « » or « § », nor on either side of a number (its groups, its unit and what it counts stay with it:
    /// « 101 500 € », « 26 mesures », « juin 2023 ») or of a sign standing alone (a formula's « = », « − », « × »,
    /// « / », a range's « – », a dash: « dû = min(service fait, subvention) », « sept. 2019 – déc. 2020 »).
    func wrapped(width: Int) -> [String] {
        // The groups of words that stay together, each with its length in characters, counted once. Words are found
        // at the spaces of the UTF-8 bytes, and a word's first and last characters looked at only beyond ASCII (a
        // report wraps thousands of words).
        var groups: [(text: String, length: Int)] = []
        var bindsNext = false  // whether the last word keeps the next one with it
        for word in words {
            let bytes = word.utf8
            guard let firstByte = bytes.first, let lastByte = bytes.last, let first = word.first else { continue }
            let length = bytes.allSatisfy { $0 < 0x80 } ? bytes.count : word.count
            let isSign = length == 1 && String.isSign(first)
            let startsWithNumber = firstByte < 0x80 ? (0x30...0x39).contains(firstByte) : first.isNumber
            if let last = groups.indices.last,
                bindsNext || isSign || startsWithNumber || String.staysWithTheWordBefore(first, firstByte) || String.endsWithNumber(groups[last].text)
            {
                groups[last].text += " "
                groups[last].text += word
                groups[last].length += 1 + length
            } else {
                groups.append((String(word), length))
            }
            bindsNext = isSign || (lastByte >= 0x80 && (word.last == "«" || word.last == "§"))
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

    /// The words between spaces, found in the UTF-8 bytes (a space is one byte of its own).
    private var words: [Substring] {
        var words: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == 0x20 {
                if index > start { words.append(self[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start < bytes.endIndex { words.append(self[start..<bytes.endIndex]) }
        return words
    }

    /// A sign that, standing alone between spaces, joins what is on either side of it.
    private static func isSign(_ character: Character) -> Bool {
        switch character {
        case "=", "−", "-", "+", "×", "/", "÷", "–", "—", "→", "<", ">", "≤", "≥": true
        default: false
        }
    }

    /// The marks French typography never puts at the start of a line: they follow the word before them.
    private static func staysWithTheWordBefore(_ character: Character, _ firstByte: UInt8) -> Bool {
        if firstByte < 0x80 { return ":;!?%".utf8.contains(firstByte) }
        return character == "»" || character == "€"
    }

    /// Whether `text` ends with a digit (or another numeral, read as a character beyond ASCII).
    private static func endsWithNumber(_ text: String) -> Bool {
        guard let byte = text.utf8.last else { return false }
        return byte < 0x80 ? (0x30...0x39).contains(byte) : text.last?.isNumber == true
    }

    /// The text in lines of at most `width` characters in all, the first after `first` and the others after `then`
    /// (a check's sentence under its status, a source's continuation under its « Source : »), so a report reads
    /// and prints without lines running off the page.
    func wrapped(width: Int, first: String, then: String) -> [String] {
        wrapped(width: width - max(first.count, then.count)).enumerated().map { ($0 == 0 ? first : then) + $1 }
    }
}
