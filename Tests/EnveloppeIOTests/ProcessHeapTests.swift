import Foundation
import Testing

@Suite struct ProcessHeapTests {
    /// Whether this system gives huge pages only to memory that asks for them: only then does the probe tell the
    /// command's heap from any other (with `[always]` every heap gets them, with `[never]` none does).
    static let hugePagesOnRequest =
        ((try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)) ?? "").contains("[madvise]")

    /// Prepared as the command prepares it, the heap puts a report's small blocks in 2 MiB pages: 24 MiB of them
    /// (the national programme's text run) lie mostly in huge pages, and none do without it.
    @Test(.enabled(if: hugePagesOnRequest, "transparent huge pages are given on request only (madvise) on this system"))
    func smallBlocksLieInHugePages() throws {
        let folder = try TemporaryFolder()
        func hugeKiB(_ arguments: String) throws -> Int {
            let result = try Probe.shell(#""$PROBE" heap "# + arguments, in: folder)
            #expect(result.status == 0, "\(result.error)")
            let text = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return try #require(Int(text), "smaps_rollup said « \(text) »")
        }
        let prepared = try hugeKiB("24")
        #expect(prepared >= 16 << 10, "only \(prepared) KiB in 2 MiB pages")
        #expect(try hugeKiB("24 --unprepared") == 0)
    }
}
