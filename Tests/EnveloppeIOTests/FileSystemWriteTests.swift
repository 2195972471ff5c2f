import Foundation
import Testing

@testable import EnveloppeIO

@Suite struct FileSystemWriteTests {
    // Rule 1: never over an input, whatever the path looks like.

    @Test(arguments: [
        ("in.json", "in.json"), ("in.json", "./in.json"), ("link.json", "in.json"), ("in.json", "link.json"),
        ("hard.json", "in.json"), ("in.json", "sub/../in.json"),
    ])
    func anOutputThatIsAnInputIsRefused(input: String, output: String) throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder("sub"), withIntermediateDirectories: false)
        try folder.write("in.json", "precious")
        try FileManager.default.createSymbolicLink(atPath: folder("link.json"), withDestinationPath: "in.json")
        try #require(link(folder("in.json"), folder("hard.json")) == 0)
        let before = folder.entries()
        #expect(throws: FileError.wouldOverwriteInput(path: folder(output), input: folder(input))) {
            try FileSystem.write(Array("report".utf8), to: folder(output), protecting: ["other.json", folder(input)])
        }
        #expect(folder.text("in.json") == "precious")
        #expect(folder.entries() == before)
    }

    @Test func standardInputIsAnInputToo() throws {
        let folder = try TemporaryFolder()
        try folder.write("in.json", "precious")
        let result = try Probe.shell(#""$PROBE" copy - in.json < in.json"#, in: folder)
        #expect(result.status == 1)
        #expect(result.error == "EnveloppeIOProbe: in.json: is the input -; it would be destroyed\n")
        #expect(folder.text("in.json") == "precious")
    }

    @Test func aCopyOfTheInputIsNotTheInput() throws {
        let folder = try TemporaryFolder()
        try folder.write("in.json", "same")
        try folder.write("out.json", "same")
        try FileSystem.write(Array("new".utf8), to: folder("out.json"), protecting: [folder("in.json")])
        #expect(folder.text("out.json") == "new")
    }

    // Rule 2: never replace what is not a regular file.

    @Test func devNullIsWrittenIntoAndStaysADevice() throws {
        let before = (try? FileManager.default.contentsOfDirectory(atPath: "/dev")) ?? []
        try FileSystem.write(sample(1 << 20), to: "/dev/null", protecting: [])
        #expect(kind("/dev/null") == S_IFCHR)
        let after = (try? FileManager.default.contentsOfDirectory(atPath: "/dev")) ?? []
        #expect(after.filter { $0.hasPrefix(".null.") }.isEmpty)
        #expect(Set(after).subtracting(before).isEmpty)
    }

    @Test func aFullDeviceIsAnErrorAndStaysADevice() throws {
        #expect(throws: FileError.unwritable(path: "/dev/full", reason: "No space left on device")) {
            try FileSystem.write(Array("x".utf8), to: "/dev/full", protecting: [])
        }
        #expect(kind("/dev/full") == S_IFCHR)
    }

    @Test(.timeLimit(.minutes(1)))
    func aNamedPipeGivesItsReaderTheBytes() throws {
        let folder = try TemporaryFolder()
        try #require(mkfifo(folder("pipe"), 0o600) == 0)
        let reading = PipeReading(folder("pipe"))
        let bytes = sample(1 << 20)  // larger than a pipe holds: several writes
        try FileSystem.write(bytes, to: folder("pipe"), protecting: [])
        #expect(try reading.result.get() == bytes)
        #expect(kind(folder("pipe")) == S_IFIFO)
        #expect(folder.entries() == ["pipe"])
    }

    @Test func aFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder("out"), withIntermediateDirectories: false)
        #expect(throws: FileError.notAFileTarget(path: folder("out"), kind: "directory")) {
            try FileSystem.write([1], to: folder("out"), protecting: [])
        }
        try FileManager.default.createSymbolicLink(atPath: folder("link"), withDestinationPath: "out")
        #expect(throws: FileError.notAFileTarget(path: folder("link"), kind: "directory")) {
            try FileSystem.write([1], to: folder("link"), protecting: [])
        }
        #expect(throws: FileError.unwritable(path: folder("new/"), reason: "Is a directory")) {
            try FileSystem.write([1], to: folder("new/"), protecting: [])
        }
        #expect(folder.entries() == ["link", "out"])
        #expect(folder.entries("out") == [])
    }

    @Test func aDanglingLinkIsRefusedAndItsTargetNotCreated() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder("out.json"), withDestinationPath: "nowhere.json")
        #expect(throws: FileError.notAFileTarget(path: folder("out.json"), kind: "dangling symbolic link")) {
            try FileSystem.write([1], to: folder("out.json"), protecting: [])
        }
        try FileManager.default.createSymbolicLink(atPath: folder("loop"), withDestinationPath: "loop")
        #expect(throws: FileError.notAFileTarget(path: folder("loop"), kind: "symbolic link loop")) {
            try FileSystem.write([1], to: folder("loop"), protecting: [])
        }
        #expect(folder.entries() == ["loop", "out.json"])
        #expect(kind(folder("out.json")) == S_IFLNK)
    }

    /// The link stays a link; the file it leads to, in another folder, is replaced there.
    @Test func aLinkToAFileIsWrittenThrough() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder("real"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: folder("links"), withIntermediateDirectories: false)
        try folder.write("real/report.json", "old", mode: 0o640)
        try FileManager.default.createSymbolicLink(atPath: folder("links/report.json"), withDestinationPath: "../real/report.json")
        try FileSystem.write(Array("new".utf8), to: folder("links/report.json"), protecting: [])
        #expect(kind(folder("links/report.json")) == S_IFLNK)
        #expect(folder.text("real/report.json") == "new")
        #expect(mode(folder("real/report.json")).map { $0 & 0o7777 } == 0o640)
        #expect(folder.entries("real") == ["report.json"])
        #expect(folder.entries("links") == ["report.json"])
    }

    @Test func withoutOverwriteAnExistingFileIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        try folder.write("out.json", "old")
        #expect(throws: FileError.exists(path: folder("out.json"))) {
            try FileSystem.write(Array("new".utf8), to: folder("out.json"), protecting: [], overwrite: false)
        }
        #expect(folder.text("out.json") == "old")
        try FileSystem.write(Array("new".utf8), to: folder("fresh.json"), protecting: [], overwrite: false)
        #expect(folder.text("fresh.json") == "new")
        #expect(folder.entries() == ["fresh.json", "out.json"])
        // A device has nothing to overwrite.
        try FileSystem.write([1], to: "/dev/null", protecting: [], overwrite: false)
    }

    /// `-o /dev/stdout >> log` appends to the log through our descriptor; it does not replace the log.
    @Test func standardOutputByNameIsOurDescriptor() throws {
        let folder = try TemporaryFolder()
        try folder.write("in.json", "report\n")
        try folder.write("log", "earlier\n")
        let result = try Probe.shell(#""$PROBE" copy in.json /dev/stdout >> log"#, in: folder)
        #expect(result.status == 0)
        #expect(folder.text("log") == "earlier\nreport\n")
        #expect(folder.entries() == ["in.json", "log"])
    }

    @Test func aDashIsStandardOutput() throws {
        let folder = try TemporaryFolder()
        try folder.write("in.json", "report\n")
        let result = try Probe.shell(#""$PROBE" copy in.json - --write-through-file-system"#, in: folder)
        #expect(result.status == 0)
        #expect(result.output == Array("report\n".utf8))
        #expect(folder.entries() == ["in.json"])
        let full = try Probe.shell(#""$PROBE" copy in.json - --write-through-file-system > /dev/full"#, in: folder)
        #expect(full.error == "EnveloppeIOProbe: standard output: No space left on device\n")
    }

    @Test func aMissingFolderOrAnEmptyPathIsTold() throws {
        let folder = try TemporaryFolder()
        #expect(throws: FileError.unwritable(path: folder("missing/out.json"), reason: "No such file or directory")) {
            try FileSystem.write([1], to: folder("missing/out.json"), protecting: [])
        }
        #expect(throws: FileError.unwritable(path: "", reason: "No such file or directory")) {
            try FileSystem.write([1], to: "", protecting: [])
        }
        #expect(folder.entries() == [])
    }
}

/// `FileSystem.read` of a named pipe on another thread: opening blocks until a writer comes.
final class PipeReading: @unchecked Sendable {
    private var outcome: Result<[UInt8], FileError> = .success([])
    private let done = DispatchSemaphore(value: 0)

    init(_ path: String) {
        Thread.detachNewThread { [self] in
            do throws(FileError) { outcome = .success(try FileSystem.read(path)) } catch { outcome = .failure(error) }
            done.signal()
        }
    }

    var result: Result<[UInt8], FileError> {
        done.wait()
        return outcome
    }
}
