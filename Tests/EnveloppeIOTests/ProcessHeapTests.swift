import Foundation
import Testing

@Suite struct ProcessHeapTests {
    /// Prepared as the command prepares it, the heap puts a report's small blocks in 2 MiB pages: 24 MiB of them
    /// (the national programme's text run) lie mostly in huge pages, where each 4 KiB page used to be a fault.
    @Test func smallBlocksLieInHugePages() throws {
        let mode = (try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)) ?? ""
        guard mode.contains("[always]") || mode.contains("[madvise]") else {
            // A system without transparent huge pages (or with them turned off) runs the command as before.
            print("skipped: this system gives no transparent huge pages (\(mode.isEmpty ? "no setting" : mode))")
            return
        }
        let folder = try TemporaryFolder()
        let result = try Probe.shell(#""$PROBE" heap 24"#, in: folder)
        #expect(result.status == 0, "\(result.error)")
        let text = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let kibibytes = try #require(Int(text), "smaps_rollup said « \(text) »")
        #expect(kibibytes >= 16 << 10, "only \(kibibytes) KiB in 2 MiB pages")
    }
}
