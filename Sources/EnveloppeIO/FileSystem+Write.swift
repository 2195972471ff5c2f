import Glibc

extension FileSystem {
    /// Writes `bytes` to `path` whole or not at all, never over one of `inputs`.
    ///
    /// - A regular file (existing or new) is replaced atomically (`AtomicReplacement`): a reader
    ///   sees the old file or the new one, an interruption leaves the old one and no temporary.
    /// - A symbolic link to a regular file is written through: its target is replaced, the link
    ///   stays a link.
    /// - A device or a named pipe (`/dev/null`, a FIFO) is opened and written into: replacing
    ///   `/dev/null` by a file would break the whole machine.
    /// - `"-"` is standard output, exactly as `StandardStreams.writeOutput`.
    /// - `/dev/stdout` and `/dev/stderr` (and `/dev/fd/1`, `/dev/fd/2`) are written to the
    ///   descriptor we already have: re-opening them would fail on a socket, and replacing the file
    ///   behind a `>> log` redirection would lose the log.
    /// - A directory, a dangling symbolic link (we do not create its target), a socket: refused.
    ///
    /// `overwrite: false` refuses an existing regular file, and a file appearing meanwhile
    /// (the final step is a `link`, which never replaces). A device is written into either way:
    /// nothing is overwritten there.
    public static func write(
        _ bytes: [UInt8], to path: String, protecting inputs: [String], overwrite: Bool = true
    ) throws(FileError) {
        StandardStreams.ignoreWriteSignals()
        InterruptionCleanup.install()
        guard !path.isEmpty else { throw .unwritable(path: path, reason: errorText(ENOENT)) }
        if path == "-" {
            try StandardStreams.writeOutput(bytes)
            return
        }
        try refuseInputs(inputs, as: path)
        if let descriptor = standardDescriptor(named: path) {
            try writeStandard(bytes, to: descriptor, shownAs: path)
            return
        }

        var entry = stat()
        guard lstat(path, &entry) == 0 else {
            let code = errno
            guard code == ENOENT else { throw .unwritable(path: path, reason: errorText(code)) }
            let location = PathParts(path)
            // "new/": the user meant a folder that is not there.
            guard !location.name.isEmpty else { throw .unwritable(path: path, reason: errorText(EISDIR)) }
            try AtomicReplacement.write(bytes, to: location, shownAs: path, replacing: nil, mayReplace: overwrite)
            return
        }
        let isLink = fileKind(entry) == mode_t(S_IFLNK)
        var target = entry
        if isLink && stat(path, &target) != 0 {
            let code = errno
            switch code {
            case ENOENT: throw .notAFileTarget(path: path, kind: "dangling symbolic link")
            case ELOOP: throw .notAFileTarget(path: path, kind: "symbolic link loop")
            default: throw .unwritable(path: path, reason: errorText(code))
            }
        }
        switch fileKind(target) {
        case mode_t(S_IFREG):
            guard overwrite else { throw .exists(path: path) }
            let location = isLink ? try resolvedLocation(of: path) : PathParts(path)
            try AtomicReplacement.write(
                bytes, to: location, shownAs: path, replacing: .init(target), mayReplace: true)
        case mode_t(S_IFCHR), mode_t(S_IFBLK), mode_t(S_IFIFO):
            try writeInto(bytes, path)
        case mode_t(S_IFDIR):
            throw .notAFileTarget(path: path, kind: "directory")
        case mode_t(S_IFSOCK):
            throw .notAFileTarget(path: path, kind: "socket")
        default:
            throw .notAFileTarget(path: path, kind: "special file")
        }
    }

    /// Refuses an output that is the same regular file as an input, by identity (device,
    /// inode), so `./x.json`, a symbolic link and a hard link to `x.json` are all caught.
    /// `"-"` is standard input: `… - -o x.json < x.json` would destroy x.json too.
    /// Devices and pipes are not compared: writing into `/dev/tty` destroys nothing.
    public static func refuseInputs(_ inputs: [String], as path: String) throws(FileError) {
        var info = stat()
        guard stat(path, &info) == 0, fileKind(info) == mode_t(S_IFREG) else { return }
        let output = FileIdentity(info)
        for input in inputs {
            var inputInfo = stat()
            let found = input == "-" ? fstat(0, &inputInfo) == 0 : stat(input, &inputInfo) == 0
            if found && FileIdentity(inputInfo) == output {
                throw .wouldOverwriteInput(path: path, input: input)
            }
        }
    }

    /// The descriptor a path names when it is one of our standard streams.
    private static func standardDescriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1": 1
        case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2": 2
        default: nil
        }
    }

    private static func writeStandard(_ bytes: [UInt8], to descriptor: Int32, shownAs path: String) throws(FileError) {
        let code = bytes.withUnsafeBytes { writeAll(descriptor, $0) }
        if code == 0 { return }
        if code == EPIPE && descriptor == 1 { throw .standardOutputClosedByReader }
        throw .unwritable(path: path, reason: errorText(code))
    }

    /// Writes into a device or a named pipe, which we must not replace. No `O_CREAT`, no
    /// `O_TRUNC`: the thing exists and has no content to lose. Blocks on a pipe until a reader comes,
    /// like `cat > fifo`.
    private static func writeInto(_ bytes: [UInt8], _ path: String) throws(FileError) {
        let descriptor = retryingOnInterrupt { open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY) }
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: errorText(errno)) }
        var code = bytes.withUnsafeBytes { writeAll(descriptor, $0) }
        if close(descriptor) != 0 && code == 0 && errno != EINTR { code = errno }
        if code != 0 { throw .unwritable(path: path, reason: errorText(code)) }
    }

    /// Where a symbolic link finally leads, so the temporary is made beside the real file and the
    /// rename replaces it, not the link.
    private static func resolvedLocation(of path: String) throws(FileError) -> PathParts {
        guard let resolved = realpath(path, nil) else { throw .unwritable(path: path, reason: errorText(errno)) }
        defer { free(resolved) }
        return PathParts(String(cString: resolved))
    }
}
