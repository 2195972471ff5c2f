/// Whether bytes are well-formed UTF-8, checked in place.
///
/// Accepts exactly what `String(validating:as: UTF8.self)` accepts (the Unicode standard's
/// table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF; a test compares the two
/// on every sequence of boundary bytes), without making a string: the JSON parser and the CSV readers
/// check a text where it lies and make a string only of what they keep.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            // ASCII runs eight bytes at a time (a CSV file of 35 MB is nearly all ASCII).
            if index + 8 <= count, UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The range of the second byte depends on the lead; the others are plain continuation bytes.
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF:
                length = 3
                if lead == 0xE0 { low = 0xA0 } else if lead == 0xED { high = 0x9F }
            case 0xF0...0xF4:
                length = 4
                if lead == 0xF0 { low = 0x90 } else if lead == 0xF4 { high = 0x8F }
            default: return false
            }
            guard count - index >= length, (low...high).contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return false }
            index += length
        }
        return true
    }
}
