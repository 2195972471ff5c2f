import Enveloppe

/// Escaping for HTML text and attributes.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references: safe as an element's text and
    /// inside a quoted attribute. The five are ASCII, so the work is on UTF-8 bytes (a report escapes tens of
    /// megabytes); a text without any is returned as it is.
    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var specials = 0
            for byte in bytes where isSpecial(byte) { specials += 1 }
            guard specials > 0 else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 5 * specials)
            append(escaping: bytes, to: &out)
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// Appends `bytes` (UTF-8) to `out`, escaped as ``escape(_:)`` does: the runs between special characters
    /// copied whole.
    static func append(escaping bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var run = 0
        for index in bytes.indices where isSpecial(bytes[index]) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            out.append(contentsOf: reference(bytes[index]))
            run = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    /// One of `"&'<>` (34, 38, 39, 60, 62): a bit of a constant mask, as the test runs on every byte of a page.
    @inline(__always) private static func isSpecial(_ byte: UInt8) -> Bool {
        byte <= 62 && (0x5000_00C4_0000_0000 as UInt64) >> UInt64(byte) & 1 == 1
    }

    private static func reference(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "&"): ampersand
        case UInt8(ascii: "<"): lessThan
        case UInt8(ascii: ">"): greaterThan
        case UInt8(ascii: "\""): quote
        default: apostrophe
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)

    /// `text` as a CSS string literal, safe inside a `<style>` element: quotes and backslashes escaped,
    /// `<` written `\3C ` so that no `</style>` can close the element, line breaks made spaces.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "<": out += "\\3C "
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// A fragment identifier from a check's identifier: letters, digits and `-` kept, the rest `-`.
    static func anchor(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }
}
