import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// Temporary: the files and streams layer, until the EnveloppeIO target lands.
enum FileError: Error, Equatable {
    case notFound(path: String)
    case permissionDenied(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, limit: Int)
    case unwritable(path: String, reason: String)
    case wouldOverwriteInput(path: String, input: String)
    case exists(path: String)
    case notAFileTarget(path: String, kind: String)
    case standardOutputFailed(reason: String)
}

enum FileSystem {
    static func read(_ path: String, limit: Int? = nil) throws(FileError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        guard !isDirectory.boolValue else { throw .isDirectory(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .permissionDenied(path: path) }
        return [UInt8](data)
    }

    static func write(_ bytes: [UInt8], to path: String, protecting inputs: [String], overwrite: Bool = true) throws(FileError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target.path {
            throw .wouldOverwriteInput(path: path, input: input)
        }
        if !overwrite && FileManager.default.fileExists(atPath: target.path) { throw .exists(path: path) }
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        do { try Data(bytes).write(to: temporary) } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: path, reason: reason)
        }
    }
}

enum StandardStreams {
    static func prepare() { signal(SIGPIPE, SIG_IGN) }

    static func writeOutput(_ bytes: [UInt8]) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .standardOutputFailed(reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    static func writeError(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}
