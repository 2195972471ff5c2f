import Enveloppe
import EnveloppeCore
import Testing

@testable import EnveloppeFormats

/// The check sentences: singular and plural, the call's own length, budget lines named without nested brackets.
@Suite struct CheckSentenceTests {
    func sentence(_ households: Int64, months: Int, _ language: Language) -> String {
        let finding = Finding(
            id: "convention.mesures-apres-la-fin", status: .warning,
            comparison: .measuresAfterEnd(households: households, end: YearMonth(year: 2026, month: 8), accompanimentMonths: months), sources: [])
        return Wording(language).sentence(finding)
    }

    @Test func measuresPastTheConvention() {
        #expect(
            sentence(1, months: 18, .fr)
                == "1 ménage encore accompagné après août 2026, fin de la convention : sa mesure de 18 mois ne tient pas dans la période.")
        #expect(sentence(4, months: 12, .fr).hasPrefix("4 ménages encore accompagnés après août 2026"))
        #expect(sentence(4, months: 12, .fr).contains("leur mesure de 12 mois"))
        #expect(
            sentence(1, months: 18, .en).contains("1 household still accompanied") && sentence(1, months: 18, .en).contains("its 18-month measure"))
        #expect(
            sentence(4, months: 24, .en).contains("4 households still accompanied") && sentence(4, months: 24, .en).contains("their 24-month measure")
        )
    }

    /// A budget line of one of several structures names it after a dash, and a sentence quotes each line: no
    /// « Équipement (Structure porteuse (fictive)) », no brackets nested in « présente (…) ».
    @Test func budgetLinesAreNamedWithoutNestedBrackets() throws {
        let report = try ScenarioFilesTests.report("bail-dabord-montpellier-2025-groupement.json")
        let labels = report.budgets[0].lines.map(\.label)
        #expect(labels.contains("Équipement, compteurs et déménagement – Structure porteuse (fictive)"))
        for label in labels { #expect(!label.contains("))"), "\(label)") }
        let equipment = try #require(
            report.findings.first { if case .requiredExpense(.equipment, _) = $0.comparison { true } else { false } })
        #expect(
            Wording(.fr).sentence(equipment)
                == "Dépense que l'enveloppe doit couvrir : équipement minimum du logement ; présente au budget, lignes « Équipement, compteurs et déménagement – Structure porteuse (fictive) », « Équipement, compteurs et déménagement – Association partenaire A (fictive) » et « Équipement, compteurs et déménagement – Association partenaire B (fictive) »."
        )
        let one = Finding(
            id: "x", status: .warning, comparison: .excludedExpense(purpose: .practiceAnalysis, lines: ["Analyse (superviseur)"]), sources: [])
        #expect(
            Wording(.en).sentence(one)
                == "Expense funded elsewhere: practice-analysis sessions; to remove from the budget, line \"Analyse (superviseur)\".")
    }
}
