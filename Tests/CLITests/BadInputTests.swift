import Foundation
import Testing

/// Every bad input of the core issue: one line on standard error naming the
/// file and the field, exit status 2, nothing on standard output, no file written.
@Suite struct BadInputTests {
    static let valid = #"""
        {
          "title": "Candidature",
          "preset": "vial-pas-de-calais-2025-ami1",
          "rules": { "convention": { "start": "2025-01", "months": 12 }, "cap": { "rate": "25 %" } },
          "operators": [
            { "id": "a", "name": "A", "households": 10,
              "staff": [ { "title": "ES", "role": "socialWork", "fte": 1, "annualCostPerFTE": "52 000" } ],
              "charges": [ { "label": "Locaux", "account": 61, "kind": "direct", "annualAmount": 3600.50 } ] }
          ]
        }
        """#

    struct Case: Sendable, CustomTestStringConvertible {
        let id: String
        let replace: String
        let with: String
        let message: String
        /// Further errors the same change causes (validate lists them; the other commands count them).
        var also: [String] = []
        var testDescription: String { id }
    }

    static let cases = [
        Case(
            id: "invalid JSON", replace: #""households": 10,"#, with: #""households": 10,,"#,
            message: "JSON invalide ligne 6, colonne 48 : nom de champ entre guillemets attendu"),
        Case(
            id: "unknown preset", replace: "vial-pas-de-calais-2025-ami1", with: "vial-2026",
            message:
                "preset: préréglage inconnu \"vial-2026\" ; préréglages connus : bail-dabord-montpellier-2024, bail-dabord-montpellier-2023, vial-pas-de-calais-2025-ami1, vial-pas-de-calais-2025-ami2, aml-pas-de-calais-2019 (voir `enveloppe presets`)"
        ),
        Case(
            id: "wrong type", replace: #""fte": 1"#, with: #""fte": true"#,
            message: "operators[0].staff[0].fte: attendu un nombre d'ETP, au plus deux décimales (par ex. 0.5), trouvé un booléen"),
        Case(
            id: "field name in the wrong case", replace: #""annualCostPerFTE""#, with: #""annualCostPerFte""#,
            message:
                "operators[0].staff[0].annualCostPerFte: champ inconnu ; champs possibles ici : title, role, fte, annualCostPerFTE, start, end, purposes ; vouliez-vous dire « annualCostPerFTE » ?",
            also: ["operators[0].staff[0].annualCostPerFTE: champ obligatoire absent"]),
        Case(
            id: "number in quotes", replace: #""households": 10,"#, with: #""households": "10","#,
            message: "operators[0].households: attendu un nombre entier, trouvé le texte \"10\" : écrivez 10 sans guillemets"),
        Case(
            id: "missing field", replace: #""title": "ES", "#, with: "",
            message: "operators[0].staff[0].title: champ obligatoire absent"),
        Case(
            id: "unknown field", replace: #""annualAmount""#, with: #""amountCent""#,
            message:
                "operators[0].charges[0].amountCent: champ inconnu ; champs possibles ici : label, account, kind, purpose, annualAmount, perEntry, refundableDeposit, perHouseholdMonth, rateOfDirectCosts",
            also: [
                "operators[0].charges[0]: un seul de ces champs attendu : annualAmount, perEntry, refundableDeposit, perHouseholdMonth, rateOfDirectCosts"
            ]),
        Case(
            id: "negative amount", replace: "3600.50", with: "-3600.50",
            message: "operators[0].charges[0].annualAmount: attendu un montant positif ou nul, trouvé \"-3600.50\""),
        Case(
            id: "rate above 100 %", replace: #""25 %""#, with: #""250 %""#,
            message: "rules.cap.rate: attendu un taux de 0 % à 100 % (par ex. \"60 %\" ou 0.6), trouvé \"250 %\""),
        Case(
            id: "month 2025-13", replace: #""2025-01""#, with: #""2025-13""#,
            message:
                "rules.convention.start: attendu un mois \"AAAA-MM\" avec un mois de 01 à 12 (par ex. \"2025-09\", ou \"09/2025\", \"septembre 2025\"), trouvé \"2025-13\""
        ),
        Case(
            id: "three decimals", replace: "3600.50", with: "3600.505",
            message:
                "operators[0].charges[0].annualAmount: attendu un montant en euros, au plus deux décimales (par ex. \"49 000,00\" ou 49000.00), trouvé \"3600.505\" (plus de 2 décimales)"
        ),
        Case(
            id: "amount that overflows", replace: "3600.50", with: "99999999999999999999",
            message:
                "operators[0].charges[0].annualAmount: attendu un montant en euros, au plus deux décimales (par ex. \"49 000,00\" ou 49000.00), trouvé \"99999999999999999999\" (trop grand : au plus 1\u{202F}000\u{202F}000\u{202F}000\u{202F}000,00\u{00A0}€)"
        ),
    ]

    @Test(arguments: cases)
    func badInputGetsOneClearLine(_ c: Case) throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("candidature.json")
        #expect(BadInputTests.valid.contains(c.replace))
        try Data(BadInputTests.valid.replacingOccurrences(of: c.replace, with: c.with).utf8).write(to: file)
        let output = folder.appendingPathComponent("rapport.csv")
        let result = try CLI.run(["run", file.path, "--format", "csv", "--output", output.path])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        let more = c.also.isEmpty ? "" : " (et \(c.also.count) autre erreur dans ce fichier : enveloppe validate \(file.path))"
        #expect(result.standardError == "\(file.path): \(c.message)\(more)\n")
        #expect(!FileManager.default.fileExists(atPath: output.path), "no output file on bad input")
    }

    @Test func theValidFileIsValid() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("candidature.json")
        try Data(BadInputTests.valid.utf8).write(to: file)
        #expect(try CLI.run(["run", file.path]).status == 0)
    }

    @Test func missingFile() throws {
        let result = try CLI.run(["run", "scenarios/absent.json"])
        #expect(result.status == 2)
        #expect(result.standardError == "scenarios/absent.json: fichier introuvable\n")
    }

    @Test func englishMessagesOnRequest() throws {
        let result = try CLI.run(["run", "scenarios/absent.json", "--lang", "en"])
        #expect(result.standardError == "scenarios/absent.json: file not found\n")
    }

    @Test func usageErrors() throws {
        let unknown = try CLI.run(["calcule"])
        #expect(unknown.status == 2)
        #expect(
            unknown.standardError
                == "enveloppe: commande inconnue « calcule » ; commandes : run, budget, check, compare, explain, validate, allocate, whatif, settle, risk, presets, init, convert, schema\n"
        )
        let close = try CLI.run(["chek", "scenarios/vial-ami1-2025.json"])
        #expect(close.status == 2 && close.standardError.hasPrefix("enveloppe: commande inconnue « chek » ; vouliez-vous dire « check » ?"))
        let option = try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--formt", "csv"])
        #expect(option.status == 2 && option.standardError.hasPrefix("enveloppe: option inconnue « --formt » ; vouliez-vous dire « --format » ?"))
        // The command's own options only (`--actuals` is settle's), and none when none is near.
        let actual = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actual", "c.csv", "--lang", "en"])
        #expect(actual.status == 2 && actual.standardError.hasPrefix("enveloppe: unknown option '--actual'; did you mean '--actuals'?"))
        let far = try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--actual", "c.csv"])
        #expect(far.status == 2 && far.standardError.hasPrefix("enveloppe: option inconnue « --actual » (aide"), "\(far.standardError)")
        let format = try CLI.run(["explain", "scenarios/vial-ami1-2025.json", "--format", "xlsx"])
        #expect(
            format.status == 2
                && format.standardError
                    == "enveloppe explain: format « xlsx » non disponible pour cette commande ; formats : text, json\n"
        )
        // A format a command does not produce is refused, never replaced by text.
        let presetsHTML = try CLI.run(["presets", "--format", "html"])
        #expect(presetsHTML.status == 2 && presetsHTML.standardOutput.isEmpty)
        #expect(presetsHTML.standardError == "enveloppe presets: format « html » non disponible pour cette commande ; formats : text\n")
        let misplaced = try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--euros"])
        #expect(
            misplaced.status == 2
                && misplaced.standardError == "enveloppe: l'option --euros ne s'applique pas à « run » (aide : enveloppe help run)\n")
    }
}
