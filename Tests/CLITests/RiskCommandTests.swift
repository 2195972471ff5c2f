import Foundation
import Testing

/// `enveloppe risk` on the real executable.
@Suite struct RiskCommandTests {
    static let file = "scenarios/bail-dabord-montpellier-2025-risque.json"

    /// One run is « 1 tirage » / "1 run"; the English table heads a distribution as such, its weights as a ratio.
    @Test func oneRunIsSingular() throws {
        let french = try CLI.run(["risk", "scenarios/bail-dabord-montpellier-2025-risque.json", "--runs", "1"])
        #expect(french.standardOutput.contains(" : 1 tirage, graine 1."), "\(french.standardOutput)")
        let english = try CLI.run(["risk", "scenarios/bail-dabord-montpellier-2025-risque.json", "--runs", "1", "--lang", "en"])
        #expect(english.standardOutput.contains(": 1 run, seed 1."))
        #expect(english.standardOutput.contains("Distribution") && !english.standardOutput.contains("Law"))
        #expect(english.standardOutput.contains("weights 4:3:2:1") && english.standardOutput.contains("all values equally likely"))
    }

    @Test func theRiskScenarioIsSimulated() throws {
        let result = try CLI.run(["risk", RiskCommandTests.file, "--runs", "400"])
        #expect(result.status == 0 && result.standardError.isEmpty)
        #expect(result.standardOutput.contains("400 tirages, graine 1"))
        // The scenario as written: the low point of enveloppe run, worked by hand in docs/expected-figures.md.
        #expect(result.standardOutput.contains("-195\u{202F}000,00\u{00A0}€"))
        #expect(result.standardOutput.contains("Réserve pour rester au-dessus de zéro dans 9 tirages sur 10"))
        // Within the text's 100 characters, in both languages: the inputs and each input alone as a block each, the
        // percentiles a row each under the two results.
        let english = try CLI.run(["risk", RiskCommandTests.file, "--runs", "400", "--lang", "en"])
        for text in [result.standardOutput, english.standardOutput] {
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
        }
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let vacancy = try #require(lines.firstIndex(of: "  Vacance de chaque poste à son ouverture"))
        #expect(lines[vacancy + 1] == "      Loi              0, 1, 2 ou 4 mois, poids 5 : 2 : 2 : 1")
        #expect(lines.contains { $0.hasPrefix("  P50 (médiane) ") } && lines.contains { $0.hasPrefix("      Point bas                   -") })
        for format in ["json", "csv", "html"] {
            #expect(try CLI.run(["risk", RiskCommandTests.file, "--runs", "200", "--format", format]).status == 0)
        }
    }

    /// The CSV's columns hold what their heads say: the mean of the runs' cost of bridging under « moyenne », never
    /// under the median's head, and the JSON's figures as the CSV's, to the cent.
    @Test func theCSVsMeanIsInItsOwnColumn() throws {
        let csv = try CLI.run(["risk", RiskCommandTests.file, "--runs", "300", "--format", "csv"])
        let json = try CLI.run(["risk", RiskCommandTests.file, "--runs", "300", "--format", "json"])
        let rows = csv.standardOutput.split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        #expect(Array(header.dropFirst(2).prefix(5)) == ["P10", "P50", "P90", "moyenne", "tel qu'écrit"])
        let cost = try #require(rows.first { $0.count > 1 && $0[1] == "coût attendu du portage" })
        #expect(cost[2].isEmpty && cost[3].isEmpty && cost[4].isEmpty)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let mean = try #require((report["expectedBridgingCost"] as? [String: Any])?["euros"] as? String)
        #expect(cost[5].replacingOccurrences(of: ",", with: ".") == mean, "\(cost) \(mean)")
    }

    @Test func theSameSeedGivesTheSameBytes() throws {
        let one = try CLI.run(["risk", RiskCommandTests.file, "--runs", "600", "--seed", "42", "--format", "json"])
        let two = try CLI.run(["risk", RiskCommandTests.file, "--runs", "600", "--seed", "42", "--format", "json"])
        let other = try CLI.run(["risk", RiskCommandTests.file, "--runs", "600", "--seed", "43", "--format", "json"])
        #expect(one.outputBytes == two.outputBytes)
        #expect(one.outputBytes != other.outputBytes)
    }

    @Test func badOptionsAndFilesSayWhatIsWrong() throws {
        let runs = try CLI.run(["risk", RiskCommandTests.file, "--runs", "0"])
        #expect(runs.status == 2 && runs.standardError == "enveloppe: --runs attend un nombre entier de tirages de 1 à 1 000 000, trouvé « 0 »\n")
        let seed = try CLI.run(["risk", RiskCommandTests.file, "--seed", "-1"])
        #expect(seed.status == 2 && seed.standardError.contains("--seed attend un nombre entier"))
        let missing = try CLI.run(["risk", "scenarios/vial-ami1-2025.json"])
        #expect(
            missing.status == 2
                && missing.standardError
                    == "scenarios/vial-ami1-2025.json: risk : le scénario ne décrit aucune incertitude à tirer au sort (bloc « risk », ou feuille Risque du classeur ; voir docs/risque.md)\n"
        )
        let format = try CLI.run(["risk", RiskCommandTests.file, "--format", "xlsx"])
        #expect(format.status == 2)
    }

    /// Several structures share one treasury (their opening cash pooled): the text says whose it is, as the run page does.
    @Test func severalStructuresShareTheTreasury() throws {
        let scenario = try String(
            contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/bail-dabord-montpellier-2025-groupement.json"), encoding: .utf8)
        let brace = try #require(scenario.firstIndex(of: "{"))
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("groupement-risque.json")
        try Data((#"{"risk": {"rampUp": {"min": 2, "likely": 3, "max": 4}}, "# + scenario[scenario.index(after: brace)...]).utf8).write(to: file)
        let grouped = try CLI.run(["risk", file.path, "--runs", "20"])
        #expect(grouped.status == 0, "\(grouped.standardError)")
        #expect(grouped.standardOutput.contains("\nSimulation de la trésorerie des structures : 20 tirages, graine 1.\n"))
        let english = try CLI.run(["risk", file.path, "--runs", "20", "--lang", "en"])
        #expect(english.standardOutput.contains("\nSimulation of the operators' treasury: 20 runs, seed 1.\n"))
        let one = try CLI.run(["risk", RiskCommandTests.file, "--runs", "20"])
        #expect(one.standardOutput.contains("\nSimulation de la trésorerie de l'association : 20 tirages, graine 1.\n"))
    }
}
