import Glibc

extension FileSystem {
    /// Reads a whole file; `"-"` reads standard input to its end.
    ///
    /// With `limit`, a file of more bytes throws `tooLarge` (checked from its size when it has
    /// one, else while reading), so a mistaken `/dev/zero` or a huge upload cannot exhaust
    /// memory. Reads in chunks appended to one growing array: linear time.
    public static func read(_ path: String, limit: Int? = nil) throws(FileError) -> [UInt8] {
        let limit = limit.map { max($0, 0) }
        if path == "-" { return try readToEnd(0, shownAs: path, limit: limit) }
        let descriptor = retryingOnInterrupt { open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY) }
        guard descriptor >= 0 else { throw openingFailure(errno, path) }
        defer { _ = close(descriptor) }
        return try readToEnd(descriptor, shownAs: path, limit: limit)
    }

    /// The error for a failed `open`: what the user must do differs for each.
    private static func openingFailure(_ code: Int32, _ path: String) -> FileError {
        switch code {
        // ENOTDIR: a folder in the path is a file ("a.json/b"), so there is no such file.
        case ENOENT, ENOTDIR: .notFound(path: path)
        case EACCES, EPERM: .permissionDenied(path: path)
        case EISDIR: .isDirectory(path: path)
        default: .unreadable(path: path, reason: errorText(code))
        }
    }

    private static func readToEnd(_ descriptor: Int32, shownAs path: String, limit: Int?) throws(FileError) -> [UInt8] {
        var info = stat()
        var expected = 0
        if fstat(descriptor, &info) == 0 {
            // Linux opens a folder for reading; only `read` would then fail, less clearly.
            if fileKind(info) == mode_t(S_IFDIR) { throw .isDirectory(path: path) }
            if fileKind(info) == mode_t(S_IFREG) {
                expected = Int(info.st_size)
                if let limit, expected > limit { throw .tooLarge(path: path, limit: limit) }
            }
        }
        var bytes: [UInt8] = []
        // One more byte than the size, to see the end of file without growing the array; at
        // most 256 MiB ahead, so a size that lies (a sparse file) cannot ask for all memory at once.
        bytes.reserveCapacity(min(expected, limit ?? Int.max, 1 << 28) + 1)
        let chunkSize = 1 << 16
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        while true {
            let count = Glibc.read(descriptor, chunk.baseAddress, chunkSize)
            if count > 0 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<count]))
                if let limit, bytes.count > limit { throw .tooLarge(path: path, limit: limit) }
                continue
            }
            if count == 0 { return bytes }
            let code = errno
            switch code {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: waitUntilReady(descriptor, for: Int32(POLLIN))
            case EISDIR: throw .isDirectory(path: path)
            default: throw .unreadable(path: path, reason: errorText(code))
            }
        }
    }
}

extension FileSystem {
    /// The bytes of the regular file at `path` (following a link), `nil` when there is none there, or when it is
    /// something else (a folder, a device, a pipe: reading one could block or never end) or larger than `limit`:
    /// what a command looks at before it replaces a file.
    public static func existingFile(_ path: String, limit: Int) -> [UInt8]? {
        guard path != "-" else { return nil }
        var info = stat()
        guard stat(path, &info) == 0, fileKind(info) == mode_t(S_IFREG), Int(info.st_size) <= limit else { return nil }
        return try? read(path, limit: limit)
    }
}
