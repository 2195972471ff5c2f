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
        // Validated in place: `String(validating:)` would copy a 35 MB file only to throw the copy away.
        if body.withUnsafeBufferPointer(UTF8Validation.isValid) { return (body, false) }
        return (Windows1252.utf8(body)[...], true)
    }

    /// Whether a CSV file's bytes are not UTF-8 and are read as Windows-1252 (a note tells the user).
    public static func readsAsWindows1252(_ bytes: [UInt8]) -> Bool { text(bytes).fromWindows1252 }

    /// Calls `body` with each record's first line number (1-based) and its fields.
    ///
    /// The fields are handed over as bytes, quotes undone, in one buffer reused from record to record:
    /// a million-line file makes no string and no array per field; a reader makes a `String` only of
    /// what it keeps.
    ///
    /// - Parameter unterminatedQuote: the error for a quote left open, at a line and column.
    static func forEachRecord<E: Error>(
        in bytes: ArraySlice<UInt8>, unterminatedQuote: (_ line: Int, _ column: Int) -> E,
        _ body: (_ line: Int, _ record: CSVRecord) throws(E) -> Void
    ) throws(E) {
        let quote = UInt8(ascii: "\"")
        let separator = UInt8(ascii: ";")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        var buffer: [UInt8] = []  // the record's fields, one after the other
        var ends: [Int] = []  // where each field ends in `buffer`
        var fieldStart = 0
        var quoted = false
        var line = 1
        var recordLine = 1
        try bytes.withUnsafeBufferPointer { (input) throws(E) in
            var index = 0
            let end = input.count
            buffer.reserveCapacity(256)
            while index < end {
                let byte = input[index]
                index += 1
                if quoted {
                    if byte == quote {
                        if index < end && input[index] == quote {
                            buffer.append(quote)
                            index += 1
                        } else {
                            quoted = false
                        }
                    } else {
                        if byte == lf || (byte == cr && (index == end || input[index] != lf)) { line += 1 }
                        buffer.append(byte)
                    }
                } else if byte == separator {
                    ends.append(buffer.count)
                    fieldStart = buffer.count
                } else if byte == cr || byte == lf {
                    if byte == cr && index < end && input[index] == lf { index += 1 }
                    ends.append(buffer.count)
                    try call(body, recordLine, buffer, ends)
                    buffer.removeAll(keepingCapacity: true)
                    ends.removeAll(keepingCapacity: true)
                    fieldStart = 0
                    line += 1
                    recordLine = line
                } else if byte == quote && buffer[fieldStart...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    buffer.removeSubrange(fieldStart...)
                    quoted = true
                } else {
                    // An unquoted run, copied in one go up to the next byte that means something.
                    var stop = index
                    while stop < end, input[stop] != separator, input[stop] != cr, input[stop] != lf, input[stop] != quote { stop += 1 }
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[(index - 1)..<stop]))
                    index = stop
                }
            }
        }
        if quoted { throw unterminatedQuote(recordLine, ends.count + 1) }
        if !buffer.isEmpty || !ends.isEmpty {
            ends.append(buffer.count)
            try call(body, recordLine, buffer, ends)
        }
    }

    /// `body` called with a record made of `buffer` and `ends` (a function of its own: a nested one would
    /// capture the reader's buffers, and the compiler would check every access to them at run time).
    private static func call<E: Error>(
        _ body: (_ line: Int, _ record: CSVRecord) throws(E) -> Void, _ line: Int, _ buffer: [UInt8], _ ends: [Int]
    ) throws(E) {
        let result = buffer.withUnsafeBufferPointer { fields in
            ends.withUnsafeBufferPointer { ends in Result { () throws(E) in try body(line, CSVRecord(bytes: fields, ends: ends)) } }
        }
        try result.get()
    }
}

/// One record of a CSV file, as ``CSVReader/forEachRecord(in:unterminatedQuote:_:)`` hands it
/// over: its fields' bytes, valid only during that call.
struct CSVRecord {
    let bytes: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>

    /// The number of fields, trailing blank fields beyond `expected` left out (a spreadsheet
    /// often exports empty columns to the right of the table).
    func count(ignoringTrailingBlanksBeyond expected: Int) -> Int {
        var count = ends.count
        while count > expected, isBlank(count - 1) { count -= 1 }
        return count
    }

    /// Whether every field is blank (an empty line of the table).
    var isBlank: Bool { ends.indices.allSatisfy(isBlank) }

    func isBlank(_ field: Int) -> Bool { trimmedASCII(field).map(\.isEmpty) ?? text(field).isEmpty }

    /// The field's bytes, quotes undone.
    func raw(_ field: Int) -> UnsafeBufferPointer<UInt8> {
        let start = field == 0 ? 0 : ends[field - 1]
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[field]])
    }

    /// The field without the white space around it, when what remains begins and ends with an
    /// ASCII byte (nearly always): trimming it then needs no Unicode tables. `nil` otherwise.
    func trimmedASCII(_ field: Int) -> UnsafeBufferPointer<UInt8>? {
        let all = raw(field)
        var start = 0
        var end = all.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        while start < end, isSpace(all[start]) { start += 1 }
        while end > start, isSpace(all[end - 1]) { end -= 1 }
        guard start == end || (all[start] < 0x80 && all[end - 1] < 0x80) else { return nil }
        return UnsafeBufferPointer(rebasing: all[start..<end])
    }

    /// The field as text, without the white space around it (no-break spaces included).
    func text(_ field: Int) -> String {
        if let ascii = trimmedASCII(field) { return String(decoding: ascii, as: UTF8.self) }
        return String(decoding: raw(field), as: UTF8.self).trimmingWhitespace
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
            UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { out.append($0) }
        }
        return out
    }
}
