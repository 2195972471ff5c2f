import Foundation
import Testing

/// `enveloppe allocate`, `whatif` and `settle` on the real executable.
@Suite struct FunderCommandsTests {
    @Test func allocateTheAMLMeasures() throws {
        let result = try CLI.run(["allocate", "scenarios/aml-pas-de-calais-2019.json"])
        #expect(result.status == 0)
        // The call fixes the split, « soit 26 mesures pour l'Artois et 32 mesures pour Lens-Hénin »: at 5 000 € a measure,
        // 130 000 and 160 000 € (populations would have given 25 and 33; the DIHAL's decision stands).
        #expect(result.standardOutput.contains("Association de l'Artois (fictive)    Artois           26  130\u{202F}000,00\u{00A0}€"))
        #expect(result.standardOutput.contains("Association de Lens-Hénin (fictive)  Lens-Hénin       32  160\u{202F}000,00\u{00A0}€"))
        #expect(
            result.flowingOutput.contains("[ok] Territoire Artois : 26 mesures attribuées à ses candidats pour le quota de l'appel, 26 mesures."))
        let csv = try CLI.run(["allocate", "scenarios/vial-ami2-2025-repartition-territoires.json", "--format", "csv"])
        let rows = String(decoding: csv.outputBytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        // From the scenario's worked split: 40 / 52 of 15, 25, 12 = 11,54, 19,23, 9,23: 11 + 19 + 9 = 39, the 40th to the largest
        // remainder (Audomarois): 12, 19, 9; then the total row and the unallocated row.
        #expect(rows.dropFirst().prefix(5).map { $0.split(separator: ";", omittingEmptySubsequences: false)[3] } == ["12", "19", "9", "40", "0"])
        let missing = try CLI.run(["allocate", "scenarios/vial-ami1-2025.json"])
        #expect(
            missing.status == 2
                && missing.standardError
                    == "scenarios/vial-ami1-2025.json: pas de bloc « allocation » dans ce scénario (ni de feuille Candidats dans un classeur) : rien à répartir (voir docs/scenario-format.md, ou l'exemple scenarios/vial-ami2-2025-repartition-territoires.json)\n"
        )
    }

    /// The VIAL AMI 2 split with an envelope of 286 000 € (40 measures at 7 000 € and 6 000 € over) shared by the
    /// jury's rank: Montreuillois (rank 1) 12, Boulonnais (2) 25, then 3 measures left for the Audomarois, under its
    /// minimum of 5: it gets none, and the report says so; 3 measures (21 000 €) and the 6 000 € stay unallocated.
    @Test func anAmountAndARankAreSaidAsTheyAre() throws {
        let folder = try CLI.temporaryFolder()
        let source = CLI.packageRoot.appendingPathComponent("scenarios/vial-ami2-2025-repartition-territoires.json")
        var scenario = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        var allocation = try #require(scenario["allocation"] as? [String: Any])
        allocation["envelope"] = ["amount": "286 000"]
        allocation["method"] = "byRank"
        let ranks = ["audomarois": 3, "boulonnais": 2, "montreuillois": 1]
        allocation["candidates"] = try #require(allocation["candidates"] as? [[String: Any]]).map { candidate in
            var ranked = candidate
            ranked["rank"] = ranks[candidate["id"] as? String ?? ""]
            return ranked
        }
        scenario["allocation"] = allocation
        let file = folder.appendingPathComponent("rang.json")
        try JSONSerialization.data(withJSONObject: scenario).write(to: file)
        let result = try CLI.run(["allocate", file.path])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.flowingOutput
        #expect(
            lines.contains(
                "Enveloppe : 286\u{202F}000,00\u{00A0}€, soit 40 mesures à 7\u{202F}000,00\u{00A0}€ (280\u{202F}000,00\u{00A0}€) ; les 6\u{202F}000,00\u{00A0}€ restants ne suffisent pas pour une mesure"
            ))
        #expect(
            lines.contains(
                " Reste non attribué : 3 mesures (21\u{202F}000,00\u{00A0}€) et 6\u{202F}000,00\u{00A0}€ qui ne suffisent pas pour une mesure, soit 27\u{202F}000,00\u{00A0}€ au total."
            ))
        #expect(
            lines.contains(
                " Association de l'Audomarois (fictive) : rien, il ne restait que 3 mesures à son tour, en deçà de son minimum de 5 mesures."))
    }

    /// An amount shared in cents under a call with no price per measure (Montpellier: 577 000 € by weight): no column
    /// of measures or of requests, empty on every row, and the whole envelope given out said in words.
    @Test func anAmountSharedInCentsHasNoEmptyColumns() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("montpellier.json")
        try Data(
            #"{"title": "Trois candidats", "preset": "bail-dabord-montpellier-2024", "rules": {"paymentTerms": {"advanceRate": "60 %"}}, "allocation": {"envelope": {"amount": "577 000"}, "method": "proportional", "candidates": [{"id": "a", "name": "A", "weight": 3}, {"id": "b", "name": "B", "weight": 3}, {"id": "c", "name": "C", "weight": 1}]}}"#
                .utf8
        ).write(to: file)
        let result = try CLI.run(["allocate", file.path])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.components(separatedBy: "\n")
        let header = try #require(lines.first { $0.hasPrefix("  Candidat") })
        #expect(header.contains("Montant") && !header.contains("Mesures") && !header.contains("Demandé"))
        // 577 000 × 3 / 7 = 247 285,714… twice and 82 428,571…: the leftover cent to A (larger remainder tie: smaller identifier).
        #expect(lines.contains { $0.hasPrefix("  A ") && $0.contains("247\u{202F}285,72\u{00A0}€") })
        #expect(lines.contains("  Toute l'enveloppe est attribuée."))
        // In measures, the same call has no price to cost them: said as such, at the field.
        let measures = folder.appendingPathComponent("mesures.json")
        try Data(
            #"{"title": "Trois candidats", "preset": "bail-dabord-montpellier-2024", "rules": {"paymentTerms": {"advanceRate": "60 %"}}, "allocation": {"envelope": {"measures": 64}, "method": "proportional", "candidates": [{"id": "a", "name": "A", "weight": 3}]}}"#
                .utf8
        ).write(to: measures)
        let refused = try CLI.run(["allocate", measures.path])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("allocation.envelope.measures: le texte (Appel à candidatures"))
        #expect(refused.standardError.contains("ne fixe pas de prix par mesure : une enveloppe en mesures ne peut pas être chiffrée"))
    }

    /// By rank under the call's quotas (AML 2019: 26 measures for the Artois, 32 for Lens-Hénin), each territory's
    /// measures are shared apart: a second Artois candidate (rank 2, asking 10, minimum 5) finds 26 − 24 = 2 measures
    /// left in its territory, not the 58 − 24 − 30 of the envelope, and is told so.
    @Test func aRankWithinATerritoryCountsItsQuota() throws {
        let folder = try CLI.temporaryFolder()
        let source = CLI.packageRoot.appendingPathComponent("scenarios/aml-pas-de-calais-2019.json")
        var scenario = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        scenario["allocation"] = [
            "envelope": ["measures": 58], "method": "byRank",
            "candidates": [
                ["id": "artois", "name": "Artois 1", "territory": "Artois", "requested": 24, "rank": 1],
                ["id": "artois-2", "name": "Artois 2", "territory": "Artois", "requested": 10, "minimum": 5, "rank": 2],
                ["id": "lens-henin", "name": "Lens-Hénin 1", "territory": "Lens-Hénin", "requested": 40, "rank": 1],
            ],
        ]
        let file = folder.appendingPathComponent("rang-aml.json")
        try JSONSerialization.data(withJSONObject: scenario).write(to: file)
        let result = try CLI.run(["allocate", file.path])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.components(separatedBy: "\n")
        #expect(lines.contains("  Artois 2 : rien, il ne restait que 2 mesures à son tour, en deçà de son minimum de 5 mesures."))
        #expect(lines.contains("  Lens-Hénin 1 : 32 mesures pour 40 mesures demandées, ce qui restait à son tour."))
    }

    @Test func whatIf() throws {
        let result = try CLI.run(["whatif", "--amount", "227 000", "--households", "64"])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.contains(
                "VIAL, Pas-de-Calais, AMI 1 (2025)       7\u{202F}000,00\u{00A0}€                                 32  3\u{202F}000,00\u{00A0}€               448\u{202F}000,00\u{00A0}€"
            ))
        #expect(try CLI.run(["whatif", "--amount", "douze"]).status == 2)
    }

    /// `--table activity`: each association's household-months as the counts file gives them, summed here from the file
    /// itself (C's June and E's December missing, taken as zero); `--table` names a CSV table and asks for `--format csv`.
    @Test func settleWritesTheActivityTableAsCSV() throws {
        let counts = try String(contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/montpellier-2023-comptages.csv"), encoding: .utf8)
        var counted: [String: Int] = [:]
        for line in counts.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ";")
            counted[String(fields[1]), default: 0] += Int(fields[2].trimmingCharacters(in: .whitespaces))!
        }
        let arguments = [
            "settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv", "--format",
            "csv", "--table", "activity",
        ]
        let result = try CLI.run(arguments)
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false) }
        #expect(rows.first?.first == "\u{FEFF}structure")
        #expect(rows.first?.last == "mois sans comptage (comptés zéro)")
        let c = try #require(rows.first { $0.first == "Association C (fictive)" })
        #expect(Int(c[2]) == counted["association-c"])
        #expect(Int(c[3]) == counted["association-c"]! - Int(c[1])!)
        #expect(c[5] == "juin 2023")
        let e = try #require(rows.first { $0.first == "Association E (fictive)" })
        #expect(Int(e[2]) == counted["association-e"] && e[5] == "déc. 2023")

        let text = try CLI.run(Array(arguments.dropLast(4)) + ["--table", "activity"])
        #expect(text.status == 2)
        #expect(text.standardError.contains("ajoutez --format csv"))
        let unknown = try CLI.run(Array(arguments.dropLast(1)) + ["mois"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("tableaux : payments (paiements par convention), activity (mesures-mois par structure)"))
    }

    @Test func settleTheMontpellier2023Year() throws {
        let result = try CLI.run([
            "settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv",
        ])
        #expect(result.status == 0)
        // Each association on its own convention: E counted 125 household-months (no December count, taken as zero) of
        // the 144 its share of 65 625 € funds: 65 625 × 125 / 144 = 56 966,145… → 56 966,15 €.
        #expect(result.standardOutput.contains("  Association E (fictive)           135     125    -10                  135"))
        #expect(result.standardOutput.contains("56\u{202F}966,15\u{00A0}€"))
        #expect(result.flowingOutput.contains("mois sans comptage (comptés zéro) : déc. 2023"))
        let html = try CLI.run([
            "settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv", "--format",
            "html",
        ])
        #expect(html.standardOutput.hasPrefix("<!DOCTYPE html>"))
        // Its derivation rests on the operand the run's service fait rests on, C's own share of the line (65 625 €), not on
        // the line's amount, and names the counts by the operator's identifier in either language, the words being the
        // renderer's (never the path `actuals[…]`, code in a French sentence).
        for (language, counts) in [
            ("fr", "125 logements-mois ← comptages mensuels (association-c) : voir enveloppe settle"),
            ("en", "125 dwelling-months ← monthly counts (association-c): see enveloppe settle"),
        ] {
            let explained = try CLI.run([
                "explain", "scenarios/montpellier-2023-cinq-associations.json", "solde-annuel.association-c.iml.service-fait", "--actuals",
                "scenarios/montpellier-2023-comptages.csv", "--lang", language,
            ])
            #expect(explained.standardOutput.contains(counts), "\(explained.standardOutput)")
            #expect(explained.standardOutput.contains("├─ operateur.association-c.iml = "))
            #expect(!explained.standardOutput.contains("plan pour"))
        }
        // A settled figure asked without the counts: said to need them; a row's identifier less its part: its parts.
        let withoutCounts = try CLI.run(["explain", "scenarios/montpellier-2023-cinq-associations.json", "solde-annuel.association-a.iml.solde"])
        #expect(
            withoutCounts.status == 2 && withoutCounts.standardError.contains("est un chiffre du solde, qui vient des comptages : ajoutez --actuals"))
        let stem = try CLI.run([
            "explain", "scenarios/montpellier-2023-cinq-associations.json", "solde-annuel.association-a.iml", "--actuals",
            "scenarios/montpellier-2023-comptages.csv",
        ])
        #expect(
            stem.status == 2
                && stem.standardError.contains("par exemple : solde-annuel.association-a.iml.prevu, solde-annuel.association-a.iml.a-date"))
        #expect(!stem.standardError.contains("association-b"), "\(stem.standardError)")
        // Counted to June only: the year's unit-months are the counts, then the plan for July to December, both named.
        let folder = try CLI.temporaryFolder()
        let june = folder.appendingPathComponent("juin.csv")
        let counts = try String(contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/montpellier-2023-comptages.csv"), encoding: .utf8)
        try Data(counts.split(separator: "\n").filter { !$0.hasPrefix("2023-") || $0.prefix(7) <= "2023-06" }.joined(separator: "\n").utf8).write(
            to: june)
        let forecast = try CLI.run([
            "explain", "scenarios/montpellier-2023-cinq-associations.json", "solde-annuel.association-a.iml.service-fait", "--actuals", june.path,
        ])
        #expect(
            forecast.standardOutput.contains(
                "136 logements-mois ← comptages mensuels (association-a), et le plan (operators[0].intake) pour les mois pas encore comptés : voir enveloppe settle"
            ), "\(forecast.standardOutput)")
    }

    /// VIAL has no territory quotas: a candidate left with nothing by rank is told the envelope was used up (40
    /// measures: 25 to rank 1, 15 to rank 2, none for rank 3), never that its territory's measures were.
    @Test func byRankWithoutQuotasSaysTheEnvelopeWasUsedUp() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("rang.json")
        var scenario =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/vial-ami2-2025.json"))) as! [String: Any]
        scenario["expected"] = nil
        scenario["allocation"] = [
            "envelope": ["measures": 40], "method": "byRank",
            "candidates": [
                ["id": "audomarois", "name": "Audomarois", "territory": "Audomarois", "requested": 15, "rank": 2],
                ["id": "boulonnais", "name": "Boulonnais", "territory": "Boulonnais", "requested": 25, "rank": 1],
                ["id": "montreuillois", "name": "Montreuillois", "territory": "Montreuillois", "requested": 12, "rank": 3],
            ],
        ]
        try JSONSerialization.data(withJSONObject: scenario).write(to: file)
        for (language, nothing) in [
            ("fr", "Montreuillois : rien, l'enveloppe était épuisée à son tour."),
            ("en", "Montreuillois: nothing, the envelope was used up when its turn came."),
        ] {
            let result = try CLI.run(["allocate", file.path, "--lang", language])
            #expect(result.status == 0)
            #expect(result.standardOutput.contains(nothing), "\(result.standardOutput)")
            #expect(!result.standardOutput.contains(language == "fr" ? "territoire étaient" : "territory's measures"))
        }
    }

    /// A convention of the application with one operator names that operator, not the scenario's title.
    @Test func settleNamesTheOnlyOperator() throws {
        let counts = try CLI.temporaryFile("comptages.csv", containing: "mois;opérateur;mesures\n2025-11;association;1\n")
        let result = try CLI.run(["settle", "scenarios/vial-ami2-2025.json", "--actuals", counts.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("— Association du Boulonnais (fictive)"), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("— VIAL 2025, AMI 2"))
    }

    @Test func badActualsNameTheLine() throws {
        let file = try CLI.temporaryFile("comptages.csv", containing: "mois;opérateur;mesures\n2023-01;association-a;12\n2023-01;association-z;12\n")
        let unknown = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", file.path])
        #expect(unknown.status == 2)
        #expect(
            unknown.standardError
                == "\(file.path): ligne 3, colonne 2 (opérateur) : opérateur inconnu « association-z » ; opérateurs du scénario : association-a, association-b, association-c, association-d, association-e\n"
        )
        try Data("2023-01;association-a;12\n2023-01;association-a;11\n".utf8).write(to: file)
        let duplicate = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", file.path])
        #expect(duplicate.standardError == "\(file.path): ligne 2, colonne 1 (mois) : janv. 2023 est déjà compté pour « association-a », ligne 1\n")
        try Data("2024-01;association-a;12\n".utf8).write(to: file)
        let outside = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", file.path])
        #expect(
            outside.standardError == "\(file.path): ligne 1, colonne 1 (mois) : janv. 2024 est hors de la convention, de janv. 2023 à déc. 2023\n")
        try Data("2023-01;association-a;1,5\n".utf8).write(to: file)
        let fraction = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", file.path])
        #expect(fraction.standardError == "\(file.path): ligne 1, colonne 3 (mesures) : attendu un nombre entier de ménages, trouvé « 1,5 »\n")
    }
}
