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
    /// The citations in order, each once.
    func uniquedCitations() -> [Citation] {
        var seen = Set<Citation>()
        return filter { seen.insert($0).inserted }
    }
}
