import Foundation
import Testing

@Suite struct OtherCommandsTests {
    static let presets = [
        "bail-dabord-montpellier-2024", "bail-dabord-montpellier-2023", "vial-pas-de-calais-2025-ami1",
        "vial-pas-de-calais-2025-ami2", "aml-pas-de-calais-2019",
    ]

    @Test func presetsListsEveryCallWithItsSources() throws {
        let result = try CLI.run(["presets"])
        #expect(result.status == 0)
        for id in OtherCommandsTests.presets { #expect(result.standardOutput.contains(id + "\n")) }
        #expect(
            result.flowingOutput.contains(
                "Appel à projets VIAL (Vers l'Insertion et l'Autonomie en Logement), Département du Pas-de-Calais, 2025, § 3. Modalités de financement"
            ))
        #expect(result.flowingOutput.contains("non fixées par le texte, à donner dans le scénario (rules.paymentTerms)"))
    }

    @Test(arguments: presets)
    func initWritesAStarterThatRuns(_ preset: String) throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("nouveau.json")
        let written = try CLI.run(["init", preset, file.path])
        #expect(written.status == 0)
        let run = try CLI.run(["run", file.path])
        #expect(run.status == 0, "\(run.standardError)")
        // A second init does not replace the file without --force.
        let again = try CLI.run(["init", preset, file.path])
        #expect(again.status == 2)
        #expect(again.standardError == "\(file.path): le fichier existe déjà ; ajoutez --force pour le remplacer\n")
        #expect(try CLI.run(["init", preset, file.path, "--force"]).status == 0)
    }

    @Test func initRefusesAnUnknownPreset() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["init", "vial", folder.appendingPathComponent("x.json").path])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("enveloppe init: préréglage inconnu \"vial\""))
    }

    /// A file name whose extension is not a scenario's is refused: `init` never writes JSON into `candidature.csv`.
    @Test func initRefusesAnotherExtension() throws {
        let folder = try CLI.temporaryFolder()
        for name in ["candidature.csv", "candidature"] {
            let file = folder.appendingPathComponent(name)
            let result = try CLI.run(["init", "vial-pas-de-calais-2025-ami1", file.path])
            #expect(result.status == 2)
            #expect(result.standardError.hasPrefix("enveloppe: « \(file.path) » : extension attendue .json, .xlsx ou .ods"))
            #expect(!FileManager.default.fileExists(atPath: file.path))
        }
    }

    /// `--lang=en` is `--lang en`, and a language or a format is read in any case; an operand is left as it is.
    @Test func optionsWrittenWithAnEqualsSignOrInCapitals() throws {
        let usual = try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--lang", "en", "--format", "csv"])
        for arguments in [["--lang=en", "--format=csv"], ["--lang", "EN", "--format", "CSV"], ["--lang=En", "-f", "Csv"]] {
            let result = try CLI.run(["run", "scenarios/vial-ami1-2025.json"] + arguments)
            #expect(result.status == 0 && result.outputBytes == usual.outputBytes, "\(arguments)")
        }
        #expect(try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--lang=de"]).status == 2)
    }

    /// Too few or too many arguments are counted before the usage line; a bad --amount says why it is no amount.
    @Test func argumentsAreCounted() throws {
        let one = try CLI.run(["compare", "scenarios/vial-ami1-2025.json"])
        #expect(one.status == 2 && one.standardError.hasPrefix("enveloppe: « compare » attend au moins 2 arguments, 1 donné ; usage : "))
        let two = try CLI.run(["run", "a.json", "b.json"])
        #expect(two.status == 2 && two.standardError.hasPrefix("enveloppe: « run » attend 1 argument, 2 donnés ; usage : "))
        #expect(one.standardError.hasSuffix("(aide : enveloppe help compare)\n"))
        let amount = try CLI.run(["whatif", "--amount", "227.000"])
        #expect(
            amount.status == 2
                && amount.standardError.hasPrefix(
                    "enveloppe: --amount : « 227.000 » n'est pas un montant (un point entre les milliers ? écrire 1 234,56 ou 1234,56")
        )
    }

    @Test func schemaIsJSON() throws {
        let result = try CLI.run(["schema"])
        #expect(result.status == 0)
        let schema = try JSONSerialization.jsonObject(with: Data(result.outputBytes)) as? [String: Any]
        #expect(schema?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    /// In English, the same schema (keys, types, constraints) with every title and description in English: each
    /// French text has its translation, and none is left.
    @Test func schemaInEnglishIsTheSameSchemaInEnglish() throws {
        func texts(_ value: Any, into list: inout [String]) -> Any {
            if let object = value as? [String: Any] {
                var kept: [String: Any] = [:]
                for (key, member) in object {
                    if key == "description" || key == "title", let text = member as? String {
                        list.append(text)
                    } else {
                        kept[key] = texts(member, into: &list)
                    }
                }
                return kept
            }
            if let array = value as? [Any] { return array.map { texts($0, into: &list) } }
            return value
        }
        var french: [String] = []
        var english: [String] = []
        let frenchSchema = texts(try JSONSerialization.jsonObject(with: Data(try CLI.run(["schema"]).outputBytes)), into: &french)
        let englishSchema = texts(
            try JSONSerialization.jsonObject(with: Data(try CLI.run(["schema", "--lang", "en"]).outputBytes)), into: &english)
        let sorted = { (value: Any) in try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) }
        #expect(try sorted(frenchSchema) == sorted(englishSchema))
        #expect(french.count == english.count && french.count > 50)
        #expect(Set(french).isDisjoint(with: english), "\(Set(french).intersection(english))")
        #expect(english.contains("Amount in euros, two decimals at most: 49000, 49000.00 or \"49 000,00 €\"."))
    }

    @Test func helpForEachCommand() throws {
        let main = try CLI.run(["--help"])
        #expect(main.status == 0 && main.standardOutput.contains("Usage : enveloppe COMMANDE [options]"))
        for command in ["run", "budget", "check", "compare", "explain", "validate", "allocate", "whatif", "settle", "presets", "init", "schema"] {
            let result = try CLI.run([command, "--help"])
            #expect(result.status == 0 && result.standardOutput.contains("enveloppe \(command)"))
        }
        let english = try CLI.run(["help", "run", "--lang", "en"])
        #expect(english.standardOutput.hasPrefix("Usage: enveloppe run FILE"))
        // The run's help names the working capital need as the report does (the figure's label).
        #expect(english.standardOutput.contains("the treasury's low point and the action's working capital need;"))
        #expect(
            try CLI.run(["help", "run"]).standardOutput.contains("le point bas de la trésorerie et le besoin en fonds de roulement de l'action ;"))
        #expect(try CLI.run([]).status == 0)
    }
}
