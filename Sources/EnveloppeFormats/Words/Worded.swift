import Enveloppe

/// A renderer that speaks through a ``Wording``: its formatter and language come with it.
protocol Worded {
    var words: Wording { get }
}

extension Worded {
    var f: Formatter { words.format }
    var language: Language { words.language }

    /// `Source : …` lines, each citation once.
    func sourceLines(_ citations: [Citation], indent: String = "  ") -> [String] {
        citations.uniquedCitations().map { indent + language.pick("Source : ", "Source: ") + words.citation($0) }
    }
}

extension Array where Element == Citation {
    /// The citations in order, each once; a field cited for several operators (`operators[0].households`,
    /// `operators[1].households`…) is cited once as `operators[].households`, so a programme of a thousand
    /// operators does not print a thousand source lines.
    ///
    /// A line's total cites every operator's fields: the paths are read as bytes and each field's collapsed
    /// citation is built once, not once per operator.
    func uniquedCitations() -> [Citation] {
        if isShortAndPlain { return self }
        var firstIndex: [Substring: Substring] = [:]  // a field → the first operator index citing it
        var collapsible = Set<Substring>()  // the fields cited for two operators or more
        for case .scenario(let path) in self {
            guard let (index, rest) = Self.operatorField(path) else { continue }
            if let first = firstIndex[rest] {
                if first != index { collapsible.insert(rest) }
            } else {
                firstIndex[rest] = index
            }
        }
        var seen = Set<Citation>()
        var collapsed = Set<Substring>()
        return compactMap { citation in
            var citation = citation
            if case .scenario(let path) = citation, let (_, rest) = Self.operatorField(path), collapsible.contains(rest) {
                guard collapsed.insert(rest).inserted else { return nil }
                citation = .scenario(path: "operators[]" + rest)
            }
            return seen.insert(citation).inserted ? citation : nil
        }
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

    /// `operators[12].households` as (`12`, `.households`); nil for any other path.
    private static func operatorField(_ path: String) -> (index: Substring, rest: Substring)? {
        let bytes = path.utf8
        let prefix = "operators[".utf8
        guard bytes.starts(with: prefix) else { return nil }
        let start = bytes.index(bytes.startIndex, offsetBy: prefix.count)
        guard let close = bytes[start...].firstIndex(where: { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            close > start, bytes[close] == UInt8(ascii: "]")
        else { return nil }
        let after = bytes.index(after: close)
        // A mark after the bracket would make it part of a character; such a path is read character by character.
        guard after == bytes.endIndex || bytes[after] < 0x80 else { return operatorFieldByCharacters(path) }
        return (path[start..<close], path[after...])
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
