import Foundation
import Testing

/// What a funder hands to a committee from `allocate` and `settle`: totals that are the sums of the rows, the jury's
/// order, what is left said in words, and the counts compared with the plan at the same date. Every figure here is
/// worked out from the files the test writes or reads, not copied from the program.
@Suite struct FunderTablesTests {
    /// Semicolon CSV without its BOM, split into cells.
    static func cells(_ result: CLI.Result) -> [[String]] {
        String(decoding: result.outputBytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            .map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    }

    /// « 140000,00 » in cents.
    static func cents(_ cell: String) -> Int64? {
        let parts = cell.split(separator: ",")
        guard parts.count == 2, let euros = Int64(parts[0].replacingOccurrences(of: "-", with: "")), let hundredths = Int64(parts[1])
        else { return nil }
        return (cell.hasPrefix("-") ? -1 : 1) * (euros * 100 + hundredths)
    }

    /// 216 000 € of VIAL AMI 2 at 7 000 € a household for 12 months: 30 measures and 6 000 € that make no measure.
    static let byRank = """
        {
          "title": "VIAL AMI 2 : répartition au classement du jury",
          "preset": "vial-pas-de-calais-2025-ami2",
          "allocation": {
            "envelope": {"amount": "216 000 €"},
            "method": "byRank",
            "candidates": [
              {"id": "a", "name": "Association A", "requested": 10, "rank": 2},
              {"id": "b", "name": "Association B", "requested": 20, "rank": 1},
              {"id": "c", "name": "Association C", "requested": 10, "rank": 3MINIMUM}
            ]
          }
        }
        """

    @Test func aFileThatOnlyAllocatesByRank() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("classement.json")
        try Data(FunderTablesTests.byRank.replacingOccurrences(of: "MINIMUM", with: "").utf8).write(to: file)
        // No operators block: the file only allocates.
        let text = try CLI.run(["allocate", file.path])
        #expect(text.status == 0, "\(text.standardError)")
        let envelope: Int64 = 216_000_00
        let price: Int64 = 7_000_00
        let measures = envelope / price  // 30
        let left = envelope - measures * price  // 6 000 €
        #expect(measures == 30 && left == 6_000_00)
        // The jury's order: B (rank 1) asks 20, A (rank 2) asks 10: 30, all there is; C (rank 3) gets nothing.
        let lines = text.standardOutput.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("  Rang  Candidat") })
        #expect(lines[header + 1].hasPrefix("     1  Association B"))
        #expect(lines[header + 2].hasPrefix("     2  Association A"))
        #expect(lines[header + 3].hasPrefix("     3  Association C"))
        #expect(lines[header + 4].contains("Total attribué"))
        #expect(lines[header + 5] == "  Reste non attribué : 6\u{202F}000,00\u{00A0}€, moins d'une mesure.")

        // The CSV: the candidates' rows add up to the total row, and the total plus what is left is the envelope.
        let csv = FunderTablesTests.cells(try CLI.run(["allocate", file.path, "--format", "csv"]))
        let header2 = csv[0]
        let amount = try #require(header2.firstIndex(of: "montant"))
        let count = try #require(header2.firstIndex(of: "mesures"))
        let rank = try #require(header2.firstIndex(of: "rang"))
        let candidates = csv.filter { !["identifiant", "total", "non-attribue"].contains($0[0]) }
        #expect(candidates.map { $0[0] } == ["b", "a", "c"])
        #expect(candidates.map { $0[rank] } == ["1", "2", "3"])
        #expect(candidates.map { Int64($0[count]) } == [20, 10, 0])
        let total = try #require(csv.first { $0[0] == "total" })
        let rest = try #require(csv.first { $0[0] == "non-attribue" })
        let sum = candidates.compactMap { FunderTablesTests.cents($0[amount]) }.reduce(0, +)
        #expect(FunderTablesTests.cents(total[amount]) == sum)
        #expect(Int64(total[count]) == measures)
        #expect(FunderTablesTests.cents(rest[amount]) == left)
        #expect(sum + left == envelope)

        // A page too: the rank column, the total row, the remainder in words.
        let html = try CLI.run(["allocate", file.path, "--format", "html"]).standardOutput
        #expect(html.contains("<th class=\"num\">Rang</th>") && html.contains("Total attribué"))
        #expect(html.contains("Reste non attribué\u{00A0}: 6\u{202F}000,00\u{00A0}€, moins d&#39;une mesure."))
    }

    @Test func aMinimumAboveTheRequestIsAnErrorInWords() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("classement.json")
        try Data(FunderTablesTests.byRank.replacingOccurrences(of: "MINIMUM", with: ", \"minimum\": 12").utf8).write(to: file)
        let result = try CLI.run(["allocate", file.path])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError
                == "\(file.path): allocation.candidates[2].minimum: le minimum (12) dépasse la demande (10) : un candidat ne reçoit jamais plus qu'il ne demande\n"
        )
    }

    /// Terms with instalments after the advance (50 % then 30 %): the allocation's column is what is paid before the
    /// balance, said so, and the workbook's live formula applies their cumulative 80 %, as the figures do.
    @Test func allocateNamesTheInstalmentsItSubtracts() throws {
        let folder = try CLI.temporaryFolder()
        var scenario =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "scenarios/aml-pas-de-calais-2019.json")))
            as! [String: Any]
        var rules = scenario["rules"] as! [String: Any]
        rules["paymentTerms"] = ["instalments": [["rate": "50 %", "delayMonths": 2], ["rate": "30 %", "delayMonths": 6]]]
        scenario["rules"] = rules
        scenario["expected"] = nil
        let file = folder.appendingPathComponent("aml.json")
        try JSONSerialization.data(withJSONObject: scenario).write(to: file)
        let text = try CLI.run(["allocate", file.path]).standardOutput
        #expect(text.contains(" Avance et acomptes ") && text.contains("Solde : montant − (avance + acomptes), à service fait complet."))
        // The Artois: 26 measures, 130 000 €, 104 000 € before the balance, 26 000 € after.
        #expect(text.contains("130\u{202F}000,00\u{00A0}€        104\u{202F}000,00\u{00A0}€  26\u{202F}000,00\u{00A0}€"), "\(text)")
        let book = WorkbookDump.text(try CLI.run(["allocate", file.path, "--format", "xlsx"]).outputBytes)
        #expect(book.contains(" = Taux versé avant le solde\n") && book.contains(" = 0.8\n") && book.contains(":= ROUND(H6*I6,2) → 104000.00\n"))
    }

    @Test func settleTotalsAreTheSumsOfTheRows() throws {
        let settle = ["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv"]
        let csv = FunderTablesTests.cells(try CLI.run(settle + ["--format", "csv"]))
        let header = csv[0]
        let columns = ["subvention", "service fait à date", "service fait de l'année", "écart", "avance", "solde", "reversement"].compactMap {
            header.firstIndex(of: $0)
        }
        #expect(columns.count == 7)
        let lines = csv.dropFirst().filter { $0[0] != "total" }
        let totals = csv.filter { $0[0] == "total" }
        let operators = totals.dropLast()
        #expect(operators.count == 5 && totals.last?[1] == "Toutes structures")
        for row in operators {
            let own = lines.filter { $0[1] == row[1] }
            #expect(own.count == 2, "\(row[1]): a row for each line, IML and FSL")
            for column in columns {
                #expect(
                    FunderTablesTests.cents(row[column]) == own.compactMap { FunderTablesTests.cents($0[column]) }.reduce(0, +),
                    "\(row[1]) \(header[column])")
            }
        }
        for column in columns {
            #expect(
                FunderTablesTests.cents(totals.last![column]) == lines.compactMap { FunderTablesTests.cents($0[column]) }.reduce(0, +),
                "all operators, \(header[column])")
        }
        // The text ends on the same totals, and the page keeps the advance column in each table.
        let text = try CLI.run(settle).standardOutput
        #expect(text.contains("\nTOTAUX\n"))
        let html = try CLI.run(settle + ["--format", "html"]).standardOutput
        let tables = html.components(separatedBy: "<table").count - 1
        #expect(tables >= 6)
        #expect(html.components(separatedBy: ">Avance</th>").count - 1 >= tables - 1)
    }

    /// The counts leave June out for Association C and December for E (taken as zero): their conventions and totals,
    /// and the whole total, say « à compléter » in every format, so a balance not yet owed never reads as final.
    @Test func aSettlementWithMonthsMissingSaysItIsToComplete() throws {
        let settle = ["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv"]
        let result = try CLI.run(settle)
        let text = result.flowingOutput
        #expect(text.contains("Convention janv. 2023 – déc. 2023 (12 mois) — Association C (fictive) — à compléter : juin 2023 sans comptage"))
        #expect(text.contains("— Association E (fictive) — à compléter : déc. 2023 sans comptage"))
        #expect(result.standardOutput.contains("Convention janv. 2023 – déc. 2023 (12 mois) — Association A (fictive)\n"))
        let totals = result.standardOutput.components(separatedBy: "\nTOTAUX\n").last ?? ""
        #expect(totals.contains("\n  Association C (fictive) (à compléter)  ") && totals.contains("\n  Total (à compléter)  "))
        #expect(totals.contains("\n  Association A (fictive)  "))
        // The spreadsheet keeps each name as its rows have it and says it in the explanation column.
        let csv = FunderTablesTests.cells(try CLI.run(settle + ["--format", "csv"])).filter { $0[0] == "total" }
        #expect(csv.map { $0.last ?? "" } == ["", "", "à compléter", "", "à compléter", "à compléter"])
        let html = try CLI.run(settle + ["--format", "html"]).standardOutput
        #expect(
            html.contains("Association C (fictive) — à compléter\u{00A0}: juin 2023 sans comptage</h2>") && html.contains(">Total (à compléter)<"))
        // Counts for every month: nothing to complete.
        let complete = try CLI.temporaryFile(
            "complete.csv",
            containing: "mois;opérateur;mesures\n"
                + (1...12).flatMap { month in
                    ["association-a", "association-b", "association-c", "association-d", "association-e"].map {
                        "2023-\(month < 10 ? "0" : "")\(month);\($0);12\n"
                    }
                }.joined())
        let full = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", complete.path])
        #expect(full.status == 0 && !full.standardOutput.contains("à compléter"), "\(full.standardOutput)\(full.standardError)")
        // Two conventions (nov. 2025 – oct. 2026, then nov. 2026 – oct. 2027), December 2026 missing: only the second
        // is to complete, its line says the month, the first reads final.
        let months = (0..<24).map { YearMonthText.month(2025, 11, plus: $0) }.filter { $0 != "2026-12" }
        let renewal = try CLI.temporaryFile(
            "renouvellement.csv", containing: "mois;opérateur;mesures\n" + months.map { "\($0);association;10\n" }.joined())
        let two = try CLI.run(["settle", "scenarios/vial-ami2-2025-renouvellement.json", "--actuals", renewal.path]).flowingOutput
        #expect(two.contains("Convention nov. 2025 – oct. 2026 (12 mois) — Association du Boulonnais (fictive) Ligne"), "\(two)")
        #expect(
            two.contains("Convention nov. 2026 – oct. 2027 (12 mois) — Association du Boulonnais (fictive) — à compléter : déc. 2026 sans comptage"))
        #expect(two.components(separatedBy: "(comptés zéro) : déc. 2026").count == 2)
        // Counts up to February only, for one association of five: the rest of the year is the plan, so every
        // convention and total says « prévisionnel », and the four without any count theirs up to February are zero.
        let early = try CLI.temporaryFile("fevrier.csv", containing: "mois;opérateur;mesures\n2023-01;association-a;12\n2023-02;association-a;12\n")
        let forecast = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", early.path])
        #expect(forecast.flowingOutput.contains("Association E (fictive) : leurs mois jusqu'en févr. 2023 sont comptés zéro"))
        #expect(forecast.flowingOutput.contains("— Association A (fictive) — prévisionnel après févr. 2023"))
        #expect(forecast.standardOutput.contains("\n  Association A (fictive) (prévisionnel)  "))
        #expect(forecast.standardOutput.contains("\n  Total (à compléter, prévisionnel)  "))
    }

    /// With instalments after the advance (the Métropole's 50 % then 30 %, rules.paymentTerms.funders.metropole), what
    /// was paid before the balance is the advance and the instalments: the column and the rule say so. Without, « Avance ».
    @Test func settleNamesTheInstalmentsItSubtracts() throws {
        let counts = try CLI.temporaryFile(
            "comptages.csv", containing: "mois;opérateur;mesures\n2025-09;porteuse;48\n2025-10;porteuse;52\n2025-11;porteuse;56\n")
        let settle = ["settle", "scenarios/bail-dabord-montpellier-2025-risque.json", "--actuals", counts.path]
        let text = try CLI.run(settle)
        #expect(text.status == 0, "\(text.standardError)")
        let rows = text.standardOutput.split(separator: "\n")
        // Wider than the page, a convention's table is in two parts: the activity, then what was paid.
        let header = try #require(rows.first { $0.hasPrefix("  Ligne ") && $0.contains("Avance") })
        #expect(header.contains(" Avance et acomptes ") && header.components(separatedBy: "Avance").count == 2)
        // FSL: 50 % of 227 000 € two months in, then up to 80 % six months in: 113 500 + 68 100 = 181 600 € before the balance.
        let fsl = rows.filter { $0.hasPrefix("  Crédits FSL ") }
        #expect(fsl.contains { $0.contains(" 181\u{202F}600,00\u{00A0}€   45\u{202F}400,00\u{00A0}€ ") })
        #expect(text.flowingOutput.contains("solde = dû − (avance + acomptes), ou reversement = (avance + acomptes) − dû."))
        let csv = try CLI.run(settle + ["--format", "csv", "--lang", "en"]).standardOutput
        #expect(csv.contains(";gap in %;advance and instalments;balance;repayment;"))
        // The workbook's column says the same.
        let book = WorkbookDump.text(try CLI.run(settle + ["--format", "xlsx"]).outputBytes)
        #expect(book.contains(" = Avance et acomptes\n") && !book.contains(" = Avance\n"))
        let html = try CLI.run(settle + ["--format", "html"]).standardOutput
        #expect(html.components(separatedBy: "<th class=\"num\">Avance et acomptes</th>").count - 1 == 2 && !html.contains(">Avance</th>"))
        #expect(html.contains("<footer><p>Service fait = ") && html.contains("solde = dû − (avance + acomptes)"))

        let none = try CLI.run([
            "settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv",
        ])
        #expect(!none.standardOutput.contains("acomptes") && none.flowingOutput.contains("solde = dû − avance, ou reversement = avance − dû."))
    }

    /// The CSV is for French spreadsheets in either language: the gap in percent has a decimal comma, as the amounts do.
    @Test func settlePercentsHaveADecimalCommaInEnglishToo() throws {
        let settle = ["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv"]
        let rows = FunderTablesTests.cells(try CLI.run(settle + ["--format", "csv", "--lang", "en"]))
        let column = try #require(rows[0].firstIndex(of: "gap in %"))
        let gaps = rows.dropFirst().map { $0[column] }.filter { !$0.isEmpty && $0 != "0" }
        #expect(!gaps.isEmpty && gaps.allSatisfy { $0.contains(",") && !$0.contains(".") }, "\(gaps)")
    }

    @Test func settleSaysItsCountsFileOnce() throws {
        let help = try CLI.run(["help", "settle"]).standardOutput
        let usage = try #require(help.split(separator: "\n").first { $0.hasPrefix("Usage : ") })
        #expect(usage.components(separatedBy: "--actuals").count == 2, "\(usage)")
    }

    /// The text's header says under which rules and from which counts the year is settled, as the page's does; the
    /// JSON has both in fields.
    @Test func settleNamesItsRulesAndItsCountsFile() throws {
        let arguments = ["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv"]
        // Under the title, the rules then the counts, each a paragraph wrapped at the text's width.
        let text = try CLI.run(arguments)
        #expect(text.standardOutput.split(separator: "\n")[1].hasPrefix("Règles : "))
        #expect(
            text.flowingOutput.contains(
                " chacune Règles : Bail d'abord, Montpellier : fonctionnement en 2023 (bilan d'exécution) — Montpellier Méditerranée Métropole, bilan 2023 du plan Logement d'abord Service fait et solde, d'après les comptages mensuels de scenarios/montpellier-2023-comptages.csv — conventions : "
            ))
        let english = try CLI.run(arguments + ["--lang", "en"])
        #expect(
            english.standardOutput.split(separator: "\n")[1].hasPrefix("Rules: Bail d'abord, Montpellier")
                && english.flowingOutput.contains("from the monthly counts in scenarios/montpellier-2023-comptages.csv"))
        let json = try CLI.run(arguments + ["--format", "json"]).standardOutput
        #expect(json.contains("\n  \"countsFile\": \"scenarios/montpellier-2023-comptages.csv\",\n"))
        #expect(json.contains("\n  \"call\": {\n    \"preset\": \"bail-dabord-montpellier-2023\",\n"))
    }

    @Test func theHeadlineComparesTheCountsWithThePlanAtTheSameDate() throws {
        // Six months counted (Association C has no count for June): the headline compares them with the plan for those
        // six months, not with the year's.
        let counts = try String(contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/montpellier-2023-comptages.csv"), encoding: .utf8)
        let firstHalf = counts.split(separator: "\n").filter { line in (1...6).contains { line.hasPrefix("2023-0\($0);") } }
        let counted = firstHalf.compactMap { Int($0.split(separator: ";").last!.trimmingCharacters(in: .whitespacesAndNewlines)) }.reduce(0, +)
        let file = try CLI.temporaryFile("comptages.csv", containing: firstHalf.joined(separator: "\n"))
        // The plan month by month is the run's (its cumulated measure-months at the end of June): 60 households in January
        // and February, 55 from March (five early exits, the places refilled a month later), 60 in May, 55 in June.
        let run = try CLI.run(["run", "scenarios/montpellier-2023-cinq-associations.json"]).standardOutput
        let june = try #require(run.split(separator: "\n").first { $0.hasPrefix("  juin 2023") })
        let plannedToJune = try #require(Int(june.split(separator: " ")[5]))
        let december = try #require(run.split(separator: "\n").first { $0.hasPrefix("  déc. 2023") })
        let plannedForTheYear = try #require(Int(december.split(separator: " ")[5]))
        #expect(plannedToJune < plannedForTheYear, "the plan to date, not the year's")
        let result = try CLI.run(["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", file.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(counted < plannedToJune)
        let gap = Double(counted - plannedToJune) / Double(plannedToJune) * 100
        let percent = String(format: "%.1f\u{00A0}%%", gap).replacingOccurrences(of: ".", with: ",")
        #expect(
            result.standardOutput.split(separator: "\n").contains(
                "Jusqu'en juin 2023 : \(counted) mesures-mois comptées pour \(plannedToJune) prévues à date (\(percent))."))
    }
}

/// Months as the counts file writes them.
enum YearMonthText {
    /// `year-month` plus `months`, as « 2026-01 ».
    static func month(_ year: Int, _ month: Int, plus months: Int) -> String {
        let index = year * 12 + (month - 1) + months
        let m = index % 12 + 1
        return "\(index / 12)-\(m < 10 ? "0" : "")\(m)"
    }
}
