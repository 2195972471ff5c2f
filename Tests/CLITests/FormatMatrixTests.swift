import Foundation
import Testing

/// Every command × every format: a format the command declares renders (status 0, or 1 when a check fails),
/// any other is refused with status 2 and the list of the command's formats; a command that writes no document
/// refuses `--format` itself. The declared formats are pinned here, and must be what `enveloppe help` says.
@Suite struct FormatMatrixTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let command: String
        let arguments: [String]
        let formats: [String]
        var testDescription: String { command }
    }

    static let all = ["text", "json", "csv", "html", "xlsx", "ods"]

    static let cases: [Case] = [
        Case(command: "run", arguments: ["scenarios/bail-dabord-montpellier-2025.json"], formats: all),
        Case(command: "budget", arguments: ["scenarios/candidature-b-montpellier-2025.json"], formats: all),
        Case(
            command: "check", arguments: ["scenarios/candidature-a-montpellier-2025.json", "scenarios/candidature-b-montpellier-2025.json"],
            formats: all),
        Case(
            command: "compare", arguments: ["scenarios/candidature-a-montpellier-2025.json", "scenarios/candidature-b-montpellier-2025.json"],
            formats: all),
        Case(command: "explain", arguments: ["scenarios/bail-dabord-montpellier-2025.json"], formats: ["text", "json"]),
        Case(command: "allocate", arguments: ["scenarios/aml-pas-de-calais-2019.json"], formats: all),
        Case(command: "whatif", arguments: ["--amount", "227000", "--households", "64"], formats: ["text", "json", "csv", "html"]),
        Case(
            command: "settle",
            arguments: ["scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv"],
            formats: all),
        Case(
            command: "risk", arguments: ["scenarios/bail-dabord-montpellier-2025-risque.json", "--runs", "200"],
            formats: ["text", "json", "csv", "html"]),
        Case(command: "presets", arguments: [], formats: ["text"]),
        Case(command: "schema", arguments: [], formats: ["json"]),
        Case(command: "validate", arguments: ["scenarios/bail-dabord-montpellier-2025.json"], formats: []),
        Case(command: "init", arguments: ["bail-dabord-montpellier-2024", "starter.json"], formats: []),
        Case(command: "convert", arguments: ["scenarios/bail-dabord-montpellier-2025.json", "copy.xlsx"], formats: []),
    ]

    @Test(arguments: FormatMatrixTests.cases)
    func everyFormatRendersOrIsRefusedWithTheList(_ c: Case) throws {
        let help = try CLI.run(["help", c.command])
        let declared: String? = help.standardOutput.split(separator: "\n").map(String.init).first { $0.hasPrefix("Formats : ") }
        let expected: String? = c.formats.isEmpty ? nil : "Formats : " + c.formats.joined(separator: ", ") + " (le premier par défaut)."
        #expect(declared == expected)
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("scenarios"), withDestinationURL: CLI.packageRoot.appendingPathComponent("scenarios"))
        for format in FormatMatrixTests.all + ["pdf"] {
            let output = folder.appendingPathComponent("out.\(format)").path
            let result = try CLI.run([c.command] + c.arguments + ["--format", format, "--output", output], in: folder)
            let said = "enveloppe \(c.command) --format \(format)"
            if c.formats.isEmpty {
                #expect(result.status == 2, "\(said): \(result.standardError)")
                #expect(result.standardError.contains("l'option --format ne s'applique pas à « \(c.command) »"), "\(said): \(result.standardError)")
            } else if c.formats.contains(format) {
                #expect(result.status == 0 || result.status == 1, "\(said): \(result.standardError)")
                let bytes = try #require(FileManager.default.contents(atPath: output), "\(said) wrote nothing")
                switch format {
                case "html": #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("<!DOCTYPE html>"), "\(said)")
                case "json": #expect((try? JSONSerialization.jsonObject(with: bytes)) != nil, "\(said): not JSON")
                case "csv": #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(said): no BOM")
                case "xlsx", "ods": #expect(Array(bytes.prefix(2)) == [0x50, 0x4B], "\(said): not a ZIP")
                default: #expect(!bytes.isEmpty, "\(said)")
                }
                try? FileManager.default.removeItem(atPath: output)
            } else {
                #expect(result.status == 2, "\(said)")
                #expect(
                    result.standardError
                        == "enveloppe \(c.command): format « \(format) » non disponible pour cette commande ; formats : "
                        + c.formats.joined(separator: ", ") + "\n", "\(said)")
                #expect(!FileManager.default.fileExists(atPath: output), "\(said) wrote a file")
            }
        }
    }

    /// A printed page's footer gives the day of `ENVELOPPE_DATE`; a day that does not exist is refused.
    @Test func thePrintedDayComesFromTheEnvironment() throws {
        let page = try CLI.run(["whatif", "--amount", "227000", "--format", "html"], environment: ["ENVELOPPE_DATE": "2026-04-01"])
        #expect(page.status == 0 && page.standardOutput.contains(#"content: "Imprimé le 1er avril 2026 · enveloppe""#))
        let english = try CLI.run(
            ["whatif", "--amount", "227000", "--format", "html", "--lang", "en"], environment: ["ENVELOPPE_DATE": "2026-04-01"])
        #expect(english.standardOutput.contains(#"content: "Printed on 1 April 2026 · enveloppe""#))
        let wrong = try CLI.run(["whatif", "--amount", "227000", "--format", "html"], environment: ["ENVELOPPE_DATE": "2026-02-30"])
        #expect(wrong.status == 2)
        #expect(wrong.standardError == "enveloppe: ENVELOPPE_DATE attend une date AAAA-MM-JJ, par ex. 2025-03-31, trouvé « 2026-02-30 »\n")
        // Text never carries the date: ENVELOPPE_DATE does not matter to it.
        let text = try CLI.run(["whatif", "--amount", "227000"], environment: ["ENVELOPPE_DATE": "nonsense"])
        #expect(text.status == 0)
    }
}
