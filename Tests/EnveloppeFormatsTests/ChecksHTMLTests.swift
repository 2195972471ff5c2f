import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// The checks as a page lists them.
@Suite struct ChecksHTMLTests {
    /// The text a reader sees: tags left out, character references read back.
    static func visible(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        return text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Each check of every scenario, in both languages, says its name once: « Trésorerie : point bas … », never
    /// « Trésorerie — Trésorerie : point bas … ».
    @Test(arguments: ScenarioFilesTests.files)
    func eachCheckSaysItsNameOnce(_ file: String) throws {
        let findings = try ScenarioFilesTests.evaluation(file).findings
        for language in [Language.fr, .en] {
            let checks = ChecksHTML(words: Wording(language))
            for finding in findings {
                let name = Wording(language).checkName(finding)
                let item = ChecksHTMLTests.visible(checks.item(finding, anchor: "a"))
                let said = item.components(separatedBy: name).count - 1
                #expect(said == 1, "\(file) \(language) « \(item) »")
            }
        }
    }

    @Test func aSentenceThatOpensWithTheNameKeepsItInBold() throws {
        let evaluation = try ScenarioFilesTests.evaluation("candidature-a-montpellier-2025.json")
        let treasury = try #require(evaluation.findings.first { if case .treasury = $0.comparison { true } else { false } })
        let item = ChecksHTML(words: Wording(.fr)).item(treasury, anchor: "t")
        #expect(item.contains("<span class=\"name\">Trésorerie</span> : point bas 1\u{202F}600,00\u{00A0}€ en août 2026, jamais négative."))
        // A sentence that does not open with the name follows it after a dash.
        let terms = try #require(evaluation.findings.first { if case .paymentTerms = $0.comparison { true } else { false } })
        let words = Wording(.fr).namedSentence(terms)
        #expect(words.opensWithName && words.rest.hasPrefix(" supposées par le scénario"))
        let service = try #require(evaluation.findings.first { if case .serviceFait = $0.comparison { true } else { false } })
        #expect(
            ChecksHTML(words: Wording(.fr)).item(service, anchor: "s").contains(
                "<span class=\"name\">Service fait : Crédits IML</span> — Crédits IML, convention"))
    }
}
