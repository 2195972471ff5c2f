import Foundation
import Testing

/// `enveloppe budget`, `check` and `compare` on the real executable.
@Suite struct JuryCommandsTests {
    @Test func checkExitsWithOneWhenACheckFailsAndZeroOtherwise() throws {
        let coherent = try CLI.run(["check", "scenarios/candidature-a-montpellier-2025.json"])
        #expect(coherent.status == 0)
        #expect(
            coherent.flowingOutput.contains(
                " [ok] Équilibre du budget déposé (sept. 2025 – août 2026) : charges 585\u{202F}000,00\u{00A0}€, produits 585\u{202F}000,00\u{00A0}€."
            )
        )
        let flawed = try CLI.run(["check", "scenarios/candidature-b-montpellier-2025.json"])
        #expect(flawed.status == 1)
        for line in [
            " [échec] Encadrement : 0,3\u{00A0}ETP, minimum attendu 0,5\u{00A0}ETP.",
            " [échec] Équilibre du budget déposé (sept. 2025 – août 2026) : charges 590\u{202F}000,00\u{00A0}€, produits 587\u{202F}000,00\u{00A0}€. Écart produits − charges : -3\u{202F}000,00\u{00A0}€ ; le budget déposé doit être équilibré.",
            " Source : Appel à candidatures « Création d'une équipe Bail d'abord », Préfet de l'Hérault et Montpellier Méditerranée Métropole, 31 octobre 2024, § Objectifs de l'appel à candidature et critères d'éligibilité : « un minimum de 0,5 ETP est attendu sur un poste d'encadrement »",
        ] {
            #expect(flawed.flowingOutput.contains(line), "\(line)")
        }
        // Several files: every report, and the worst status.
        let both = try CLI.run(["check", "scenarios/candidature-a-montpellier-2025.json", "scenarios/candidature-b-montpellier-2025.json"])
        #expect(both.status == 1 && both.standardOutput.components(separatedBy: "Bilan :").count == 3)
        // The outcome first, each failure named, then the failures before the warnings and the checks that pass.
        #expect(
            flawed.standardOutput.hasPrefix(
                "scenarios/candidature-b-montpellier-2025.json — Candidature B : Collectif Solidarité Logement\n  (fictif), équipe Bail d'abord 2025\nBilan : 5 échecs, 14 alertes, 36 contrôles.\n  [échec] Équipe\n  [échec] Encadrement\n"
            ))
        let statuses = flawed.standardOutput.split(separator: "\n").dropFirst(8).compactMap { line in
            ["[échec]", "[alerte]", "[ok]"].firstIndex { line.hasPrefix("  " + $0) }
        }
        #expect(statuses == statuses.sorted() && statuses.first == 0 && statuses.last == 2)
    }

    @Test func aBadBudgetLineGetsItsLineAndColumn() throws {
        let folder = try CLI.temporaryFolder()
        try Data("compte;libellé;montant\n60;Achats;1 000,00\n64;Personnel;12.345\n".utf8).write(to: folder.appendingPathComponent("budget.csv"))
        let scenario =
            #"{"title": "t", "preset": "vial-pas-de-calais-2025-ami1", "budget": {"file": "budget.csv"}, "operators": [{"id": "a", "name": "A", "households": 2}]}"#
        try Data(scenario.utf8).write(to: folder.appendingPathComponent("s.json"))
        let result = try CLI.run(["check", "s.json"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "budget.csv: ligne 3, colonne 3 (montant) : « 12.345 » est ambigu : le point est-il un séparateur de milliers ou décimal ? Écrivez la virgule décimale (1234,56) et rien entre les milliers, ou des espaces\n"
        )
        let missing = try CLI.run(["check", "absent.json"], in: folder)
        #expect(missing.status == 2 && missing.standardError == "absent.json: fichier introuvable\n")
        // A budget the scenario names but that is not beside it: the scenario and its field are named too.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("budget.csv"))
        for command in ["check", "validate", "run"] {
            let noBudget = try CLI.run([command, "s.json"], in: folder)
            #expect(noBudget.status == 2)
            #expect(
                noBudget.standardError
                    == "s.json: budget.file, le budget déposé qu'il nomme (cherché à côté du scénario) : budget.csv: fichier introuvable\n",
                "\(command)")
        }
        // The budget given in place of the scenario is said to be no scenario, not invalid JSON.
        try Data("compte;libellé;montant\n60;Achats;1 000,00\n".utf8).write(to: folder.appendingPathComponent("budget.csv"))
        let swapped = try CLI.run(["run", "budget.csv"], in: folder)
        #expect(swapped.status == 2 && swapped.standardError.hasPrefix("budget.csv: ce n'est pas un scénario (un fichier .json, .xlsx ou .ods)"))
    }

    @Test func budgetInTheFormsLayoutAddsUp() throws {
        let result = try CLI.run(["budget", "scenarios/bail-dabord-montpellier-2025.json"])
        #expect(result.status == 0)
        let text = result.standardOutput
        // Staff: the team, 67 000 + 3 × 52 000 + 2 × 52 000 + 52 000 + 52 000 = 431 000, and 0,5 × 52 000 = 26 000 of
        // gestion locative adaptée beside it: 457 000; all charges 577 000 = the two grants.
        let staffLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("  64 – Charges de personnel ") })
        #expect(staffLine.hasSuffix(" 457\u{202F}000,00\u{00A0}€"))
        #expect(text.contains("TOTAL DES CHARGES") && text.contains("Équilibre : oui, total des charges = total des produits."))
        #expect(text.contains("\n      État – DDETS de l'Hérault – Crédits IML ") && !text.contains("État : État"))
    }

    /// A long label (a 74 line naming its funder, a charge naming its operator) continues on the lines below, two
    /// spaces further in, its amount on its last line: every row within the text's 100 characters.
    @Test func budgetRowsKeepWithinTheWidth() throws {
        for scenario in ["candidature-a-montpellier-2025", "montpellier-2023-cinq-associations"] {
            for language in ["fr", "en"] {
                let result = try CLI.run(["budget", "scenarios/\(scenario).json", "--lang", language])
                #expect(result.status == 0)
                let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.allSatisfy { $0.count <= 100 }, "\(scenario) \(language)")
            }
        }
        let lines = try CLI.run(["budget", "scenarios/candidature-a-montpellier-2025.json"]).standardOutput.split(separator: "\n")
        let first = try #require(lines.firstIndex { $0.hasPrefix("      Intercommunalité (EPCI) : Subvention Montpellier") })
        #expect(!lines[first].hasSuffix("€"))
        #expect(lines[first + 1].hasPrefix("        (crédits FSL) ") && lines[first + 1].hasSuffix(" 227\u{202F}000,00\u{00A0}€"))
        #expect(lines[first + 1].count == 100)
    }

    /// The deposits advanced to landlords (16 entries × 600 € = 9 600 €) are no charge but cash to find: every format
    /// of the budget says them, beside the totals.
    @Test func everyBudgetFormatSaysTheDeposits() throws {
        let budget = ["budget", "scenarios/bail-dabord-montpellier-2025.json"]
        let label = "Cautions avancées aux bailleurs sur la période (hors charges, restituées au glissement du bail)"
        #expect(try CLI.run(budget).flowingOutput.contains(label + " : 9\u{202F}600,00\u{00A0}€."))
        #expect(try CLI.run(budget + ["--format", "html"]).standardOutput.contains(label + "\u{00A0}: 9\u{202F}600,00\u{00A0}€.</p>"))
        #expect(try CLI.run(budget + ["--format", "csv"]).standardOutput.contains("cautions;;;\(label);9600,00;hors budget"))
        #expect(try CLI.run(budget + ["--format", "json"]).standardOutput.contains("\"depositsAdvanced\""))
        #expect(WorkbookDump.text(try CLI.run(budget + ["--format", "xlsx"]).outputBytes).contains(label))
        // Contributions in kind (86 and 87 balance each other) below the totals, with no total of their own: their sum
        // is no figure of the form.
        var scenario =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/bail-dabord-montpellier-2025.json")))
            as? [String: Any] ?? [:]
        scenario["contributionsInKind"] = [["label": "Bénévolat", "amount": "101"]]
        scenario["expected"] = nil
        let kind = try CLI.temporaryFile(
            "nature.json", containing: String(decoding: try JSONSerialization.data(withJSONObject: scenario), as: UTF8.self))
        let inKind = try CLI.run(["budget", kind.path]).standardOutput
        #expect(inKind.contains("  87 – Contributions volontaires en nature") && !inKind.contains("202,00"), "\(inKind)")
        // None advanced, none said.
        #expect(!(try CLI.run(["budget", "scenarios/candidature-b-montpellier-2025.json", "--format", "csv"]).standardOutput.contains("cautions;")))
    }

    @Test func budgetCSVAndWholeEuros() throws {
        let csv = try CLI.run(["budget", "scenarios/candidature-b-montpellier-2025.json", "--format", "csv", "--euros"])
        #expect(Array(csv.outputBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        // 6 500,50 and 62 099,50 € round so that the 590 000,00 € total stays whole: 6 501 + 62 099 (or 6 500 + 62 100).
        #expect(csv.standardOutput.contains("charges;;;TOTAL DES CHARGES;590000,00;total"))
        let lines = csv.standardOutput.components(separatedBy: "\r\n").filter { $0.contains(";détail") }
        #expect(lines.allSatisfy { $0.contains(",00;détail") })
    }

    @Test func compareInTheOrderGiven() throws {
        let result = try CLI.run(["compare", "scenarios/candidature-b-montpellier-2025.json", "scenarios/candidature-a-montpellier-2025.json"])
        #expect(result.status == 0)
        let text = result.standardOutput
        // Columns headed by each application's short name, in the order given.
        let head = try #require(text.split(separator: "\n").first)
        let b = try #require(head.range(of: "Candidature B"))
        let a = try #require(head.range(of: "Candidature A"))
        #expect(b.lowerBound < a.lowerBound)
        // Like with like: the grant requested against the call's, the cap on its own base, the balance, the failing checks by name.
        // Each row's cells, split where the columns are (two spaces or more): B first, then A.
        let cells = { (label: String) -> [String] in
            let row = text.split(separator: "\n").first { $0.hasPrefix("  " + label + "  ") }.map(String.init) ?? ""
            return row.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        // B asks 360 000 € of IML credits where the call provides 350 000 €; A asks what the call provides.
        #expect(
            cells("Crédits IML : subvention demandée") == [
                "Crédits IML : subvention demandée", "360\u{202F}000,00\u{00A0}€ !", "350\u{202F}000,00\u{00A0}€",
            ])
        // The cap on each one's own base: 25 % × 577 000 € = 144 250 €; B's charges outside staff, 201 100 €, are over by
        // 56 850 €; A's, 118 000 € (9 600 + 2 400 + 32 000 + 4 000 + 4 800 + 11 160 + 7 440 + 8 000 + 15 000 + 23 600), leave 26 250 €.
        #expect(
            cells("Plafond des charges") == [
                "Plafond des charges", "dépassé de 56\u{202F}850,00\u{00A0}€ !", "ok, marge 26\u{202F}250,00\u{00A0}€",
            ])
        #expect(201_100 - 577_000 / 4 == 56_850 && 577_000 / 4 - 118_000 == 26_250)
        // B's filed budget: charges 590 000 €, income 587 000 €.
        #expect(cells("Budget équilibré") == ["Budget équilibré", "non, écart -3\u{202F}000,00\u{00A0}€ !", "oui"])
        #expect(
            CLI.flowing(text).contains(
                " En échec : Équipe ; Encadrement ; Équilibre du budget déposé ; Subvention demandée : Crédits IML ; Plafond des charges"))
        #expect(
            text.contains("Trésorerie de départ") && text.contains("Besoin en fonds de roulement de l'action")
                && text.contains("Résultat de l'action une fois tout versé"))
        let csv = try CLI.run(["compare", "scenarios/candidature-a-montpellier-2025.json", "scenarios/vial-ami1-2025.json", "--format", "csv"])
        let rows = String(decoding: csv.outputBytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(rows[1].hasPrefix("scenarios/candidature-a-montpellier-2025.json;") && rows[2].hasPrefix("scenarios/vial-ami1-2025.json;"))
        // VIAL AMI 1: 15 households, 15 × 7 000 = 105 000 € requested, as the call provides.
        #expect(rows[2].contains(";15;") && rows[2].contains(";105000,00;105000,00;"))
        let html = try CLI.run([
            "compare", "scenarios/candidature-a-montpellier-2025.json", "scenarios/candidature-b-montpellier-2025.json", "--format", "html",
        ])
        #expect(
            html.standardOutput.hasPrefix("<!DOCTYPE html>")
                && html.standardOutput.contains("<td class=\"num flagged\">dépassé de 56\u{202F}850,00\u{00A0}€"))
    }

    /// The 2023 scenario's rules are the Métropole's execution report: the compare command gives each application's
    /// kind of rules to its page (and the grants its scenario states, which the report does not give), and the check
    /// page's footer names the report.
    @Test func compareAndCheckNameTheExecutionReport() throws {
        let report = "scenarios/montpellier-2023-cinq-associations.json"
        let compare = try CLI.run(["compare", report, "scenarios/candidature-a-montpellier-2025.json", "--format", "html"])
        #expect(compare.status == 0)
        #expect(compare.standardOutput.contains("<div class=\"note\">le scénario retient 328\u{202F}125,00\u{00A0}€</div>"))
        #expect(compare.standardOutput.contains("<div class=\"note\">l&#39;appel prévoit 350\u{202F}000,00\u{00A0}€</div>"))
        let check = try CLI.run(["check", report, "--format", "html"])
        #expect(
            check.standardOutput.contains(
                "<footer>Chaque contrôle cite la règle qu&#39;il applique\u{00A0}: le rapport d&#39;exécution, ou le champ du scénario quand le texte ne dit rien."
            ))
        let both = try CLI.run(["check", report, "scenarios/candidature-a-montpellier-2025.json", "--format", "html", "--lang", "en"])
        #expect(both.standardOutput.contains("<footer>Each check cites the rule it applies: the source text, or the scenario&#39;s field"))
    }
}
