import Foundation
import Testing

/// `enveloppe allocate`, `whatif` and `settle` on the real executable.
@Suite struct FunderCommandsTests {
    @Test func allocateTheAMLMeasures() throws {
        let result = try CLI.run(["allocate", "scenarios/aml-pas-de-calais-2019.json"])
        #expect(result.status == 0)
        // 58 × 280/650 = 24,98 and 58 × 370/650 = 33,02: 25 and 33 measures, at 5 000 €: 125 000 and 165 000 €.
        #expect(result.standardOutput.contains("Artois (CABBALR)           Artois           25  125\u{202F}000,00\u{00A0}€"))
        #expect(result.standardOutput.contains("Lens-Hénin (CALL et CAHC)  Lens-Hénin       33  165\u{202F}000,00\u{00A0}€"))
        let csv = try CLI.run(["allocate", "scenarios/vial-2025-repartition-territoires.json", "--format", "csv"])
        let rows = String(decoding: csv.outputBytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        // From the scenario's worked split: 25, 12, 20, 33, 10.
        #expect(rows.dropFirst().prefix(5).map { $0.split(separator: ";")[3] } == ["25", "12", "20", "33", "10"])
        let missing = try CLI.run(["allocate", "scenarios/vial-ami1-2025.json"])
        #expect(missing.status == 2 && missing.standardError == "scenarios/vial-ami1-2025.json: allocation: champ obligatoire absent\n")
    }

    @Test func whatIf() throws {
        let result = try CLI.run(["whatif", "--amount", "227 000", "--households", "64"])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.contains(
                "vial-pas-de-calais-2025-ami1       7\u{202F}000,00\u{00A0}€                                 32  3\u{202F}000,00\u{00A0}€               448\u{202F}000,00\u{00A0}€"
            ))
        #expect(try CLI.run(["whatif", "--amount", "douze"]).status == 2)
    }

    @Test func settleTheMontpellier2023Year() throws {
        let result = try CLI.run([
            "settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv",
        ])
        #expect(result.status == 0)
        // Association E: 137 planned − 12 (no December count) = 125 household-months × 328 125 / 720 = 56 966,15 €.
        #expect(result.standardOutput.contains("Association E (fictive) — mesures-mois : prévu 137, compté 125"))
        #expect(result.standardOutput.contains("56\u{202F}966,15\u{00A0}€"))
        #expect(result.standardOutput.contains("mois sans comptage (comptés zéro) : déc. 2023"))
        let html = try CLI.run([
            "settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv", "--format",
            "html",
        ])
        #expect(html.standardOutput.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func badActualsNameTheLine() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("comptages.csv")
        try Data("mois;opérateur;mesures\n2023-01;association-a;12\n2023-01;association-z;12\n".utf8).write(to: file)
        let unknown = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", file.path])
        #expect(unknown.status == 2)
        #expect(
            unknown.standardError
                == "\(file.path): ligne 3 : opérateur inconnu « association-z » ; opérateurs du scénario : association-a, association-b, association-c, association-d, association-e\n"
        )
        try Data("2023-01;association-a;12\n2023-01;association-a;11\n".utf8).write(to: file)
        let duplicate = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", file.path])
        #expect(duplicate.standardError == "\(file.path): ligne 2 : ce mois est déjà compté pour cet opérateur, ligne 1\n")
        try Data("2024-01;association-a;12\n".utf8).write(to: file)
        let outside = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", file.path])
        #expect(outside.standardError == "\(file.path): ligne 1 : janv. 2024 est hors de la convention (janv. 2023 – déc. 2023 (12 mois))\n")
        try Data("2023-01;association-a;1,5\n".utf8).write(to: file)
        let fraction = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", file.path])
        #expect(fraction.standardError == "\(file.path): ligne 1, colonne 3 (mesures) : attendu un nombre entier de ménages, trouvé « 1,5 »\n")
    }
}
