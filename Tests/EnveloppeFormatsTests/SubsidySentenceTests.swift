import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// What a jury reads when a budget asks a funder nothing: the lines of account 74 that name no funder of the call, each
/// with its amount, and what to write so that the subsidy counts.
@Suite struct SubsidySentenceTests {
    static func sentence(_ unattributed: [BudgetLineAmount], _ language: Language) -> String {
        Wording(language).budgetSentence(
            .subsidyRequested(
                line: "Crédits IML", funder: "État – DDETS de l'Hérault", requested: .zero, entitled: Money(cents: 35_000_000),
                unattributed: unattributed), sources: [])
    }

    @Test func theLinesThatNameNoFunderAreSaid() {
        let one = [BudgetLineAmount(label: "Subvention Préfecture de l'Hérault", amount: Money(cents: 35_000_000))]
        let french = Self.sentence(one, .fr)
        #expect(french.contains("Aucune ligne 74 ne la demande au financeur."))
        #expect(
            french.contains(
                "La ligne 74 « Subvention Préfecture de l'Hérault » (350 000,00 €) ne nomme aucun financeur de l'appel : si c'est cette subvention, écrivez « État – DDETS de l'Hérault » dans son libellé."
                    .replacingOccurrences(of: "350 000,00 €", with: Formatter(.fr).money(Money(cents: 35_000_000)))))
        let two = one + [BudgetLineAmount(label: "Subvention Région", amount: Money(cents: 1_000_000))]
        #expect(Self.sentence(two, .fr).contains("Ces lignes 74 ne nomment aucun financeur de l'appel : « Subvention Préfecture de l'Hérault »"))
        #expect(Self.sentence(two, .en).contains("These 74 lines name no funder of the call: \"Subvention Préfecture de l'Hérault\""))
        // None: the sentence as before.
        #expect(Self.sentence([], .fr).hasSuffix("Aucune ligne 74 ne la demande au financeur."))
    }
}
