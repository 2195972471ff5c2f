extension String {
    /// The text cut into lines of at most `width` characters, at spaces: a chart's label, and every sentence of a
    /// text report. A line is longer only when a run of words that must stay together is (a long path, a long number
    /// with its unit).
    ///
    /// Never where French typography keeps words together: before « : », « ; », « ! », « ? », « » », « € » or « % »,
    /// after « « » or « § », between the groups of a number or after it (its unit stays with it: « 101 500 € »,
    /// « 26 mesures »), after a sign standing alone (a formula's « = », « − », « × », « / », a range's « – », a
    /// dash). Only when no other space falls in the last two fifths of the line: before such a sign, the sign then
    /// opening the next line as French typography cuts a formula, or before a number (« juin 2023 », « pour 32 »);
    /// so « dû = min(service fait, subvention) » stays whole, and a formula does not push the words before it onto
    /// a short line.
    func wrapped(width: Int) -> [String] {
        var lines: [String] = []
        var line: [Word] = []  // the words of the line being filled, each with the break before it
        var length = 0  // its length in characters, spaces included
        var previous: (isSign: Bool, bindsNext: Bool, endsWithNumber: Bool) = (false, false, false)
        for text in words {
            // A word's characters are looked at only beyond ASCII (a report wraps thousands of words).
            let bytes = text.utf8
            guard let firstByte = bytes.first, let lastByte = bytes.last, let first = text.first else { continue }
            let count = bytes.allSatisfy { $0 < 0x80 } ? bytes.count : text.count
            let isSign = count == 1 && String.isSign(first)
            let startsWithNumber = firstByte < 0x80 ? (0x30...0x39).contains(firstByte) : first.isNumber
            let before: Word.Break =
                if previous.isSign || previous.bindsNext || previous.endsWithNumber || String.staysWithTheWordBefore(first, firstByte) {
                    .never
                } else if isSign || startsWithNumber {
                    .reluctant
                } else {
                    .free
                }
            previous = (
                isSign, lastByte >= 0x80 && (text.last == "«" || text.last == "§"),
                lastByte < 0x80 ? (0x30...0x39).contains(lastByte) : text.last?.isNumber == true
            )
            line.append(Word(text: text, length: count, before: before))
            length += (line.count > 1 ? 1 : 0) + count
            // Over the width: the line is cut at the best break it has, the words after it begin the next.
            while length > width, let cut = Word.cut(line, width: width) {
                lines.append(line[..<cut].map(\.text).joined(separator: " "))
                line.removeFirst(cut)
                length = line.reduce(-1) { $0 + 1 + $1.length }
            }
        }
        if !line.isEmpty { lines.append(line.map(\.text).joined(separator: " ")) }
        return lines
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

    /// The text in lines of at most `width` characters in all, the first after `first` and the others after `then`
    /// (a check's sentence under its status, a source's continuation under its « Source : »), so a report reads
    /// and prints without lines running off the page; a text report's width unless told.
    func wrapped(width: Int = Wording.textWidth, first: String, then: String) -> [String] {
        wrapped(width: width - max(first.count, then.count)).enumerated().map { ($0 == 0 ? first : then) + $1 }
    }
}

/// A word of a text being wrapped, with its length in characters and how freely a line may end before it.
private struct Word {
    enum Break: Comparable {
        /// Never: French typography keeps it with the word before.
        case never
        /// Before a sign standing alone, or before a number: only when no free break is in reach.
        case reluctant
        case free
    }

    let text: Substring
    let length: Int
    let before: Break

    /// Where to cut `line` (the index of the word that begins the next line) so that its first part holds within
    /// `width`: the last free break in the line's last two fifths; otherwise the last reluctant break; otherwise the
    /// last free break; when no part fits, the first break at all. `nil` when the line has no break.
    static func cut(_ line: [Word], width: Int) -> Int? {
        var (lastFree, lastFreeLate, lastReluctant, firstAny): (Int?, Int?, Int?, Int?) = (nil, nil, nil, nil)
        var length = line.first.map(\.length) ?? 0  // the first part's length if cut before the word at `index`
        for index in line.indices.dropFirst() {
            let word = line[index]
            if word.before != .never {
                if firstAny == nil { firstAny = index }
                if length <= width {
                    if word.before == .free {
                        lastFree = index
                        if length * 5 >= width * 3 { lastFreeLate = index }
                    } else {
                        lastReluctant = index
                    }
                }
            }
            length += 1 + word.length
        }
        return lastFreeLate ?? lastReluctant ?? lastFree ?? firstAny
    }
}
