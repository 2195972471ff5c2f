import Glibc

/// Standard output and standard error, written so that no state of them makes the program trap.
///
/// Started by a shell, a script or a scheduler, the program may find its output closed
/// (`>&-`), full (`/dev/full`, a full disk), or read by a `head` that has gone away. Each must
/// become a clear message and a non-zero status, never a crash and never a silent success.
public enum StandardStreams {
    /// Call first thing in `main`.
    ///
    /// - Ignores SIGPIPE, so a reader going away is an EPIPE error we report (or keep quiet
    ///   about) instead of a kill; and SIGXFSZ, so a file size limit (`ulimit -f`) is an error
    ///   after which the temporary is removed, instead of a kill that leaves it.
    /// - Makes sure descriptors 0, 1 and 2 are open. A closed one is re-opened on `/dev/null`,
    ///   read-only: a file opened later can never get number 1 or 2 and receive the report or the
    ///   messages, and writing to it fails with EBADF, which `writeOutput` reports.
    /// - Installs the interruption handler that removes temporary files (`InterruptionCleanup`).
    public static func prepare() {
        ignoreWriteSignals()
        var descriptor: Int32 = 0
        while descriptor <= 2 {
            if fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
                // The lowest free number is this one, since the lower ones are open.
                let opened = retryingOnInterrupt { open("/dev/null", O_RDONLY) }
                if opened >= 0 && opened != descriptor {
                    _ = dup2(opened, descriptor)
                    _ = close(opened)
                }
            }
            descriptor += 1
        }
        InterruptionCleanup.install()
    }

    /// Writes all of `bytes` to standard output (partial writes, EINTR, a non-blocking
    /// descriptor). Throws `standardOutputClosedByReader` on EPIPE, `standardOutputFailed` with
    /// the C library's reason on any other error.
    public static func writeOutput(_ bytes: [UInt8]) throws(FileError) {
        ignoreWriteSignals()
        let code = bytes.withUnsafeBytes { writeAll(1, $0) }
        switch code {
        case 0: return
        case EPIPE: throw .standardOutputClosedByReader
        default: throw .standardOutputFailed(reason: errorText(code))
        }
    }

    /// Writes `text` to standard error, best effort: when even that fails there is no one left
    /// to tell, and the exit status still speaks.
    public static func writeError(_ text: String) {
        ignoreWriteSignals()
        var text = text
        text.withUTF8 { _ = writeAll(2, UnsafeRawBufferPointer($0)) }
    }

    /// SIGPIPE and SIGXFSZ ignored, once. Writing calls it even without `prepare()`: a library
    /// must not let a closed pipe kill the program halfway through a write.
    static func ignoreWriteSignals() {
        _ = writeSignalsIgnored
    }

    private static let writeSignalsIgnored: Bool = {
        _ = signal(SIGPIPE, SIG_IGN)
        _ = signal(SIGXFSZ, SIG_IGN)
        return true
    }()
}
