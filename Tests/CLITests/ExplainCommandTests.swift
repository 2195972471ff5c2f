import Foundation
import Testing

@Suite struct ExplainCommandTests {
    @Test func listsTheFiguresAndExplainsOne() throws {
        let list = try CLI.run(["explain", "scenarios/bail-dabord-montpellier-2025.json"])
        #expect(list.status == 0)
        #expect(list.standardOutput.contains("paiement.iml.solde") && list.standardOutput.contains("plafond") == false)
        let tree = try CLI.run(["explain", "scenarios/bail-dabord-montpellier-2025.json", "paiement.total.avance"])
        #expect(tree.status == 0)
        // 210 000 + 136 200 = 346 200, each 60 % of its grant.
        #expect(tree.standardOutput.hasPrefix("paiement.total.avance = 346\u{202F}200,00\u{00A0}€"))
        #expect(tree.standardOutput.contains("= 210\u{202F}000,00\u{00A0}€ + 136\u{202F}200,00\u{00A0}€"))
        #expect(tree.standardOutput.contains("60\u{00A0}% ← scénario, rules.paymentTerms"))
        let json = try CLI.run(["explain", "scenarios/bail-dabord-montpellier-2025.json", "cout.menage", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.outputBytes)) as? [String: Any]
        #expect(object?["id"] as? String == "cout.menage")
    }

    /// In English, what a figure rests on is said in English: the monthly table's treasury, a filed budget's line; and
    /// a negative operand is bracketed after a minus sign.
    @Test func theLeavesSpeakTheUsersLanguage() throws {
        let low = try CLI.run(["explain", "scenarios/bail-dabord-montpellier-2025.json", "tresorerie.point-bas", "--lang", "en"])
        #expect(low.standardOutput.contains("← month-by-month table, treasury at month end"), "\(low.standardOutput)")
        #expect(!low.standardOutput.contains("mois"))
        let need = try CLI.run(["explain", "scenarios/bail-dabord-montpellier-2025.json", "tresorerie.besoin-fonds-de-roulement"])
        #expect(need.standardOutput.contains("= max(0,00\u{00A0}€ − (-240\u{202F}400,00\u{00A0}€) ; 0)"), "\(need.standardOutput)")
        let filed = try CLI.run(["explain", "scenarios/candidature-b-montpellier-2025.json", "subvention.iml.demandee", "--lang", "en"])
        #expect(
            filed.standardOutput.contains("← scenario, filed budget, line 16, \"Subvention État – DDETS (crédits IML)\""), "\(filed.standardOutput)")
    }

    @Test func anUnknownFigureIsABadInput() throws {
        let result = try CLI.run(["explain", "scenarios/vial-ami1-2025.json", "paiement.vial.sold"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("scenarios/vial-ami1-2025.json: chiffre inconnu « paiement.vial.sold » ; par exemple : "))
    }
}
