import EnveloppeWorkbook
import Foundation
import Glibc
import Testing

/// `--format xlsx` and `--format ods` as the commands offer them: written with `--output`,
/// refused on a terminal without it, the same bytes on every run.
@Suite struct WorkbookCommandTests {
    static let montpellier = "scenarios/bail-dabord-montpellier-2025.json"

    /// Runs the tool with standard output on a pseudo-terminal (as in an interactive shell).
    static func runOnTerminal(_ arguments: [String]) throws -> (status: Int32, error: String, output: [UInt8]) {
        let binary = try #require(CLI.executable)
        // posix_openpt, unlockpt and ptsname, which Glibc's module does not expose: /dev/ptmx and two ioctls
        // (TIOCSPTLCK and TIOCGPTN, whose macros are not imported; the values of Linux's generic ioctl numbering).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        #expect(master >= 0, "no pseudo-terminal")
        defer { close(master) }
        var unlock: CInt = 0
        var number: CInt = 0
        #expect(ioctl(master, 0x4004_5431, &unlock) == 0 && ioctl(master, 0x8004_5430, &number) == 0)
        let terminal = try #require(FileHandle(forWritingAtPath: "/dev/pts/\(number)"))
        #expect(isatty(terminal.fileDescriptor) == 1)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.packageRoot
        process.standardOutput = terminal
        let error = Pipe()
        process.standardError = error
        try process.run()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try terminal.close()
        // What reached the terminal, without waiting for more.
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        while true {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { break }
            output += buffer[0..<count]
        }
        return (process.terminationStatus, String(decoding: errorData, as: UTF8.self), output)
    }

    @Test(arguments: ["xlsx", "ods"])
    func aWorkbookIsRefusedOnATerminal(_ format: String) throws {
        let result = try WorkbookCommandTests.runOnTerminal(["run", WorkbookCommandTests.montpellier, "--format", format])
        #expect(result.status == 2)
        #expect(
            result.error
                == "enveloppe: --format \(format) écrit un classeur, illisible dans un terminal : ajoutez --output FICHIER.\(format)\n")
        #expect(result.output.isEmpty)
        let english = try WorkbookCommandTests.runOnTerminal(["budget", WorkbookCommandTests.montpellier, "--format", format, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.error == "enveloppe: --format \(format) writes a workbook a terminal cannot show: add --output FILE.\(format)\n")
        let dash = try WorkbookCommandTests.runOnTerminal(["run", WorkbookCommandTests.montpellier, "--format", format, "--output", "-"])
        #expect(dash.status == 2)
    }

    @Test func textIsStillShownOnATerminal() throws {
        let result = try WorkbookCommandTests.runOnTerminal(["budget", WorkbookCommandTests.montpellier])
        #expect(result.status == 0)
        #expect(String(decoding: result.output, as: UTF8.self).contains("CERFA 12156"))
    }

    @Test func everyCommandWritesBothFormatsWithOutput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let candidates = ["scenarios/candidature-a-montpellier-2025.json", "scenarios/candidature-b-montpellier-2025.json"]
        let commands: [(String, [String], [String])] = [
            (
                "run", ["run", WorkbookCommandTests.montpellier],
                ["Synthèse", "Enveloppe", "Paiements", "Mois par mois", "Budget prévisionnel", "Contrôles", "Sources"]
            ),
            ("budget", ["budget", WorkbookCommandTests.montpellier], ["Budget prévisionnel"]),
            ("check", ["check"] + candidates, ["Bilan", "Contrôles"]),
            ("compare", ["compare"] + candidates, ["Comparaison"]),
            ("allocate", ["allocate", "scenarios/aml-pas-de-calais-2019.json"], ["Répartition"]),
            (
                "settle",
                ["settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv"],
                ["Solde des conventions", "Activité"]
            ),
        ]
        for (name, arguments, sheets) in commands {
            for format in ["xlsx", "ods"] {
                let path = folder.appendingPathComponent("\(name).\(format)").path
                let result = try CLI.run(arguments + ["--format", format, "--output", path])
                #expect(result.status == 0 || (name == "check" && result.status == 1), "\(name) \(format): \(result.standardError)")
                #expect(result.standardOutput.isEmpty)
                let bytes = try #require(FileManager.default.contents(atPath: path), "\(name) \(format) wrote nothing")
                let workbook = try WorkbookReader.read([UInt8](bytes))
                #expect(workbook.format == (format == "xlsx" ? .xlsx : .ods))
                #expect(workbook.sheets.map(\.name) == sheets, "\(name) \(format)")
            }
        }
    }

    @Test func theBytesAreTheSameOnEveryRun() throws {
        for format in ["xlsx", "ods"] {
            let first = try CLI.run(["run", WorkbookCommandTests.montpellier, "--format", format])
            let second = try CLI.run(["run", WorkbookCommandTests.montpellier, "--format", format])
            #expect(first.status == 0)
            #expect(!first.outputBytes.isEmpty && first.outputBytes == second.outputBytes)
        }
    }

    @Test func commandsWithoutAWorkbookRefuseTheFormat() throws {
        let result = try CLI.run(["whatif", "--amount", "227000", "--format", "xlsx"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("format « xlsx » non disponible pour cette commande ; formats : text"))
    }
}
