import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// The settlement page of the five associations of 2023, from their counts (scenarios/montpellier-2023-comptages.csv).
@Suite struct SettlementHTMLTests {
    static let countsFile = "montpellier-2023-comptages.csv"

    static func document() throws -> SettlementDocument {
        let report = try ScenarioFilesTests.report("montpellier-2023-cinq-associations.json")
        let counts = try ActualsCSV.parse([UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent(countsFile))))
        let settlement = try Settlement(report: report, counts: counts, threshold: Rate(percent: 10))
        return SettlementDocument(settlement, call: report.call, countsFile: "scenarios/" + countsFile)
    }

    /// The header says under which rules and from which counts the year is settled.
    @Test func theHeaderNamesTheRulesAndTheCountsFile() throws {
        let page = String(decoding: try SettlementHTMLTests.document().render(.html, Wording(.fr)), as: UTF8.self)
        #expect(
            page.contains(
                "<p class=\"meta\">Règles\u{00A0}: Bail d&#39;abord, Montpellier\u{00A0}: fonctionnement en 2023 (bilan d&#39;exécution) — Montpellier Méditerranée Métropole, bilan 2023 du plan Logement d&#39;abord</p>"
            ))
        #expect(page.contains(" · comptages mensuels\u{00A0}: <code>scenarios/montpellier-2023-comptages.csv</code></p>"))
    }

    /// Each table has an « Explication » column only when a row has something to explain: the totals have none.
    @Test func noEmptyColumnOfExplanations() throws {
        let page = String(decoding: try SettlementHTMLTests.document().render(.html, Wording(.fr)), as: UTF8.self)
        let tables = page.components(separatedBy: "<table>").dropFirst()
        #expect(tables.count == 7)  // the activity, five associations' conventions, then the totals
        for table in tables {
            let explained = table.contains("<th>Explication</th>")
            let notes = table.components(separatedBy: "<td class=\"source\">").dropFirst().map { $0.prefix { $0 != "<" } }
            #expect(explained == notes.contains { !$0.isEmpty }, "\(table.prefix(200))")
            #expect(!notes.isEmpty || !explained)
        }
        #expect(!tables.last!.contains("Explication"))
        // What the text says, the page says: the activity to date, the threshold chosen, the sources.
        #expect(tables.first!.contains("<th class=\"num\">Compté</th>"))
        #expect(page.contains("Écart significatif\u{00A0}: à partir de 10\u{00A0}% du prévu"))
        #expect(page.contains("<p>Source\u{00A0}: scénario, rules.lines.iml.amount</p>"))
    }
}
