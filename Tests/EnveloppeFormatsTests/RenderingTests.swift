import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

@Suite struct RenderingTests {
    static let evaluation = try! ScenarioFilesTests.evaluation("bail-dabord-montpellier-2025.json")

    /// `text` with each run of spaces and line ends read as one space: the text wraps its sentences at 100 characters.
    static func flowing(_ text: String) -> String { text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }

    @Test func textShowsTheCallsFiguresWithTheirSources() {
        let text = RunText(words: Wording(.fr)).render(RenderingTests.evaluation)
        #expect(text.contains("577\u{202F}000,00\u{00A0}€"))
        #expect(text.contains("350\u{202F}000,00\u{00A0}€"))
        #expect(text.contains("9\u{202F}015,63\u{00A0}€"))
        #expect(text.contains("28\u{202F}375,00\u{00A0}€"))
        #expect(text.contains("346\u{202F}200,00\u{00A0}€"))
        #expect(
            RenderingTests.flowing(text).contains(
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
        // The monthly table, wider than the page, in two parts: the households, then the money.
        #expect(text.contains("\n  août 2026        64        0        0                    744\n"))
        #expect(
            text.contains(
                "\n  août 2026          0,00\u{00A0}€    46\u{202F}733,37\u{00A0}€      -46\u{202F}733,37\u{00A0}€  -240\u{202F}400,00\u{00A0}€\n"))
    }

    /// A programme of more operators' conventions than a text lists (61 operators on the VIAL call, each on its own
    /// convention): the text's schedule gives each line's totals, says where the 61 conventions are detailed, and
    /// shows how one is computed; with 60, every convention is listed.
    @Test(arguments: [60, 61]) func aLargeProgrammesScheduleGivesTheTotals(_ count: Int) throws {
        let url = ScenarioFilesTests.folder.appendingPathComponent("vial-ami1-2025.json")
        var object = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let first = try #require((object["operators"] as? [[String: Any]])?.first)
        object["operators"] = (0..<count).map { index in
            var op = first
            (op["id"], op["name"]) = ("op-\(index)", "Structure \(index)")
            return op
        }
        object["expected"] = nil
        let scenario = try ScenarioDecoder.decode([UInt8](JSONSerialization.data(withJSONObject: object)))
        let evaluation = try Evaluation(scenario)
        #expect(PaymentRows.ownConventions(evaluation.report) == count)
        let text = RunText(words: Wording(.fr)).render(evaluation)
        // Each convention's name, once (a schedule wider than the page names each row in both its parts).
        let listed = Set(
            text.split(separator: "\n").filter { $0.hasPrefix("  Mesures VIAL, Structure ") }.map { $0.split(separator: "  ")[0] })
        let sentences = text.split(separator: "\n").filter { $0.hasPrefix("  Service fait Mesures VIAL, Structure ") }
        // The line's total over its operators is there either way: count × 105 000 €.
        let total = Formatter(.fr).money(Money(cents: Int64(count) * 10_500_000))
        #expect(text.contains("  Mesures VIAL (total)  ") || text.contains("  Mesures VIAL (total) "))
        #expect(text.contains(total))
        if count > PaymentRows.textLimit {
            #expect(listed.isEmpty)
            #expect(sentences.count == 1 && sentences[0].hasPrefix("  Service fait Mesures VIAL, Structure 0 = "))
            #expect(
                RenderingTests.flowing(text).contains(
                    "Le détail des 61 conventions des structures (échéancier et service fait) est dans les sorties --format html"))
            #expect(text.contains("  Par exemple :\n  Service fait Mesures VIAL, Structure 0 = "))
        } else {
            #expect(listed.count == count && sentences.count == count)
            #expect(!text.contains("Le détail des") && !text.contains("Par exemple"))
        }
        // The other outputs keep every convention.
        let html = RunHTML(words: Wording(.fr)).render(evaluation)
        #expect(html.contains("Mesures VIAL, Structure \(count - 1)"))
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
