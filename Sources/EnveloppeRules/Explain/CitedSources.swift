/// Citations as a reader is given them: each once, and a field cited for several operators
/// (`operators[0].households`, `operators[1].households`…) once, as `operators[].households`, where the first of
/// them was: a programme of a thousand operators does not print a thousand source lines.
///
/// Kept as the first occurrence of each citation and of each operator's field, so that lists merge: merging the
/// lists of several figures (``merge(_:)``, the text's lines) gives what the list of all their citations would give.
/// A figure made of others (a line's total over 440 operators' payments) adds their short lists where they were kept,
/// else the leaves of their trees, citation by citation, without building the list of all its citations
/// (``Figure/citedSources``).
public struct CitedSources: Sendable {
    /// A plain citation (a document's section, a field not of one operator), or a field of ``fields``.
    private enum Entry: Sendable {
        case citation(Citation)
        case field(Int)
    }

    private var entries: [Entry] = []
    private var fields: [OperatorField] = []
    /// Each field's place in `fields`, by what follows the operator's index, once there are more than a few.
    private var numbers: [Substring: Int] = [:]
    /// The plain citations, each once, and their index once there are more than a few.
    private var plain: [Citation] = []
    private var plainIndex: CitationIndex? = nil

    public init() {}

    /// `citations` read in order.
    public init(_ citations: [Citation]) {
        entries.reserveCapacity(Swift.min(citations.count, 64))
        citations.withUnsafeBufferPointer { each in for index in each.indices { add(each[index]) } }
    }

    /// `citations` as a reader is given them, in order (see the type). A short list with no citation twice and no
    /// field cited for two operators is given back as it is, told by comparing pairs (a report has thousands of
    /// figures, most citing a handful of sources).
    public static func listed(_ citations: [Citation]) -> [Citation] {
        isShortAndPlain(citations) ? citations : CitedSources(citations).citations
    }

    /// Adds one citation.
    public mutating func add(_ citation: Citation) {
        guard case .scenario(let path) = citation else { return addPlain(citation) }
        // A field met before, found from the path's bytes (a line's total cites the same few fields for every operator).
        if let (number, isAnotherOperator) = knownField(path) {
            if isAnotherOperator { fields[number].isShared = true }
            return
        }
        guard let (index, rest) = Self.operatorField(path) else { return addPlain(citation) }
        if let number = number(of: rest) {
            fields[number].cited(by: index)
        } else {
            append(OperatorField(rest: rest, first: index, citation: citation))
        }
    }

    /// Adds `other`'s citations after these: the same as adding, in order, every citation `other` was made of.
    public mutating func merge(_ other: CitedSources) {
        for entry in other.entries {
            switch entry {
            case .citation(let citation): addPlain(citation)
            case .field(let at):
                let field = other.fields[at]
                if let number = number(of: field) {
                    // Another operator's, or already several operators': the field is shared.
                    if !fields[number].isShared, field.isShared || field.firstBytes != fields[number].firstBytes {
                        fields[number].isShared = true
                    }
                } else {
                    append(field)
                }
            }
        }
    }

    /// The citations in order: a field cited for one operator as it was cited, one cited for several as
    /// `operators[]` and the field, each once.
    public var citations: [Citation] {
        var out: [Citation] = []
        out.reserveCapacity(entries.count)
        // Only a field written for several operators can meet a citation of the same words: a path written
        // `operators[].households` in a derivation (a line's total projection). Told apart then, as they are written.
        let meets = fields.contains(where: \.isShared) && plain.contains(where: Self.namesEveryOperator)
        var seen = meets ? CitationIndex([], capacity: entries.count) : nil
        for entry in entries {
            let citation: Citation
            switch entry {
            case .citation(let plain): citation = plain
            case .field(let at): citation = fields[at].isShared ? .scenario(path: "operators[]" + fields[at].rest) : fields[at].citation
            }
            if seen != nil {
                _ = seen!.insert(citation, into: &out)
            } else {
                out.append(citation)
            }
        }
        return out
    }

    // MARK: Adding

    private mutating func addPlain(_ citation: Citation) {
        if plainIndex == nil {
            if plain.contains(citation) { return }
            plain.append(citation)
            if plain.count > 8 { plainIndex = CitationIndex(plain, capacity: 16) }
        } else if !plainIndex!.insert(citation, into: &plain) {
            return
        }
        entries.append(.citation(citation))
    }

    private mutating func append(_ field: OperatorField) {
        if !numbers.isEmpty { numbers[field.rest] = fields.count }
        entries.append(.field(fields.count))
        fields.append(field)
    }

    /// The place in `fields` of the field whose path after the operator is `rest`, compared as strings.
    private mutating func number(of rest: Substring) -> Int? {
        guard fields.count > 8 else { return fields.firstIndex { $0.rest == rest } }
        if numbers.isEmpty { for (number, field) in fields.enumerated() { numbers[field.rest] = number } }
        return numbers[rest]
    }

    /// The place in `fields` of `field`, another list's: by its bytes first (equal bytes are equal strings).
    private mutating func number(of field: OperatorField) -> Int? {
        if fields.count <= 16, let found = fields.firstIndex(where: { $0.restBytes == field.restBytes }) { return found }
        return number(of: field.rest)
    }

    /// The place in `fields` of the field `path` cites, and whether `path` names another operator than the field's
    /// first (asked only while the field is not known to be shared), read from the path's bytes without making
    /// substrings: for `operators[12]` and a field met before, written with the same bytes (equal bytes are equal
    /// strings). `nil` for anything else, which ``operatorField(_:)`` then reads: a field met for the first time, or
    /// written otherwise (« é » as one character or two), is found there by comparing strings.
    private func knownField(_ path: String) -> (number: Int, isAnotherOperator: Bool)? {
        guard !fields.isEmpty, fields.count <= 16 else { return nil }  // (then looked up by field, in ``add(_:)``)
        return path.utf8.withContiguousStorageIfAvailable { bytes -> (number: Int, isAnotherOperator: Bool)? in
            guard let close = Self.operatorBracket(bytes) else { return nil }
            let index = UnsafeBufferPointer(rebasing: bytes[Self.operatorsPrefix.utf8CodeUnitCount..<close])
            let rest = UnsafeBufferPointer(rebasing: bytes[(close + 1)...])
            for number in fields.indices {
                guard Self.same(fields[number].restBytes, rest) else { continue }
                return (number, !fields[number].isShared && !Self.same(fields[number].firstBytes, index))
            }
            return nil
        } ?? nil
    }

    // MARK: Reading paths

    /// Whether this is a short list (a figure's sources: a handful) with no citation twice and no field cited for
    /// two operators: ``listed(_:)`` would give it back as it is. Told by comparing pairs, without the sets and the
    /// hashing of every citation; a path is read only beside another path (most figures cite one field at most).
    private static func isShortAndPlain(_ citations: [Citation]) -> Bool {
        guard citations.count <= 8 else { return false }
        for at in citations.indices {
            for earlier in 0..<at {
                if citations[earlier] == citations[at] { return false }
                if case .scenario(let path) = citations[at], case .scenario(let other) = citations[earlier],
                    let field = operatorField(path)?.rest, operatorField(other)?.rest == field
                {
                    return false
                }
            }
        }
        return true
    }

    /// Whether `citation` is a path written for every operator, `operators[].…`.
    private static func namesEveryOperator(_ citation: Citation) -> Bool {
        guard case .scenario(let path) = citation else { return false }
        return path.hasPrefix("operators[]")
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
        guard bytes.count > start,
            same(UnsafeBufferPointer(rebasing: bytes[..<start]), UnsafeBufferPointer(start: operatorsPrefix.utf8Start, count: start))
        else { return nil }
        var close = start
        while close < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[close]) { close += 1 }
        guard close > start, close < bytes.count, bytes[close] == UInt8(ascii: "]") else { return nil }
        return close
    }

    /// Whether two runs of bytes are the same, compared by index (the standard library's `elementsEqual` walks two
    /// iterators through its generic protocol: a tenth of gathering a national programme's sources).
    private static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.withUnsafeBufferPointer { a in same(a, b) }
    }

    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in a.indices where a[index] != b[index] { return false }
        return true
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

/// A field cited for operators (`.households`): the first operator index citing it and that citation, and whether
/// another operator cites it too.
private struct OperatorField: Sendable {
    let rest: Substring
    let first: Substring
    /// The first citation of the field, written as it is when no other operator cites the field.
    let citation: Citation
    /// The field's bytes and the first index's digits, to find them again without making substrings.
    let restBytes: [UInt8]
    let firstBytes: [UInt8]
    var isShared = false

    init(rest: Substring, first: Substring, citation: Citation) {
        self.rest = rest
        self.first = first
        self.citation = citation
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
