import Enveloppe

/// A JSON value with its field path, read into the model's types with errors
/// that name the path (`operators[1].staff[0].fte`) and what was expected.
///
/// A node of a ``JSONTree``: its text is made from the file's bytes only when read, and its path
/// written out only when a message or the model needs it (a scenario of ten thousand operators
/// has a million fields, and all but a few are read without ever naming them).
struct JSONNode {
    let tree: JSONTree
    let index: Int

    var kind: JSONTree.Kind { tree.nodes[index].kind }

    /// `operators[1].staff[0].fte`.
    var path: String { tree.path(of: index) }

    /// The path of the member `key` of this object.
    func child(_ key: String) -> String {
        let path = self.path
        return path.isEmpty ? key : "\(path).\(key)"
    }

    /// How the value's kind is named in messages ("a string", "null"…), as ``JSONValue/kindName``.
    var kindName: String {
        switch kind {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .false, .true: "boolean"
        case .null: "null"
        }
    }

    /// The text of a string, the literal of a number, `nil` for another kind.
    var scalarText: String? {
        switch kind {
        case .string, .number: tree.text(at: index)
        default: nil
        }
    }

    /// The value as the file writes it, for messages.
    var literal: String { scalarText ?? kindName }

    /// The value of `true` or `false`, `nil` for another kind.
    var bool: Bool? {
        switch kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    /// An object's members in the file's order, repeated keys included.
    var members: [(key: String, value: JSONNode)] {
        guard kind == .object else { return [] }
        var members: [(key: String, value: JSONNode)] = []
        var child = index + 1
        while child < tree.nodes[index].next {
            members.append((tree.text(at: child), JSONNode(tree: tree, index: child + 1)))
            child = tree.nodes[child + 1].next
        }
        return members
    }

    /// A text where another kind is expected names the text too (`string:64`): « "64" » in quotes is the usual slip.
    func wrongType(_ expected: InputError.Expected) -> InputError {
        InputError(path, .wrongType(expected: expected, found: kind == .string ? "string:" + tree.text(at: index) : kindName))
    }

    func text() throws(InputError) -> String {
        guard kind == .string else { throw wrongType(.text) }
        let text = tree.text(at: index)
        // Only text without a visible ASCII character is looked at character by character.
        guard JSONNode.hasVisibleASCII(text.utf8) || text.contains(where: { !$0.isWhitespace }) else { throw InputError(path, .emptyText) }
        return text
    }

    /// Whether UTF-8 bytes hold an ASCII byte other than a space, tab or line end: a character that is not whitespace
    /// (one after a space starts a character of its own), so the text is not blank.
    static func hasVisibleASCII<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.contains { $0 < 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) }
    }

    /// A number or a string such as `"49 000,00 €"`: an amount of zero or more, to the cent.
    func amount() throws(InputError) -> Money {
        let (money, literal) = try signedAmountAndLiteral()
        guard money >= .zero else { throw InputError(path, .negative(expected: .amount, text: literal)) }
        return money
    }

    /// An amount that may be below zero, to the cent: a treasury that starts on an overdraft (`"-20 000,00"`).
    func signedAmount() throws(InputError) -> Money { try signedAmountAndLiteral().money }

    private func signedAmountAndLiteral() throws(InputError) -> (money: Money, literal: String) {
        if let money = plainAmount { return (money, "") }
        return try parsed(.amount) { text throws(DecimalText.Failure) in try Money(parsing: text) }
    }

    /// The amount of a plain ASCII text or number, read from its bytes by `Money(parsingUTF8:)` without making a
    /// string; `nil` for anything else or a fault, which `Money(parsing:)` then reads (or refuses with its reason).
    private var plainAmount: Money? {
        let node = tree.nodes[index]
        guard node.isPlainASCII || kind == .number, kind == .number || kind == .string else { return nil }
        let money = tree.bytes.withUnsafeBufferPointer { all in try? Money(parsingUTF8: UnsafeBufferPointer(rebasing: all[node.start..<node.end])) }
        return money.flatMap { $0 >= .zero ? $0 : nil }
    }

    /// `"60 %"` or a fraction from 0 to 1 such as `0.6`.
    func rate() throws(InputError) -> Rate {
        if let rate = plainBytes({ try? Rate(parsingUTF8: $0) }) ?? nil, rate >= .zero, rate <= .one { return rate }
        let (rate, literal) = try parsed(.rate) { text throws(DecimalText.Failure) in try Rate(parsing: text) }
        guard rate >= .zero else { throw InputError(path, .negative(expected: .rate, text: literal)) }
        guard rate <= .one else { throw InputError(path, .rateAboveHundredPercent(text: literal)) }
        return rate
    }

    /// Counts above this are refused: no call funds a billion households, and the
    /// bound keeps every product of counts, months and cents inside 64 bits.
    static let maximumCount: Int64 = 1_000_000_000

    /// A whole number from `minimum` to ``maximumCount`` (households, months, measure-months).
    func count(minimum: Int64 = 0, maximum: Int64 = maximumCount) throws(InputError) -> Int64 {
        guard kind == .number else { throw wrongType(.integer) }
        if let hundredths = plainBytes({ try? DecimalText.parse($0, fractionDigits: 2) }) ?? nil, hundredths % 100 == 0, hundredths >= 0,
            (minimum...maximum).contains(hundredths / 100)
        {
            return hundredths / 100
        }
        let literal = tree.text(at: index)
        let hundredths: Int64
        do { hundredths = try DecimalText.parse(literal, fractionDigits: 2) } catch {
            throw InputError(path, .invalidNumber(expected: .integer, text: literal, failure: error))
        }
        guard hundredths % 100 == 0 else { throw InputError(path, .notWhole(text: literal)) }
        guard hundredths >= 0 else {
            throw InputError(path, .negative(expected: .integer, text: literal))
        }
        guard (minimum...maximum).contains(hundredths / 100) else {
            throw InputError(path, .outOfRange(text: literal, minimum: minimum, maximum: maximum))
        }
        return hundredths / 100
    }

    /// FTE or units to the hundredth: `0.5`, `"0,5"`, `8`.
    func fte() throws(InputError) -> FTE {
        if let fte = plainBytes({ try? FTE(parsingUTF8: $0) }) ?? nil, fte >= .zero, fte.hundredths <= JSONNode.maximumCount * 100 {
            return fte
        }
        let (fte, literal) = try parsed(.fte) { text throws(DecimalText.Failure) in try FTE(parsing: text) }
        guard fte >= .zero else { throw InputError(path, .negative(expected: .fte, text: literal)) }
        guard fte.hundredths <= JSONNode.maximumCount * 100 else {
            throw InputError(path, .outOfRange(text: literal, minimum: 0, maximum: JSONNode.maximumCount))
        }
        return fte
    }

    /// `"2025-09"`.
    func month() throws(InputError) -> YearMonth {
        guard kind == .string else { throw wrongType(.month) }
        if let month = plainMonth { return month }
        let text = tree.text(at: index)
        // `"mars 2025"`, `"03/2026"`: as the workbook and the counts file read a month a person writes.
        do { return try YearMonth(parsing: text) } catch {
            guard let month = MonthText.read(text) else { throw InputError(path, .invalidMonth(text: text)) }
            return month
        }
    }

    /// `2025-09` read from the bytes (`YearMonth(isoDigits:)`); `nil` for anything else, which
    /// `YearMonth(parsing:)` reads (and refuses) instead.
    private var plainMonth: YearMonth? {
        let node = tree.nodes[index]
        guard node.isPlainASCII else { return nil }
        return tree.bytes.withUnsafeBufferPointer { all in YearMonth(isoDigits: UnsafeBufferPointer(rebasing: all[node.start..<node.end])) }
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_: Choice.Type) throws(InputError) -> Choice
    where Choice.RawValue == String {
        // A plain word (most are short enough to be kept in the string's own bits) is looked up at once.
        if kind == .string, let word = plainBytes({ String(decoding: $0, as: UTF8.self) }), let choice = Choice(rawValue: word) {
            return choice
        }
        let text = try self.text()
        guard let choice = Choice(rawValue: text) else {
            throw InputError(path, .notOneOf(text: text, allowed: Choice.allCases.map(\.rawValue)))
        }
        return choice
    }

    /// `read` of the bytes of a number or of a plain ASCII string (no escape), where they lie; `nil` for another node.
    ///
    /// The readers above first read a value there, as the text would be read (its bytes are the text's), and keep it
    /// when it is right: any other value, or a fault, is read again from the text, for its message. A scenario's
    /// thousands of counts, FTE and rates are then read without a string made for each, and a choice from a short
    /// string kept in the string's own bits.
    private func plainBytes<T>(_ read: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        let node = tree.nodes[index]
        guard node.kind == .number || (node.kind == .string && node.isPlainASCII) else { return nil }
        return tree.bytes.withUnsafeBufferPointer { all in read(UnsafeBufferPointer(rebasing: all[node.start..<node.end])) }
    }

    /// The value of a number or string field read by `parse`, with the literal for messages.
    private func parsed<T>(_ expected: InputError.Expected, _ parse: (String) throws(DecimalText.Failure) -> T)
        throws(InputError) -> (T, String)
    {
        guard let literal = scalarText else { throw wrongType(expected) }
        do { return (try parse(literal), literal) } catch {
            throw InputError(path, .invalidNumber(expected: expected, text: literal, failure: error))
        }
    }
}

/// A JSON object whose keys have been checked against the format.
struct JSONObjectNode {
    let node: JSONNode
    /// Which of the allowed keys the object has, a bit a key in the order ``Reading/object(_:allowed:)`` was given.
    let present: UInt64

    /// The member `key`: the first of that key (a repeated key is an error already recorded).
    func optional(_ key: StaticString) -> JSONNode? {
        node.tree.member(of: node.index, key).map { JSONNode(tree: node.tree, index: $0) }
    }

    func required(_ key: StaticString) throws(InputError) -> JSONNode {
        guard let child = optional(key) else { throw InputError(node.child(key.description), .missing) }
        return child
    }

    /// `read` applied to the key's value if present.
    func optional<T>(_ key: StaticString, _ read: (JSONNode) throws(InputError) -> T) throws(InputError) -> T? {
        guard let child = optional(key) else { return nil }
        return try read(child)
    }
}
