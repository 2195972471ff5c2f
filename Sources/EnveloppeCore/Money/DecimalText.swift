/// Reads a number the way French and English users write it, exactly.
///
/// Accepts `49000`, `49 000`, `49 000,00`, `49000.00`, `-12,5` (the group
/// separator may be a space, a no-break space or a narrow no-break space; the
/// decimal separator a comma or a point). Refuses what could be misread
/// rather than guessing: more fraction digits than allowed (`1.234` is either
/// a typo or a thousands separator), two separators, exponents, letters.
/// Foundation's `Decimal(string:)` would read `"1 234,56"` as 1; this does not.
public enum DecimalText {
    public enum Failure: Error, Equatable, Sendable {
        case empty
        case unexpectedCharacter(Character)
        case tooManyFractionDigits(allowed: Int)
        case exponent
        case tooLarge
        /// Thousands not in groups of three (`1 23 4`, `12 34,5`): a typo, not a number to guess at.
        case misgrouped
        /// A point before three digits where at most two decimals are read (`52.000`, `1.234,56`): thousands
        /// written the German or English way, most likely; never read as such, but said so.
        case thousandsPoint
        /// A comma before three digits and a point or another comma (`12,000.00`, `1,234,567`): thousands written the
        /// English way; never read as such, but said so.
        case thousandsComma
        /// A word after the number or in it (`52 000 euros`, `12 k€`): the number is to be written alone.
        case word(String)
    }

    /// The value of `text` times 10^`fractionDigits`, as an integer.
    ///
    /// `parse("1 234,5", fractionDigits: 2)` is `123450`. Read byte by byte (a budget file holds a
    /// million amounts); a group separator (space, no-break space, narrow no-break space) stands
    /// between digits, the first group of one to three digits and every other of exactly three.
    public static func parse(_ text: String, fractionDigits: Int) throws(Failure) -> Int64 {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(Failure) -> Int64 in try parse(bytes, fractionDigits: fractionDigits) } }
        return try result.get()
    }

    /// The same, from the text's UTF-8 bytes (a CSV reader's fields, without making strings of them).
    public static func parse(_ all: UnsafeBufferPointer<UInt8>, fractionDigits: Int) throws(Failure) -> Int64 {
        if let value = plain(all, fractionDigits: fractionDigits) { return value }
        return try general(all, fractionDigits: fractionDigits)
    }

    /// The value of a number written the plainest way, nearly every amount of a file: digits, spaced in groups of
    /// three after a first of one to three if spaced at all (with plain spaces), then a comma or a point and one to
    /// `fractionDigits` decimals, nothing around; `nil` for any other text, which ``general(_:fractionDigits:)`` reads
    /// (it gives the same value for these, a test holds the two to it). At most 18 digits once padded: no overflow.
    static func plain(_ all: UnsafeBufferPointer<UInt8>, fractionDigits: Int) -> Int64? {
        var index = 0
        var value: Int64 = 0
        var run = 0  // digits since the start or the last space
        var spaced = false
        var integerDigits = 0
        while index < all.count {
            let byte = all[index]
            if byte &- 0x30 < 10 {
                value = value &* 10 &+ Int64(byte &- 0x30)
                run += 1
                integerDigits += 1
            } else if byte == 0x20 {
                guard spaced ? run == 3 : run >= 1 && run <= 3 else { return nil }
                spaced = true
                run = 0
            } else {
                break
            }
            index += 1
        }
        guard run > 0, !spaced || run == 3, fractionDigits >= 0, fractionDigits <= 18 - integerDigits else { return nil }
        var decimals = 0
        if index < all.count {
            guard all[index] == UInt8(ascii: ",") || all[index] == UInt8(ascii: ".") else { return nil }
            index += 1
            while index < all.count, all[index] &- 0x30 < 10 {
                value = value &* 10 &+ Int64(all[index] &- 0x30)
                decimals += 1
                index += 1
            }
            guard index == all.count, decimals >= 1, decimals <= fractionDigits else { return nil }
        }
        for _ in decimals..<fractionDigits { value = value &* 10 }
        return value
    }

    /// Any text, byte by byte, every form the type's comment lists and every failure it names.
    static func general(_ all: UnsafeBufferPointer<UInt8>, fractionDigits: Int) throws(Failure) -> Int64 {
        var start = 0
        var end = all.count
        while start < end, let width = spaceWidth(all, at: start) ?? otherWhitespaceWidth(all, at: start) { start += width }
        while end > start, let width = trailingWhitespaceWidth(all, endingAt: end) { end -= width }
        guard start < end else { throw .empty }
        var index = start
        var negative = false
        if all[index] == UInt8(ascii: "-") || all[index] == UInt8(ascii: "+") {
            negative = all[index] == UInt8(ascii: "-")
            index += 1
        }
        var value: Int64 = 0
        var integerDigits = 0
        var fractionCount = 0
        var seenSeparator = false
        var previousWasDigit = false
        var groups = 0  // group separators seen
        var groupLength = 0  // digits since the last group separator (or the start)
        var firstGroupLength = 0
        func push(_ digit: Int64) throws(Failure) {
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.addingReportingOverflow(digit)
            if o1 || o2 { throw .tooLarge }
            value = next
        }
        while index < end {
            let byte = all[index]
            if byte >= 0x30 && byte <= 0x39 {
                if seenSeparator {
                    fractionCount += 1
                    if fractionCount > fractionDigits { throw .tooManyFractionDigits(allowed: fractionDigits) }
                } else {
                    integerDigits += 1
                    groupLength += 1
                }
                try push(Int64(byte - 0x30))
                previousWasDigit = true
                index += 1
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                guard !seenSeparator, previousWasDigit else { throw .unexpectedCharacter(Character(Unicode.Scalar(byte))) }
                // `52.000`, `1.234,56`: one to three digits, a point, exactly three digits, then the end or another
                // separator (`1200.505` is a number with too many decimals).
                // A number that starts with 0 (`0.125`) has no thousands.
                if byte == UInt8(ascii: "."), fractionDigits < 3, groups == 0, groupLength <= 3, value != 0 {
                    var digits = index + 1
                    while digits < end, all[digits] >= 0x30 && all[digits] <= 0x39 { digits += 1 }
                    if digits - index - 1 == 3 && (digits == end || all[digits] == UInt8(ascii: ",") || all[digits] == UInt8(ascii: ".")) {
                        throw .thousandsPoint
                    }
                }
                // `12,000.00`, `1,234,567`: a comma, exactly three digits, then a point or another comma.
                if byte == UInt8(ascii: ","), groups == 0, groupLength <= 3, value != 0 {
                    var digits = index + 1
                    while digits < end, all[digits] >= 0x30 && all[digits] <= 0x39 { digits += 1 }
                    if digits - index - 1 == 3 && digits < end && (all[digits] == UInt8(ascii: ".") || all[digits] == UInt8(ascii: ",")) {
                        throw .thousandsComma
                    }
                }
                if groups > 0 && groupLength != 3 { throw .misgrouped }
                seenSeparator = true
                previousWasDigit = false
                index += 1
            } else if let width = spaceWidth(all, at: index) {
                // A word after the number and a space (`1 234,56 EUR`) is said as a word, not as the space before it.
                if integerDigits > 0, let word = word(in: all, after: index, end: end) { throw .word(word) }
                guard !seenSeparator, previousWasDigit else { throw .unexpectedCharacter(character(all, at: index)) }
                if groups == 0 { firstGroupLength = groupLength } else if groupLength != 3 { throw .misgrouped }
                groups += 1
                groupLength = 0
                previousWasDigit = false  // a group separator sits between digits
                index += width
            } else if (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && previousWasDigit && index + 1 < end
                && (all[index + 1] >= 0x30 && all[index + 1] <= 0x39 || all[index + 1] == UInt8(ascii: "-") || all[index + 1] == UInt8(ascii: "+"))
            {
                throw .exponent
            } else if integerDigits > 0 && (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
                // After a number, the words as written to the end (« euros », « pour cent »); text with no number
                // before it (« douze ») is no number at all.
                throw .word(String(decoding: UnsafeBufferPointer(rebasing: all[index..<end]), as: UTF8.self))
            } else {
                throw .unexpectedCharacter(character(all, at: index))
            }
        }
        guard integerDigits > 0 else { throw .empty }
        // Only a decimal separator can end the text without a digit after it ("12,").
        guard previousWasDigit else { throw .unexpectedCharacter(character(all, at: end - 1)) }
        if groups > 0 && (firstGroupLength > 3 || (!seenSeparator && groupLength != 3)) { throw .misgrouped }
        for _ in fractionCount..<fractionDigits { try push(0) }
        return negative ? -value : value
    }

    /// The width in bytes of a group separator at `index`: a space, a no-break space (C2 A0) or a narrow
    /// no-break space (E2 80 AF); nil otherwise.
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        if bytes[index] == 0x20 { return 1 }
        if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF { return 3 }
        return nil
    }

    /// The text from the first byte after the spaces at `index` to `end`, when that byte is an ASCII letter; nil otherwise.
    private static func word(in bytes: UnsafeBufferPointer<UInt8>, after index: Int, end: Int) -> String? {
        var start = index
        while start < end, let width = spaceWidth(bytes, at: start) { start += width }
        guard start < end, (bytes[start] | 0x20) >= UInt8(ascii: "a"), (bytes[start] | 0x20) <= UInt8(ascii: "z") else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Tabs and line ends around a number are trimmed too.
    private static func otherWhitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        (0x09...0x0D).contains(bytes[index]) ? 1 : nil
    }

    private static func trailingWhitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
        let last = bytes[end - 1]
        if last == 0x20 || (0x09...0x0D).contains(last) { return 1 }
        if end >= 2, bytes[end - 2] == 0xC2, last == 0xA0 { return 2 }
        if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, last == 0xAF { return 3 }
        return nil
    }

    /// The character that starts at `index`, for an error message.
    private static func character(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Character {
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).first ?? "?"
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (including no-break spaces).
    public var trimmingWhitespace: String {
        // Most texts start and end with a visible ASCII character: nothing to look at.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return text }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
