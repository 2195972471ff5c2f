/// Why reading or writing a file failed, with the path as the user typed it.
///
/// The cases keep apart what a user must act on differently: a missing file, a file they may not
/// read, a folder given for a file, an output that would destroy an input. The `reason` strings are
/// the C library's own text for the error (`strerror`), so nothing is guessed. The command line
/// words the message; `description` is a plain English fallback for tools and tests.
public enum FileError: Error, Equatable, Sendable {
    case notFound(path: String)
    /// EACCES or EPERM: the file is there, the user may not open it. Never said as "No such file".
    case permissionDenied(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, limit: Int)
    case unwritable(path: String, reason: String)
    /// The output is the same file (device and inode) as `input`: writing would destroy it.
    case wouldOverwriteInput(path: String, input: String)
    /// The output exists and overwriting was not allowed.
    case exists(path: String)
    /// The output is something that must not be replaced by a file: a directory, a dangling
    /// symbolic link (whose target we do not create), a socket.
    case notAFileTarget(path: String, kind: String)
    /// Standard output could not take the bytes: closed (EBADF), full (ENOSPC), EIO…
    case standardOutputFailed(reason: String)
    /// EPIPE on standard output: the reader went away (`| head`). Not the user's problem to read
    /// about: the caller exits quietly with a non-zero status.
    case standardOutputClosedByReader
}

extension FileError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file"
        case .permissionDenied(let path): "\(path): permission denied"
        case .isDirectory(let path): "\(path): is a directory, not a file to read"
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        case .tooLarge(let path, let limit): "\(path): larger than \(limit) bytes"
        case .unwritable(let path, let reason): "\(path): cannot be written: \(reason)"
        case .wouldOverwriteInput(let path, let input): "\(path): is the input \(input); it would be destroyed"
        case .exists(let path): "\(path): already exists"
        case .notAFileTarget(let path, let kind): "\(path): is a \(kind); it cannot be replaced by a file"
        case .standardOutputFailed(let reason): "standard output: \(reason)"
        case .standardOutputClosedByReader: "standard output: the reader went away"
        }
    }
}
