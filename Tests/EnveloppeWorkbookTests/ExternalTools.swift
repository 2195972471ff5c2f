import EnveloppeWorkbook
import Foundation
import Testing

/// Running the tools that check the written files from outside: python3 with openpyxl
/// and LibreOffice. Absent tools skip a check locally and fail it on CI.
enum ExternalTools {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Says why a check did not run: a printed line locally, a recorded failure on CI.
    static func skip(_ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if isCI {
            Issue.record("\(reason) (required when CI is set)", sourceLocation: sourceLocation)
        } else {
            print("skipped: \(reason)")
        }
    }

    /// The full path of an executable on PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs a program to completion, collecting its output.
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a full pipe cannot block it.
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self), error: String(decoding: errorData, as: UTF8.self))
    }

    /// python3, when it can import every module named.
    static func python(with modules: [String]) -> String? {
        guard let python = which("python3") else { return nil }
        let imports = modules.isEmpty ? "pass" : "import " + modules.joined(separator: ", ")
        guard let result = try? run(python, ["-c", imports]), result.status == 0 else { return nil }
        return python
    }

    static func runPython(_ python: String, _ script: String, _ arguments: [String] = []) throws -> Result {
        try run(python, ["-c", script] + arguments)
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// LibreOffice, started with a private profile that recalculates every formula on load
    /// (by default it may trust the cached values of files from other generators), in the
    /// given locale (en-US gives CSV numbers with a decimal point).
    static func soffice(_ arguments: [String], locale: String = "en-US") throws -> Result? {
        guard let soffice = which("soffice") else { return nil }
        let profile = try temporaryFolder("lo-profile")
        defer { try? FileManager.default.removeItem(at: profile) }
        let user = profile.appendingPathComponent("user")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        let settings = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>\(locale)</value></prop></item>
            </oor:items>
            """
        try settings.write(to: user.appendingPathComponent("registrymodifications.xcu"), atomically: true, encoding: .utf8)
        return try run(soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore"] + arguments)
    }

    /// Every sheet of every file as its own CSV, `NAME-SHEET.csv` (raw values, UTF-8, comma, double quotes).
    static let csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

    /// The same, each cell as the sheet shows it (its number format applied).
    static let csvFilterAsShown = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"

    /// Converts files to CSV in one LibreOffice start (raw values, or as shown, in the profile's `locale`); nil when
    /// LibreOffice is absent.
    static func csvSheets(of files: [URL], in folder: URL, asShown: Bool = false, locale: String = "en-US") throws -> [String: [[String]]]? {
        let output = folder.appendingPathComponent("csv")
        let filter = asShown ? csvFilterAsShown : csvFilter
        guard let result = try soffice(["--convert-to", filter, "--outdir", output.path] + files.map(\.path), locale: locale) else { return nil }
        #expect(result.status == 0, "soffice: \(result.error)")
        var sheets: [String: [[String]]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? [] where name.hasSuffix(".csv") {
            let text = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
            sheets[String(name.dropLast(4))] = parseCSV(text)
        }
        return sheets
    }

    /// Whether LibreOffice's CSV text of a formula result is the cached value: numbers
    /// compared as numbers (decimal comma or point, a percent sign means hundredths).
    static func csvField(_ field: String, matches value: Value) -> Bool {
        switch value {
        case .empty: return field.isEmpty
        case .text(let text): return field == text
        case .boolean(let flag): return flag ? ["TRUE", "VRAI"].contains(field) : ["FALSE", "FAUX"].contains(field)
        case .date: return !field.isEmpty
        case .number(let decimal):
            var text = field.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "\u{00A0}", with: "")
            var scale = 1.0
            if text.hasSuffix("%") {
                text = String(text.dropLast())
                scale = 0.01
            }
            guard let got = Double(text), let expected = Double(decimal) else { return false }
            return abs(got * scale - expected) <= 1e-9 * max(1, abs(expected))
        }
    }

    /// Parses LibreOffice's CSV (comma, double quotes, UTF-8).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\n", "\r\n":
                row.append(field)
                field = ""
                rows.append(row)
                row = []
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}

/// Expects a written part to contain a snippet, reporting the snippet only (parts are long).
/// Non-breaking spaces count as spaces, so expectations can be typed plainly.
func expectPart(_ part: String, _ snippet: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = part.replacing("\u{00A0}", with: " ").contains(snippet)
    #expect(found, "missing: \(snippet)", sourceLocation: sourceLocation)
}
