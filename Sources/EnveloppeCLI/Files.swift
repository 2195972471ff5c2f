import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading inputs and writing outputs: the only file code of the tool.
enum Files {
    enum Failure: Error, Equatable {
        case notFound(String)
        case unreadable(String)
        case unwritable(String, reason: String)
        case wouldOverwriteInput(String)
        case exists(String)
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path)
        }
        return [UInt8](data)
    }

    /// Writes `bytes` to `path` whole or not at all: a temporary file in the same
    /// folder, then an atomic rename over the target. Refuses to overwrite `inputs`.
    static func write(_ bytes: [UInt8], to path: String, inputs: [String] = [], overwrite: Bool = true) throws(Failure) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs
        where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target.path {
            throw .wouldOverwriteInput(path)
        }
        if !overwrite && FileManager.default.fileExists(atPath: target.path) { throw .exists(path) }
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path, reason: reason)
        }
    }
}
