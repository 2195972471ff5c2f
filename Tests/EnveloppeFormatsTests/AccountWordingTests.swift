import Enveloppe
import Testing

@testable import EnveloppeFormats

@Suite struct AccountWordingTests {
    static func subsidy(_ label: String, _ line: SubsidyLine) -> BudgetLine {
        BudgetLine(account: .operatingSubsidies, label: label, amount: .zero, subsidyLine: line, origin: "test")
    }

    /// The 74 line's word is said once: the funder's own name often opens with it (« État – DDETS… »,
    /// « Département du Pas-de-Calais »).
    @Test func theSubsidyLineIsNamedOnce() {
        let fr = Wording(.fr)
        #expect(fr.budgetLabel(Self.subsidy("État – DDETS de l'Hérault – Crédits IML", .state)) == "État – DDETS de l'Hérault – Crédits IML")
        #expect(
            fr.budgetLabel(Self.subsidy("Département du Pas-de-Calais – Mesures VIAL", .department)) == "Département du Pas-de-Calais – Mesures VIAL")
        #expect(
            fr.budgetLabel(Self.subsidy("Montpellier Méditerranée Métropole – Crédits FSL", .intercommunality))
                == "Intercommunalité (EPCI) : Montpellier Méditerranée Métropole – Crédits FSL")
        // A label that only opens with the same letters is not the same word.
        #expect(fr.budgetLabel(Self.subsidy("Étatique", .state)) == "État : Étatique")
        // Named inside the label, the word is not said again (candidature A's « Subvention État – DDETS… »); inside
        // another word, it is.
        #expect(
            fr.budgetLabel(Self.subsidy("Subvention État – DDETS de l'Hérault (crédits IML)", .state))
                == "Subvention État – DDETS de l'Hérault (crédits IML)")
        #expect(fr.budgetLabel(Self.subsidy("Subvention interÉtat", .state)) == "État : Subvention interÉtat")
        // In English the word differs from the funder's name, and the colon has no space before it.
        #expect(
            Wording(.en).budgetLabel(Self.subsidy("État – DDETS de l'Hérault – Crédits IML", .state))
                == "State: État – DDETS de l'Hérault – Crédits IML")
    }
}
