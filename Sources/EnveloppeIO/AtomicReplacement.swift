import Glibc

/// Replaces or creates a regular file whole or not at all.
///
/// A temporary file is created beside the target, exclusively and under an unpredictable name,
/// filled, synced, closed, then renamed over the target: `rename` within one folder is atomic, so
/// the target is at every instant either the old file or the whole new one. On any failure the
/// temporary is removed; on an interruption `InterruptionCleanup` removes it.
enum AtomicReplacement {
    /// What the replaced file had that its replacement keeps.
    struct Existing: Equatable {
        let mode: mode_t
        let owner: uid_t
        let group: gid_t

        init(_ info: stat) {
            mode = info.st_mode & 0o7777
            owner = info.st_uid
            group = info.st_gid
        }
    }

    /// O_PATH (not exported by the Glibc module): a folder we may create files in but not list
    /// can still be used with the `…at` calls.
    private static let pathOnly: Int32 = 0o10000000

    /// Writes `bytes` as `location.name` in `location.folder`. `existing` is the file replaced
    /// (nil for a new file): its permissions are kept exactly, a 0600 file stays 0600; a new file
    /// gets 0666 less the umask, as any program's. Without `mayReplace`, a file of that name
    /// appearing meanwhile is not replaced (`exists`).
    static func write(
        _ bytes: [UInt8], to location: PathParts, shownAs path: String, replacing existing: Existing?, mayReplace: Bool
    ) throws(FileError) {
        var folder = retryingOnInterrupt { open(location.folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        if folder < 0 && errno == EACCES {
            folder = retryingOnInterrupt { open(location.folder, pathOnly | O_DIRECTORY | O_CLOEXEC) }
        }
        guard folder >= 0 else { throw .unwritable(path: path, reason: errorText(errno)) }
        defer { _ = close(folder) }

        let slot = InterruptionCleanup.takeSlot()
        // Runs before the folder is closed (defers run last first): the handler must never
        // hold a descriptor number that may already name another folder.
        defer { InterruptionCleanup.releaseSlot(slot) }
        let (descriptor, temporary) = try createTemporary(
            in: folder, for: location.name, slot: slot, mode: existing == nil ? 0o666 : 0o600, shownAs: path)
        do throws(FileError) {
            let filled = fill(descriptor, with: bytes, keeping: existing)
            let closed = close(descriptor)
            let closeError = errno
            if filled != 0 { throw .unwritable(path: path, reason: errorText(filled)) }
            // A failed close can be the first news of a write lost (NFS, quotas); EINTR is not.
            if closed != 0 && closeError != EINTR { throw .unwritable(path: path, reason: errorText(closeError)) }
            try commit(temporary, as: location.name, in: folder, mayReplace: mayReplace, shownAs: path)
        } catch {
            _ = unlinkat(folder, temporary, 0)
            InterruptionCleanup.withdraw(slot: slot)
            throw error
        }
        InterruptionCleanup.withdraw(slot: slot)
        // The rename itself reaches the disk. Best effort: some folders cannot be synced.
        _ = synchronise(folder)
    }

    /// Creates the temporary with `O_EXCL | O_NOFOLLOW`: never an existing file, never through a
    /// link someone planted. It is announced to `InterruptionCleanup` before it exists.
    private static func createTemporary(
        in folder: Int32, for name: String, slot: Int, mode: mode_t, shownAs path: String
    ) throws(FileError) -> (Int32, String) {
        var attempts = 0
        while true {
            let temporary = TemporaryName.make(for: name)
            InterruptionCleanup.announce(slot: slot, folder: folder, name: temporary)
            let descriptor = retryingOnInterrupt {
                openat(folder, temporary, O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY | O_CLOEXEC, mode)
            }
            if descriptor >= 0 { return (descriptor, temporary) }
            let code = errno
            InterruptionCleanup.withdraw(slot: slot)  // Not ours: never unlink it.
            attempts += 1
            if code != EEXIST || attempts == 100 { throw .unwritable(path: path, reason: errorText(code)) }
        }
    }

    /// Permissions, owner, bytes, sync. Returns 0 or the errno.
    private static func fill(_ descriptor: Int32, with bytes: [UInt8], keeping existing: Existing?) -> Int32 {
        if let existing {
            // Root rewriting a user's file leaves it theirs. Best effort: others may not chown.
            _ = fchown(descriptor, existing.owner, existing.group)
            // After fchown, which may clear set-user-ID bits.
            if fchmod(descriptor, existing.mode) != 0 { return errno }
        }
        let written = bytes.withUnsafeBytes { writeAll(descriptor, $0) }
        if written != 0 { return written }
        return synchronise(descriptor)
    }

    /// Puts the temporary in place. With `mayReplace`, `rename` (atomic replacement). Without,
    /// `link`, which fails if the name exists, then the temporary is unlinked; on a file system
    /// without hard links, a check then `rename`, racy but the best there is.
    private static func commit(
        _ temporary: String, as name: String, in folder: Int32, mayReplace: Bool, shownAs path: String
    ) throws(FileError) {
        if mayReplace {
            if renameat(folder, temporary, folder, name) != 0 {
                throw .unwritable(path: path, reason: errorText(errno))
            }
            return
        }
        if linkat(folder, temporary, folder, name, 0) == 0 {
            _ = unlinkat(folder, temporary, 0)
            return
        }
        let code = errno
        switch code {
        case EEXIST:
            throw .exists(path: path)
        case EPERM, ENOTSUP, EOPNOTSUPP, EMLINK, ENOSYS:
            var info = stat()
            if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 { throw .exists(path: path) }
            if renameat(folder, temporary, folder, name) != 0 {
                throw .unwritable(path: path, reason: errorText(errno))
            }
        default:
            throw .unwritable(path: path, reason: errorText(code))
        }
    }
}
