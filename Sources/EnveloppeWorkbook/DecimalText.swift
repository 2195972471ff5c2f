/// Exact decimal text: the caller's amounts are checked and rounded as text, so the
/// library never goes through binary floating point.
enum DecimalText {
    /// `-?[0-9]+(\.[0-9]+)?`
    static func isPlain(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return !bytes.isEmpty && bytes.allSatisfy(isDigit) }
        let whole = bytes[..<dot]
        let fraction = bytes[(dot + 1)...]
        return !whole.isEmpty && !fraction.isEmpty && whole.allSatisfy(isDigit) && fraction.allSatisfy(isDigit)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// Sign, whole digits (without leading zeros, "0" if none) and fraction digits of a plain decimal.
    struct Parts: Equatable {
        var negative: Bool
        var whole: [UInt8]
        var fraction: [UInt8]
    }

    static func parts(_ text: String) -> Parts {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        let dot = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.endIndex
        var whole = Array(bytes[..<dot].drop { $0 == UInt8(ascii: "0") })
        if whole.isEmpty { whole = [UInt8(ascii: "0")] }
        let fraction = dot < bytes.endIndex ? Array(bytes[(dot + 1)...]) : []
        return Parts(negative: negative, whole: whole, fraction: fraction)
    }

    /// Multiplies by 100 by moving the decimal point (for percentages).
    static func timesHundred(_ parts: Parts) -> Parts {
        var fraction = parts.fraction
        while fraction.count < 2 { fraction.append(UInt8(ascii: "0")) }
        var whole = parts.whole + fraction.prefix(2)
        whole = Array(whole.drop { $0 == UInt8(ascii: "0") })
        if whole.isEmpty { whole = [UInt8(ascii: "0")] }
        return Parts(negative: parts.negative, whole: whole, fraction: Array(fraction.dropFirst(2)))
    }

    /// Rounds half away from zero to `places` decimals, the way both spreadsheets display.
    static func rounded(_ parts: Parts, places: Int) -> Parts {
        var digits = parts.whole + parts.fraction
        let keep = parts.whole.count + places
        var fraction = parts.fraction
        if fraction.count <= places {
            fraction += Array(repeating: UInt8(ascii: "0"), count: places - fraction.count)
            return normalised(Parts(negative: parts.negative, whole: parts.whole, fraction: fraction))
        }
        let roundUp = digits[keep] >= UInt8(ascii: "5")
        digits = Array(digits[..<keep])
        if roundUp {
            var index = digits.count - 1
            var carry = true
            while carry && index >= 0 {
                if digits[index] == UInt8(ascii: "9") {
                    digits[index] = UInt8(ascii: "0")
                    index -= 1
                } else {
                    digits[index] += 1
                    carry = false
                }
            }
            if carry { digits.insert(UInt8(ascii: "1"), at: 0) }
        }
        let wholeCount = digits.count - places
        return normalised(Parts(negative: parts.negative, whole: Array(digits[..<wholeCount]), fraction: Array(digits[wholeCount...])))
    }

    /// "-0,00" is shown as "0,00".
    private static func normalised(_ parts: Parts) -> Parts {
        var result = parts
        result.whole = Array(result.whole.drop { $0 == UInt8(ascii: "0") })
        if result.whole.isEmpty { result.whole = [UInt8(ascii: "0")] }
        if result.whole == [UInt8(ascii: "0")] && result.fraction.allSatisfy({ $0 == UInt8(ascii: "0") }) { result.negative = false }
        return result
    }
}
