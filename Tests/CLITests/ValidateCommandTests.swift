import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test(arguments: [
        "aml-pas-de-calais-2019.json", "bail-dabord-montpellier-2025-groupement.json", "bail-dabord-montpellier-2025.json",
        "candidature-a-montpellier-2025.json", "candidature-b-montpellier-2025.json", "montpellier-2023-cinq-associations.json",
        "vial-ami2-2025-repartition-territoires.json", "vial-ami1-2025.json", "vial-ami2-2025-renouvellement.json", "vial-ami2-2025.json",
    ])
    func everyScenarioIsValid(_ file: String) throws {
        let result = try CLI.run(["validate", "scenarios/\(file)"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("scenarios/\(file): valide : "))
    }

    @Test(arguments: BadInputTests.cases)
    func eachBadInputOfTheCoreGetsTheSameLine(_ c: BadInputTests.Case) throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("candidature.json")
        try Data(BadInputTests.valid.replacingOccurrences(of: c.replace, with: c.with).utf8).write(to: file)
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == ([c.message] + c.also).map { "\(file.path): \($0)\n" }.joined())
    }

    @Test func everyErrorOfAFileIsListedAtOnce() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("trois-erreurs.json").path
        let text =
            #"{"title": "t", "preset": "vial-pas-de-calais-2025-ami1", "opening": 0, "operators": [{"id": "a", "name": "A", "households": "dix", "staff": [{"title": "ES", "role": "socialWork", "fte": "un demi", "annualCostPerFTE": "-52 000"}]}]}"#
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let result = try CLI.run(["validate", file])
        #expect(result.status == 2 && result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(lines)")
        #expect(
            lines.map { $0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces) } == [
                "opening", "operators[0].households", "operators[0].staff[0].fte", "operators[0].staff[0].annualCostPerFTE",
            ])
        // The other commands show the first and say how many more there are.
        let run = try CLI.run(["run", file])
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("\(file): opening: champ inconnu"))
        #expect(run.standardError.hasSuffix(" (et 3 autres erreurs dans ce fichier : enveloppe validate \(file))\n"))
    }

    /// A counts file: `validate SCENARIO --actuals COUNTS` lists each line at fault, those that cannot be read and those
    /// the scenario refuses, in the file's order; `settle` says the first and how many more, and how to list them (found
    /// by a new-user trial: a finance officer ran settle five times to correct five lines).
    @Test func everyLineAtFaultOfACountsFileIsListedAtOnce() throws {
        let folder = try CLI.temporaryFolder()
        let counts = folder.appendingPathComponent("comptages.csv").path
        let text =
            "mois;opérateur;mesures\n2023-13;association-a;10\n2023-02;association-zz;10\n03/2023;association-a;12,5\n2023-04;association-a;99\n2023-05;;3\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: counts))
        let scenario = "scenarios/montpellier-2023-cinq-associations.json"
        let result = try CLI.run(["validate", scenario, "--actuals", counts])
        #expect(result.status == 2)
        #expect(result.standardOutput.hasPrefix("\(scenario): valide"))
        var lines = result.standardError.split(separator: "\n").map(String.init)
        // The last line closes on the counts, as the first (on standard output) said the scenario valid.
        #expect(lines.count == 6 && lines.removeLast() == "\(counts): comptages non valides : 5 erreurs", "\(lines)")
        #expect(lines.map { $0.hasPrefix("\(counts): ligne ") } == Array(repeating: true, count: 5), "\(lines)")
        #expect(lines.map { $0.dropFirst(counts.count + 8).prefix(1) } == ["2", "3", "4", "5", "6"], "\(lines)")
        #expect(lines[1].contains("opérateur inconnu « association-zz »") && lines[3].contains("99 ménages dépassent les 12 places"))
        let settle = try CLI.run(["settle", scenario, "--actuals", counts])
        #expect(settle.status == 2)
        #expect(settle.standardError.hasPrefix(lines[0]))
        #expect(settle.standardError.hasSuffix(" (et 4 autres erreurs dans ce fichier : enveloppe validate \(scenario) --actuals \(counts))\n"))
        // A path with a space is quoted in the command to copy.
        let spaced = folder.appendingPathComponent("mes comptages.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: spaced))
        #expect(try CLI.run(["settle", scenario, "--actuals", spaced]).standardError.hasSuffix("--actuals '\(spaced)')\n"))
        // A scenario given as the counts is said once; one counts file is checked against one scenario.
        let swapped = try CLI.run(["validate", scenario, "--actuals", scenario])
        #expect(swapped.status == 2 && swapped.standardError.split(separator: "\n").count == 1, "\(swapped.standardError)")
        #expect(swapped.standardError.contains("ce n'est pas un fichier de comptages"))
        let two = try CLI.run(["validate", scenario, "scenarios/vial-ami1-2025.json", "--actuals", counts])
        #expect(two.status == 2 && two.standardError.contains("donnez un seul scénario"), "\(two.standardError)")
        // Counts without a fault: said valid, with how many.
        let valid = try CLI.run(["validate", scenario, "--actuals", "scenarios/montpellier-2023-comptages.csv"])
        #expect(valid.status == 0)
        #expect(valid.standardOutput.contains("scenarios/montpellier-2023-comptages.csv: valide : 58 comptages"))
    }

    /// The budget CSV a scenario names: `validate` lists each of its lines at fault, with its line and column; the
    /// other commands say the first and how many more, and name the scenario to validate.
    @Test func everyLineAtFaultOfABudgetFileIsListedAtOnce() throws {
        let folder = try CLI.temporaryFolder()
        let scenario = try String(
            contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/candidature-a-montpellier-2025.json"), encoding: .utf8)
        try Data(scenario.replacingOccurrences(of: "candidature-a-budget.csv", with: "budget.csv").utf8).write(
            to: folder.appendingPathComponent("s.json"))
        try Data("compte;libellé;montant\n60;Achats;abc\n61;Locaux;1 000\n;TOTAL;1 100\n74;Subvention État – DDETS;1 234,56 EUR\n".utf8).write(
            to: folder.appendingPathComponent("budget.csv"))
        let result = try CLI.run(["validate", "s.json"], in: folder)
        #expect(result.status == 2 && result.standardOutput.isEmpty)
        #expect(
            result.standardError.split(separator: "\n").map(String.init) == [
                "budget.csv: ligne 2, colonne 3 (montant) : attendu un montant en euros (par ex. 1 234,56), trouvé « abc » (caractère inattendu « a »)",
                "budget.csv: ligne 4, colonne 1 (compte) : compte vide : une ligne de total ou de sous-total ? Supprimez-la, l'outil fait les totaux ; sinon, donnez le compte du CERFA 12156 (60 à 68, CI, 86, 70 à 79 ou 87)",
                "budget.csv: ligne 5, colonne 3 (montant) : attendu un montant en euros (par ex. 1 234,56), trouvé « 1 234,56 EUR » (écrire le nombre seul, sans « EUR »)",
            ])
        let run = try CLI.run(["run", "s.json"], in: folder)
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("budget.csv: ligne 2, colonne 3 (montant)"))
        #expect(run.standardError.hasSuffix(" (et 2 autres erreurs dans ce fichier : enveloppe validate s.json)\n"))
    }

    static let scenario =
        #"{"title": "t", "preset": "vial-pas-de-calais-2025-ami1", "rules": RULES, "expected": EXPECTED, "operators": [{"id": "a", "name": "A", "households": 10, "intake": INTAKE}]}"#

    static func check(rules: String = "{}", expected: String = "{}", intake: String = "{}") throws -> CLI.Result {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("s.json")
        let text = scenario.replacingOccurrences(of: "RULES", with: rules).replacingOccurrences(of: "EXPECTED", with: expected)
            .replacingOccurrences(of: "INTAKE", with: intake)
        try Data(text.utf8).write(to: file)
        return try CLI.run(["validate", "s.json"], in: folder)
    }

    @Test func whatValidateChecksBeyondTheShape() throws {
        let unknown = try ValidateCommandTests.check(expected: #"{"paiement.vial.sold": "0"}"#)
        #expect(unknown.status == 2)
        #expect(
            unknown.standardError.hasPrefix(
                "s.json: expected[\"paiement.vial.sold\"]: aucun chiffre n'a l'identifiant « paiement.vial.sold » ; identifiants proches : "))
        let badValue = try ValidateCommandTests.check(expected: #"{"paiement.vial.solde": "28 000,005"}"#)
        #expect(badValue.standardError.hasPrefix("s.json: expected[\"paiement.vial.solde\"]: attendu un montant en euros"))
        // "Financement à hauteur de 7 000 €": a rate above it goes beyond the call.
        let rate = try ValidateCommandTests.check(rules: #"{"lines": {"vial": {"annualRate": "8 000"}}}"#)
        #expect(
            rate.standardError
                == "s.json: rules.lines.vial.annualRate: 8\u{202F}000,00\u{00A0}€ dépasse ce que permet le texte de l'appel (Appel à projets VIAL (Vers l'Insertion et l'Autonomie en Logement), Département du Pas-de-Calais, 2025) : au plus 7\u{202F}000,00\u{00A0}€\n"
        )
        let cap = try ValidateCommandTests.check(rules: #"{"cap": {"rate": "30 %"}}"#)
        #expect(cap.status == 2 && cap.standardError.contains("30\u{00A0}% dépasse ce que permet le texte de l'appel"))
        let months = try ValidateCommandTests.check(intake: #"{"start": "2025-06", "lastEntry": "2025-03", "rampUp": 1}"#)
        #expect(months.standardError == "s.json: operators[0].intake.lastEntry: 2025-03 est avant 2025-06\n")
        // An expected figure that matches: valid; one that does not is valid too (the file is well formed) but said, and
        // run and check fail on it. 10 households × 7 000 € = 70 000 €, 60 % = 42 000 €: the advance matches, not 40 000 €.
        let ok = try ValidateCommandTests.check(expected: #"{"paiement.vial.subvention": "70 000,00 €", "paiement.vial.avance": 42000}"#)
        #expect(ok.status == 0 && ok.standardOutput.hasSuffix("dont 2 attendus par le scénario\n"))
        let off = try ValidateCommandTests.check(expected: #"{"paiement.vial.subvention": "70 000,00 €", "paiement.vial.avance": 40000}"#)
        #expect(
            off.status == 0 && off.standardOutput.hasSuffix("dont 2 attendus par le scénario ; 1 diffère du calcul (enveloppe check le détaille)\n"))
    }

    @Test func aMismatchFailsRunWithBothValuesAndTheDerivation() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("s.json")
        let text = ValidateCommandTests.scenario.replacingOccurrences(of: "RULES", with: "{}")
            .replacingOccurrences(of: "EXPECTED", with: #"{"paiement.vial.avance": "42 000,01"}"#).replacingOccurrences(of: "INTAKE", with: "{}")
        try Data(text.utf8).write(to: file)
        let result = try CLI.run(["run", "s.json"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.flowingOutput.contains(
                " [échec] Chiffre attendu paiement.vial.avance : le scénario attend 42\u{202F}000,01\u{00A0}€, le calcul donne 42\u{202F}000,00\u{00A0}€."
            ))
        #expect(result.standardOutput.contains("      paiement.vial.avance = 42\u{202F}000,00\u{00A0}€"))
        #expect(result.standardOutput.contains("= 70\u{202F}000,00\u{00A0}€ × 60\u{00A0}%, arrondi au centime le plus proche"))
    }
}
