import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// Every figure of every scenario explains itself, and its explanation is the computation:
/// evaluated again from its leaves, it gives the same value to the cent.
@Suite struct ExplainTests {
    @Test(arguments: ScenarioFilesTests.files)
    func everyExplanationTreeReevaluatesToItsValue(_ file: String) throws {
        let report = try ScenarioFilesTests.evaluation(file)
        #expect(!report.allFigures.isEmpty)
        var walked = 0
        for figure in report.allFigures {
            let explanation = try #require(figure.explanation, "\(file): \(figure.id) has no explanation")
            #expect(try explanation.reevaluated() == figure.value, "\(file): \(figure.id)")
            // Every node of the tree, not only the root.
            func walk(_ node: Explained) throws {
                #expect(try node.reevaluated() == node.value, "\(file): \(figure.id)")
                walked += 1
                switch node.derivation {
                case .figure(let figure): try walk(figure.inner)
                case .operation(_, let operands): try operands.forEach(walk)
                default: break
                }
            }
            try walk(explanation)
        }
        #expect(walked > report.allFigures.count)
        // Identifiers are stable and unique.
        #expect(Set(report.allFigures.map(\.id)).count == report.allFigures.count)
    }

    @Test(arguments: ScenarioFilesTests.files)
    func everyRuleParameterReachedHasASourceFoundInItsDocument(_ file: String) throws {
        let report = try ScenarioFilesTests.evaluation(file)
        var citations = Set<Citation>()
        func collect(_ node: Explained) {
            switch node.derivation {
            case .parameter(let citation): citations.insert(citation)
            case .figure(let figure): collect(figure.inner)
            case .operation(_, let operands): operands.forEach(collect)
            default: break
            }
        }
        report.allFigures.compactMap(\.explanation).forEach(collect)
        #expect(!citations.isEmpty)
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds")
        // The source texts are the project's, not the repository's: beside a clone they are checked,
        // without them (a clone on its own) the test says it skipped.
        guard FileManager.default.fileExists(atPath: seeds.path) else {
            print("skipped: ../shared/seeds/ is not beside the repository; the sections cited by \(file) were not checked")
            return
        }
        let fold = { (text: String) in text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        for citation in citations {
            guard case .document(let source, let section, let quote) = citation else { continue }
            let document = Source.named(source).file
            let text = fold(try String(contentsOf: seeds.appendingPathComponent(document), encoding: .utf8))
            #expect(text.contains(fold(section)), "\(document): section «\(section)»")
            #expect(text.contains(fold(quote)), "\(document): quote «\(quote)»")
        }
    }

    @Test func allocationAndSettlementFiguresReevaluateToo() throws {
        var figures: [Figure] = []
        for file in ["aml-pas-de-calais-2019.json", "vial-ami2-2025-repartition-territoires.json"] {
            let bytes = try [UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent(file)))
            let scenario = try ScenarioDecoder.decode(bytes)
            figures += try AllocationReport(ResolvedScenario(scenario), settings: try #require(scenario.allocation)).figures
        }
        let bytes = try [UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent("montpellier-2023-cinq-associations.json")))
        let scenario = try ScenarioDecoder.decode(bytes)
        let counts = try ActualsCSV.parse(
            [UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent("montpellier-2023-comptages.csv"))))
        figures += try Settlement(report: try RunReport(scenario: scenario), counts: counts, threshold: Rate(percent: 10)).figures
        #expect(figures.count > 60)
        for figure in figures {
            #expect(try figure.explanation?.reevaluated() == figure.value, "\(figure.id)")
        }
    }

    @Test func theTreeReadsDownToTheCallsText() throws {
        let report = try ScenarioFilesTests.evaluation("vial-ami2-2025.json")
        let figure = try #require(report.allFigures.first { $0.id == FigureID("paiement.vial.service-fait") })
        let tree = ExplainText(words: Wording(.fr)).tree(figure)
        #expect(tree.hasPrefix("paiement.vial.service-fait = 71\u{202F}166,67\u{00A0}€"))
        #expect(tree.contains("= 7\u{202F}000,00\u{00A0}€ × 122 mesures-mois / 12 mesures-mois, arrondi au centime le plus proche"))
        #expect(
            tree.contains(
                "7\u{202F}000,00\u{00A0}€ ← Appel à projets VIAL (Vers l'Insertion et l'Autonomie en Logement), Département du Pas-de-Calais, 2025, § 3. Modalités de financement"
            ))
        let english = ExplainText(words: Wording(.en)).tree(figure)
        #expect(english.contains("rounded to the nearest cent"))
        let json = try JSONParser.parse(Array(ExplainJSON(words: Wording(.fr)).tree(figure).utf8))
        guard case .object(let members) = json else {
            Issue.record("not an object")
            return
        }
        #expect(members.first?.value == .string("paiement.vial.service-fait"))
    }
}
