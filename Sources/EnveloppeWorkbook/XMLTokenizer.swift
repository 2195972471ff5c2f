/// A small non-validating XML pull parser, enough for the parts of .xlsx and .ods files.
///
/// It checks well-formedness (tags nest, attributes are quoted, entities are known) and
/// decodes the five predefined entities, character references and CDATA. Namespaces are
/// not resolved: readers match on local names, because tools differ in prefixes
/// (`x:c`, a default namespace) but not in local names. No DTD is interpreted, so no
/// entity expansion can blow up.
struct XMLTokenizer {
    let bytes: [UInt8]
    /// The ZIP entry name, for error messages.
    let part: String
    private var position = 0
    private var open: [String] = []
    private var pendingEnd: String?
    private var sawRoot = false

    init(_ bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    enum Event {
        case start(XMLElement)
        case end(localName: Substring)
        case text(String)
    }

    /// The current depth: 1 inside the root element.
    var depth: Int { open.count }

    /// Whether the element just started was an empty-element tag (`<v/>`): its end event comes next.
    var startedEmpty: Bool { pendingEnd != nil }

    func failure(_ detail: String) -> WorkbookError {
        .malformedXML(part: part, detail: detail + " at byte \(position)")
    }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws(WorkbookError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(localName: XMLElement.localName(of: name))
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
                if open.isEmpty {
                    // Outside the root only white space may appear.
                    guard bytes[start..<position].allSatisfy(Self.isSpace) else { throw failure("text outside the root element") }
                    continue
                }
                return .text(try decode(bytes[start..<position], attribute: false))
            }
            if match("<?") {
                try skip(past: "?>")
            } else if match("<!--") {
                try skip(past: "-->")
            } else if match("<![CDATA[") {
                guard !open.isEmpty else { throw failure("CDATA outside the root element") }
                let start = position + 9
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
            } else if match("<!") {
                guard !sawRoot else { throw failure("declaration inside the document") }
                try skipDeclaration()
            } else if position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "/") {
                position += 2
                let name = try readName()
                skipSpaces()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw failure("unterminated end tag") }
                position += 1
                guard let expected = open.popLast(), expected == name else { throw failure("mismatched end tag </\(name)>") }
                return .end(localName: XMLElement.localName(of: name))
            } else {
                return .start(try startTag())
            }
        }
        guard open.isEmpty, sawRoot else { throw failure(sawRoot ? "unclosed element <\(open.last ?? "")>" : "no root element") }
        return nil
    }

    /// Calls `body` with each event inside the element just started, to its end tag (none for
    /// an empty-element tag); `body` reads or skips what an event starts.
    mutating func eachEventInside(
        _ body: (inout XMLTokenizer, Event) throws(WorkbookError) -> Void
    ) throws(WorkbookError) {
        if startedEmpty {
            _ = try next()
            return
        }
        let depth = self.depth
        while self.depth >= depth, let event = try next() { try body(&self, event) }
    }

    /// Calls `body` with each child element started inside the element just started.
    mutating func eachChildElement(
        _ body: (inout XMLTokenizer, XMLElement) throws(WorkbookError) -> Void
    ) throws(WorkbookError) {
        try eachEventInside { (tokenizer, event) throws(WorkbookError) in
            if case .start(let element) = event { try body(&tokenizer, element) }
        }
    }

    /// Skips the rest of the element just started (its children and its end tag).
    mutating func skipElement() throws(WorkbookError) {
        let target = open.count - 1 + (pendingEnd == nil ? 0 : 1)
        if pendingEnd != nil {
            pendingEnd = nil
            return
        }
        while open.count > target {
            guard try next() != nil else { return }
        }
    }

    /// All text inside the element just started, to its end tag, skipping child elements' tags.
    mutating func textContent() throws(WorkbookError) -> String {
        var text = ""
        let target = open.count - (pendingEnd == nil ? 1 : 0)
        if pendingEnd != nil {
            pendingEnd = nil
            return text
        }
        while open.count > target {
            guard let event = try next() else { break }
            if case .text(let piece) = event { text += piece }
        }
        return text
    }

    private mutating func startTag() throws(WorkbookError) -> XMLElement {
        if open.isEmpty && sawRoot { throw failure("a second root element") }
        position += 1
        let name = try readName()
        var attributes: [(name: String, value: String)] = []
        while true {
            let hadSpace = skipSpaces()
            guard position < bytes.count else { throw failure("unterminated start tag <\(name)>") }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                open.append(name)
                sawRoot = true
                return XMLElement(name: name, attributes: attributes)
            }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw failure("bad empty-element tag") }
                position += 2
                open.append(name)
                sawRoot = true
                // The matching end event follows at once.
                _ = open.popLast()
                pendingEnd = name
                return XMLElement(name: name, attributes: attributes)
            }
            guard hadSpace else { throw failure("attributes must be separated by white space") }
            let attributeName = try readName()
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw failure("attribute without value") }
            position += 1
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw failure("unquoted attribute value")
            }
            let quote = bytes[position]
            position += 1
            let start = position
            while position < bytes.count && bytes[position] != quote {
                if bytes[position] == UInt8(ascii: "<") { throw failure("'<' in attribute value") }
                position += 1
            }
            guard position < bytes.count else { throw failure("unterminated attribute value") }
            let value = try decode(bytes[start..<position], attribute: true)
            position += 1
            attributes.append((attributeName, value))
        }
    }

    private mutating func readName() throws(WorkbookError) -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            {
                break
            }
            position += 1
        }
        guard position > start else { throw failure("missing name") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = position
        while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func match(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for index in 0..<count where bytes[position + index] != buffer[index] { return false }
            return true
        }
    }

    private mutating func skip(past terminator: StaticString) throws(WorkbookError) {
        while position < bytes.count {
            if match(terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw failure("unterminated \(terminator)")
    }

    /// `<!DOCTYPE …>` with an optional internal subset, skipped without interpretation.
    private mutating func skipDeclaration() throws(WorkbookError) {
        var brackets = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "[") { brackets += 1 }
            if byte == UInt8(ascii: "]") { brackets -= 1 }
            if byte == UInt8(ascii: ">") && brackets <= 0 { return }
        }
        throw failure("unterminated declaration")
    }

    /// Text with entities and character references replaced, line ends normalised, and in
    /// attributes white space characters turned into spaces (XML attribute normalisation).
    private func decode(_ slice: ArraySlice<UInt8>, attribute: Bool) throws(WorkbookError) -> String {
        if !slice.contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x0D || (attribute && ($0 == 0x09 || $0 == 0x0A)) }) {
            return String(decoding: slice, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            if byte == 0x0D {
                index += 1
                if index < slice.endIndex && slice[index] == 0x0A { index += 1 }
                out.append(attribute ? 0x20 : 0x0A)
                continue
            }
            if attribute && (byte == 0x09 || byte == 0x0A) {
                out.append(0x20)
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw failure("unterminated entity") }
            let name = slice[(index + 1)..<semicolon]
            switch String(decoding: name, as: UTF8.self) {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                guard name.first == UInt8(ascii: "#") else { throw failure("unknown entity") }
                var digits = name.dropFirst()
                var radix: UInt32 = 10
                if digits.first == UInt8(ascii: "x") {
                    radix = 16
                    digits = digits.dropFirst()
                }
                guard !digits.isEmpty, digits.count <= 8 else { throw failure("bad character reference") }
                var value: UInt32 = 0
                for digit in digits {
                    let number: UInt32
                    switch digit {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): number = UInt32(digit - 48)
                    case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: number = UInt32(digit - 87)
                    case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: number = UInt32(digit - 55)
                    default: throw failure("bad character reference")
                    }
                    value = value * radix + number
                }
                guard value != 0, let scalar = Unicode.Scalar(value) else { throw failure("bad character reference") }
                out.append(contentsOf: UTF8.encode(scalar)!)
            }
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A start tag: qualified name and attributes as written, local names computed once.
struct XMLElement {
    var name: String
    var attributes: [(name: String, value: String)]
    let localName: Substring
    private let attributeLocalNames: [Substring]

    init(name: String, attributes: [(name: String, value: String)]) {
        self.name = name
        self.attributes = attributes
        localName = Self.localName(of: name)
        attributeLocalNames = attributes.map { Self.localName(of: $0.name) }
    }

    static func localName(of name: String) -> Substring {
        let utf8 = name.utf8
        guard let colon = utf8.lastIndex(of: UInt8(ascii: ":")) else { return Substring(name) }
        return name[utf8.index(after: colon)...]
    }

    /// The value of the attribute with this local name (any prefix).
    func attribute(_ localName: String) -> String? {
        for (index, name) in attributeLocalNames.enumerated() where name == localName { return attributes[index].value }
        return nil
    }

    /// The value of the attribute with exactly this qualified name.
    func attribute(qualified name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
