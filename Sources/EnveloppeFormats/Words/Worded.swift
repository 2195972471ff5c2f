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
    func uniquedCitations() -> [Citation] {
        var indices: [String: Set<Substring>] = [:]
        for case .scenario(let path) in self {
            if let (index, rest) = Self.operatorField(path) { indices[rest, default: []].insert(index) }
        }
        var seen = Set<Citation>()
        return compactMap { citation in
            var citation = citation
            if case .scenario(let path) = citation, let (_, rest) = Self.operatorField(path), indices[rest, default: []].count > 1 {
                citation = .scenario(path: "operators[]" + rest)
            }
            return seen.insert(citation).inserted ? citation : nil
        }
    }

    /// `operators[12].households` as (`12`, `.households`); nil for any other path.
    private static func operatorField(_ path: String) -> (Substring, String)? {
        let prefix = "operators["
        guard path.hasPrefix(prefix), let close = path.firstIndex(of: "]") else { return nil }
        let index = path[path.index(path.startIndex, offsetBy: prefix.count)..<close]
        guard !index.isEmpty, index.allSatisfy(\.isASCII), index.allSatisfy(\.isNumber) else { return nil }
        return (index, String(path[path.index(after: close)...]))
    }
}
