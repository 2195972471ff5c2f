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
        // A no-break space reads as a space (French typography joins « : » and « » » to their words on the page).
        let spaced = text.replacingOccurrences(of: "\u{00A0}", with: " ")
        return spaced.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Each check of every scenario, in both languages, says its name once: « Trésorerie : point bas … », never
    /// « Trésorerie — Trésorerie : point bas … ». In the words the pages use for that scenario's rules (the 2023
    /// execution report's are not a call's), so what is tested is what is printed.
    @Test(arguments: ScenarioFilesTests.files)
    func eachCheckSaysItsNameOnce(_ file: String) throws {
        let evaluation = try ScenarioFilesTests.evaluation(file)
        for language in [Language.fr, .en] {
            let words = Wording(language).about(evaluation.report.call)
            let checks = ChecksHTML(words: words)
            let page = String(decoding: try RunDocument(evaluation).render(.html, Wording(language)), as: UTF8.self)
            let anchors = checks.anchors(evaluation.findings)
            for (finding, anchor) in zip(evaluation.findings, anchors) {
                let name = words.checkName(finding)
                let html = checks.item(finding, anchor: anchor)
                #expect(page.contains(html), "\(file) \(language): the run page does not print « \(html) »")
                let item = ChecksHTMLTests.visible(html)
                let said = item.components(separatedBy: name).count - 1
                #expect(said == 1, "\(file) \(language) « \(item) »")
            }
        }
    }

    /// A grant's and a service fait's checks name their line once: « Subvention demandée : Crédits IML (État – …) :
    /// 350 000,00 € ; l'appel prévoit … », never « Subvention demandée : Crédits IML — Crédits IML (État – …) :
    /// subvention demandée … ».
    @Test(arguments: ScenarioFilesTests.files)
    func aLineIsNamedOnce(_ file: String) throws {
        let evaluation = try ScenarioFilesTests.evaluation(file)
        for language in [Language.fr, .en] {
            let words = Wording(language).about(evaluation.report.call)
            for finding in evaluation.findings {
                let line: String
                switch finding.comparison {
                case .subsidyRequested(let name, _, _, _, _), .serviceFait(let name, _, _, _, _): line = name
                default: continue
                }
                #expect(words.namedSentence(finding).opensWithName, "\(file) \(language) « \(words.sentence(finding)) »")
                let item = ChecksHTMLTests.visible(ChecksHTML(words: words).item(finding, anchor: "a"))
                #expect(item.components(separatedBy: line).count - 1 == 1, "\(file) \(language) « \(item) »")
                let sentence = words.sentence(finding).lowercased()
                #expect(!sentence.contains("subvention demandée 3") && !sentence.contains("subsidy requested"), "\(sentence)")
            }
        }
    }

    @Test func aSentenceThatOpensWithTheNameKeepsItInBold() throws {
        let evaluation = try ScenarioFilesTests.evaluation("candidature-a-montpellier-2025.json")
        let treasury = try #require(evaluation.findings.first { if case .treasury = $0.comparison { true } else { false } })
        let item = ChecksHTML(words: Wording(.fr)).item(treasury, anchor: "t")
        #expect(item.contains("<span class=\"name\">Trésorerie</span>\u{00A0}: point bas 1\u{202F}600,00\u{00A0}€ en août 2026, jamais négative."))
        // A sentence that does not open with the name follows it after a dash.
        let terms = try #require(evaluation.findings.first { if case .paymentTerms = $0.comparison { true } else { false } })
        let words = Wording(.fr).namedSentence(terms)
        #expect(words.opensWithName && words.rest.hasPrefix(" supposées par le scénario"))
        // An expense's check is named as its sentence opens, so the purpose is said once too.
        let expense = try #require(evaluation.findings.first { if case .requiredExpense = $0.comparison { true } else { false } })
        #expect(Wording(.fr).namedSentence(expense).opensWithName && Wording(.en).namedSentence(expense).opensWithName)
        let service = try #require(evaluation.findings.first { if case .serviceFait = $0.comparison { true } else { false } })
        #expect(
            ChecksHTML(words: Wording(.fr)).item(service, anchor: "s").contains(
                "<span class=\"name\">Service fait\u{00A0}: Crédits IML</span>, convention sept. 2025 – août 2026\u{00A0}: 339\u{202F}062,50\u{00A0}€ pour une subvention de 350\u{202F}000,00\u{00A0}€."
            ))
    }

    /// On paper the expected figures that hold are left out; the list says how many, so that the printed checks and
    /// those left out make the count of the outcome (« 38 contrôles »).
    @Test func printSaysHowManyChecksItLeavesOut() throws {
        let evaluation = try ScenarioFilesTests.evaluation("bail-dabord-montpellier-2025.json")
        let findings = evaluation.findings
        let list = ChecksHTML(words: Wording(.fr)).list(findings)
        let folded = try #require(list.range(of: "<details class=\"expected\">"))
        let printed = list[..<folded.lowerBound].components(separatedBy: "<li id=").count - 1
        let leftOut = findings.count - printed
        #expect(leftOut == findings.filter(\.isExpectedFigure).count && leftOut > 1)
        #expect(
            list.contains(
                "<p class=\"print-only source\">Non imprimés ici\u{00A0}: les \(leftOut) chiffres attendus par le scénario, tous conformes (des vérifications de son auteur, comptées dans le bilan)\u{00A0}; la page à l&#39;écran les déplie et enveloppe check les liste.</p>"
            ))
        #expect(ChecksHTML(words: Wording(.en)).leftOutOfPrint(1).hasPrefix("Not printed here: the figure the scenario expects"))
        // The check page is what enveloppe check writes: there the line does not send the reader back to that command
        // (the run page keeps it).
        let checkPage = String(decoding: try ChecksDocument([(file: "f.json", evaluation: evaluation)]).render(.html, Wording(.fr)), as: UTF8.self)
        #expect(
            checkPage.contains("comptées dans le bilan)\u{00A0}; la page à l&#39;écran les déplie.</p>")
                && !checkPage.contains("enveloppe check les liste"))
        let english = String(decoding: try ChecksDocument([(file: "f.json", evaluation: evaluation)]).render(.html, Wording(.en)), as: UTF8.self)
        #expect(english.contains("the page on screen unfolds them.</p>") && !english.contains("check lists"))
        let runPage = String(decoding: try RunDocument(evaluation).render(.html, Wording(.fr)), as: UTF8.self)
        #expect(runPage.contains("la page à l&#39;écran les déplie et enveloppe check les liste.</p>"))
        // Nothing folded, nothing said.
        #expect(!ChecksHTML(words: Wording(.fr)).list(findings.filter { !$0.isExpectedFigure }).contains("Non imprimé"))
    }
}
