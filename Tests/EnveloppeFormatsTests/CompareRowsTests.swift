import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// What `enveloppe compare` says each grant is compared with.
@Suite struct CompareRowsTests {
    static func document(_ files: [String]) throws -> CompareDocument {
        let evaluations = try files.map { try ScenarioFilesTests.evaluation($0) }
        return CompareDocument(
            try zip(files, evaluations).map { (file: $0, summary: try ApplicationSummary($1)) },
            rules: evaluations.map { RulesDocument($0.report.call.source) }, statedByScenario: evaluations.map(CompareDocument.linesStatedByScenario))
    }

    static func rendered(_ document: CompareDocument, _ format: OutputFormat, _ language: Language = .fr) throws -> String {
        String(decoding: try document.render(format, Wording(language)), as: UTF8.self)
    }

    /// The 2023 execution report gives no amounts: its grants are the scenario's (« le scénario retient », never
    /// « la règle prévoit »), a call's what « l'appel prévoit », each in its own column; the CSV's column head, said
    /// once for both, names both.
    @Test func eachGrantIsComparedWithItsOwnRules() throws {
        let mixed = try CompareRowsTests.document(["montpellier-2023-cinq-associations.json", "candidature-b-montpellier-2025.json"])
        let html = try CompareRowsTests.rendered(mixed, .html)
        #expect(html.contains("<div class=\"note\">le scénario retient 328\u{202F}125,00\u{00A0}€</div>") && !html.contains("règle prévoit"))
        #expect(html.contains("<div class=\"note\">l&#39;appel prévoit 350\u{202F}000,00\u{00A0}€ (+10\u{202F}000,00\u{00A0}€)</div>"))
        #expect(try CompareRowsTests.rendered(mixed, .html, .en).contains("<div class=\"note\">the scenario sets €328,125.00</div>"))
        let csv = try CompareRowsTests.rendered(mixed, .csv)
        #expect(
            csv.contains(";Crédits IML : subvention demandée;Crédits IML : subvention prévue par la règle ou retenue par le scénario;")
                && !csv.contains("par l'appel"))
        // Answers to two texts: the CSV names each one's, the text and the page warn.
        #expect(csv.contains(";appel;") && csv.contains(";Bail d'abord, Montpellier (2024);"))
        #expect(try CompareRowsTests.rendered(mixed, .text).hasPrefix("Attention : ces candidatures ne répondent pas au même appel"))
        #expect(html.contains("<p class=\"warning\">Attention"))

        let calls = try CompareRowsTests.document(["candidature-a-montpellier-2025.json", "candidature-b-montpellier-2025.json"])
        #expect(!(try CompareRowsTests.rendered(calls, .text)).contains("Attention"))
        #expect(
            try CompareRowsTests.rendered(calls, .csv).contains(";Crédits IML : subvention demandée;Crédits IML : subvention prévue par l'appel;"))
        let reports = try CompareRowsTests.document(["montpellier-2023-cinq-associations.json", "montpellier-2023-cinq-associations.json"])
        #expect(!(try CompareRowsTests.rendered(reports, .html)).contains("prévoit"))
        #expect(
            try CompareRowsTests.rendered(reports, .csv).contains(
                ";Crédits IML : subvention demandée;Crédits IML : subvention retenue par le scénario;"))
    }

    /// The text says under the table what a request differs from, in the words of its application's rules.
    /// A column is headed by the title's part before « : » when short, else by its first words and « … », never by
    /// an 80-character title; the note under the table then gives the file and the whole title once.
    @Test func aLongTitleIsShortenedForItsColumn() throws {
        let document = try CompareRowsTests.document(["aml-pas-de-calais-2019.json", "vial-ami1-2025.json"])
        let text = try CompareRowsTests.rendered(document, .text)
        #expect(text.contains("\n" + String(repeating: " ", count: 44) + "AML Logement d'abord, Pas-de-Calais…"), "\(text)")
        #expect(
            RenderingTests.flowing(text).contains(
                " AML Logement d'abord, Pas-de-Calais… = aml-pas-de-calais-2019.json — AML Logement d'abord, Pas-de-Calais, sept. 2019 – déc. 2020 : deux territoires "
            ))
        #expect(text.contains("  VIAL 2025, AMI 1 = vial-ami1-2025.json — une association pour 15 ménages\n"))
    }

    @Test func theTextNamesTheRulesOfEachApplication() throws {
        let b = try ScenarioFilesTests.evaluation("candidature-b-montpellier-2025.json")
        let summary = try ApplicationSummary(b)
        let asReport = CompareDocument([(file: "b.json", summary: summary), (file: "b2.json", summary: summary)], rules: [.executionReport, .call])
        let text = try CompareRowsTests.rendered(asReport, .text)
        #expect(text.contains("      Crédits IML : demandé 360\u{202F}000,00\u{00A0}€, la règle prévoit 350\u{202F}000,00\u{00A0}€\n"))
        #expect(text.contains("      Crédits IML : demandé 360\u{202F}000,00\u{00A0}€, l'appel prévoit 350\u{202F}000,00\u{00A0}€\n"))
    }

    /// The working capital the action needs has one name, its figure's (the run's card, text and checks): compare
    /// says « Besoin en fonds de roulement de l'action » too, never « Besoin de trésorerie de l'action ».
    @Test func theWorkingCapitalNeedHasTheFiguresName() throws {
        let files = ["candidature-a-montpellier-2025.json", "candidature-b-montpellier-2025.json"]
        let report = try ScenarioFilesTests.evaluation(files[0]).report
        let document = try CompareRowsTests.document(files)
        for language in [Language.fr, .en] {
            let label = Wording(language).label(report.treasury.workingCapitalNeed)
            let row = CompareRows(words: Wording(language)).rows([try ApplicationSummary(ScenarioFilesTests.evaluation(files[0]))])
            #expect(row.contains { $0.name == label }, "\(language)")
            for format in [OutputFormat.text, .html] {
                let page = try CompareRowsTests.rendered(document, format, language)
                #expect(page.contains(HTML.escape(label)) || page.contains(label), "\(language) \(format)")
                #expect(!page.contains("trésorerie de l") && !page.contains("Cash the action") && !page.contains("Cash needed"))
            }
        }
        #expect(try CompareRowsTests.rendered(document, .csv).contains(";besoin en fonds de roulement de l'action;"))
    }
}
