import Glibc

/// What makes two paths the same file: its device and inode. Comparing paths as text misses
/// `./x.json` against `x.json`, symbolic links and hard links; comparing identities does not.
struct FileIdentity: Equatable, Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The identity of the file `path` leads to, symbolic links followed; nil when there is none.
    init?(following path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }
}
