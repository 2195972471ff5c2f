import Foundation
import Testing

@testable import EnveloppeIO

@Suite struct AtomicReplacementTests {
    @Test func theTargetIsReplacedWholeAndNothingElseIsLeft() throws {
        let folder = try TemporaryFolder()
        try folder.write("out.json", "old")
        // A reader that opened the old file keeps reading the old file: it was replaced by a
        // rename, not truncated and rewritten under the reader.
        let reader = try #require(FileHandle(forReadingAtPath: folder("out.json")))
        try FileSystem.write(sample(3_000_000), to: folder("out.json"), protecting: [])
        #expect(folder.contents("out.json") == sample(3_000_000))
        #expect(String(decoding: reader.readDataToEndOfFile(), as: UTF8.self) == "old")
        #expect(folder.entries() == ["out.json"])
    }

    @Test(arguments: [0o600, 0o640, 0o755, 0o604])
    func theReplacedFileKeepsItsPermissionsExactly(permissions: Int) throws {
        let folder = try TemporaryFolder()
        try folder.write("out.json", "old", mode: permissions)
        try FileSystem.write(Array("new".utf8), to: folder("out.json"), protecting: [])
        #expect(mode(folder("out.json")) == S_IFREG | mode_t(permissions))
    }

    /// The umask is the process's: changed in the probe, not in the test process shared by all tests.
    @Test(arguments: [("022", 0o644), ("027", 0o640), ("077", 0o600)])
    func aNewFileGetsTheUsualPermissions(umask: String, permissions: Int) throws {
        let folder = try TemporaryFolder()
        try folder.write("in.json", "new")
        let result = try Probe.shell(#"umask \#(umask); "$PROBE" copy in.json out.json"#, in: folder)
        #expect(result.status == 0)
        #expect(mode(folder("out.json")) == S_IFREG | mode_t(permissions))
    }

    @Test(.enabled(if: isRoot, "only root can give a file to someone else"))
    func rootRewritingAUsersFileLeavesItTheirs() throws {
        let folder = try TemporaryFolder()
        try folder.write("out.json", "old", mode: 0o640)
        try #require(chown(folder("out.json"), 65534, 65534) == 0)
        try FileSystem.write(Array("new".utf8), to: folder("out.json"), protecting: [])
        var info = stat()
        try #require(stat(folder("out.json"), &info) == 0)
        #expect(info.st_uid == 65534 && info.st_gid == 65534)
        #expect(info.st_mode & 0o7777 == 0o640)
    }

    // Forced failures. The tests run as root here, for whom a read-only folder is no obstacle:
    // each failure below is one that stops root too.

    /// A file size limit (`ulimit -f`) stops the write halfway, after the temporary was created
    /// and partly filled: the path where the temporary must be removed.
    @Test(arguments: [false, true])
    func aWriteFailingHalfwayLeavesNoTemporary(existing: Bool) throws {
        let folder = try TemporaryFolder()
        try folder.write("in.bin", sample(1_000_000))
        if existing { try folder.write("out.bin", "old") }
        let result = try Probe.shell(#""$PROBE" copy in.bin out.bin --file-size-limit 65536"#, in: folder)
        #expect(result.status == 1)
        #expect(!result.signalled)
        #expect(result.error == "EnveloppeIOProbe: out.bin: cannot be written: File too large\n")
        #expect(folder.text("out.bin") == (existing ? "old" : nil))
        #expect(folder.entries() == (existing ? ["in.bin", "out.bin"] : ["in.bin"]))
    }

    /// A full disk: a small tmpfs. Needs the right to mount (root here; skipped elsewhere).
    @Test(.enabled(if: SmallFileSystem.canMount, "needs the right to mount a tmpfs"))
    func aFullDiskLeavesTheOldFileAndNoTemporary() throws {
        let disk = try #require(SmallFileSystem(bytes: 256 << 10))
        try disk.folder.write("out.json", "old")
        #expect(throws: FileError.unwritable(path: disk.folder("out.json"), reason: "No space left on device")) {
            try FileSystem.write(sample(1 << 20), to: disk.folder("out.json"), protecting: [])
        }
        #expect(disk.folder.text("out.json") == "old")
        #expect(disk.folder.entries() == ["out.json"])
    }

    /// The temporary cannot even be created: nothing to clean, the reason told.
    @Test func aFolderThatIsAFileIsTold() throws {
        let folder = try TemporaryFolder()
        try folder.write("file", "x")
        #expect(throws: FileError.unwritable(path: folder("file/out.json"), reason: "Not a directory")) {
            try FileSystem.write([1], to: folder("file/out.json"), protecting: [])
        }
        #expect(folder.entries() == ["file"])
    }

    @Test func aFolderOneMayNotWriteInIsTold() throws {
        let folder = try TemporaryFolder()
        try folder.write("in.json", "new")
        try folder.write("out.json", "old")
        chmod(folder.path, isRoot ? 0o755 : 0o555)
        defer { chmod(folder.path, 0o755) }
        let result = try Probe.shell(#""$PROBE" --as-nobody copy in.json out.json"#, in: folder)
        #expect(result.status == 1)
        #expect(result.error == "EnveloppeIOProbe: out.json: cannot be written: Permission denied\n")
        #expect(folder.text("out.json") == "old")
        #expect(folder.entries() == ["in.json", "out.json"])
    }
}

/// A small tmpfs mounted on a temporary folder, unmounted at the end.
final class SmallFileSystem {
    let folder: TemporaryFolder

    init?(bytes: Int) {
        guard isRoot, let folder = try? TemporaryFolder() else { return nil }
        self.folder = folder
        guard mount("tmpfs", folder.path, "tmpfs", 0, "size=\(bytes)") == 0 else { return nil }
    }

    deinit { umount2(folder.path, Int32(MNT_DETACH)) }

    static let canMount = SmallFileSystem(bytes: 64 << 10) != nil
}
