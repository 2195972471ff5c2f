import Enveloppe
import Testing

@testable import EnveloppeFormats

/// Inputs that crashed or misbehaved once (found by fuzzing or by hand), kept so they never do again.
@Suite struct FuzzFindingsTests {
    func run(_ text: String) throws(InputError) -> RunReport {
        let scenario: Scenario
        do { scenario = try ScenarioDecoder.decode(Array(text.utf8)) } catch { throw error.errors[0] }
        return try RunReport(scenario: scenario)
    }

    @Test func aLineFundingZeroUnitsIsAnErrorNotACrash() {
        // Once: a precondition failure (division by zero unit-months) killed the process.
        let text =
            #"{"title":"t","preset":"bail-dabord-montpellier-2024","rules":{"paymentTerms":{"advanceRate":"60 %"},"lines":{"iml":{"units":0}}},"operators":[{"id":"a","name":"A","households":64,"staff":[{"title":"x","role":"management","fte":1,"annualCostPerFTE":1}]}]}"#
        #expect(throws: InputError("rules.lines.iml.units", .notPositive(expected: .units, text: "0"))) { try run(text) }
        #expect(
            Wording(.fr).message(InputError("rules.lines.iml.units", .notPositive(expected: .units, text: "0")), file: "s.json")
                == "s.json: rules.lines.iml.units: attendu une quantité strictement positive, trouvé 0")
    }

    @Test func operatorsWithNothingToWeighShareALineEqually() throws {
        // Once: reported as "amounts too large" because every weight was zero.
        let text =
            #"{"title":"t","preset":"bail-dabord-montpellier-2024","rules":{"paymentTerms":{"advanceRate":"60 %"}},"operators":[{"id":"a","name":"A","households":0,"staff":[{"title":"x","role":"management","fte":0,"annualCostPerFTE":1}]},{"id":"b","name":"B","households":0,"staff":[{"title":"x","role":"management","fte":0,"annualCostPerFTE":1}]}]}"#
        let report = try run(text)
        #expect(report.operators.map { $0.shares[0].money } == [Money(cents: 17_500_000), Money(cents: 17_500_000)])
    }

    @Test func hugeCapacitiesAndTheLongestConventionsComputeOrSaySo() throws {
        let text =
            #"{"title":"t","preset":"vial-pas-de-calais-2025-ami1","rules":{"convention":{"start":"2025-01","months":600}},"operators":[{"id":"a","name":"A","households":1000000000,"intake":{"rampUp":1000000000,"renewalMonths":18,"derogation":true}}]}"#
        do {
            let report = try run(text)
            #expect(report.programme.months == 600)
        } catch {
            #expect(error.problem == .overflow)
        }
    }

    @Test func everyExampleOfTheRobustnessPageIsABadInputWithItsMessage() throws {
        // The table of docs/robustness.md, checked: each input gives exactly the message shown.
        for (input, message) in FuzzFindingsTests.robustnessExamples {
            do {
                _ = try run(input)
                Issue.record("accepted: \(input)")
            } catch {
                #expect(Wording(.fr).message(error, file: "s.json") == message)
            }
        }
    }

    static let robustnessExamples: [(String, String)] = [
        ("", "s.json: JSON invalide ligne 1, colonne 1 : fin de fichier inattendue, valeur attendue"),
        ("{\"title\": \"t\",}", "s.json: JSON invalide ligne 1, colonne 15 : virgule en trop avant '}'"),
        ("[1, 2]", "s.json: attendu un objet { … }, trouvé une liste"),
        ("{\"title\": \"t\"}", "s.json: preset: champ obligatoire absent"),
        (
            "{\"title\": \"t\", \"preset\": \"vial\", \"operators\": []}",
            "s.json: preset: préréglage inconnu \"vial\" ; préréglages connus : bail-dabord-montpellier-2024, bail-dabord-montpellier-2023, vial-pas-de-calais-2025-ami1, vial-pas-de-calais-2025-ami2, aml-pas-de-calais-2019 (voir `enveloppe presets`)"
        ),
        (
            "{\"title\": \"t\", \"preset\": \"vial-pas-de-calais-2025-ami1\", \"operators\": []}",
            "s.json: operators: liste vide ; au moins un élément attendu"
        ),
        (
            "{\"title\": \"t\", \"preset\": \"vial-pas-de-calais-2025-ami1\", \"openingBalance\": \"1e9\", \"operators\": [{\"id\": \"a\", \"name\": \"A\", \"households\": 1}]}",
            "s.json: openingBalance: attendu un montant en euros, au plus deux décimales (par ex. \"49 000,00\" ou 49000.00), trouvé \"1e9\" (écrire le nombre sans exposant)"
        ),
        (
            "{\"title\": \"t\", \"preset\": \"vial-pas-de-calais-2025-ami1\", \"operators\": [{\"id\": \"a\", \"name\": \"A\", \"households\": 5, \"intake\": {\"entries\": [4, 4]}}]}",
            "s.json: operators[0].intake.entries[1]: le calendrier accompagnerait 8 ménages à la fois pour 5 places (operators[].households)"
        ),
        (
            "{\"title\": \"t\", \"preset\": \"vial-pas-de-calais-2025-ami1\", \"operators\": [{\"id\": \"a\", \"name\": \"A\", \"households\": 1, \"intake\": {\"entries\": [2]}}]}",
            "s.json: operators[0].intake.entries[0]: le calendrier accompagnerait 2 ménages à la fois pour 1 place (operators[].households)"
        ),
        (
            "{\"title\": \"t\", \"preset\": \"bail-dabord-montpellier-2024\", \"operators\": [{\"id\": \"a\", \"name\": \"A\", \"households\": 1, \"staff\": [{\"title\": \"x\", \"role\": \"care\", \"fte\": 1, \"annualCostPerFTE\": 1}]}]}",
            "s.json: rules.paymentTerms: le texte de l'appel (Appel à candidatures « Création d'une équipe Bail d'abord », Préfet de l'Hérault et Montpellier Méditerranée Métropole, 31 octobre 2024) ne fixe pas cette valeur : le scénario doit la donner, par ex. {\"advanceRate\": \"60 %\"}"
        ),
    ]
}
