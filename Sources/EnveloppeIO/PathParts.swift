/// A path cut into its folder and its last component, without Foundation.
///
/// The temporary file of an atomic write must be created in the target's own folder (a rename
/// only replaces atomically within one file system), so we need that folder as the kernel
/// sees it: `x.json` is in `.`, `/x` in `/`.
struct PathParts: Equatable, Sendable {
    let folder: String
    let name: String

    init(_ path: String) {
        let bytes = Array(path.utf8)
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else {
            folder = "."
            name = path
            return
        }
        name = String(decoding: bytes[(slash + 1)...], as: UTF8.self)
        // Repeated slashes before the name belong to the separator: "a//b" is in "a".
        var end = slash
        while end > 0 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        folder = end == 0 ? "/" : String(decoding: bytes[..<end], as: UTF8.self)
    }
}
