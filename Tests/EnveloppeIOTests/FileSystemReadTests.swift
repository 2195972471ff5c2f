import Foundation
import Testing

@testable import EnveloppeIO

@Suite struct FileSystemReadTests {
    @Test(arguments: [0, 1, 65_535, 65_536, 5_000_001])
    func readsAWholeFile(size: Int) throws {
        let folder = try TemporaryFolder()
        try folder.write("in.json", sample(size))
        #expect(try FileSystem.read(folder("in.json")) == sample(size))
    }

    @Test func aMissingFileIsNotFound() throws {
        let folder = try TemporaryFolder()
        try folder.write("file", "x")
        #expect(throws: FileError.notFound(path: folder("missing.json"))) { try FileSystem.read(folder("missing.json")) }
        // A path through a file: there is no such file there either.
        #expect(throws: FileError.notFound(path: folder("file/x.json"))) { try FileSystem.read(folder("file/x.json")) }
    }

    /// Root may read anything, so the probe gives up root first (or the test runs as a user).
    @Test func aForbiddenFileIsSaidToBeForbidden() throws {
        let folder = try TemporaryFolder()
        chmod(folder.path, 0o755)
        try folder.write("secret.json", "{}", mode: 0o600)
        if !isRoot { chmod(folder("secret.json"), 0o000) }
        let result = try Probe.shell(#""$PROBE" --as-nobody copy secret.json -"#, in: folder)
        #expect(result.status == 1)
        #expect(result.error == "EnveloppeIOProbe: secret.json: permission denied\n")
    }

    @Test func aFolderIsSaidToBeAFolder() throws {
        let folder = try TemporaryFolder()
        #expect(throws: FileError.isDirectory(path: folder.path)) { try FileSystem.read(folder.path) }
    }

    @Test func otherFailuresGiveTheSystemsReason() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder("loop"), withDestinationPath: "loop")
        #expect(throws: FileError.unreadable(path: folder("loop"), reason: "Too many levels of symbolic links")) {
            try FileSystem.read(folder("loop"))
        }
    }

    @Test func theLimitIsKept() throws {
        let folder = try TemporaryFolder()
        try folder.write("in.json", sample(100))
        #expect(try FileSystem.read(folder("in.json"), limit: 100).count == 100)
        #expect(throws: FileError.tooLarge(path: folder("in.json"), limit: 99)) {
            try FileSystem.read(folder("in.json"), limit: 99)
        }
        // A device has no size to check beforehand: the limit stops the reading.
        #expect(throws: FileError.tooLarge(path: "/dev/zero", limit: 1_000_000)) {
            try FileSystem.read("/dev/zero", limit: 1_000_000)
        }
        #expect(try FileSystem.read("/dev/null", limit: 0) == [])
    }

    @Test func standardInputIsReadToItsEndFromAPipe() throws {
        let folder = try TemporaryFolder()
        try folder.write("in.json", sample(1_000_000))
        let result = try Probe.shell(#"cat in.json | "$PROBE" copy - -"#, in: folder)
        #expect(result.status == 0)
        #expect(result.error == "")
        #expect(result.output == sample(1_000_000))
        let limited = try Probe.shell(#"cat in.json 2> /dev/null | "$PROBE" copy - - --limit 1000"#, in: folder)
        #expect(limited.status == 1)
        #expect(limited.error == "EnveloppeIOProbe: -: larger than 1000 bytes\n")
    }
}
