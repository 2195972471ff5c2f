import Testing

@testable import Enveloppe
@testable import EnveloppeRules

@Suite struct ExplainedTests {
    @Test func aTreeThatIsNotTheComputationIsCaught() {
        // 40 + 50 claimed to be 100: re-evaluation says 90.
        let wrong = Explained(
            .money(Money(cents: 10_000)),
            .operation(.sum, [.field(.money(Money(cents: 4_000)), path: "a"), .field(.money(Money(cents: 5_000)), path: "b")]))
        #expect((try? wrong.reevaluated()) == .money(Money(cents: 9_000)))
        #expect((try? wrong.reevaluated()) != wrong.value)
    }

    @Test func operationsComputeFromTheirOperands() throws {
        // 7 000 € × 181 household-months / 12 household-months = 105 583,33 € (rounded once).
        let sf = try Explained.scaled(
            .parameter(.money(Money(cents: 700_000)), .scenario(path: "rate")),
            by: .projection(.unitMonths(hundredths: 18_100, unit: .household), of: "intake"),
            over: .constant(.unitMonths(hundredths: 1_200, unit: .household)))
        #expect(sf.value == .money(Money(cents: 10_558_333)))
        let advance = try Explained.rated(.field(.money(Money(cents: 14_000_000)), path: "g"), .constant(.rate(Rate(percent: 60))))
        #expect(advance.money == Money(cents: 8_400_000))
        #expect(try Explained.positiveDifference(advance, sf).money == .zero)
        #expect(try Explained.positiveDifference(sf, advance).money == Money(cents: 2_158_333))
        #expect(sf.sources == [.scenario(path: "rate"), .scenario(path: "intake")])
    }

    /// A sum of many figures lists each leaf's citation once, in the order of first appearance, as a plain walk
    /// with a list and a set would: the index that tells citations apart without a `Set` (``CitationIndex``) is
    /// held to that on generated trees, strings written two ways (« é » as one character or as « e » and an
    /// accent, equal for Swift) included.
    @Test func sourcesListEachCitationOnceInOrder() throws {
        let pool: [Citation] = [
            .scenario(path: "operators[].households"), .scenario(path: "rules.lines.vial.amount"),
            .scenario(path: "op\u{E9}rateurs"), .scenario(path: "ope\u{301}rateurs"), .scenario(path: "1 Km"),
            .scenario(path: "1 \u{212A}m"),
            .document(source: "vial-2025", section: "3. Modalit\u{E9}s", quote: "a"),
            .document(source: "vial-2025", section: "3. Modalite\u{301}s", quote: "a"),
            .document(source: "vial-2025", section: "4. Versement", quote: "b"),
            .document(source: "aml-2019", section: "3. Modalit\u{E9}s", quote: "a"),
        ]
        var random = ApportionmentTests.SplitMix64(state: 2_718)
        for _ in 0..<200 {
            var expected: [Citation] = []
            var figures: [Explained] = []
            for f in 0..<Int(random.next() % 60) + 1 {
                // Each figure: a few leaves, from the shared pool or of its own operator.
                var leaves: [Explained] = []
                for _ in 0..<Int(random.next() % 4) + 1 {
                    let citation =
                        random.next() % 2 == 0
                        ? pool[Int(random.next() % UInt64(pool.count))] : .scenario(path: "operators[\(random.next() % 30)].intake")
                    leaves.append(.parameter(.money(Money(cents: 1)), citation))
                }
                figures.append(try Explained.sum(leaves).asFigure(FigureID("f\(f)")))
                for leaf in leaves {
                    if case .parameter(let citation) = leaf.derivation, !expected.contains(citation) { expected.append(citation) }
                }
            }
            #expect(try Explained.sum(figures).sources == expected)
        }
    }

    /// A total's sources as a reader is given them are the same whether the figures inside it had their own lists
    /// gathered already (merged list by list) or not (their trees walked), for any mix of the two, and are what its
    /// whole list collapses to: figures inside figures, fields of several operators (more than sixteen fields, read
    /// then through a table), the same citation written two ways and a field beyond ASCII right after the bracket
    /// included.
    @Test func citedSourcesAreTheSameWhicheverFiguresWereGathered() throws {
        let pool: [Citation] = [
            .scenario(path: "operators[].households"), .scenario(path: "op\u{E9}rateurs"), .scenario(path: "ope\u{301}rateurs"),
            .document(source: "vial-2025", section: "3. Modalit\u{E9}s", quote: "a"),
            .document(source: "vial-2025", section: "3. Modalite\u{301}s", quote: "a"),
            .document(source: "vial-2025", section: "4. Versement", quote: "b"),
        ]
        let fields =
            (0..<18).map { ".champ\($0)" } + [".intake", ".households", ".m\u{E9}nages", ".me\u{301}nages", "\u{E9}tat", "e\u{301}tat"]
        var random = ApportionmentTests.SplitMix64(state: 31_415)
        for _ in 0..<200 {
            let seed = random.next()
            let gatheredShare = random.next() % 3  // none, some or every inner figure gathered first
            func total(gathering: Bool) throws -> Explained {
                var draw = ApportionmentTests.SplitMix64(state: seed)
                var pick = ApportionmentTests.SplitMix64(state: ~seed)  // which figures are gathered: the trees stay the same
                func leaf() -> Explained {
                    let citation =
                        draw.next() % 2 == 0
                        ? pool[Int(draw.next() % UInt64(pool.count))]
                        : .scenario(path: "operators[\(draw.next() % 5)]\(fields[Int(draw.next() % UInt64(fields.count))])")
                    return .parameter(.money(Money(cents: 1)), citation)
                }
                var inner: [Explained] = []
                for f in 0..<Int(draw.next() % 24) + 1 {
                    var operands = (0..<Int(draw.next() % 3) + 1).map { _ in leaf() }
                    if draw.next() % 3 == 0, let last = inner.last { operands.append(last) }  // a figure inside a figure
                    let figure = try Explained.sum(operands).asFigure(FigureID("f\(f)"))
                    if gathering, gatheredShare == 2 || (gatheredShare == 1 && pick.next() % 2 == 0) { _ = figure.sources }
                    inner.append(figure)
                }
                return try Explained.sum(inner + [leaf()])
            }
            let walked = try total(gathering: false).citedSources.citations  // before any list is gathered
            let expected = CitedSources(try total(gathering: false).sources).citations
            #expect(walked == expected)
            #expect(try total(gathering: true).citedSources.citations == expected)
        }
    }
}
