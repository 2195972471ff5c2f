import Enveloppe

/// A number cell as a spreadsheet stores it, read back as the decimal the person typed.
///
/// Spreadsheets keep numbers in binary floating point and write them to the file as text:
/// `52000`, `0.5`, but also `1234.5600000000001` (LibreOffice writes 17 significant digits)
/// or `1.2345E+2`. A spreadsheet shows and computes with 15 significant digits, so the
/// number a person typed is the file's text rounded to 15 significant digits: 1234.56.
/// That rounding is done here on the digits, exactly, never through `Double`; what is left
/// is then read by the same strict rules as a JSON number (`Money(parsing:)`…), so a cell
/// that holds 1234.567 is still refused for having three decimals.
///
/// | file's text            | decimal   |
/// |------------------------|-----------|
/// | `52000`                | `52000`   |
/// | `1234.5600000000001`   | `1234.56` |
/// | `0.30000000000000004`  | `0.3`     |
/// | `1.2345E+2`            | `123.45`  |
/// | `-0`                   | `0`       |
/// | `1234.567`             | `1234.567` (refused later: three decimals) |
/// | `92233720368547758.07` | `92233720368547758.07` (two decimals: exact as written) |
enum SpreadsheetNumber {
    /// The precision spreadsheets show and compute with (Excel, LibreOffice Calc).
    static let significantDigits = 15

    /// Exponents beyond this are no spreadsheet's numbers (doubles stop near 10^308).
    static let maximumExponent = 400

    /// The plain decimal (`-?[0-9]+(\.[0-9]+)?`) the file's number text stands for, without
    /// trailing zeros.
    ///
    /// A number with at most `places` decimals is taken exactly as written (`52000`, `0.5`,
    /// an amount written by this tool); one with more decimals is a binary number printed in
    /// full, read as the spreadsheet shows it: rounded half away from zero to 15 significant
    /// digits. With `places` `nil` the number is always read as shown (a label, an identifier).
    ///
    /// - Throws: `.unexpectedCharacter` when the text is not a number; `.tooLarge` when 15
    ///   significant digits do not reach the `places` wanted (an amount of 10 000 billion
    ///   euros with cents cannot be exact in a spreadsheet), or for an absurd exponent.
    static func decimal(_ text: String, places: Int? = nil) throws(DecimalText.Failure) -> String {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var fractionCount = 0
        var seenPoint = false
        var seenDigit = false
        while let byte = bytes.first, byte != UInt8(ascii: "e"), byte != UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { throw .unexpectedCharacter(".") }
                seenPoint = true
            } else if byte >= 48 && byte <= 57 {
                seenDigit = true
                // Leading zeros carry no value; only the count of fraction digits matters.
                if !(digits.isEmpty && byte == 48) { digits.append(byte - 48) }
                if seenPoint { fractionCount += 1 }
            } else {
                throw .unexpectedCharacter(Character(Unicode.Scalar(byte)))
            }
        }
        guard seenDigit else { throw .empty }
        var exponent = 0
        if !bytes.isEmpty {
            bytes = bytes.dropFirst()
            var exponentNegative = false
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                exponentNegative = sign == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { throw .exponent }
            guard bytes.count <= 4 else { throw .tooLarge }
            exponent = bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
            guard exponent <= maximumExponent else { throw .tooLarge }
            if exponentNegative { exponent = -exponent }
        }
        // The value is digits × 10^scale, digits without leading zeros.
        var scale = exponent - fractionCount
        trimTrailingZeros(&digits, &scale)
        if places.map({ -scale > $0 }) ?? true, digits.count > significantDigits {
            let roundUp = digits[significantDigits] >= 5
            scale += digits.count - significantDigits
            digits.removeLast(digits.count - significantDigits)
            if roundUp {
                var index = digits.count - 1
                while index >= 0 && digits[index] == 9 {
                    digits[index] = 0
                    index -= 1
                }
                if index >= 0 { digits[index] += 1 } else { digits.insert(1, at: 0) }
            }
            trimTrailingZeros(&digits, &scale)
            // The digits before the point and the places wanted must fit in what a spreadsheet keeps.
            if let places, digits.count + scale + places > significantDigits { throw .tooLarge }
        }
        guard !digits.isEmpty else { return "0" }
        guard scale > -maximumExponent - 20, scale < maximumExponent else { throw .tooLarge }
        let characters = digits.map { Character(Unicode.Scalar($0 + 48)) }
        var plain: String
        if scale >= 0 {
            plain = String(characters) + String(repeating: "0", count: scale)
        } else if -scale < characters.count {
            plain = String(characters.dropLast(-scale)) + "." + String(characters.suffix(-scale))
        } else {
            plain = "0." + String(repeating: "0", count: -scale - characters.count) + String(characters)
        }
        if negative { plain = "-" + plain }
        return plain
    }

    private static func trimTrailingZeros(_ digits: inout [UInt8], _ scale: inout Int) {
        while let last = digits.last, last == 0 {
            digits.removeLast()
            scale += 1
        }
        if digits.isEmpty { scale = 0 }
    }

    /// `0.125` → `12.5`: a fraction as a percentage, moving the point two places (for rates in
    /// cells formatted as percentages, which hold the fraction).
    static func percent(_ plain: String) -> String {
        var text = Substring(plain)
        let sign = text.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { text = text.dropFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < 2 { fraction += "0" }
        whole += fraction.prefix(2)
        fraction = String(fraction.dropFirst(2))
        while whole.count > 1 && whole.hasPrefix("0") { whole.removeFirst() }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// `1234.567` → `1234,567`: the decimal as a French spreadsheet shows it, for messages.
    static func shown(_ plain: String) -> String {
        String(plain.map { $0 == "." ? "," : $0 })
    }
}
