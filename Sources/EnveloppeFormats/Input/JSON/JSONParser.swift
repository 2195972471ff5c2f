/// A strict JSON parser (RFC 8259) over UTF-8 bytes.
///
/// Strict where Foundation is lenient: no trailing commas, no comments, no
/// leading zeros; a UTF-8 byte-order mark at the start is allowed, since
/// spreadsheets and some editors write one. Errors give the line and column.
public struct JSONParser {
    public struct Failure: Error, Equatable, Sendable {
        public let line: Int
        public let column: Int
        /// What was wrong, in a few English words (the renderer translates the usual ones).
        public let detail: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private var nodes: [JSONTree.Node] = []
    private var texts: [String] = []
    private static let maximumDepth = 200
    private var direct: DirectMember?
    private var directNode: Int?

    /// A list of the document's root object that its reader reads straight from the bytes (a scenario's operators,
    /// ``PlainOperators``): `read` is given the bytes and the index of the list's `[`, and returns the index just past
    /// its `]` when it has read it whole, or `nil` to leave it to the tree. Only the first member whose key is written in
    /// plain ASCII is offered (a key written with an escape is the tree's to compare); read so, it is a list node without
    /// elements in the tree, ``JSONTree/directNode``, and its reader uses what it read only if that node is the member the
    /// tree reads. Where no list is read directly (none is offered, or the reader leaves it), the tree's room is made as
    /// the rest is read.
    struct DirectMember {
        let key: StaticString
        let read: (UnsafeBufferPointer<UInt8>, Int) -> Int?
    }

    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        try tree(bytes).value(at: 0)
    }

    /// The largest document read: a node keeps its offsets and indices in 32 bits (``JSONTree/Node``), and a scenario is
    /// a few megabytes at most.
    static let maximumBytes = Int(UInt32.max)

    /// The document as a flat tree, its strings and numbers left in the bytes until read; a document of more than
    /// `maximumBytes` (4 GiB or more by default) is refused.
    static func tree(_ bytes: [UInt8], maximumBytes: Int = maximumBytes, direct: DirectMember? = nil) throws(Failure) -> JSONTree {
        guard bytes.count <= maximumBytes else { throw Failure(line: 1, column: 1, detail: "document too large (4 GiB or more)") }
        // Notepad's « Unicode » and Excel's « Texte Unicode » write UTF-16: said as such, not as a value missing.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Failure(line: 1, column: 1, detail: "the file is in UTF-16 (\"Unicode\"): save it as UTF-8")
        }
        var parser = JSONParser(bytes: bytes, direct: direct)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw parser.failure("unexpected text after the end of the document") }
        return JSONTree(bytes: bytes, nodes: parser.nodes, texts: parser.texts, directNode: parser.directNode)
    }

    private init(bytes: [UInt8], direct: DirectMember?) {
        self.bytes = bytes
        self.direct = direct
        // An indented scenario has a node for every 10 to 15 bytes: room made once, not in doublings (where a list
        // may be read directly, made for the rest of the document if it is not: ``readDirectly(_:)``).
        nodes.reserveCapacity(direct == nil ? bytes.count / 8 + 16 : 256)
    }

    private func failure(_ detail: String, at position: Int? = nil) -> Failure {
        let end = min(position ?? index, bytes.count)
        var line = 1
        var lineStart = 0
        for offset in 0..<end where bytes[offset] == UInt8(ascii: "\n") {
            line += 1
            lineStart = offset + 1
        }
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        let column = bytes[lineStart..<end].filter { $0 & 0xC0 != 0x80 }.count + 1
        return Failure(line: line, column: column, detail: detail)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        index = bytes.withUnsafeBufferPointer { all in
            var index = self.index
            while index < all.count, all[index] == 0x20 || all[index] == 0x0A || all[index] == 0x0D || all[index] == 0x09 { index += 1 }
            return index
        }
    }

    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard current == byte else {
            let character = Character(Unicode.Scalar(byte))
            throw failure(current == nil ? "unexpected end of file, expected '\(character)'" : "expected '\(character)'")
        }
        index += 1
    }

    /// Appends a node of no children that ends at the current index.
    private mutating func appendLeaf(_ kind: JSONTree.Kind, from start: Int, to end: Int) {
        nodes.append(JSONTree.Node(kind: kind, start: start, end: end, next: nodes.count + 1))
    }

    private mutating func parseValue() throws(Failure) {
        guard let byte = current else { throw failure("unexpected end of file, expected a value") }
        switch byte {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            try parseNumber()
            appendLeaf(.number, from: start, to: index)
        case UInt8(ascii: "t"): try parseLiteral("true", .true)
        case UInt8(ascii: "f"): try parseLiteral("false", .false)
        case UInt8(ascii: "n"): try parseLiteral("null", .null)
        default: throw failure(misreading() ?? "expected a value")
        }
    }

    /// What a person likely wrote where a key or a value should begin, as the text editors and word processors they use
    /// write it: typographic quotes (“ ” « »), or a comment, which JSON has not. `nil` for anything else.
    private func misreading() -> String? {
        let ahead = bytes[index...].prefix(3)
        if ahead.starts(with: [0xE2, 0x80, 0x9C]) || ahead.starts(with: [0xE2, 0x80, 0x9D]) || ahead.starts(with: [0xC2, 0xAB])
            || ahead.starts(with: [0xC2, 0xBB])
        {
            return "typographic quotes: keys and texts take straight double quotes (\")"
        }
        if ahead.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) || ahead.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "*")]) {
            return "a comment: JSON has none, remove it"
        }
        return nil
    }

    /// `"fte": 0,5`: a number, a comma, then digits where a key should begin (JSON reads the comma as the end of the
    /// number); `nil` otherwise. `12.000,50`: points before groups of three digits were between thousands; other
    /// points are not said to be, the text then suggested as written.
    private func decimalComma(after value: Int?) -> String? {
        guard let value, nodes[value].kind == .number, let byte = current, (0x30...0x39).contains(byte),
            bytes[index - 1] == UInt8(ascii: ","), nodes[value].end - nodes[value].start <= 20
        else { return nil }
        let whole = String(decoding: bytes[nodes[value].start..<nodes[value].end], as: UTF8.self)
        let digits = String(decoding: bytes[index...].prefix(20).prefix { (0x30...0x39).contains($0) }, as: UTF8.self)
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count == 1 || groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
            return "decimal comma in a number: write \"\(whole),\(digits)\""
        }
        let plain = String(whole.filter { $0 != "." })
        let spaced = String(whole.map { $0 == "." ? " " : $0 })
        return "decimal comma in a number: write \(plain).\(digits) or \"\(spaced),\(digits)\""
    }

    /// `"annualCostPerFTE": 52 000,50`: a number, a space, then digits, which JSON reads as two values; `nil` otherwise.
    /// The amount is taken whole as written (its groups after spaces, a decimal comma or point and their digits), and
    /// suggested as a JSON number and as a text.
    private func spaceInNumber(after value: Int?) -> String? {
        guard let value, nodes[value].kind == .number, let byte = current, (0x30...0x39).contains(byte),
            bytes[index - 1] == UInt8(ascii: " "), nodes[value].end - nodes[value].start <= 20
        else { return nil }
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        var end = index
        while end < bytes.count, end - nodes[value].start < 40 {
            let byte = bytes[end]
            let joins = byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")
            guard isDigit(byte) || (joins && end + 1 < bytes.count && isDigit(bytes[end + 1])) else { break }
            end += 1
        }
        let written = String(decoding: bytes[nodes[value].start..<end], as: UTF8.self)
        let marks = written.filter { $0 == "," || $0 == "." }
        guard marks.count <= 1 else { return "space in a number: write \"\(written)\"" }
        let plain = String(written.compactMap { $0 == " " ? nil : $0 == "," ? "." : $0 })
        return "space in a number: write \(plain) or \"\(written)\""
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: JSONTree.Kind) throws(Failure) {
        let start = index
        let count = word.utf8CodeUnitCount
        guard count <= bytes.count - index else { throw failure("expected a value") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { throw failure("expected a value") }
        index += count
        appendLeaf(kind, from: start, to: index)
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw failure("nesting deeper than \(JSONParser.maximumDepth) levels") }
    }

    /// Appends a container's node, to be completed by `close` once its children follow it.
    private mutating func open(_ kind: JSONTree.Kind) -> Int {
        nodes.append(JSONTree.Node(kind: kind, start: index, end: index, next: nodes.count + 1))
        return nodes.count - 1
    }

    private mutating func close(_ container: Int, count: Int) {
        nodes[container].count = count
        nodes[container].next = nodes.count
    }

    private mutating func parseObject() throws(Failure) {
        try enter()
        defer { depth -= 1 }
        let object = open(.object)
        index += 1
        var count = 0
        var lastValue: Int?
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            close(object, count: count)
            return
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if let hint = decimalComma(after: lastValue) ?? misreading() { throw failure(hint) }
                throw failure(current == UInt8(ascii: "}") ? "trailing comma before '}'" : "expected a key in double quotes")
            }
            try parseString()
            let direct = depth == 1 ? offer(key: nodes.count - 1) : nil
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            lastValue = nodes.count
            if !(direct.map { readDirectly($0) } ?? false) { try parseValue() }
            count += 1
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard current == UInt8(ascii: "}") else {
                if let hint = spaceInNumber(after: lastValue) ?? misreading() { throw failure(hint) }
                throw failure(current == nil ? "unexpected end of file, expected '}'" : "expected ',' or '}'")
            }
            index += 1
            close(object, count: count)
            return
        }
    }

    /// The member read directly when the key at `key` (a node) is its key, met for the first time (it is then no
    /// longer offered); `nil` otherwise.
    private mutating func offer(key: Int) -> DirectMember? {
        guard let direct, nodes[key].isPlainASCII, nodes[key].end - nodes[key].start == direct.key.utf8CodeUnitCount,
            bytes[nodes[key].start..<nodes[key].end].elementsEqual(
                UnsafeBufferPointer(start: direct.key.utf8Start, count: direct.key.utf8CodeUnitCount))
        else { return nil }
        self.direct = nil
        return direct
    }

    /// The list at the index read by `member`, and its node appended; `false` (nothing read) when it is no list or the
    /// reader leaves it.
    private mutating func readDirectly(_ member: DirectMember) -> Bool {
        guard current == UInt8(ascii: "[") else { return false }
        let read = member.read
        let start = index
        guard let end = bytes.withUnsafeBufferPointer({ read($0, start) }) else {
            nodes.reserveCapacity(nodes.count + (bytes.count - start) / 8 + 16)
            return false
        }
        directNode = nodes.count
        nodes.append(JSONTree.Node(kind: .array, start: start, end: start, next: nodes.count + 1))
        index = end
        return true
    }

    private mutating func parseArray() throws(Failure) {
        try enter()
        defer { depth -= 1 }
        let array = open(.array)
        index += 1
        var count = 0
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            index += 1
            close(array, count: count)
            return
        }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") { throw failure("trailing comma before ']'") }
            try parseValue()
            count += 1
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard current == UInt8(ascii: "]") else {
                if let hint = misreading() { throw failure(hint) }
                throw failure(current == nil ? "unexpected end of file, expected ']'" : "expected ',' or ']'")
            }
            index += 1
            close(array, count: count)
            return
        }
    }

    /// Appends a string's node: its bytes where it has no escape, checked as UTF-8; else its text, decoded.
    private mutating func parseString() throws(Failure) {
        let start = index
        index += 1
        let (end, ascii) = bytes.withUnsafeBufferPointer { all in
            var end = index
            var union: UInt8 = 0
            while end < all.count {
                let byte = all[end]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                union |= byte
                end += 1
            }
            return (end, union < 0x80)
        }
        if end < bytes.count && bytes[end] == UInt8(ascii: "\"") {
            let range = index..<end
            let valid = ascii || bytes.withUnsafeBufferPointer { UTF8Validation.isValid(UnsafeBufferPointer(rebasing: $0[range])) }
            guard valid else { throw failure("text that is not valid UTF-8", at: start) }
            nodes.append(JSONTree.Node(kind: .string, isPlainASCII: ascii, start: index, end: end, next: nodes.count + 1))
            index = end + 1
            return
        }
        let contentStart = index
        var buffer: [UInt8] = Array(bytes[index..<end])
        index = end
        while true {
            guard let byte = current else { throw failure("unterminated string", at: start) }
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw failure("text that is not valid UTF-8", at: start)
                }
                texts.append(text)
                nodes.append(
                    JSONTree.Node(kind: .string, start: contentStart, end: index - 1, next: nodes.count + 1, escapedText: texts.count - 1))
                return
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0..<0x20:
                throw failure("control character in a string (a line break must be written \\n)", at: index - 1)
            default:
                buffer.append(byte)
            }
        }
    }
    private mutating func parseEscape(into buffer: inout [UInt8]) throws(Failure) {
        guard let byte = current else { throw failure("unterminated string") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure("invalid \\u escape (lone surrogate)")
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure("invalid \\u escape (lone surrogate)") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid \\u escape") }
            buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw failure("invalid escape '\\\(Character(Unicode.Scalar(byte)))'", at: index - 2)
        }
    }

    private mutating func parseHex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("invalid \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else {
                throw failure("invalid \\u escape")
            }
            value = value * 16 + UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(Failure) {
        let start = index
        let isDigit = { (byte: UInt8?) in byte.map { (0x30...0x39).contains($0) } ?? false }
        if current == UInt8(ascii: "-") { index += 1 }
        guard isDigit(current) else { throw failure("invalid number", at: start) }
        if current == UInt8(ascii: "0") {
            index += 1
            if isDigit(current) { throw failure("invalid number (leading zero)", at: start) }
        } else {
            while isDigit(current) { index += 1 }
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard isDigit(current) else { throw failure("invalid number", at: start) }
            while isDigit(current) { index += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard isDigit(current) else { throw failure("invalid number", at: start) }
            while isDigit(current) { index += 1 }
        }
    }
}
