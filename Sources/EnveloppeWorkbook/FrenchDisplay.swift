/// The text a French spreadsheet shows for a value in a format. ODS files carry this text
/// next to the value, and a reader that does not recalculate (a viewer, a preview)
/// shows it as is, so it must look like what LibreOffice in French would print.
enum FrenchDisplay {
    /// Non-breaking space: thousands separator and before `€` and `%`, as in French typography.
    static let space = "\u{00A0}"

    static let months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

    static func text(_ value: Value, _ format: NumberFormat) -> String {
        switch value {
        case .empty: return ""
        case .text(let text): return text
        case .boolean(let flag): return flag ? "VRAI" : "FAUX"
        case .date(let year, let month, let day): return date(year: year, month: month, day: day, format)
        case .number(let decimal): return number(decimal, format)
        }
    }

    static func date(year: Int, month: Int, day: Int, _ format: NumberFormat) -> String {
        if format == .monthYear, (1...12).contains(month) { return months[month - 1] + " " + String(year) }
        return pad(day, 2) + "/" + pad(month, 2) + "/" + pad(year, 4)
    }

    static func number(_ decimal: String, _ format: NumberFormat) -> String {
        let parts = DecimalText.parts(decimal)
        switch format {
        case .general, .monthYear, .date:
            return plain(parts)
        case .integer:
            return grouped(DecimalText.rounded(parts, places: 0))
        case .decimal(let places):
            return grouped(DecimalText.rounded(parts, places: max(0, places)))
        case .currency:
            return grouped(DecimalText.rounded(parts, places: 2)) + space + "€"
        case .percent(let places):
            return grouped(DecimalText.rounded(DecimalText.timesHundred(parts), places: max(0, places))) + space + "%"
        }
    }

    /// The "Standard" format: no grouping, decimal comma, trailing zeros dropped.
    private static func plain(_ parts: DecimalText.Parts) -> String {
        var fraction = parts.fraction
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        let isZero = parts.whole == [UInt8(ascii: "0")] && fraction.isEmpty
        var text = (parts.negative && !isZero ? "-" : "") + String(decoding: parts.whole, as: UTF8.self)
        if !fraction.isEmpty { text += "," + String(decoding: fraction, as: UTF8.self) }
        return text
    }

    private static func grouped(_ parts: DecimalText.Parts) -> String {
        var bytes: [UInt8] = parts.negative ? [UInt8(ascii: "-")] : []
        let whole = parts.whole
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { bytes += [0xC2, 0xA0] }  // U+00A0 in UTF-8
            bytes.append(digit)
        }
        if !parts.fraction.isEmpty {
            bytes.append(UInt8(ascii: ","))
            bytes += parts.fraction
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
