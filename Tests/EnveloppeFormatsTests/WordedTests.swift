import Enveloppe
import Testing

@testable import EnveloppeFormats

/// `uniquedCitations()` held to its definition, written plainly on characters, on generated lists of citations.
@Suite struct WordedTests {
    static let paths = [
        "operators[0].households", "operators[1].households", "operators[12].households", "operators[01].households",
        "operators[0].intake", "operators[3].intake", "operators[2].staff[0].fte", "operators[5].staff[0].fte",
        "operators[].households", "operators[1]", "operators[", "operators[12", "operators[x].households", "operators[1]é",
        "operators[2]é", "operators[1]\u{0301}a", "rules.convention", "budget", "operators[]",
        // Fields a character beyond ASCII equals as a string (the Kelvin sign is « K », the Greek question mark « ; »).
        "operators[1].K", "operators[2].\u{212A}", "operators[3].a;b", "operators[4].a\u{037E}b", "operators[5].`", "operators[0]",
    ]
    /// More fields than the few a list is searched through before it is looked up by field.
    static let manyFields = (0..<12).flatMap { k in ["operators[0].charges[\(k)]", "operators[7].charges[\(k)]", "operators[\(k)].charges[\(k)]"] }

    @Test(arguments: 0..<200) func collapsesAsDefined(_ seed: Int) {
        var next = Self.generator(seed)
        let citations = Self.citations(seed, &next)
        #expect(citations.uniquedCitations() == Self.reference(citations), "\(citations)")
        // Already collapsed, a list is given back as it is.
        #expect(Self.reference(citations).uniquedCitations() == Self.reference(citations))
    }

    /// Lists merged give what the list of all their citations gives (a figure's cited sources are made from the
    /// lists of the figures inside it), however the list is cut.
    @Test(arguments: 0..<200) func mergedListsCollapseAsTheWholeList(_ seed: Int) {
        var next = Self.generator(seed)
        let citations = Self.citations(seed, &next)
        var merged = CitedSources()
        var start = 0
        while start < citations.count {
            let end = min(citations.count, start + 1 + next(12))
            merged.merge(CitedSources(Array(citations[start..<end])))
            start = end
        }
        #expect(merged.citations == Self.reference(citations), "\(citations)")
        var added = CitedSources()
        for citation in citations { added.add(citation) }
        #expect(added.citations == Self.reference(citations))
    }

    /// Every figure of every scenario cites, merged from the figures inside it, what its whole list of sources
    /// collapses to; the checks that cite a total over the operators (service fait, subsidy asked) cite the same as
    /// the total's whole list would.
    @Test(arguments: ScenarioFilesTests.files) func aFigureCitesWhatItsSourcesCollapseTo(_ file: String) throws {
        let evaluation = try ScenarioFilesTests.evaluation(file)
        let report = evaluation.report
        for figure in report.catalogue(shown: false) {
            #expect(figure.citedSources.citations == figure.sources.uniquedCitations(), "\(file): \(figure.id)")
        }
        let terms = report.resolved.terms.citation
        for line in report.lines {
            for payments in line.periods {
                let id = "paiement.\(line.line.id)\(FigureID.periodSuffix(payments.periodIndex)).service-fait"
                let finding = try #require(evaluation.findings.first { $0.id == id }, "\(file): \(id)")
                #expect(finding.sources.uniquedCitations() == (payments.serviceFait.sources + [terms]).uniquedCitations(), "\(file): \(id)")
            }
            for finding in evaluation.findings where finding.id.hasPrefix("subvention.\(line.line.id)") {
                #expect(finding.sources.uniquedCitations() == line.amount.sources.uniquedCitations(), "\(file): \(finding.id)")
            }
        }
    }

    /// The checks word each source once and print it again for the next finding that cites it, as each finding wrote
    /// it: a passage written « é » as one character and as two is one citation, printed twice as written.
    @Test func eachFindingsSourcesArePrintedAsItWroteThem() {
        let composed = Citation.document(source: "vial-2025", section: "§ 3", quote: "l\u{E9}gende")
        let decomposed = Citation.document(source: "vial-2025", section: "§ 3", quote: "le\u{301}gende")
        #expect(composed == decomposed)
        let findings = [composed, composed, decomposed, composed].enumerated().map { number, citation in
            Finding(id: "menages.\(number)", status: .ok, comparison: .households(scenario: 64, call: 64), sources: [citation])
        }
        let lines = ChecksText(words: Wording(.fr)).lines(findings).filter { $0.contains("gende") }
        let quoted = lines.map { Array($0.utf8).contains(0xCC) ? "decomposed" : "composed" }
        #expect(quoted == ["composed", "composed", "decomposed", "composed"], "\(lines)")
    }

    /// A pseudo-random generator of numbers below a bound, from a seed.
    static func generator(_ seed: Int) -> (Int) -> Int {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        return { bound in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Up to 80 citations: documents, and paths of `paths` (with `manyFields` for an odd seed).
    static func citations(_ seed: Int, _ next: inout (Int) -> Int) -> [Citation] {
        let documents = [
            Citation.document(source: "vial-2025", section: "§ 3", quote: "7 000 €"),
            .document(source: "vial-2025", section: "§ 5", quote: "12 mois"),
        ]
        let pool = seed % 2 == 0 ? Self.paths : Self.paths + Self.manyFields
        let many = seed % 3 == 0 ? 12 : 2  // past the few plain citations a list is searched through
        return (0..<next(80)).map { _ in
            guard next(8) == 0 else { return Citation.scenario(path: pool[next(pool.count)]) }
            let k = next(many)
            return k < 2 ? documents[k] : .document(source: "vial-2025", section: "§ \(k)", quote: "q")
        }
    }

    /// The definition: a field cited for two operator indexes or more is cited once as `operators[]` and the field.
    static func reference(_ citations: [Citation]) -> [Citation] {
        func field(_ citation: Citation) -> (index: Substring, rest: Substring)? {
            guard case .scenario(let path) = citation, path.hasPrefix("operators["), let close = path.firstIndex(of: "]") else { return nil }
            let index = path[path.index(path.startIndex, offsetBy: 10)..<close]
            guard !index.isEmpty, index.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return (index, path[path.index(after: close)...])
        }
        var indexes: [Substring: Set<Substring>] = [:]
        for citation in citations { if let (index, rest) = field(citation) { indexes[rest, default: []].insert(index) } }
        var out: [Citation] = []
        for citation in citations {
            var citation = citation
            if let (_, rest) = field(citation), indexes[rest]!.count > 1 { citation = .scenario(path: "operators[]" + rest) }
            if !out.contains(citation) { out.append(citation) }
        }
        return out
    }
}
