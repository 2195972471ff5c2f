import Foundation
import Testing

@Suite struct RunCommandTests {
    @Test func theReadmeCommandRunsTheMontpellierScenario() throws {
        let result = try CLI.run(["run", "scenarios/bail-dabord-montpellier-2025.json"])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.contains("Total                                            577\u{202F}000,00\u{00A0}€"))
        #expect(result.standardOutput.contains("Enveloppe par ménage (mesure de 12 mois)   9\u{202F}015,63\u{00A0}€"))
        #expect(result.standardOutput.contains("Crédits FSL par ETP et par an             28\u{202F}375,00\u{00A0}€"))
    }

    /// The working capital need is the cash the action consumes at its worst; a deficit once everything is paid is
    /// the part of it that never comes back. Montpellier 2025: 240 400 € needed, 10 937,50 € lost (the IML service
    /// fait short of its grant), so 240 400 − 10 937,50 = 229 462,50 € advanced and recovered. VIAL AMI 2: the low
    /// point is the end, so the whole need, 68 833,33 €, is the deficit. The 2023 programme ends 256,22 € up: no part.
    @Test func theNeedSaysWhatNeverComesBack() throws {
        let montpellier = try CLI.run(["run", "scenarios/bail-dabord-montpellier-2025.json"]).flowingOutput
        let part =
            "Besoin en fonds de roulement de l'action : 240\u{202F}400,00\u{00A0}€, dont 10\u{202F}937,50\u{00A0}€ ne reviennent pas (le déficit de l'action une fois tout versé) et 229\u{202F}462,50\u{00A0}€ sont avancés puis recouvrés."
        #expect(montpellier.contains(CLI.flowing(part)))
        #expect(montpellier.components(separatedBy: "ne reviennent pas").count == 3, "the treasury's note and its check")
        let vial = try CLI.run(["run", "scenarios/vial-ami2-2025.json"]).flowingOutput
        #expect(
            vial.contains(
                CLI.flowing(
                    "Besoin en fonds de roulement de l'action : 68\u{202F}833,33\u{00A0}€, que les versements ne rattrapent jamais : tout ce besoin est le déficit de l'action une fois tout versé et ne revient pas."
                )))
        let page = try CLI.run(["run", "scenarios/vial-ami2-2025.json", "--format", "html"]).standardOutput
        #expect(page.contains("tout le besoin en fonds de roulement, qui ne revient pas"))
        let surplus = try CLI.run(["run", "scenarios/montpellier-2023-cinq-associations.json"])
        #expect(
            !surplus.standardOutput.contains("ne revien")
                && surplus.flowingOutput.contains("(l'argent avancé avant que les versements ne rattrapent les dépenses"))
    }

    @Test(arguments: [
        "aml-pas-de-calais-2019.json", "bail-dabord-montpellier-2025-groupement.json", "bail-dabord-montpellier-2025.json",
        "montpellier-2023-cinq-associations.json", "vial-ami1-2025.json", "vial-ami2-2025.json",
    ])
    func everyScenarioRunsInEveryFormatAndLanguage(_ file: String) throws {
        for format in ["text", "csv", "json"] {
            for language in ["fr", "en"] {
                let result = try CLI.run(["run", "scenarios/\(file)", "--format", format, "--lang", language])
                // vial-ami2-2025.json fails the cap on purpose (exit 1): its charges exceed 25 % of what is paid.
                #expect(result.status == (file == "vial-ami2-2025.json" ? 1 : 0), "\(file) \(format) \(language): \(result.standardError)")
                #expect(result.standardError.isEmpty)
                #expect(!result.outputBytes.isEmpty)
            }
        }
    }

    /// An association may start on an overdraft: -20 000 € at the start of Montpellier 2025 takes the low point from
    /// -240 400 € to -260 400 €, the same 240 400 € the action consumes (its need does not depend on the start) and
    /// 260 400 € to find below zero; every month is in the red. A negative amount elsewhere is still refused.
    @Test func aTreasuryMayStartOnAnOverdraft() throws {
        var scenario =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/bail-dabord-montpellier-2025.json"))) as! [String: Any]
        scenario["openingBalance"] = "-20 000,00"
        scenario["expected"] = nil
        let file = try CLI.temporaryFile(
            "decouvert.json", containing: String(decoding: try JSONSerialization.data(withJSONObject: scenario), as: UTF8.self))
        let result = try CLI.run(["run", file.path])
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.flowingOutput
        #expect(text.contains("Trésorerie de départ -20\u{202F}000,00\u{00A0}€"))
        #expect(text.contains("Point bas de la trésorerie (août 2026) -260\u{202F}400,00\u{00A0}€"))
        #expect(text.contains("Besoin en fonds de roulement de l'action 240\u{202F}400,00\u{00A0}€"))
        #expect(text.contains("À financer au-delà de la trésorerie de départ 260\u{202F}400,00\u{00A0}€"))
        scenario["otherIncome"] = [["label": "Reprise", "amount": "-5,00"]]
        let negative = try CLI.temporaryFile(
            "negatif.json", containing: String(decoding: try JSONSerialization.data(withJSONObject: scenario), as: UTF8.self))
        let refused = try CLI.run(["validate", negative.path])
        #expect(
            refused.status == 2 && refused.standardError.contains("otherIncome[0].amount: attendu un montant positif ou nul"),
            "\(refused.standardError)")
    }

    @Test func csvGivesTheMonthlyTableForAFrenchSpreadsheet() throws {
        let result = try CLI.run(["run", "scenarios/vial-ami2-2025.json", "--format", "csv"])
        #expect(Array(result.outputBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: result.outputBytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("mois;ménages accompagnés;entrées;sorties;ménages logés;mesures-mois cumulées;"))
        // November 2025: one household enters; the 12 833,33 € reversement is paid in April 2027.
        #expect(lines[1].hasPrefix("2025-11;1;1;0;1;1;"))
        #expect(lines.contains { $0.hasPrefix("2027-04;") && $0.contains(";12833,33;") })
        #expect(lines.count == 1 + 18 + 1)  // header, nov. 2025 to apr. 2027, and the final empty string after CRLF
        // After the convention (oct. 2026), households and FTE are no longer counted: empty, as in the text, not zero.
        let after = try #require(lines.first { $0.hasPrefix("2026-11;") })
        #expect(after.hasPrefix("2026-11;;;;;") && after.split(separator: ";", omittingEmptySubsequences: false)[6].isEmpty, "\(after)")
    }

    @Test func csvFiguresTableOnRequest() throws {
        let result = try CLI.run(["run", "scenarios/vial-ami2-2025.json", "--format", "csv", "--table", "figures"])
        #expect(result.standardOutput.contains(";paiement.vial.reversement;"))
        #expect(result.standardOutput.contains(";12833,33;EUR;"))
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let folder = try CLI.temporaryFolder()
        let output = folder.appendingPathComponent("rapport.html")
        let result = try CLI.run(["run", "scenarios/bail-dabord-montpellier-2025.json", "--format", "html", "--output", output.path])
        #expect(result.status == 0)
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg") && html.contains("577\u{202F}000,00\u{00A0}€"))
        // Nothing fetched from elsewhere: no script, stylesheet, image or font from another file or site.
        for forbidden in ["<script", "<link", "<img", "@import", "url(", "src="] { #expect(!html.contains(forbidden), "\(forbidden)") }
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
    }

    @Test func jsonIsValidForMachines() throws {
        let result = try CLI.run(["run", "scenarios/aml-pas-de-calais-2019.json", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.outputBytes)) as? [String: Any]
        #expect((object?["households"] as? Int) == 58)
    }

    @Test func outputFileIsWrittenWhole() throws {
        let folder = try CLI.temporaryFolder()
        let output = folder.appendingPathComponent("rapport.csv")
        let result = try CLI.run(["run", "scenarios/bail-dabord-montpellier-2025.json", "--format", "csv", "--output", output.path])
        #expect(result.status == 0 && result.standardOutput.isEmpty)
        let written = try [UInt8](Data(contentsOf: output))
        let direct = try CLI.run(["run", "scenarios/bail-dabord-montpellier-2025.json", "--format", "csv"])
        #expect(written == direct.outputBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rapport.csv"])  // no temporary left
    }

    /// The output file's extension chooses the format when `--format` is not given, and is never contradicted: text
    /// written to a `.xlsx` is a file no spreadsheet opens (found by a new-user trial of `settle`).
    @Test func theOutputFilesExtensionChoosesTheFormat() throws {
        let folder = try CLI.temporaryFolder()
        let scenario = "scenarios/bail-dabord-montpellier-2025.json"
        for (name, format) in [("rapport.CSV", "csv"), ("rapport.htm", "html"), ("rapport.xlsx", "xlsx"), ("rapport.txt", "text")] {
            let output = folder.appendingPathComponent(name)
            #expect(try CLI.run(["run", scenario, "--output", output.path]).status == 0, "\(name)")
            let direct = folder.appendingPathComponent("direct-" + name)
            #expect(try CLI.run(["run", scenario, "--format", format, "--output", direct.path]).status == 0, "\(name)")
            #expect(try Data(contentsOf: output) == Data(contentsOf: direct), "\(name)")
        }
        // A name without a known extension keeps the default, text.
        let plain = folder.appendingPathComponent("rapport")
        #expect(try CLI.run(["run", scenario, "--output", plain.path]).status == 0)
        #expect(try String(contentsOf: plain, encoding: .utf8).contains("577\u{202F}000,00\u{00A0}€"))

        let clash = try CLI.run(["run", scenario, "--format", "html", "--output", folder.appendingPathComponent("x.xlsx").path])
        #expect(clash.status == 2)
        #expect(clash.standardError.contains("--format html et --output"), "\(clash.standardError)")
        #expect(clash.standardError.contains("ne disent pas le même format"), "\(clash.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.xlsx").path))
        let unwritten = try CLI.run(["explain", scenario, "--output", folder.appendingPathComponent("x.ods").path])
        #expect(unwritten.status == 2)
        #expect(unwritten.standardError.contains("n'écrit pas de fichier .ods ; formats : text, json"), "\(unwritten.standardError)")
        // The extension is named as typed.
        let typed = try CLI.run(["explain", scenario, "--output", folder.appendingPathComponent("x.HTM").path])
        #expect(typed.status == 2 && typed.standardError.contains("n'écrit pas de fichier .HTM ;"), "\(typed.standardError)")
        // A spreadsheet's or a document's extension that no command writes is refused, with what to write instead.
        for refused in ["x.xls", "x.pdf", "x.docx"] {
            let result = try CLI.run(["run", scenario, "--output", folder.appendingPathComponent(refused).path])
            #expect(result.status == 2, "\(refused)")
            #expect(result.standardError.contains("enveloppe n'écrit pas de fichier ." + refused.dropFirst(2)), "\(result.standardError)")
            #expect(result.standardError.contains("un classeur .xlsx ou .ods"), "\(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(refused).path))
        }
        // --table with a workbook's name: the name is what to change.
        let table = try CLI.run(["run", scenario, "--table", "figures", "--output", folder.appendingPathComponent("t.xlsx").path])
        #expect(table.status == 2 && table.standardError.contains("écrivez dans un fichier .csv"), "\(table.standardError)")
    }

    /// The Métropole pays its FSL credits 50 % then 30 % (the risk scenario): 227 000 × 80 % − 113 500 = 68 100 € of
    /// instalment, in a column of its own, so that the total row adds up to what is due: 323 500 + 68 100 + 174 462,50
    /// = 566 062,50 € (339 062,50 € for the IML line and 227 000 € for the FSL line); each funder's terms are said.
    @Test func termsSayWhenTheAdvanceArrives() throws {
        // VIAL's text: « une avance de 60 % versée dès signature de la convention »; the AMI 2 scenario dates it a month
        // after the start: both are said, neither hidden. A call without terms (Montpellier) takes the scenario's months.
        let vial = try CLI.run(["run", "scenarios/vial-ami2-2025.json"]).flowingOutput
        #expect(
            vial.contains(
                "Avance de 60\u{00A0}% à la signature (scénario : versée 1 mois après le début de la convention), solde sur service fait (scénario : versé 6 mois après la fin de la convention) ["
            ))
        let montpellier = try CLI.run(["run", "scenarios/bail-dabord-montpellier-2025.json"]).flowingOutput
        #expect(
            montpellier.contains(
                "Avance de 60\u{00A0}% (versée 2 mois après le début de la convention), solde sur service fait (versé 6 mois après la fin de la convention) : HYPOTHÈSE"
            ))
        #expect(!montpellier.contains("%\u{00A0}à la signature"))
    }

    @Test func instalmentsHaveAColumnAndTheTotalAddsUp() throws {
        let result = try CLI.run(["run", "scenarios/bail-dabord-montpellier-2025-risque.json"])
        let lines = result.standardOutput.components(separatedBy: "\n")
        // Wider than the page, the schedule is in two parts: its total row is the advance's, then the balance's.
        let first = try #require(lines.firstIndex { $0.hasPrefix("  Total ") && $0.contains("68\u{202F}100,00") })
        let second = try #require(lines[(first + 1)...].first { $0.hasPrefix("  Total ") })
        let total = lines[first] + second.dropFirst("  Total ".count)
        let amounts = total.split(separator: "€").map { $0.split(separator: " ").last.map(String.init) ?? "" }
        #expect(
            amounts.prefix(5) == [
                "577\u{202F}000,00\u{00A0}", "323\u{202F}500,00\u{00A0}", "68\u{202F}100,00\u{00A0}", "566\u{202F}062,50\u{00A0}",
                "174\u{202F}462,50\u{00A0}",
            ])
        #expect(lines.contains { $0.contains("Acomptes") && $0.hasPrefix("  Ligne") })
        #expect(
            result.flowingOutput.contains(
                " Crédits FSL : avance de 50\u{00A0}% (versée 2 mois après le début de la convention), puis un acompte de 30\u{00A0}% (6 mois après le début), solde sur service fait (versé 4 mois après la fin de la convention)"
            ))
        // The checks say the Métropole's own terms too, as an assumption of the scenario.
        #expect(
            result.flowingOutput.contains(
                " [alerte] Conditions de versement de Montpellier Méditerranée Métropole : avance de 50\u{00A0}%, puis 30\u{00A0}%, solde sur service fait, conditions propres à ce financeur que le scénario retient. "
            ))
    }

    @Test func refusesToOverwriteItsInput() throws {
        let folder = try CLI.temporaryFolder()
        let input = folder.appendingPathComponent("s.json")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("scenarios/vial-ami1-2025.json"), to: input)
        let before = try Data(contentsOf: input)
        let result = try CLI.run(["run", input.path, "--output", input.path])
        #expect(result.status == 2)
        #expect(result.standardError == "\(input.path): c'est le fichier lu en entrée ; choisissez un autre fichier de sortie\n")
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func aFailedCheckExitsWithOne() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("equipe-incomplete.json")
        let text = #"""
            {"title": "Équipe incomplète", "preset": "bail-dabord-montpellier-2024",
             "rules": {"paymentTerms": {"advanceRate": "60 %"}},
             "operators": [{"id": "a", "name": "A", "households": 64,
               "staff": [{"title": "ES", "role": "socialWork", "fte": 7, "annualCostPerFTE": 52000}]}]}
            """#
        try Data(text.utf8).write(to: file)
        let result = try CLI.run(["run", file.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("[échec] Équipe : 7\u{00A0}ETP pour 8\u{00A0}ETP attendus. Il manque 1\u{00A0}ETP."))
        #expect(result.standardOutput.contains("[échec] Encadrement : 0\u{00A0}ETP, minimum attendu 0,5\u{00A0}ETP."))
    }

    @Test func anUnwritableOutputLeavesNothingBehind() throws {
        let folder = try CLI.temporaryFolder()
        let output = folder.appendingPathComponent("absent/rapport.html")
        let result = try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--format", "html", "--output", output.path])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("\(output.path): écriture impossible ("))
        #expect(result.standardError.hasSuffix("; aucun fichier n'a été écrit\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anExistingOutputIsReplacedWhole() throws {
        let folder = try CLI.temporaryFolder()
        let output = folder.appendingPathComponent("rapport.csv")
        try Data(String(repeating: "ancien contenu\n", count: 10_000).utf8).write(to: output)
        #expect(try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--format", "csv", "--output", output.path]).status == 0)
        let written = try [UInt8](Data(contentsOf: output))
        #expect(Array(written.prefix(8)) == [0xEF, 0xBB, 0xBF] + Array("mois;".utf8))
        #expect(!String(decoding: written, as: UTF8.self).contains("ancien contenu"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rapport.csv"])
    }
}
