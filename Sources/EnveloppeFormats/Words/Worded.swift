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
        citations.uniquedCitations().flatMap { sourceLines(of: $0, indent: indent) }
    }

    /// The `Source : …` lines of one citation.
    func sourceLines(of citation: Citation, indent: String) -> [String] {
        (language.pick("Source : ", "Source: ") + words.citation(citation)).wrapped(first: indent, then: indent + "  ")
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
    /// operators does not print a thousand source lines (``CitedSources``, the rule's one place).
    func uniquedCitations() -> [Citation] { CitedSources.listed(self) }
}

extension Citation {
    /// Whether `other` is written with the same bytes: equal citations may differ in how they write a character
    /// (« é » as one or as two), and a text prints each as it was written.
    func isWritten(as other: Citation) -> Bool {
        switch (self, other) {
        case (.scenario(let a), .scenario(let b)): Citation.sameBytes(a, b)
        case (.document(let sourceA, let sectionA, let quoteA), .document(let sourceB, let sectionB, let quoteB)):
            Citation.sameBytes(sourceA.rawValue, sourceB.rawValue) && Citation.sameBytes(sectionA, sectionB) && Citation.sameBytes(quoteA, quoteB)
        default: false
        }
    }

    /// Whether the two texts are the same bytes, compared where they lie.
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.utf8.count == b.utf8.count && a.withUTF8 { a in b.withUTF8 { b in a.elementsEqual(b) } }
    }
}
