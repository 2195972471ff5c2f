import Enveloppe

/// CSV writing, for the two profiles the tool knows. French spreadsheets get `;`, a
/// decimal comma, no group separator and no `€` in numeric cells, UTF-8 with a BOM,
/// CRLF line ends and RFC 4180 quoting (DOMAIN.md, "Calibration and conventions").
public enum CSV {
    public enum Profile: Sendable {
        /// `;`, UTF-8 with BOM, CRLF: what French spreadsheets open as they are.
        case frenchSpreadsheet
        /// `,`, no BOM, LF: for programs.
        case machine
    }

    public static func bytes(_ rows: [[String]], profile: Profile) -> [UInt8] {
        var writer = CSVWriter(profile: profile)
        for row in rows { writer.row(row) }
        return writer.bytes
    }

    /// RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled.
    static func quote(_ field: String, separator: String) -> String {
        guard field.contains(where: { String($0) == separator || $0 == "\"" || $0.isNewline }) else {
            return field
        }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// `1234,56`: a decimal point made a comma.
    static func decimalComma(_ text: String) -> String {
        // The numbers this is given are ASCII: their points are swapped byte for byte.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return String(text.map { $0 == "." ? "," : $0 }) }
        return String(decoding: text.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 }, as: UTF8.self)
    }

    /// An amount cell: euros with a decimal comma, no group separator, no `€`.
    static func euros(_ amount: Money) -> String {
        Digits.euros(amount.cents) { String(decoding: $0, as: UTF8.self) }
    }
}

/// CSV rows written straight into bytes, a cell at a time: no string per row or per number, and a field is
/// quoted (as ``CSV/quote(_:separator:)`` does) only when its bytes hold the separator, a quote or a line break.
struct CSVWriter {
    private(set) var bytes: [UInt8]
    private let separator: UInt8
    private let lineEnd: [UInt8]
    /// No field written yet on the current row.
    private var atRowStart = true

    init(profile: CSV.Profile, capacity: Int = 4_096) {
        bytes = []
        bytes.reserveCapacity(capacity)
        separator = profile == .frenchSpreadsheet ? UInt8(ascii: ";") : UInt8(ascii: ",")
        lineEnd = profile == .frenchSpreadsheet ? [0x0D, 0x0A] : [0x0A]
        if profile == .frenchSpreadsheet { bytes += [0xEF, 0xBB, 0xBF] }
    }

    /// A whole row of text fields.
    mutating func row(_ fields: [String]) {
        for field in fields { self.field(field) }
        endRow()
    }

    mutating func endRow() {
        bytes += lineEnd
        atRowStart = true
    }

    /// A text field, quoted when it needs to be.
    mutating func field(_ text: String) {
        startField()
        var utf8 = text
        let plain = utf8.withUTF8 { utf8 in
            guard !needsLookingAt(utf8) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !plain { bytes += CSV.quote(text, separator: String(decoding: [separator], as: UTF8.self)).utf8 }
    }

    /// `1234`.
    mutating func integer(_ value: Int64) {
        startField()
        Digits.integer(value) { bytes.append(contentsOf: $0) }
    }

    /// `1234,56`: an amount in euros (``CSV/euros(_:)``).
    mutating func euros(_ amount: Money) {
        startField()
        Digits.euros(amount.cents) { bytes.append(contentsOf: $0) }
    }

    /// `7,5` from 750 hundredths, `8` from 800: `plain(hundredths:)` with a decimal comma.
    mutating func hundredths(_ value: Int64) {
        startField()
        if value % 100 == 0 {
            Digits.integer(value / 100) { bytes.append(contentsOf: $0) }
        } else {
            Digits.euros(value) { bytes.append(contentsOf: $0) }
        }
    }

    private mutating func startField() {
        if !atRowStart { bytes.append(separator) }
        atRowStart = false
    }

    /// Whether a field may need quoting: it holds the separator, a quote or a line break (LF, VT, FF, CR,
    /// U+0085, U+2028, U+2029). Such a field is left to ``CSV/quote(_:separator:)``, which reads characters.
    private func needsLookingAt(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == separator || byte == UInt8(ascii: "\"") || (0x0A...0x0D).contains(byte) { return true }
            if byte == 0xC2, index + 1 < utf8.count, utf8[index + 1] == 0x85 { return true }
            if byte == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                return true
            }
            index += 1
        }
        return false
    }
}
