import Foundation
import Testing

@Suite struct ProcessHeapTests {
    /// Whether this system gives huge pages only to memory that asks for them: only then does the probe tell the
    /// command's heap from any other (with `[always]` every heap gets them, with `[never]` none does).
    static let hugePagesOnRequest =
        ((try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)) ?? "").contains("[madvise]")

    /// Prepared as the command prepares it, the heap puts a report's small blocks in 2 MiB pages: 24 MiB of them
    /// (the national programme's text run) lie mostly in huge pages, and none do without it. The first blocks too:
    /// the heap begins at a random place below a 2 MiB boundary, and the blocks taken first would lie there, in 4 KiB
    /// pages, a fault each (up to 256 for the first MiB; 22 prepared, 31 to 231 measured without the blocks that skip
    /// that room, so a heap that happens to begin just below a boundary passes without them too).
    @Test(.enabled(if: hugePagesOnRequest, "transparent huge pages are given on request only (madvise) on this system"))
    func smallBlocksLieInHugePages() throws {
        let folder = try TemporaryFolder()
        func heap(_ arguments: String) throws -> (hugeKiB: Int, firstMiBFaults: Int) {
            let result = try Probe.shell(#""$PROBE" heap "# + arguments, in: folder)
            #expect(result.status == 0, "\(result.error)")
            let lines = String(decoding: result.output, as: UTF8.self).split(separator: "\n").map(String.init)
            let numbers = lines.compactMap { Int($0) }
            try #require(numbers.count == 2, "the probe said « \(lines) »")
            return (numbers[0], numbers[1])
        }
        let prepared = try heap("24")
        #expect(prepared.hugeKiB >= 16 << 10, "only \(prepared.hugeKiB) KiB in 2 MiB pages")
        #expect(prepared.firstMiBFaults <= 40, "\(prepared.firstMiBFaults) page faults for the first MiB of blocks")
        #expect(try heap("24 --unprepared").hugeKiB == 0)
    }
}
