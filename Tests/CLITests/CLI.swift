import Foundation
import Testing

/// Runs the built `enveloppe` executable, as a user would.
struct CLI {
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
        let outputBytes: [UInt8]

        /// The standard output as one flow of words: text reports wrap their sentences at 100 characters, so a test
        /// looks for a sentence whole, whatever line it was cut at (spaces and line ends read as one space).
        var flowingOutput: String { CLI.flowing(standardOutput) }
    }

    /// `text` with each run of spaces and line ends read as one space (no-break spaces kept).
    static func flowing(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `swift test` builds the executable beside the test bundle.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("enveloppe"))
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("enveloppe"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/enveloppe"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The day printed pages say in their footer, for every run of the tests: golden files do not change with the date.
    static let printDate = "2025-03-31"

    /// Runs `enveloppe arguments…` in `directory` (the package root by default), with `ENVELOPPE_DATE` set to
    /// ``printDate`` unless `environment` says otherwise.
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result {
        let binary = try #require(executable, "the enveloppe executable was not built", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        variables["ENVELOPPE_DATE"] = printDate
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self), outputBytes: [UInt8](outData))
    }

    /// A fresh empty folder for files a test writes.
    /// A file named `name` holding `text`, in a folder of its own (a counts file, a scenario a test edits).
    static func temporaryFile(_ name: String, containing text: String) throws -> URL {
        let file = try temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enveloppe-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
