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
            return String(unsafeUninitializedCapacity: bytes.count + 5 * specials) { out in
                var at = 0
                for byte in bytes {
                    guard isSpecial(byte) else {
                        out[at] = byte
                        at += 1
                        continue
                    }
                    for reference in reference(byte) {
                        out[at] = reference
                        at += 1
                    }
                }
                return at
            }
        } ?? text
    }

    /// One of `"&'<>`: a bit of a mask, as the test runs on every byte of a page.
    @inline(__always) private static func isSpecial(_ byte: UInt8) -> Bool {
        byte <= 62 && (specialMask >> UInt64(byte)) & 1 == 1
    }

    private static let specialMask: UInt64 = [34, 38, 39, 60, 62].reduce(0) { $0 | 1 << UInt64($1) }

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
