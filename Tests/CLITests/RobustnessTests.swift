import Foundation
import Testing

/// The hostile-input findings, each from its minimal reproduction, through the command as a
/// person runs it: never a crash, never a destroyed file, one line that names the fault.
@Suite struct RobustnessTests {
    /// Runs `enveloppe` with its standard input and output taken from the given files (or pipes when nil).
    static func run(_ arguments: [String], input: String? = nil, output: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let binary = try #require(CLI.executable)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.packageRoot
        if let input { process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input)) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = try output.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? out
        process.standardError = err
        try process.run()
        let outData = output == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    static func scenario(_ name: String) throws -> String {
        try String(contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/\(name)"), encoding: .utf8)
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// The one line a bad input gets, on standard error, nothing on standard output, status 2.
    static func oneLine(_ result: (status: Int32, out: String, err: String)) -> Bool {
        result.status == 2 && result.out.isEmpty && result.err.hasSuffix("\n") && result.err.dropLast().allSatisfy { $0 != "\n" }
    }

    @Test func anAdvanceAfterTheLastBalanceIsPlacedNotATrap() throws {
        // `advanceDelayMonths` 18 on a 12-month VIAL convention: the monthly table runs until the advance.
        let folder = try CLI.temporaryFolder()
        let data = Data(try Self.scenario("vial-ami1-2025.json").utf8)
        var scenario = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        scenario.removeValue(forKey: "expected")
        scenario["rules"] = ["paymentTerms": ["advanceDelayMonths": 18]]
        let file = try Self.write(
            String(decoding: try JSONSerialization.data(withJSONObject: scenario), as: UTF8.self), "avance-tardive.json", in: folder)
        for command in ["run", "check", "validate", "explain"] {
            let result = try CLI.run([command, file])
            #expect(result.status == 0 || result.status == 1, "\(command): \(result.standardError)")
            #expect(!result.standardError.contains("Fatal error"))
        }
        let months = try CLI.run(["run", file, "--format", "csv", "--table", "months"])
        #expect(months.status == 0 || months.status == 1)
    }

    @Test func requestsNearTheLimitsOfIntegersAreRefusedAtTheirField() throws {
        let folder = try CLI.temporaryFolder()
        let text = """
            {"title": "Répartition", "preset": "vial-pas-de-calais-2025-ami2",
             "allocation": {"envelope": {"amount": "50000000000000000"}, "method": "proRataOfRequests",
               "candidates": [{"id": "a", "name": "A", "requested": "50000000000000000"}, {"id": "b", "name": "B", "requested": 3}]}}
            """
        let file = try Self.write(text, "enorme.json", in: folder)
        for command in ["run", "check", "validate", "explain", "allocate"] {
            let result = try CLI.run([command, file])
            #expect(result.status == 2, "\(command)")
            #expect(result.standardError.contains("allocation.envelope.amount"), "\(command): \(result.standardError)")
            #expect(result.standardError.contains("trop grand"))
            #expect(!result.standardError.contains("Fatal error"))
        }
        let all = try CLI.run(["validate", file])
        #expect(all.standardError.contains("allocation.candidates[0].requested"))
    }

    @Test(arguments: ["scenario", "budget", "counts"])
    func anOutputThatIsAnInputIsRefusedAndLeftWhole(_ which: String) throws {
        let folder = try CLI.temporaryFolder()
        let scenarioName = which == "counts" ? "montpellier-2023-cinq-associations.json" : "candidature-a-montpellier-2025.json"
        let scenario = try Self.write(try Self.scenario(scenarioName), scenarioName, in: folder)
        let budget = try Self.write(try Self.scenario("candidature-a-budget.csv"), "candidature-a-budget.csv", in: folder)
        let counts = try Self.write(try Self.scenario("montpellier-2023-comptages.csv"), "comptages.csv", in: folder)
        let target = ["scenario": scenario, "budget": budget, "counts": counts][which]!
        let before = try Data(contentsOf: URL(fileURLWithPath: target))
        // Named another way (through `..`), it is still the same file.
        let named = folder.appendingPathComponent("sous-dossier").path
        try FileManager.default.createDirectory(atPath: named, withIntermediateDirectories: true)
        let output = named + "/../" + URL(fileURLWithPath: target).lastPathComponent
        let arguments =
            which == "counts" ? ["settle", scenario, "--actuals", counts, "--output", output] : ["run", scenario, "--output", output]
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
    }

    /// A folder as the output: one line in the user's language, which says to name a file, and nothing written.
    @Test func aFolderAsOutputIsNamedInFrench() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--output", folder.path])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "\(folder.path): impossible d'écrire ici (c'est un dossier : donnez un nom de fichier, par ex. dossier/rapport.html)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let english = try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--output", folder.path, "--lang", "en"])
        #expect(english.standardError == "\(folder.path): cannot write here (a folder: give a file name, e.g. folder/report.html)\n")
    }

    /// Every command that reads a scenario protects the budget CSV it names, not only the scenario itself.
    @Test(arguments: ["run", "budget", "check", "compare", "explain"])
    func theBudgetAScenarioNamesIsNeverAnOutput(_ command: String) throws {
        let folder = try CLI.temporaryFolder()
        let a = try Self.write(try Self.scenario("candidature-a-montpellier-2025.json"), "candidature-a-montpellier-2025.json", in: folder)
        let b = try Self.write(try Self.scenario("candidature-b-montpellier-2025.json"), "candidature-b-montpellier-2025.json", in: folder)
        _ = try Self.write(try Self.scenario("candidature-b-budget.csv"), "candidature-b-budget.csv", in: folder)
        let budget = try Self.write(try Self.scenario("candidature-a-budget.csv"), "candidature-a-budget.csv", in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: budget))
        let operands = command == "compare" ? [b, a] : [a]
        let result = try CLI.run([command] + operands + ["--output", budget])
        #expect(result.status == 2, "\(command): \(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1, "\(command): \(result.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: budget)) == before, "\(command)")
    }

    /// A budget CSV that fails to read is still the applicant's file: `check` lists its error and never writes over it.
    @Test func aBudgetThatFailsToReadIsNeverAnOutput() throws {
        let folder = try CLI.temporaryFolder()
        let a = try Self.write(try Self.scenario("candidature-a-montpellier-2025.json"), "candidature-a-montpellier-2025.json", in: folder)
        _ = try Self.write(try Self.scenario("candidature-a-budget.csv"), "candidature-a-budget.csv", in: folder)
        let b = try Self.write(try Self.scenario("candidature-b-montpellier-2025.json"), "candidature-b-montpellier-2025.json", in: folder)
        let broken = try Self.write("compte;libellé;montant\n64;Personnel;douze\n", "candidature-b-budget.csv", in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: broken))
        let result = try CLI.run(["check", a, b, "--output", broken])
        #expect(result.status == 2)
        #expect(result.standardError.contains("candidature-b-budget.csv: ligne 2, colonne 3 (montant)"))
        #expect(result.standardError.contains("c'est le fichier lu en entrée"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: broken)) == before)
    }

    /// An application a person filled (an application workbook, a scenario in JSON) is not replaced by a report, even
    /// when it is not the file read: one line says so and how to replace it (`--force`), as `convert` and `init` do. A
    /// report written before is replaced as always.
    @Test(arguments: ["xlsx", "ods", "json"])
    func anApplicationIsNeverReplacedByAReportUnlessForced(_ form: String) throws {
        let folder = try CLI.temporaryFolder()
        let application = folder.appendingPathComponent("ma-candidature.\(form)").path
        let written = try CLI.run(["convert", "scenarios/vial-ami1-2025.json", application])
        #expect(written.status == 0, "\(written.standardError)")
        let before = try Data(contentsOf: URL(fileURLWithPath: application))
        let format = form == "json" ? ["--format", "json"] : []
        let refused = try CLI.run(["run", "scenarios/bail-dabord-montpellier-2025.json", "--output", application] + format)
        #expect(refused.status == 2 && refused.standardError.split(separator: "\n").count == 1, "\(refused.standardError)")
        #expect(refused.standardError.contains("ce fichier est une candidature") && refused.standardError.contains("--force"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: application)) == before)
        let forced = try CLI.run(["run", "scenarios/bail-dabord-montpellier-2025.json", "--output", application, "--force"] + format)
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: application)) != before)
        // The report now there is no application: written over again without a word.
        let again = try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--output", application] + format)
        #expect(again.status == 0 && again.standardError.isEmpty, "\(again.standardError)")
    }

    /// Counts or a budget in CSV a person keeps (not the one the command reads) are not replaced by a report either;
    /// the report's own CSV is, run after run.
    @Test func aCountsFileIsNeverReplacedByAReportUnlessForced() throws {
        let folder = try CLI.temporaryFolder()
        let kept = folder.appendingPathComponent("comptages-2024.csv")
        try Data(contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/montpellier-2023-comptages.csv")).write(to: kept)
        let before = try Data(contentsOf: kept)
        let settle = ["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv"]
        let refused = try CLI.run(settle + ["--format", "csv", "--output", kept.path])
        #expect(
            refused.status == 2
                && refused.standardError
                    == "\(kept.path): ce fichier est un budget ou des comptages (CSV), que le rapport remplacerait ; choisissez un autre nom, ou ajoutez --force pour le remplacer\n"
        )
        #expect(try Data(contentsOf: kept) == before)
        let report = folder.appendingPathComponent("solde.csv").path
        #expect(try CLI.run(settle + ["--format", "csv", "--output", report]).status == 0)
        #expect(try CLI.run(settle + ["--format", "csv", "--output", report]).status == 0)
        #expect(try CLI.run(["budget", "scenarios/candidature-a-montpellier-2025.json", "--format", "csv", "--output", report]).status == 0)
    }

    /// A report given back as the scenario, its page or its workbook, is said to be one, in one line: not a JSON fault
    /// at its first character, nor a « Candidature » sheet missing.
    @Test func aReportGivenAsTheScenarioIsSaidToBeOne() throws {
        let folder = try CLI.temporaryFolder()
        for (name, command) in [("r.html", "run"), ("r.xlsx", "run"), ("s.ods", "settle")] {
            let path = folder.appendingPathComponent(name).path
            let arguments =
                command == "run"
                ? ["run", "scenarios/vial-ami1-2025.json"]
                : ["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv"]
            #expect(try CLI.run(arguments + ["--output", path]).status == 0)
            let given = try CLI.run(["check", path])
            #expect(given.status == 2 && given.standardError.split(separator: "\n").count == 1, "\(given.standardError)")
            #expect(
                given.standardError.hasPrefix("\(path): c'est " + (name.hasSuffix(".html") ? "une page HTML" : "le classeur d'un rapport")),
                "\(given.standardError)")
        }
    }

    @Test func aFolderOrADanglingLinkIsNoOutput() throws {
        let folder = try CLI.temporaryFolder()
        let intoFolder = try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--output", folder.path])
        #expect(intoFolder.status == 2 && intoFolder.standardError.split(separator: "\n").count == 1)
        let link = folder.appendingPathComponent("lien.txt").path
        let target = folder.appendingPathComponent("absent/cible.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let dangling = try CLI.run(["run", "scenarios/vial-ami1-2025.json", "--output", link])
        #expect(dangling.status == 2)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func aDashReadsTheScenarioFromStandardInput() throws {
        let piped = try Self.run(["run", "-"], input: CLI.packageRoot.appendingPathComponent("scenarios/vial-ami1-2025.json").path)
        let named = try CLI.run(["run", "scenarios/vial-ami1-2025.json"])
        #expect(piped.status == named.status)
        #expect(piped.out.contains("ENVELOPPE"))
    }

    @Test func aFullStandardOutputIsOneLineAndAFailure() throws {
        let result = try Self.run(["run", "scenarios/vial-ami1-2025.json"], output: "/dev/full")
        #expect(result.status != 0)
        #expect(result.err.split(separator: "\n").count == 1, "\(result.err)")
        #expect(!result.err.contains("Fatal error"))
    }

    @Test func userTextIsQuotedVisiblyAndShort() throws {
        let folder = try CLI.temporaryFolder()
        let long = String(repeating: "9", count: 1_000_000)
        let text = try Self.scenario("vial-ami1-2025.json")
            .replacingOccurrences(of: #""preset": "vial-pas-de-calais-2025-ami1""#, with: #""preset": "vial\n\u001b[2J\u0000""#)
            .replacingOccurrences(of: #""households": 15"#, with: #""households": \#(long)"#)
        let file = try Self.write(text, "hostile.json", in: folder)
        let result = try CLI.run(["validate", file])
        #expect(result.status == 2)
        #expect(result.standardError.count < 2_000, "a million digits are not echoed")
        #expect(result.standardError.contains("vial␊␛[2J␀"))
        #expect(!result.standardError.contains("\u{1B}"))
        #expect(result.standardError.contains("(1 000 000 caractères)".replacingOccurrences(of: " 000", with: "\u{202F}000")))
    }

    @Test func thousandsComeInGroupsOfThree() throws {
        let folder = try CLI.temporaryFolder()
        let text = try Self.scenario("vial-ami1-2025.json").replacingOccurrences(
            of: #""openingBalance": "15 000""#, with: #""openingBalance": "1 23 4""#)
        let file = try Self.write(text, "groupes.json", in: folder)
        let result = try CLI.run(["run", file])
        #expect(Self.oneLine((result.status, result.standardOutput, result.standardError)))
        #expect(result.standardError.contains("les milliers vont par groupes de trois chiffres"), "\(result.standardError)")
    }

    @Test func aDecimalCommaInAJSONNumberGetsItsFix() throws {
        let folder = try CLI.temporaryFolder()
        let text = try Self.scenario("vial-ami1-2025.json").replacingOccurrences(of: #""fte": 1"#, with: #""fte": 0,5"#)
        #expect(text.contains("0,5"))
        let file = try Self.write(text, "virgule.json", in: folder)
        let result = try CLI.run(["run", file])
        #expect(result.status == 2)
        #expect(result.standardError.contains("virgule décimale dans un nombre : écrivez 0.5 ou \"0,5\""), "\(result.standardError)")
    }
}
