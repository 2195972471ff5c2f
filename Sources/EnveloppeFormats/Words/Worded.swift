import Enveloppe

/// A renderer that speaks through a ``Wording``: its formatter and language come with it.
protocol Worded {
    var words: Wording { get }
}

extension Worded {
    var f: Formatter { words.format }
    var language: Language { words.language }
    /// Between the items of a list in a sentence: « ; » with its space before in French, "; " in English.
    var listSeparator: String { language.pick(" ; ", "; ") }

    /// `Source : …` lines, each citation once, wrapped at ``Wording/textWidth`` under the label.
    func sourceLines(_ citations: [Citation], indent: String = "  ") -> [String] {
        citations.uniquedCitations().flatMap {
            (language.pick("Source : ", "Source: ") + words.citation($0)).wrapped(first: indent, then: indent + "  ")
        }
    }

    /// The citations as a cell prints them, without their quotations, each once: two sentences quoted from the same
    /// section are one « …, § Financements ».
    func citedOnce(_ citations: [Citation]) -> [String] {
        var cited: [String] = []
        for citation in citations.uniquedCitations() {
            let text = words.citation(citation, quoting: false)
            if !cited.contains(text) { cited.append(text) }
        }
        return cited
    }
}

extension Array where Element == Citation {
    /// The citations in order, each once; a field cited for several operators (`operators[0].households`,
    /// `operators[1].households`…) is cited once as `operators[].households`, so a programme of a thousand
    /// operators does not print a thousand source lines.
    ///
    /// A line's total cites every operator's fields: the paths are read as bytes, each field is looked up once
    /// and its collapsed citation built once, not once per operator.
    func uniquedCitations() -> [Citation] {
        if isShortAndPlain { return self }
        var numbers: [Substring: Int] = [:]  // each field's place in `fields`, once there are more than a few
        var fields: [OperatorField] = []
        var fieldOf = [Int](repeating: -1, count: count)  // each citation's field in `fields`, -1 for none
        // A line's total cites a handful of fields for every operator: they are found among those met so far.
        func number(of rest: Substring) -> Int? {
            guard fields.count > 8 else { return fields.firstIndex { $0.rest == rest } }
            if numbers.isEmpty { for (number, field) in fields.enumerated() { numbers[field.rest] = number } }
            return numbers[rest]
        }
        for position in indices {
            guard case .scenario(let path) = self[position] else { continue }
            // A field met before, found from the path's bytes (a line's total cites the same few fields for every operator).
            if let (number, isAnotherOperator) = Self.knownField(path, among: fields) {
                if isAnotherOperator { fields[number].isShared = true }
                fieldOf[position] = number
                continue
            }
            guard let (index, rest) = Self.operatorField(path) else { continue }
            if let number = number(of: rest) {
                fields[number].cited(by: index)
                fieldOf[position] = number
            } else {
                if !numbers.isEmpty { numbers[rest] = fields.count }
                fieldOf[position] = fields.count
                fields.append(OperatorField(rest: rest, first: index))
            }
        }
        var seen = CitationIndex([], capacity: count)
        var out: [Citation] = []
        for position in indices {
            let number = fieldOf[position]
            if number >= 0, fields[number].isShared {
                guard !fields[number].isWritten else { continue }
                fields[number].isWritten = true
                _ = seen.insert(.scenario(path: "operators[]" + fields[number].rest), into: &out)
            } else {
                _ = seen.insert(self[position], into: &out)
            }
        }
        return out
    }

    /// Whether this is a short list (a figure's sources: a handful) with no citation twice and no field cited for
    /// two operators: ``uniquedCitations()`` would give it back as it is. Told by comparing pairs, without the sets
    /// and the hashing of every citation that the national report's 11 500 figures paid for each; a path is read
    /// only beside another path (most figures cite one field at most).
    private var isShortAndPlain: Bool {
        guard count <= 8 else { return false }
        for at in indices {
            for earlier in 0..<at {
                if self[earlier] == self[at] { return false }
                if case .scenario(let path) = self[at], case .scenario(let other) = self[earlier],
                    let field = Self.operatorField(path)?.rest, Self.operatorField(other)?.rest == field
                {
                    return false
                }
            }
        }
        return true
    }

    /// The place in `fields` of the field `path` cites, and whether `path` names another operator than the field's
    /// first (asked only while the field is not known to be shared), read from the path's bytes without making
    /// substrings: for `operators[12]` and a field met before, written with the same bytes (equal bytes are equal
    /// strings). `nil` for anything else, which ``operatorField(_:)`` then reads: a field met for the first time, or
    /// written otherwise (« é » as one character or two), is found there by comparing strings.
    private static func knownField(_ path: String, among fields: [OperatorField]) -> (number: Int, isAnotherOperator: Bool)? {
        guard fields.count <= 16 else { return nil }  // (then looked up by field, in ``uniquedCitations()``)
        return path.utf8.withContiguousStorageIfAvailable { bytes -> (number: Int, isAnotherOperator: Bool)? in
            guard let close = operatorBracket(bytes) else { return nil }
            let index = UnsafeBufferPointer(rebasing: bytes[operatorsPrefix.utf8CodeUnitCount..<close])
            let rest = UnsafeBufferPointer(rebasing: bytes[(close + 1)...])
            for number in fields.indices {
                guard fields[number].restBytes.count == rest.count, fields[number].restBytes.elementsEqual(rest) else { continue }
                return (number, !fields[number].isShared && !fields[number].firstBytes.elementsEqual(index))
            }
            return nil
        } ?? nil
    }

    /// `operators[12].households` as (`12`, `.households`); nil for any other path. The bytes are read in place.
    private static func operatorField(_ path: String) -> (index: Substring, rest: Substring)? {
        let start = operatorsPrefix.utf8CodeUnitCount
        let shape = path.utf8.withContiguousStorageIfAvailable { bytes -> OperatorPath in
            guard let close = operatorBracket(bytes) else { return .other }
            // A mark after the bracket would make it part of a character; such a path is read character by character.
            return close + 1 == bytes.count || bytes[close + 1] < 0x80 ? .field(close: close) : .byCharacters
        }
        switch shape ?? .byCharacters {  // (a string not stored as UTF-8 is read by characters)
        case .other: return nil
        case .byCharacters: return operatorFieldByCharacters(path)
        case .field(let close):
            let utf8 = path.utf8
            let open = utf8.index(utf8.startIndex, offsetBy: start)
            let bracket = utf8.index(open, offsetBy: close - start)
            return (path[open..<bracket], path[utf8.index(after: bracket)...])
        }
    }

    private static let operatorsPrefix: StaticString = "operators["

    /// The offset of the bracket that closes `operators[12` in a path's bytes; `nil` when the path does not begin
    /// with an operator's index.
    private static func operatorBracket(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let start = operatorsPrefix.utf8CodeUnitCount
        guard bytes.count > start, bytes[..<start].elementsEqual(UnsafeBufferPointer(start: operatorsPrefix.utf8Start, count: start)) else {
            return nil
        }
        var close = start
        while close < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[close]) { close += 1 }
        guard close > start, close < bytes.count, bytes[close] == UInt8(ascii: "]") else { return nil }
        return close
    }

    /// ``operatorField(_:)`` on characters, for a path whose bracket is followed by a character beyond ASCII.
    private static func operatorFieldByCharacters(_ path: String) -> (index: Substring, rest: Substring)? {
        let prefix = "operators["
        guard path.hasPrefix(prefix), let close = path.firstIndex(of: "]") else { return nil }
        let index = path[path.index(path.startIndex, offsetBy: prefix.count)..<close]
        guard !index.isEmpty, index.allSatisfy(\.isASCII), index.allSatisfy(\.isNumber) else { return nil }
        return (index, path[path.index(after: close)...])
    }
}

/// A field cited for operators in ``Swift/Array/uniquedCitations()`` (`.households`): the first operator index
/// citing it, whether another cites it too, and whether its collapsed citation is written yet. Each citation's
/// field is looked up once, in the first pass; the second reads it by number.
private struct OperatorField {
    let rest: Substring
    let first: Substring
    /// The field's bytes and the first index's digits, to find them again without making substrings.
    let restBytes: [UInt8]
    let firstBytes: [UInt8]
    var isShared = false
    var isWritten = false

    init(rest: Substring, first: Substring) {
        self.rest = rest
        self.first = first
        restBytes = Array(rest.utf8)
        firstBytes = Array(first.utf8)
    }

    mutating func cited(by index: Substring) { if index != first { isShared = true } }
}

/// What the bytes of a cited path say: an operator's field (its index closed at this offset), another path, or
/// one to read by characters.
private enum OperatorPath {
    case field(close: Int)
    case other
    case byCharacters
}
