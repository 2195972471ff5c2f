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
    }

    /// The value of `text` times 10^`fractionDigits`, as an integer.
    ///
    /// `parse("1 234,5", fractionDigits: 2)` is `123450`.
    public static func parse(_ text: String, fractionDigits: Int) throws(Failure) -> Int64 {
        var characters = Substring(text.trimmingWhitespace)
        guard !characters.isEmpty else { throw .empty }
        var negative = false
        if characters.first == "-" || characters.first == "+" {
            negative = characters.first == "-"
            characters = characters.dropFirst()
        }
        var integerDigits: [UInt8] = []
        var fraction: [UInt8] = []
        var seenSeparator = false
        var previousWasDigit = false
        for character in characters {
            if let digit = character.wholeNumberValue, character.isASCII {
                if seenSeparator { fraction.append(UInt8(digit)) } else { integerDigits.append(UInt8(digit)) }
                previousWasDigit = true
            } else if character == "," || character == "." {
                guard !seenSeparator, previousWasDigit else { throw .unexpectedCharacter(character) }
                seenSeparator = true
                previousWasDigit = false
            } else if character == " " || character == "\u{00A0}" || character == "\u{202F}" {
                guard !seenSeparator, previousWasDigit else { throw .unexpectedCharacter(character) }
                previousWasDigit = false  // a group separator sits between digits
            } else if character == "e" || character == "E" {
                throw .exponent
            } else {
                throw .unexpectedCharacter(character)
            }
        }
        guard !integerDigits.isEmpty else { throw .empty }
        // Only a decimal separator can end the text without a digit after it ("12,").
        guard previousWasDigit else { throw .unexpectedCharacter(characters.last ?? ",") }
        guard fraction.count <= fractionDigits else { throw .tooManyFractionDigits(allowed: fractionDigits) }
        var value: Int64 = 0
        for digit in integerDigits + fraction + Array(repeating: 0, count: fractionDigits - fraction.count) {
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.addingReportingOverflow(Int64(digit))
            if o1 || o2 { throw .tooLarge }
            value = next
        }
        return negative ? -value : value
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (including no-break spaces).
    public var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
