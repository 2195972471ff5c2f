/// A JSON string's quoting: `"` and `\` escaped, `\n`, `\r`, `\t` by their letters, another control character
/// as `\u001f`, every other byte of the UTF-8 as it is.
enum JSONQuoting {
    /// How many bytes `byte` takes in a quoted string: `\"`, `\\`, `\n`, `\r`, `\t` two, another control
    /// character six (`\u001f`), any other byte of the UTF-8 one (those of a character beyond ASCII are all
    /// 0x80 or more, so none is taken for one of these).
    static func escapedSize(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): 2
        case 0..<0x20: 6
        default: 1
        }
    }

    /// The length of `text` quoted, quotes included.
    static func size(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in bytes.reduce(2) { $0 + escapedSize($1) } }
    }

    /// `text` in double quotes, escaped.
    static func quote(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { quote($0, into: &out) }
    }

    /// The UTF-8 `bytes` in double quotes, escaped; runs that need no escape are copied in one go.
    static func quote(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var clean = 0  // bytes[clean..<index] need no escape: copied in one go
        for index in bytes.indices where escapedSize(bytes[index]) > 1 {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean..<index]))
            clean = index + 1
            out.append(UInt8(ascii: "\\"))
            switch bytes[index] {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
            default:
                let hex: StaticString = "0123456789abcdef"
                out.append(UInt8(ascii: "u"))
                out.append(UInt8(ascii: "0"))
                out.append(UInt8(ascii: "0"))
                out.append(hex.utf8Start[Int(bytes[index] >> 4)])
                out.append(hex.utf8Start[Int(bytes[index] & 0xF)])
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean...]))
        out.append(UInt8(ascii: "\""))
    }
}
