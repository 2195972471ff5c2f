import Foundation
import Testing

@testable import EnveloppeIO

@Suite struct SystemCallsTests {
    /// A pipe holds 64 KiB: a larger write is taken in parts, all of which must arrive.
    @Test(arguments: [false, true])
    func writeAllGoesOnAfterPartialWritesAndFullPipes(nonBlocking: Bool) throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        if nonBlocking { _ = fcntl(ends[1], F_SETFL, O_NONBLOCK) }  // writes then fail with EAGAIN
        let bytes = sample(3 << 20)
        let reader = Reader(ends[0])
        let code = bytes.withUnsafeBytes { writeAll(ends[1], $0) }
        close(ends[1])
        #expect(code == 0)
        #expect(reader.wait() == bytes)
        close(ends[0])
    }

    @Test func writeAllReportsTheErrorItMeets() throws {
        StandardStreams.ignoreWriteSignals()
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        close(ends[0])
        #expect([1, 2, 3].withUnsafeBytes { writeAll(ends[1], $0) } == EPIPE)
        close(ends[1])
        let readOnly = open("/dev/null", O_RDONLY)
        #expect([1].withUnsafeBytes { writeAll(readOnly, $0) } == EBADF)
        close(readOnly)
        #expect([UInt8]().withUnsafeBytes { writeAll(-1, $0) } == 0)  // nothing to write, nothing fails
    }

    @Test func synchroniseForgivesWhatCannotBeSynced() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        #expect(synchronise(ends[1]) == 0)  // EINVAL on a pipe
        close(ends[0])
        close(ends[1])
        #expect(synchronise(-1) == EBADF)
    }

    @Test func errorTextIsStrerror() {
        #expect(errorText(EACCES) == "Permission denied")
        #expect(errorText(ENOSPC) == "No space left on device")
    }
}

/// Reads a descriptor to its end on another thread.
final class Reader: @unchecked Sendable {
    private var bytes: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ descriptor: Int32) {
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count > 0 {
                    bytes += buffer[..<count]
                } else if count == 0 || errno != EINTR {
                    break
                }
            }
            done.signal()
        }
    }

    func wait() -> [UInt8] {
        done.wait()
        return bytes
    }
}
