import Foundation
import Testing

/// The spreadsheet tools people fill workbooks with, run from the tests: python3 with
/// openpyxl, and LibreOffice headless with a private profile (as the workbook library's
/// tests run them). An absent tool skips its check locally and fails it when CI is set.
enum OfficeTools {
    static func skip(_ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("\(reason) (required when CI is set)", sourceLocation: sourceLocation)
        } else {
            print("skipped: \(reason)")
        }
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program to completion; its status and standard error.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// python3 when it can import openpyxl.
    static let python: String? = {
        guard let python = which("python3"), let result = try? run(python, ["-c", "import openpyxl"], in: CLI.packageRoot), result.status == 0
        else { return nil }
        return python
    }()

    /// Runs a Python script with openpyxl in `directory`.
    static func openpyxl(_ script: String, in directory: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let python = try #require(python, sourceLocation: sourceLocation)
        let result = try run(python, ["-c", "import openpyxl\n" + script], in: directory)
        #expect(result.status == 0, "python: \(result.error)", sourceLocation: sourceLocation)
    }

    /// Has LibreOffice write each file again as `format` (xlsx, ods) into `folder`, in one start.
    static func resave(_ files: [URL], as format: String, into folder: URL) throws -> Bool {
        guard let soffice = which("soffice") else { return false }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let result = try run(
            soffice,
            ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--convert-to", format, "--outdir", folder.path]
                + files.map(\.path), in: folder)
        #expect(result.status == 0, "soffice: \(result.error)")
        return true
    }
}
