/// A JSON document written as it is made, straight into UTF-8 bytes, with no tree of ``JSONValue`` built first:
/// the national report's tree took more time to build and to walk than writing its 12 MB of text.
///
/// The text is laid out with two spaces per level, `"key": value`, `{}` and `[]` when empty; ``JSONWriter`` writes a
/// ``JSONValue`` through it (``value(_:)``), so a document written either way has the same bytes. Members go in the
/// order they are written; each ``object(_:)`` or ``array(_:)`` closes what it opens.
struct JSONStream {
    private(set) var bytes: [UInt8] = []
    /// For each open object or array, innermost last: whether something was written in it yet.
    private var filled: [Bool] = []

    init(capacity: Int = 4_096) {
        bytes.reserveCapacity(capacity)
        filled.reserveCapacity(16)
    }

    /// The document as ``JSONText``, with its final newline.
    mutating func text() -> JSONText {
        precondition(filled.isEmpty, "JSONStream: an object or array is still open")
        bytes.append(UInt8(ascii: "\n"))
        return JSONText(utf8: bytes)
    }

    // MARK: Containers

    /// An object, its members written by `body`.
    mutating func object(_ body: (inout JSONStream) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// An array, its elements written by `body`.
    mutating func array(_ body: (inout JSONStream) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// An array of one element per item of `items`, each written by `element`.
    mutating func array<Items: Sequence>(_ items: Items, _ element: (inout JSONStream, Items.Element) -> Void) {
        array { json in
            for item in items {
                json.element()
                element(&json, item)
            }
        }
    }

    /// Starts the next member of the innermost object: its key, then the value written next.
    mutating func key(_ key: StaticString) { member(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)) }

    /// Starts the next member, its key's UTF-8 given.
    private mutating func member(_ utf8: UnsafeBufferPointer<UInt8>) {
        next()
        JSONQuoting.quote(utf8, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// A ``JSONValue`` written whole, its members in their order.
    mutating func value(_ value: JSONValue) {
        switch value {
        case .object(let members):
            object { json in
                for member in members {
                    var key = member.key
                    key.withUTF8 { json.member($0) }
                    json.value(member.value)
                }
            }
        case .array(let elements):
            array(elements) { $0.value($1) }
        case .string(let text): string(text)
        case .number(let literal):
            var literal = literal
            literal.withUTF8 { bytes.append(contentsOf: $0) }
        case .bool(let flag): bool(flag)
        case .null: null()
        }
    }

    /// Starts the next element of the innermost array: the value written next.
    mutating func element() { next() }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        filled.append(false)
    }

    /// Closes the innermost container: `{}` if nothing was written in it, else the bracket on a line of its own.
    private mutating func close(_ bracket: UInt8) {
        if filled.removeLast() {
            bytes.append(UInt8(ascii: "\n"))
            pad(filled.count)
        }
        bytes.append(bracket)
    }

    /// A comma after the previous member or element, a line break and the indentation.
    private mutating func next() {
        precondition(!filled.isEmpty, "JSONStream: a member or element outside any object or array")
        if filled[filled.count - 1] {
            bytes.append(UInt8(ascii: ","))
        } else {
            filled[filled.count - 1] = true
        }
        bytes.append(UInt8(ascii: "\n"))
        pad(filled.count)
    }

    /// Two spaces per level, copied from a run of spaces in one go (the national report has 340 000 indented lines).
    private mutating func pad(_ levels: Int) {
        let spaces: StaticString = "                                                                "
        var left = 2 * levels
        while left > 0 {
            let run = min(left, spaces.utf8CodeUnitCount)
            bytes.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: run))
            left -= run
        }
    }

    // MARK: Values written again

    /// A value's bytes as written once, to be copied for ``again(_:)``.
    struct Kept {
        fileprivate let bytes: [UInt8]
        /// How many objects and arrays were open around it: its lines are indented for that depth.
        fileprivate let depth: Int
    }

    /// The value `body` writes, written and kept for ``again(_:)``.
    mutating func keeping(_ body: (inout JSONStream) -> Void) -> Kept {
        let start = bytes.count
        body(&self)
        return Kept(bytes: Array(bytes[start...]), depth: filled.count)
    }

    /// A value written before by ``keeping(_:)``, its bytes copied in one go: the same text at the same depth.
    mutating func again(_ value: Kept) {
        precondition(value.depth == filled.count, "JSONStream: a kept value written again at another depth")
        bytes.append(contentsOf: value.bytes)
    }

    // MARK: Values

    mutating func string(_ text: String) { JSONQuoting.quote(text, into: &bytes) }

    /// `1234`, `-5`: as `String(value)` writes it.
    mutating func number(_ value: Int64) { Digits.integer(value) { bytes.append(contentsOf: $0) } }

    mutating func number(_ value: Int) { number(Int64(value)) }

    mutating func bool(_ flag: Bool) {
        let word: StaticString = flag ? "true" : "false"
        bytes.append(contentsOf: UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    mutating func null() { bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")]) }

    /// `"346200.00"`: cents as ``plain(cents:)`` writes them, in quotes.
    mutating func plainString(cents: Int64) {
        bytes.append(UInt8(ascii: "\""))
        Digits.euros(cents, point: UInt8(ascii: ".")) { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"7.50"`, `"7"`: hundredths as ``plain(hundredths:)`` writes them, in quotes.
    mutating func plainString(hundredths: Int64) {
        bytes.append(UInt8(ascii: "\""))
        if hundredths % 100 == 0 {
            number(hundredths / 100)
        } else {
            Digits.euros(hundredths, point: UInt8(ascii: ".")) { bytes.append(contentsOf: $0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    // MARK: Members

    mutating func string(_ key: StaticString, _ text: String) {
        self.key(key)
        string(text)
    }

    mutating func number(_ key: StaticString, _ value: Int64) {
        self.key(key)
        number(value)
    }

    mutating func number(_ key: StaticString, _ value: Int) {
        self.key(key)
        number(value)
    }

    mutating func bool(_ key: StaticString, _ flag: Bool) {
        self.key(key)
        bool(flag)
    }

    mutating func plainString(_ key: StaticString, cents: Int64) {
        self.key(key)
        plainString(cents: cents)
    }

    mutating func plainString(_ key: StaticString, hundredths: Int64) {
        self.key(key)
        plainString(hundredths: hundredths)
    }

    mutating func object(_ key: StaticString, _ body: (inout JSONStream) -> Void) {
        self.key(key)
        object(body)
    }

    mutating func array(_ key: StaticString, _ body: (inout JSONStream) -> Void) {
        self.key(key)
        array(body)
    }

    mutating func array<Items: Sequence>(_ key: StaticString, _ items: Items, _ element: (inout JSONStream, Items.Element) -> Void) {
        self.key(key)
        array(items, element)
    }
}
