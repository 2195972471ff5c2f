import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

@Suite struct RenderingTests {
    static let evaluation = try! ScenarioFilesTests.evaluation("bail-dabord-montpellier-2025.json")

    @Test func textShowsTheCallsFiguresWithTheirSources() {
        let text = RunText(words: Wording(.fr)).render(RenderingTests.evaluation)
        #expect(text.contains("577\u{202F}000,00\u{00A0}€"))
        #expect(text.contains("350\u{202F}000,00\u{00A0}€"))
        #expect(text.contains("9\u{202F}015,63\u{00A0}€"))
        #expect(text.contains("28\u{202F}375,00\u{00A0}€"))
        #expect(text.contains("346\u{202F}200,00\u{00A0}€"))
        #expect(
            text.contains(
                "Appel à candidatures « Création d'une équipe Bail d'abord », Préfet de l'Hérault et Montpellier Méditerranée Métropole, 31 octobre 2024, § Financements"
            ))
        #expect(text.contains("HYPOTHÈSE du scénario"))
        // 22 checks and 11 expected figures ok; alerts: assumed payment terms, IML service fait short of the grant,
        // measures running past the convention, the treasury below zero, and the action ending 10 937,50 € short.
        // The outcome opens the report and closes it.
        #expect(
            text.hasPrefix("Bail d'abord Montpellier 2025 : candidature d'une structure porteuse\n====")
                && text.contains("====\nBilan : 0 échec, 5 alertes, 38 contrôles.\n"))
        #expect(text.hasSuffix("Bilan : 0 échec, 5 alertes, 38 contrôles.\n"))
        #expect(text.contains("L'action finit en déficit de 10\u{202F}937,50\u{00A0}€ une fois tout versé"))
        #expect(
            text.contains(
                "  août 2026        64        0        0                    744         0,00\u{00A0}€    46\u{202F}733,37\u{00A0}€   -46\u{202F}733,37\u{00A0}€  -240\u{202F}400,00\u{00A0}€"
            ))
    }

    @Test func englishOnRequest() {
        let text = RunText(words: Wording(.en)).render(RenderingTests.evaluation)
        #expect(text.contains("€577,000.00") && text.contains("ASSUMED by the scenario") && text.contains("PAYMENT SCHEDULE"))
    }

    @Test func csvIsForFrenchSpreadsheets() throws {
        let bytes = RunCSV(words: Wording(.fr)).figures(RenderingTests.evaluation)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("rubrique;identifiant;libellé;valeur;unité;source\r\n"))
        #expect(text.contains("\r\nchiffre;enveloppe.total;Total de l'enveloppe;577000,00;EUR;"))
        #expect(text.contains("chiffre;paiement.total.avance;"))
        // Every record ends with CRLF: no bare LF.
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        #expect(CSV.quote("a;b", separator: ";") == "\"a;b\"")
        #expect(CSV.quote("dit \"oui\"", separator: ";") == "\"dit \"\"oui\"\"\"")
        #expect(CSV.quote("ligne\r\nsuite", separator: ";") == "\"ligne\r\nsuite\"")
        #expect(CSV.quote("simple", separator: ";") == "simple")
    }

    @Test func jsonGivesCentsAndExactDecimals() throws {
        let text = RunJSON(words: Wording(.fr)).render(RenderingTests.evaluation)
        let value = try JSONParser.parse(Array(text.utf8))
        guard case .object(let members) = value, case .array(let figures)? = members.first(where: { $0.key == "figures" })?.value
        else {
            Issue.record("no figures")
            return
        }
        let total = figures.first {
            guard case .object(let f) = $0 else { return false }
            return f.first?.value == .string("enveloppe.total")
        }
        guard case .object(let fields)? = total, case .object(let amount)? = fields.first(where: { $0.key == "value" })?.value else {
            Issue.record("no total")
            return
        }
        #expect(amount.map(\.value) == [.number("57700000"), .string("577000.00")])
    }
}
