import Glibc

// Small helpers around the POSIX calls, shared by reading, writing and the standard streams.
// Every call that can be interrupted by a signal is retried: a user's ^Z/fg or a resized
// terminal (SIGWINCH with a handler) must not turn into "Interrupted system call".

/// The C library's sentence for an errno ("Permission denied"), shown to the user as is.
func errorText(_ code: Int32) -> String {
    String(cString: strerror(code))
}

/// Calls `body` again while it fails with EINTR.
@inline(__always)
func retryingOnInterrupt<Result: BinaryInteger>(_ body: () -> Result) -> Result {
    while true {
        let result = body()
        if result != -1 || errno != EINTR { return result }
    }
}

/// Waits until `descriptor` is ready for `events`: a parent may hand us a non-blocking descriptor,
/// on which read and write fail with EAGAIN instead of waiting.
func waitUntilReady(_ descriptor: Int32, for events: Int32) {
    var request = pollfd(fd: descriptor, events: Int16(events), revents: 0)
    _ = retryingOnInterrupt { poll(&request, 1, -1) }
}

/// Writes every byte to `descriptor`, going on after partial writes, EINTR and EAGAIN.
/// Returns 0, or the errno of the write that failed.
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
    guard let start = bytes.baseAddress else { return 0 }
    var offset = 0
    while offset < bytes.count {
        let written = Glibc.write(descriptor, start + offset, bytes.count - offset)
        if written > 0 {
            offset += written
            continue
        }
        if written == 0 { return EIO }  // No progress and no error: give up rather than spin.
        let code = errno
        switch code {
        case EINTR: continue
        case EAGAIN, EWOULDBLOCK: waitUntilReady(descriptor, for: Int32(POLLOUT))
        default: return code
        }
    }
    return 0
}

/// `fsync`, where a file system that cannot sync (EINVAL, ENOTSUP) is not an error: there is
/// nothing more we could do. Returns 0 or the errno.
func synchronise(_ descriptor: Int32) -> Int32 {
    if retryingOnInterrupt({ fsync(descriptor) }) == 0 { return 0 }
    let code = errno
    return code == EINVAL || code == ENOTSUP || code == EOPNOTSUPP ? 0 : code
}

/// The kind bits of a `stat` mode (S_IFREG, S_IFDIR…).
func fileKind(_ info: stat) -> mode_t {
    info.st_mode & mode_t(S_IFMT)
}
