import Foundation
import Testing

/// A fresh empty folder for one test, removed when the test is done.
final class TemporaryFolder: Sendable {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "enveloppe-io-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The path of `name` in this folder.
    func callAsFunction(_ name: String) -> String { path + "/" + name }

    /// Every entry, hidden ones included: a leftover temporary is hidden.
    func entries(_ subfolder: String? = nil) -> [String] {
        let folder = subfolder.map { self($0) } ?? path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    func write(_ name: String, _ text: String, mode: Int = 0o644) throws {
        try write(name, Array(text.utf8), mode: mode)
    }

    func write(_ name: String, _ bytes: [UInt8], mode: Int = 0o644) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: self(name)))
        chmod(self(name), mode_t(mode))
    }

    func contents(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: self(name)).map { [UInt8]($0) }
    }

    func text(_ name: String) -> String? { contents(name).map { String(decoding: $0, as: UTF8.self) } }
}

/// The kind and permission bits of a path, links not followed.
func mode(_ path: String) -> mode_t? {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode : nil
}

func kind(_ path: String) -> mode_t? { mode(path).map { $0 & S_IFMT } }

/// Entries of a listing that look like our temporaries.
func temporaries(_ entries: [String]) -> [String] { entries.filter { $0.hasSuffix(".tmp") } }

/// Bytes that are not all alike, so a file cut short or shifted is seen.
func sample(_ count: Int) -> [UInt8] {
    var block: [UInt8] = []
    var line = 0
    while block.count < 4096 {
        block += Array("line \(line) of the sample\n".utf8)
        line += 1
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count + block.count)
    while bytes.count < count { bytes += block }
    return Array(bytes.prefix(count))
}

let isRoot = geteuid() == 0

/// The test helper executable, run as a user's shell would run the tool.
enum Probe {
    /// `swift test` builds it beside the test bundle, as it does `enveloppe` for CLITests.
    static let executable: String? = {
        var candidates: [String] = []
        if let folder = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(folder.appendingPathComponent("EnveloppeIOProbe").path)
            candidates.append(folder.deletingLastPathComponent().appendingPathComponent("EnveloppeIOProbe").path)
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Result {
        let status: Int32
        let signalled: Bool
        let output: [UInt8]
        let error: String
    }

    /// Runs `script` with `/bin/sh` in `folder`; in it, `"$PROBE"` is the probe. Standard output and
    /// error are caught in files outside `folder`, so that its listing shows only what the probe left.
    static func shell(_ script: String, in folder: TemporaryFolder, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> Result
    {
        let probe = try #require(executable, "EnveloppeIOProbe was not built", sourceLocation: sourceLocation)
        let capture = try TemporaryFolder()
        _ = FileManager.default.createFile(atPath: capture("out"), contents: nil)
        _ = FileManager.default.createFile(atPath: capture("err"), contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        process.environment = ["PROBE": probe, "PATH": "/usr/bin:/bin"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: capture("out"))
        process.standardError = FileHandle(forWritingAtPath: capture("err"))
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            output: capture.contents("out") ?? [], error: capture.text("err") ?? "")
    }
}
