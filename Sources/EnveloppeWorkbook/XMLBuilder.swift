/// Appends XML text to a byte buffer. Writing straight into bytes keeps the writers linear
/// in the number of cells; escaping lives here so no part can forget it.
struct XMLBuilder {
    var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Text content: `&`, `<`, `>` escaped, and characters XML 1.0 forbids (most control
    /// characters) dropped, since no reader would accept the file otherwise.
    mutating func text(_ text: String) {
        escape(text, attribute: false)
    }

    /// An attribute value for double quotes; tabs and line breaks become character
    /// references so attribute normalisation does not turn them into spaces.
    mutating func attribute(_ text: String) {
        escape(text, attribute: true)
    }

    /// ` name="value"`
    mutating func attribute(_ name: StaticString, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
        escape(value, attribute: true)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Works on UTF-8 bytes: most text has nothing to escape and is copied as is.
    private mutating func escape(_ text: String, attribute: Bool) {
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            var runStart = 0
            let count = utf8.count
            func flush(_ bytes: inout [UInt8], to end: Int) {
                if end > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
            }
            while index < count {
                let byte = utf8[index]
                var replacement: StaticString?
                var drop = 0
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): if attribute { replacement = "&quot;" }
                case 0x09: if attribute { replacement = "&#9;" }
                case 0x0A: if attribute { replacement = "&#10;" }
                case 0x0D: replacement = "&#13;"
                case 0xEF:
                    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
                    if index + 2 < count, utf8[index + 1] == 0xBF, utf8[index + 2] & 0xFE == 0xBE { drop = 3 }
                default:
                    // Other C0 control characters are not XML 1.0 characters.
                    if byte < 0x20 { drop = 1 }
                }
                if replacement == nil && drop == 0 {
                    index += 1
                    continue
                }
                flush(&bytes, to: index)
                if let replacement { raw(replacement) }
                index += max(drop, 1)
                runStart = index
            }
            flush(&bytes, to: count)
        }
    }
}
