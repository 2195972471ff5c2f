import Enveloppe

/// Reads `;`-separated records from the bytes of a file exported by a spreadsheet, in time and
/// memory linear in the file (a record is read once, twice if it has a quote): RFC 4180 quotes (`""` inside a
/// quoted field), CR, LF or CRLF line ends, a UTF-8 byte-order mark. Shared by the budget
/// and the counts files, so both read the same way.
public enum CSVReader {
    /// The bytes as UTF-8 text, and whether they had to be read as Windows-1252 instead: the
    /// encoding of « CSV (séparateur : point-virgule) » saved by French Excel.
    static func text(_ bytes: [UInt8]) -> (bytes: ArraySlice<UInt8>, fromWindows1252: Bool) {
        // UTF-16 with its byte-order mark, as Excel saves « Texte Unicode »: its ASCII would otherwise read as UTF-8
        // with a NUL between letters (« ␀2␀0␀2␀3 »).
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { index in
                little ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            }
            let text = Array(String(decoding: units, as: UTF16.self).utf8)
            // « Texte Unicode » separates its columns by tabs: read as « ; » when the first line with either (a title
            // or a blank line may come before it) has tabs and no « ; ».
            let separators = text.first { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ";") }
            let tabbed = separators == UInt8(ascii: "\t")
            return ((tabbed ? semicolonSeparated(fromTabs: text) : text)[...], false)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        // Validated in place: `String(validating:)` would copy a 35 MB file only to throw the copy away.
        if body.withUnsafeBufferPointer(UTF8Validation.isValid) { return (body, false) }
        return (Windows1252.utf8(body)[...], true)
    }

    /// Tab-separated text as the same records separated by « ; »: a tab outside quotes becomes « ; », and a field
    /// without quotes that holds a « ; » (or a quote) is put in quotes, so each record keeps its fields and its lines.
    static func semicolonSeparated(fromTabs text: [UInt8]) -> [UInt8] {
        let (quote, tab, semicolon, cr, lf) = (UInt8(ascii: "\""), UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: "\r"), UInt8(ascii: "\n"))
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 8)
        var field: [UInt8] = []
        var quoted = false  // the field began with a quote
        var inQuotes = false
        func close() {
            if !quoted && (field.contains(semicolon) || field.contains(quote)) {
                out.append(quote)
                for byte in field {
                    if byte == quote { out.append(quote) }
                    out.append(byte)
                }
                out.append(quote)
            } else {
                out += field
            }
            field.removeAll(keepingCapacity: true)
            quoted = false
        }
        for byte in text {
            if inQuotes {
                field.append(byte)
                if byte == quote { inQuotes = false }  // `""` inside reopens at the next quote
            } else if byte == quote && (field.isEmpty || quoted) {
                quoted = true
                inQuotes = true
                field.append(byte)
            } else if byte == tab {
                close()
                out.append(semicolon)
            } else if byte == cr || byte == lf {
                close()
                out.append(byte)
            } else {
                field.append(byte)
            }
        }
        close()
        return out
    }

    /// Whether a CSV file's bytes are not UTF-8 and are read as Windows-1252 (a note tells the user).
    public static func readsAsWindows1252(_ bytes: [UInt8]) -> Bool { text(bytes).fromWindows1252 }

    /// The separator a one-column record was likely written with instead of « ; » (tabs pasted from a sheet, or an export
    /// « CSV (séparateur : virgule) »): a tab met twice or more, else a comma (tabs first: a label or a decimal amount
    /// may hold commas); `nil` otherwise.
    static func otherSeparator(_ text: String) -> Character? {
        for candidate: Character in ["\t", ","] where text.reduce(0, { $1 == candidate ? $0 + 1 : $0 }) >= 2 { return candidate }
        return nil
    }

    /// The number of LF bytes, plus one: a bound on the number of records of a file with LF or CRLF
    /// line ends, counted before reading so a reader makes room for its lines once.
    static func lineBound(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var count = 1
            var index = 0
            // Eight bytes at a time: a byte of `word ^ 0x0A0A…` is zero where the file has a line feed, and
            // `(x & 0x7F) + 0x7F | x` sets a byte's top bit exactly when the byte is not zero (no carry leaves a byte).
            let ones: UInt64 = 0x0101_0101_0101_0101
            while index + 8 <= bytes.count {
                let x = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
                let notZero = ((x & (ones &* 0x7F)) &+ (ones &* 0x7F)) | x
                count &+= (~notZero & (ones &* 0x80)).nonzeroBitCount
                index += 8
            }
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\n") { count += 1 }
                index += 1
            }
            return count
        }
    }

    /// Calls `body` with each record's first line number (1-based) and its fields.
    ///
    /// The fields are handed over as bytes, quotes undone: a record without a quote (nearly all) as it
    /// lies in the file, a record with one copied into a buffer reused from record to record. A
    /// million-line file makes no string and no array per field; a reader makes a `String` only of
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
        var bounds = FieldBounds()
        defer { bounds.deallocate() }
        var buffer: [UInt8] = []  // a quoted record's fields, one after the other
        var line = 1
        try bytes.withUnsafeBufferPointer { (input) throws(E) in
            var index = 0
            let end = input.count
            while index < end {
                // A record without a quote: its fields are found in the file's bytes, nothing copied.
                bounds.removeAll()
                var stop = index
                var fieldStart = index
                while stop < end {
                    // Eight bytes at a time up to the first one that means something.
                    if stop + 8 <= end {
                        let word = UInt64(littleEndian: UnsafeRawPointer(input.baseAddress! + stop).loadUnaligned(as: UInt64.self))
                        let marks = meaningfulBytes(word)
                        if marks == 0 {
                            stop += 8
                            continue
                        }
                        stop += marks.trailingZeroBitCount / 8
                    }
                    let byte = input[stop]
                    if byte == separator {
                        bounds.append(fieldStart, stop)
                        fieldStart = stop + 1
                    } else if byte == cr || byte == lf || byte == quote {
                        break
                    }
                    stop += 1
                }
                if stop == end || input[stop] != quote {
                    bounds.append(fieldStart, stop)
                    try call(body, line, input, bounds)
                    if stop < end { stop += input[stop] == cr && stop + 1 < end && input[stop + 1] == lf ? 2 : 1 }
                    line += 1
                    index = stop
                    continue
                }
                // A record with a quote: read again byte by byte, its fields copied with the quotes undone.
                bounds.removeAll()
                buffer.removeAll(keepingCapacity: true)
                fieldStart = 0
                var quoted = false
                let recordLine = line
                var ended = false
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
                        bounds.append(fieldStart, buffer.count)
                        fieldStart = buffer.count
                    } else if byte == cr || byte == lf {
                        if byte == cr && index < end && input[index] == lf { index += 1 }
                        ended = true
                        break
                    } else if byte == quote && buffer[fieldStart...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                        buffer.removeSubrange(fieldStart...)
                        quoted = true
                    } else {
                        // An unquoted run, copied in one go up to the next byte that means something.
                        var run = index
                        while run < end, input[run] != separator, input[run] != cr, input[run] != lf, input[run] != quote { run += 1 }
                        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[(index - 1)..<run]))
                        index = run
                    }
                }
                if quoted { throw unterminatedQuote(recordLine, bounds.fields + 1) }
                // At the end of the file, a record that is only a pair of quotes is no record (as it always was).
                guard ended || !buffer.isEmpty || bounds.fields > 0 else { return }
                bounds.append(fieldStart, buffer.count)
                try buffer.withUnsafeBufferPointer { (fields) throws(E) in try call(body, recordLine, fields, bounds, isQuoted: true) }
                line += 1
            }
        }
    }

    /// The top bit of each byte of `word` (read little-endian) that is `;`, CR, LF or a quote; the lowest
    /// mark is exact (a false one can only follow a true one), so it finds the first such byte.
    @inline(__always) private static func meaningfulBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & (ones &* 0x80) }
        return zeroBytes(word ^ (ones &* 0x3B)) | zeroBytes(word ^ (ones &* 0x0D)) | zeroBytes(word ^ (ones &* 0x0A))
            | zeroBytes(word ^ (ones &* 0x22))
    }

    /// `body` called with a record made of `bytes` and `bounds` (a function of its own: a nested one would
    /// capture the reader's buffers, and the compiler would check every access to them at run time).
    private static func call<E: Error>(
        _ body: (_ line: Int, _ record: CSVRecord) throws(E) -> Void, _ line: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ bounds: FieldBounds,
        isQuoted: Bool = false
    ) throws(E) {
        try body(line, CSVRecord(bytes: bytes, bounds: bounds.buffer, isQuoted: isQuoted))
    }
}

/// Where each field of the record being read starts and ends, `start, end` in turn, in storage kept
/// from record to record: an array would check that it is uniquely referenced at each append,
/// several times a line. Owned by one call of ``CSVReader/forEachRecord(in:unterminatedQuote:_:)``.
private struct FieldBounds {
    private var storage = UnsafeMutableBufferPointer<Int>.allocate(capacity: 16)
    private var count = 0

    var fields: Int { count / 2 }
    var buffer: UnsafeBufferPointer<Int> { UnsafeBufferPointer(rebasing: storage[..<count]) }

    mutating func append(_ start: Int, _ end: Int) {
        if count + 2 > storage.count {
            let larger = UnsafeMutableBufferPointer<Int>.allocate(capacity: storage.count * 2)
            _ = larger.initialize(fromContentsOf: storage)
            storage.deallocate()
            storage = larger
        }
        storage[count] = start
        storage[count + 1] = end
        count += 2
    }

    mutating func removeAll() { count = 0 }

    func deallocate() { storage.deallocate() }
}

/// One record of a CSV file, as ``CSVReader/forEachRecord(in:unterminatedQuote:_:)`` hands it
/// over: its fields' bytes, valid only during that call.
struct CSVRecord {
    /// The bytes the fields lie in: the file's, or a quoted record's copy.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Each field's start and end in `bytes`, in turn.
    let bounds: UnsafeBufferPointer<Int>
    /// Whether the record has a quote: only then may a field hold a line break.
    let isQuoted: Bool

    /// The number of fields.
    var fieldCount: Int { bounds.count / 2 }

    /// The number of fields, trailing blank fields beyond `expected` left out (a spreadsheet
    /// often exports empty columns to the right of the table).
    func count(ignoringTrailingBlanksBeyond expected: Int) -> Int {
        var count = fieldCount
        while count > expected, isBlank(count - 1) { count -= 1 }
        return count
    }

    /// Whether every field is blank (an empty line of the table).
    var isBlank: Bool { (0..<fieldCount).allSatisfy(isBlank) }

    /// Whether this is the `sep=;` line Excel writes first to tell itself the separator: not a line of the file's.
    var isExcelSeparatorLine: Bool { count(ignoringTrailingBlanksBeyond: 1) == 1 && text(0).lowercased().hasPrefix("sep=") }

    func isBlank(_ field: Int) -> Bool { trimmedASCII(field).map(\.isEmpty) ?? text(field).isEmpty }

    /// The field's bytes, quotes undone.
    func raw(_ field: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[bounds[2 * field]..<bounds[2 * field + 1]])
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
