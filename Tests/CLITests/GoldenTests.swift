import Foundation
import Testing

/// Every command × format × language on every shipped scenario, compared byte for byte with
/// the files kept in `Tests/Golden/`: any change of output is a visible diff in review.
///
/// To accept a change on purpose: `ENVELOPPE_UPDATE_GOLDEN=1 swift test --filter GoldenTests`,
/// then read the diff before committing it.
@Suite struct GoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        var testDescription: String { name }
    }

    static let folder = CLI.packageRoot.appendingPathComponent("Tests/Golden")

    static let scenarios: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("scenarios").path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }()

    static let allocating = ["aml-pas-de-calais-2019", "vial-ami2-2025-repartition-territoires"]

    static let cases: [Case] = {
        var cases: [Case] = []
        func add(_ name: String, _ arguments: [String]) { cases.append(Case(name: name, arguments: arguments)) }
        for language in ["fr", "en"] {
            for scenario in scenarios {
                let file = "scenarios/\(scenario).json"
                for format in ["text", "json", "csv", "html"] {
                    add("run.\(scenario).\(language).\(format)", ["run", file, "--format", format, "--lang", language])
                }
                add("run.\(scenario).\(language).figures.csv", ["run", file, "--format", "csv", "--table", "figures", "--lang", language])
                for format in ["text", "json", "csv", "html"] {
                    add("budget.\(scenario).\(language).\(format)", ["budget", file, "--format", format, "--lang", language])
                }
                add("budget.\(scenario).\(language).euros.text", ["budget", file, "--euros", "--lang", language])
                add("run.\(scenario).\(language).xlsx.txt", ["run", file, "--format", "xlsx", "--lang", language])
                add("budget.\(scenario).\(language).xlsx.txt", ["budget", file, "--format", "xlsx", "--lang", language])
                add("check.\(scenario).\(language).text", ["check", file, "--lang", language])
                add("explain.\(scenario).\(language).text", ["explain", file, "--lang", language])
                add("validate.\(scenario).\(language).text", ["validate", file, "--lang", language])
            }
            for scenario in allocating {
                for format in ["text", "csv", "json", "html", "xlsx"] {
                    add(
                        "allocate.\(scenario).\(language).\(format == "xlsx" ? "xlsx.txt" : format)",
                        ["allocate", "scenarios/\(scenario).json", "--format", format, "--lang", language])
                }
            }
            let candidates = ["scenarios/candidature-a-montpellier-2025.json", "scenarios/candidature-b-montpellier-2025.json"]
            add("check.candidatures.\(language).xlsx.txt", ["check"] + candidates + ["--format", "xlsx", "--lang", language])
            for format in ["json", "csv", "html"] {
                add("check.candidatures.\(language).\(format)", ["check"] + candidates + ["--format", format, "--lang", language])
            }
            add(
                "run.bail-dabord-montpellier-2025.\(language).ods.txt",
                ["run", "scenarios/bail-dabord-montpellier-2025.json", "--format", "ods", "--lang", language])
            for format in ["text", "json", "csv", "html", "xlsx"] {
                add(
                    "compare.candidatures.\(language).\(format == "xlsx" ? "xlsx.txt" : format)",
                    ["compare"] + candidates + ["--format", format, "--lang", language])
                add(
                    "settle.montpellier-2023.\(language).\(format == "xlsx" ? "xlsx.txt" : format)",
                    [
                        "settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv",
                        "--format", format, "--lang", language,
                    ])
            }
            add(
                "settle.montpellier-2023.\(language).activity.csv",
                [
                    "settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv",
                    "--format", "csv", "--table", "activity", "--lang", language,
                ])
            add(
                "explain.montpellier-2025.iml-solde.\(language).text",
                ["explain", "scenarios/bail-dabord-montpellier-2025.json", "paiement.iml.solde", "--lang", language])
            add(
                "explain.montpellier-2025.iml-solde.\(language).json",
                ["explain", "scenarios/bail-dabord-montpellier-2025.json", "paiement.iml.solde", "--format", "json", "--lang", language])
            for format in ["text", "json", "csv", "html"] {
                add(
                    "risk.montpellier-2025-risque.\(language).\(format)",
                    ["risk", "scenarios/bail-dabord-montpellier-2025-risque.json", "--runs", "1000", "--format", format, "--lang", language])
            }
            for format in ["text", "json", "csv", "html"] {
                add("whatif.\(language).\(format)", ["whatif", "--amount", "227000", "--households", "64", "--format", format, "--lang", language])
            }
            add("presets.\(language).text", ["presets", "--lang", language])
            add("help.\(language).text", ["--help", "--lang", language])
        }
        add("schema.json", ["schema"])
        add("schema.en.json", ["schema", "--lang", "en"])
        return cases
    }()

    /// What a run shows: its exit status, then standard output, then standard error.
    static func transcript(_ result: CLI.Result, workbook: Bool = false) -> [UInt8] {
        Array("status \(result.status)\n".utf8) + (workbook ? Array(WorkbookDump.text(result.outputBytes).utf8) : result.outputBytes)
            + (result.standardError.isEmpty ? [] : Array("\n--- stderr\n\(result.standardError)".utf8))
    }

    @Test(arguments: GoldenTests.cases)
    func outputIsUnchanged(_ golden: Case) throws {
        let result = try CLI.run(golden.arguments)
        let got = GoldenTests.transcript(result, workbook: golden.arguments.contains("xlsx") || golden.arguments.contains("ods"))
        let url = GoldenTests.folder.appendingPathComponent(golden.name)
        if ProcessInfo.processInfo.environment["ENVELOPPE_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: GoldenTests.folder, withIntermediateDirectories: true)
            try Data(got).write(to: url)
            return
        }
        let kept = try #require(
            FileManager.default.contents(atPath: url.path), "no golden file \(golden.name): run with ENVELOPPE_UPDATE_GOLDEN=1")
        if [UInt8](kept) != got {
            let keptLines = String(decoding: kept, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let gotLines = String(decoding: got, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(keptLines, gotLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(keptLines.count, gotLines.count)
            Issue.record(
                """
                \(golden.name) differs from Tests/Golden/\(golden.name) at line \(first + 1):
                  kept: \(first < keptLines.count ? String(keptLines[first].prefix(300)) : "(end)")
                  got:  \(first < gotLines.count ? String(gotLines[first].prefix(300)) : "(end)")
                """)
        }
    }

    /// No golden file is left that no case writes (a renamed case leaves none behind).
    @Test func everyGoldenFileHasItsCase() throws {
        guard ProcessInfo.processInfo.environment["ENVELOPPE_UPDATE_GOLDEN"] == nil else { return }
        let kept = Set(try FileManager.default.contentsOfDirectory(atPath: GoldenTests.folder.path))
        let written = Set(GoldenTests.cases.map(\.name))
        #expect(kept.subtracting(written).sorted() == [])
    }
}
