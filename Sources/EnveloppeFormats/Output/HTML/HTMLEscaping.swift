import Enveloppe

/// Escaping for HTML text and attributes.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references: safe as an element's text and
    /// inside a quoted attribute. The five are ASCII, so the work is on UTF-8 bytes (a report escapes tens of
    /// megabytes); a text without any is returned as it is.
    ///
    /// French typography joins guillemets, `§` and the high punctuation to their words: the space after « and §,
    /// and the space before », `:`, `;`, `!` and `?`, become no-break spaces, so that a printed page never begins a
    /// line with « : » or ends one with « « »; so do the spaces inside a number written by hand (« 350 000 € »,
    /// « 60 % »). A space elsewhere is left as it is.
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
        let space = UInt8(ascii: " ")
        for index in bytes.indices where isSpecial(bytes[index]) {
            let byte = bytes[index]
            switch byte {
            case space:
                // A number's groups and its unit stay together (« 350 000 € », « 60 % », written by hand in a
                // scenario's description or quoted from a text): a space between a digit and a digit, « € » or « % ».
                guard index > run, isDigit(bytes[index - 1]), index + 1 < bytes.count else { continue }
                let next = bytes[index + 1]
                let euro = next == 0xE2 && index + 3 < bytes.count && bytes[index + 2] == 0x82 && bytes[index + 3] == 0xAC
                guard isDigit(next) || next == UInt8(ascii: "%") || euro else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                out.append(contentsOf: noBreakSpace)
                run = index + 1
            case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                // « Source : » — the space before is made no-break; without one, nothing to do.
                guard index > run, bytes[index - 1] == space else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<(index - 1)]))
                out.append(contentsOf: noBreakSpace)
                run = index
            case 0xC2:
                guard index + 1 < bytes.count else { continue }
                let next = bytes[index + 1]
                if next == 0xAB || next == 0xA7, index + 2 < bytes.count, bytes[index + 2] == space {
                    // « and § (C2 AB, C2 A7) then a space.
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<(index + 2)]))
                    out.append(contentsOf: noBreakSpace)
                    run = index + 3
                } else if next == 0xBB, index > run, bytes[index - 1] == space {
                    // A space then » (C2 BB).
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<(index - 1)]))
                    out.append(contentsOf: noBreakSpace)
                    run = index
                }
            default:
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                out.append(contentsOf: reference(byte))
                run = index + 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    /// One of `"&'<>` (34, 38, 39, 60, 62), of `!:;?` (33, 58, 59, 63), a space (32) or 0xC2 (the first byte of «, »
    /// and §): a bit of a constant mask, as the test runs on every byte of a page.
    @inline(__always) private static func isSpecial(_ byte: UInt8) -> Bool {
        byte <= 63 ? (0xDC00_00C7_0000_0000 as UInt64) >> UInt64(byte) & 1 == 1 : byte == 0xC2
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    private static let noBreakSpace: [UInt8] = [0xC2, 0xA0]

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
