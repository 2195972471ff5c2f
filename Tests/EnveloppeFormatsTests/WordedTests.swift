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
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let document = Citation.document(source: "vial-2025", section: "§ 3", quote: "7 000 €")
        let pool = seed % 2 == 0 ? Self.paths : Self.paths + Self.manyFields
        let citations = (0..<next(80)).map { _ in next(8) == 0 ? document : Citation.scenario(path: pool[next(pool.count)]) }
        #expect(citations.uniquedCitations() == Self.reference(citations), "\(citations)")
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
