import Enveloppe
import EnveloppeCore
import Testing

@testable import EnveloppeFormats

/// The check sentences: singular and plural, the call's own length, budget lines named without nested brackets.
@Suite struct CheckSentenceTests {
    func sentence(_ households: Int64, months: Int, renewal: Int = 0, _ language: Language) -> String {
        let finding = Finding(
            id: "convention.mesures-apres-la-fin", status: .warning,
            comparison: .measuresAfterEnd(
                households: households, end: YearMonth(year: 2026, month: 8), accompanimentMonths: months, renewalMonths: renewal),
            sources: [])
        return Wording(language).sentence(finding)
    }

    /// One operator, one household, no measure: the new checks' sentences in the singular, never « 1 structures ».
    @Test func oneOperatorOneHousehold() {
        let words = Wording(.fr)
        let team = Finding(
            id: "equipe.par-structure", status: .ok,
            comparison: .operatorTeams(each: OperatorTeam(fte: FTE(hundredths: 150), households: 12), operators: 1, differing: []), sources: [])
        #expect(words.sentence(team) == "Équipe de chaque structure : 1,5\u{00A0}ETP pour 12\u{00A0}ménages, comme sa convention le prévoit.")
        let split = Finding(
            id: "repartition.menages", status: .warning,
            comparison: .allocatedHouseholds(
                allocated: 0, described: 1, candidates: 1, differing: [AllocatedHouseholds(name: "A", households: 1, measures: 0)]),
            sources: [])
        #expect(
            words.sentence(split).hasPrefix(
                "Répartition et ménages décrits : 0 mesure attribuée à la structure décrite, 1\u{00A0}ménage décrit (operators[].households) ; A : 1\u{00A0}ménage pour 0 mesure."
            ))
    }

    /// The ratio itself and the way the check reads it (at most the call's 64 / 8 = 8): 32 households for 12 ETP is
    /// 2,666… → 2,67 and within; 64 for 6,7 ETP is 9,552… → 9,55 and above.
    @Test func householdsPerFTESayTheRatioAndItsBound() {
        let words = Wording(.fr)
        // The status is the check's (households × 8 ≤ 64 × FTE, ``HouseholdsPerFTECheck``); the sentence says it.
        let sentence = { (households: Int64, fte: Int64) in
            words.sentence(
                Finding(
                    id: "equipe.menages-par-etp", status: households * 800 <= 64 * fte ? .ok : .warning,
                    comparison: .householdsPerFTE(
                        households: households, fte: FTE(hundredths: fte), callHouseholds: 64, callFTE: FTE(hundredths: 800)),
                    sources: []))
        }
        #expect(
            sentence(32, 1_200)
                == "Ménages par ETP : 2,67 (32 ménages pour 12\u{00A0}ETP), au plus 8 comme l'appel (64 ménages pour 8\u{00A0}ETP).")
        #expect(sentence(64, 670).hasPrefix("Ménages par ETP : 9,55 (64 ménages pour 6,7\u{00A0}ETP), plus que les 8 de l'appel"))
    }

    /// A scenario that prices a line itself against the call's stated total is told to state the total too; the
    /// call's own lines that do not add up are not.
    @Test func aTotalThatNoLongerMatchesSaysWhatToSet() {
        let call = Citation.document(source: "montpellier-2024", section: "Financements", quote: "577 000 euros")
        let finding = { (scenarioPricesLines: Bool) in
            Finding(
                id: "enveloppe.total", status: .failure,
                comparison: .envelopeTotal(
                    sumOfLines: Money(cents: 52_700_000), stated: Money(cents: 57_700_000), scenarioPricesLines: scenarioPricesLines),
                sources: [call])
        }
        let words = Wording(.fr)
        #expect(words.sentence(finding(true)).hasSuffix("donnez aussi le total qui va avec (rules.envelopeTotal)."))
        #expect(words.sentence(finding(false)).hasSuffix("montant annoncé 577\u{202F}000,00\u{00A0}€."))
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
        // A measure the scenario renews (VIAL: 12 months renewed 6) is said with its renewal, not as the call's 12 months.
        #expect(sentence(4, months: 12, renewal: 6, .fr).contains("leur mesure de 12 mois, renouvelable jusqu'à 18 mois, ne tient pas"))
        #expect(sentence(4, months: 12, renewal: 6, .en).contains("their 12-month measure, renewable up to 18 months, does not fit"))
    }

    /// A budget line of one of several structures names it after a dash, and a sentence quotes each line: no
    /// « Équipement (Structure porteuse (fictive)) », no brackets nested in « présente (…) ».
    @Test func budgetLinesAreNamedWithoutNestedBrackets() throws {
        let report = try ScenarioFilesTests.report("bail-dabord-montpellier-2025-groupement.json")
        let labels = report.budgets[0].lines.map(\.label)
        #expect(labels.contains("Équipement, compteurs et déménagement – Structure porteuse (fictive)"))
        for label in labels { #expect(!label.contains("))"), "\(label)") }
        let equipment = try #require(
            report.findings.first { if case .requiredExpense(.equipment, _, _) = $0.comparison { true } else { false } })
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

    /// Each source of the registry is a call, an execution report or another text, read from its title.
    @Test func theKindOfTextTheRulesComeFrom() {
        let kinds = Dictionary(uniqueKeysWithValues: Source.all.map { ($0.id.rawValue, RulesDocument($0.id)) })
        #expect(kinds["montpellier-2024"] == .call && kinds["vial-2025"] == .call && kinds["aml-2019"] == .call)
        #expect(kinds["montpellier-2023"] == .executionReport)
        #expect(kinds["dihal-2020"] == .other)
        // The calendar that holds an advance back is the rules' own, as every phrase that names them.
        #expect(Wording(.fr).about(Presets.bailDabordMontpellier2023).rulesCalendar == "le calendrier du rapport d'exécution")
        #expect(Wording(.fr).about(Presets.vialAMI1).rulesCalendar == "le calendrier de l'appel")
    }

    /// A service fait below the grant says by how much the balance shrinks: candidature A's IML credits, 339 062,50 €
    /// of service fait for 350 000 €, pay a balance of 129 062,50 € (339 062,50 − the 210 000 € advance) instead of
    /// 140 000 €: 10 937,50 € less, never « réduit d'autant ».
    @Test func aServiceFaitBelowTheGrantSaysByHowMuchTheBalanceShrinks() throws {
        let evaluation = try ScenarioFilesTests.evaluation("candidature-a-montpellier-2025.json")
        let finding = try #require(
            evaluation.findings.first { if case .serviceFait(let line, _, _, _, _) = $0.comparison { line == "Crédits IML" } else { false } })
        #expect(
            Wording(.fr).about(evaluation.report.call).sentence(finding)
                == "Service fait : Crédits IML, convention sept. 2025 – août 2026 : 339\u{202F}062,50\u{00A0}€ pour une subvention de 350\u{202F}000,00\u{00A0}€. Le solde est réduit de 10\u{202F}937,50\u{00A0}€."
        )
        #expect(
            Wording(.en).about(evaluation.report.call).sentence(finding).hasSuffix(
                "€339,062.50 against a grant of €350,000.00. The balance is reduced by €10,937.50."))
        let line = try #require(evaluation.report.lines.first { $0.line.label == "Crédits IML" })
        #expect(350_000_00 - 339_062_50 == 1_093_750 && line.first.balance.amount == Money(cents: 339_062_50 - 210_000_00))
    }

    /// The five associations of 2023 are an execution report's: no check sentence says what « l'appel prévoit »;
    /// the words fit a year that has run. The report gives no amounts: the grants are the scenario's (cited to
    /// rules.lines.<id>.amount), and the sentence says so rather than presenting them as the rule's. A call's
    /// sentences keep their words.
    @Test func aReportOnAPastYearIsNotACall() throws {
        let evaluation = try ScenarioFilesTests.evaluation("montpellier-2023-cinq-associations.json")
        for language in [Language.fr, .en] {
            let words = Wording(language).about(evaluation.report.call)
            for finding in evaluation.findings {
                let sentence = words.sentence(finding)
                #expect(!sentence.contains("appel") && !sentence.contains("call"), "\(sentence)")
            }
        }
        let words = Wording(.fr).about(evaluation.report.call)
        let sentences = evaluation.findings.map(words.sentence)
        #expect(sentences.contains("Ménages accompagnés : 60 dans le scénario, 60 selon le rapport d'exécution."))
        #expect(
            sentences.contains(
                "Ménages par ETP : 8 (60 ménages pour 7,5\u{00A0}ETP), au plus 8 comme le rapport d'exécution (60 ménages pour 7,5\u{00A0}ETP)."))
        #expect(
            sentences.contains(
                "Conditions de versement supposées par le scénario (avance de 60\u{00A0}%, solde sur service fait) : le rapport d'exécution n'en donne pas."
            ))
        #expect(
            sentences.contains(
                "Subvention demandée : Crédits IML (État – DDETS de l'Hérault) : 328\u{202F}125,00\u{00A0}€ ; le scénario retient 328\u{202F}125,00\u{00A0}€."
            ))
        #expect(!sentences.contains { $0.contains("la règle prévoit") })
        #expect(
            evaluation.findings.map(Wording(.en).about(evaluation.report.call).sentence).contains(
                "Grant requested: Crédits FSL (Montpellier Méditerranée Métropole): €212,812.50; the scenario sets €212,812.50."))
        let text = String(decoding: try RunDocument(evaluation).render(.text, Wording(.fr)), as: UTF8.self)
        #expect(text.contains("\nRègles : Bail d'abord, Montpellier : fonctionnement en 2023") && !text.contains("\nAppel : "))

        let call = try ScenarioFilesTests.evaluation("bail-dabord-montpellier-2025.json")
        let callWords = Wording(.fr).about(call.report.call)
        #expect(callWords.rules == .call)
        #expect(call.findings.map(callWords.sentence).contains("Ménages accompagnés : 64 dans le scénario, 64 prévus par l'appel."))
        #expect(
            call.findings.map(callWords.sentence).contains(
                "Subvention demandée : Crédits IML (État – DDETS de l'Hérault) : 350\u{202F}000,00\u{00A0}€ ; l'appel prévoit 350\u{202F}000,00\u{00A0}€."
            ))
    }
}
