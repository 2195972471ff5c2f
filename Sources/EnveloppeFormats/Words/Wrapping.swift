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
        var text = self
        return text.withUTF8 { bytes in Word.lines(Word.words(in: bytes) ?? Word.words(of: self), in: bytes, width: width) }
    }

    /// ``wrapped(width:)`` with every word's characters looked at, as it does for a text beyond the ranges it reads
    /// in bytes: the tests hold both equal.
    func wrappedLookingAtCharacters(width: Int) -> [String] {
        var text = self
        return text.withUTF8 { bytes in Word.lines(Word.words(of: self), in: bytes, width: width) }
    }

    /// The words between spaces, found in the UTF-8 bytes (a space is one byte of its own).
    fileprivate var words: [Substring] {
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

    /// The text in lines of at most `width` characters in all, the first after `first` and the others after `then`
    /// (a check's sentence under its status, a source's continuation under its « Source : »), so a report reads
    /// and prints without lines running off the page; a text report's width unless told.
    func wrapped(width: Int = Wording.textWidth, first: String, then: String) -> [String] {
        wrapped(width: width - max(first.count, then.count)).enumerated().map { ($0 == 0 ? first : then) + $1 }
    }
}

/// A word of a text being wrapped: where its bytes lie in the text, its length in characters, and how freely a line
/// may end before it.
struct Word {
    enum Break: Comparable {
        /// Never: French typography keeps it with the word before.
        case never
        /// Before a sign standing alone, or before a number: only when no free break is in reach.
        case reluctant
        case free
    }

    /// The word's bytes in the text's UTF-8: `start..<end`.
    let start: Int
    let end: Int
    let length: Int
    let before: Break

    /// The words of a text whose characters are each one Unicode scalar of the ranges a report is written in
    /// (printable ASCII and ``LoneScalars``): found and measured in the bytes, a character being a scalar. `nil` when
    /// a scalar might join the one before it (a combining accent, a joiner, a variation selector) or lies elsewhere:
    /// the characters are then looked at (``words(of:)``), with the same result wherever both apply.
    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [Word]? {
        var list = List()
        let n = bytes.count
        // At most a word after each space and one before the first: room made once.
        list.words.reserveCapacity(1 + bytes.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) })
        var i = 0
        while i < n {
            if bytes[i] == 0x20 {
                i += 1
                continue
            }
            let start = i
            var (length, lastScalar) = (0, i)
            while i < n, bytes[i] != 0x20 {
                lastScalar = i
                let byte = bytes[i]
                let size: Int
                if byte < 0x80 {
                    guard byte >= 0x20, byte != 0x7F else { return nil }
                    size = 1
                } else {
                    guard let lone = LoneScalars.size(bytes, at: i) else { return nil }
                    size = lone
                }
                i += size
                length += 1
            }
            let (firstByte, lastByte) = (bytes[start], bytes[i - 1])
            // Each character is one scalar here: what is true of the scalar is true of the character.
            let first = firstByte < 0x80 ? UInt32(firstByte) : LoneScalars.scalar(bytes, at: start)
            let last = lastByte < 0x80 ? UInt32(lastByte) : LoneScalars.scalar(bytes, at: lastScalar)
            list.append(
                start: start, end: i, length: length, isSign: length == 1 && Word.isSign(first), startsWithNumber: Word.isNumber(first),
                staysWithTheWordBefore: Word.staysWithTheWordBefore(first), bindsNext: Word.bindsNext(last),
                endsWithNumber: Word.isNumber(last))
        }
        return list.words
    }

    /// The words of any text, its characters looked at beyond ASCII (a character may be several scalars).
    static func words(of text: String) -> [Word] {
        var list = List()
        let utf8 = text.utf8
        for word in text.words {
            let bytes = word.utf8
            guard let firstByte = bytes.first, let first = word.first else { continue }
            let length = bytes.allSatisfy { $0 < 0x80 } ? bytes.count : word.count
            let start = utf8.distance(from: utf8.startIndex, to: bytes.startIndex)
            // A sign, « », « € », « « » and « § » are characters of one scalar; a number's first scalar is a digit.
            let (alone, lastAlone) = (Word.single(first), word.last.flatMap(Word.single))
            list.append(
                start: start, end: start + bytes.count, length: length, isSign: length == 1 && alone.map(Word.isSign) == true,
                startsWithNumber: first.isNumber,
                staysWithTheWordBefore: firstByte < 0x80
                    ? Word.staysWithTheWordBefore(UInt32(firstByte)) : alone.map(Word.staysWithTheWordBefore) == true,
                bindsNext: lastAlone.map(Word.bindsNext) == true, endsWithNumber: word.last?.isNumber == true)
        }
        return list.words
    }

    /// The character's scalar, when it is one.
    private static func single(_ character: Character) -> UInt32? {
        let scalars = character.unicodeScalars
        return scalars.count == 1 ? scalars.first?.value : nil
    }

    /// A sign that, standing alone between spaces, joins what is on either side of it: = − - + × / ÷ – — → < > ≤ ≥.
    private static func isSign(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3D, 0x2212, 0x2D, 0x2B, 0xD7, 0x2F, 0xF7, 0x2013, 0x2014, 0x2192, 0x3C, 0x3E, 0x2264, 0x2265: true
        default: false
        }
    }

    /// The marks French typography never puts at the start of a line, after the word before them: : ; ! ? % » €.
    private static func staysWithTheWordBefore(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3A, 0x3B, 0x21, 0x3F, 0x25, 0xBB, 0x20AC: true
        default: false
        }
    }

    /// The marks that keep the word after them on their line: « and §.
    private static func bindsNext(_ scalar: UInt32) -> Bool { scalar == 0xAB || scalar == 0xA7 }

    /// A digit, or any scalar with a numeric value (½, ², Ⅳ): what `Character.isNumber` reads of a character's first.
    /// Told without looking the scalar's properties up where a report's text mostly lies (Latin letters, « », the
    /// spaces and dashes of U+2000, €, the arrows and signs of mathematics): those ranges' numbers are listed
    /// (``numbersOfLatinLetters``), and a test holds the list to the properties, scalar by scalar.
    @inline(__always)
    static func isNumber(_ scalar: UInt32) -> Bool {
        // ASCII where it is called (most words): told in place, with no call.
        scalar < 0x80 ? scalar &- 0x30 < 10 : isNumberBeyondASCII(scalar)
    }

    private static func isNumberBeyondASCII(_ scalar: UInt32) -> Bool {
        switch scalar {
        case ..<0x300: numbersOfLatinLetters.contains(scalar)
        case 0x2000..<0x2070, 0x20A0..<0x2100, 0x2190..<0x2400: false
        default: Unicode.Scalar(scalar)?.properties.numericType != nil
        }
    }

    /// The scalars of U+0080 to U+02FF with a numeric value: ², ³, ¹, ¼, ½, ¾.
    static let numbersOfLatinLetters: [UInt32] = [0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE]

    /// The words in order, each with the break before it, decided from its own traits and the word's before.
    private struct List {
        var words: [Word] = []
        private var previous: (isSign: Bool, bindsNext: Bool, endsWithNumber: Bool) = (false, false, false)

        mutating func append(
            start: Int, end: Int, length: Int, isSign: Bool, startsWithNumber: Bool, staysWithTheWordBefore: Bool, bindsNext: Bool,
            endsWithNumber: Bool
        ) {
            let before: Break =
                if previous.isSign || previous.bindsNext || previous.endsWithNumber || staysWithTheWordBefore {
                    .never
                } else if isSign || startsWithNumber {
                    .reluctant
                } else {
                    .free
                }
            previous = (isSign, bindsNext, endsWithNumber)
            words.append(Word(start: start, end: end, length: length, before: before))
        }
    }

    /// The words in lines: a line over the width is cut at the best break it has, the words after it begin the next.
    static func lines(_ words: [Word], in bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [String] {
        var lines: [String] = []
        var first = 0  // the first word of the line being filled
        var length = 0  // its length in characters, spaces included
        for index in words.indices {
            length += (index > first ? 1 : 0) + words[index].length
            while length > width, let cut = cut(words[first...index], width: width) {
                lines.append(text(words[first..<cut], in: bytes))
                first = cut
                length = words[first...index].reduce(-1) { $0 + 1 + $1.length }
            }
        }
        if first < words.count { lines.append(text(words[first...], in: bytes)) }
        return lines
    }

    /// The words' bytes, a space between each two.
    private static func text(_ words: ArraySlice<Word>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let size = words.reduce(-1) { $0 + 1 + $1.end - $1.start }
        return String(unsafeUninitializedCapacity: size) { out in
            var at = 0
            for index in words.indices {
                if index > words.startIndex {
                    out[at] = 0x20
                    at += 1
                }
                let word = words[index]
                _ = UnsafeMutableBufferPointer(rebasing: out[at..<(at + word.end - word.start)])
                    .initialize(from: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]))
                at += word.end - word.start
            }
            return at
        }
    }

    /// Where to cut `line` (the index of the word that begins the next line) so that its first part holds within
    /// `width`: the last free break in the line's last two fifths; otherwise the last reluctant break; otherwise the
    /// last free break; when no part fits, the first break at all. `nil` when the line has no break.
    static func cut(_ line: ArraySlice<Word>, width: Int) -> Int? {
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
