import Enveloppe

/// Reads `;`-separated records from the bytes of a file exported by a spreadsheet, in one
/// pass over the bytes (time and memory linear in the file): RFC 4180 quotes (`""` inside a
/// quoted field), CR, LF or CRLF line ends, a UTF-8 byte-order mark. Shared by the budget
/// and the counts files, so both read the same way.
public enum CSVReader {
    /// The bytes as UTF-8 text, and whether they had to be read as Windows-1252 instead: the
    /// encoding of « CSV (séparateur : point-virgule) » saved by French Excel.
    static func text(_ bytes: [UInt8]) -> (bytes: ArraySlice<UInt8>, fromWindows1252: Bool) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if String(validating: body, as: UTF8.self) != nil { return (body, false) }
        return (Windows1252.utf8(body)[...], true)
    }

    /// Whether a CSV file's bytes are not UTF-8 and are read as Windows-1252 (a note tells the user).
    public static func readsAsWindows1252(_ bytes: [UInt8]) -> Bool { text(bytes).fromWindows1252 }

    /// Calls `body` with each record's first line number (1-based) and its fields.
    ///
    /// - Parameter unterminatedQuote: the error for a quote left open, at a line and column.
    static func forEachRecord<E: Error>(
        in bytes: ArraySlice<UInt8>, unterminatedQuote: (_ line: Int, _ column: Int) -> E,
        _ body: (_ line: Int, _ fields: [String]) throws(E) -> Void
    ) throws(E) {
        let quote = UInt8(ascii: "\"")
        let separator = UInt8(ascii: ";")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var line = 1
        var recordLine = 1
        var index = bytes.startIndex
        let end = bytes.endIndex
        func isBlank(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
        while index < end {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == quote {
                    if index < end && bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == lf || (byte == cr && (index == end || bytes[index] != lf)) { line += 1 }
                    field.append(byte)
                }
            } else if byte == quote && isBlank(field) {
                field.removeAll(keepingCapacity: true)
                quoted = true
            } else if byte == separator {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else if byte == cr || byte == lf {
                if byte == cr && index < end && bytes[index] == lf { index += 1 }
                fields.append(String(decoding: field, as: UTF8.self))
                try body(recordLine, fields)
                fields.removeAll(keepingCapacity: true)
                field.removeAll(keepingCapacity: true)
                line += 1
                recordLine = line
            } else {
                field.append(byte)
            }
        }
        if quoted { throw unterminatedQuote(recordLine, fields.count + 1) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(String(decoding: field, as: UTF8.self))
            try body(recordLine, fields)
        }
    }
}

/// Windows-1252, the encoding French Excel gives a « CSV (séparateur : point-virgule) » file.
enum Windows1252 {
    /// The characters of 0x80…0x9F (the rest of the high half is Latin-1); `nil` where the code page has none.
    static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// The bytes re-encoded as UTF-8 (a byte with no character becomes U+FFFD).
    static func utf8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            let scalar: UInt32 = byte < 0x80 ? UInt32(byte) : byte < 0xA0 ? (high[Int(byte - 0x80)] ?? 0xFFFD) : UInt32(byte)
            out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        }
        return out
    }
}
