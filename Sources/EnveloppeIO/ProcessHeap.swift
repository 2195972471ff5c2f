import EnveloppeCHeap
import Glibc

/// The process's heap, set up for a command that builds a report and exits.
///
/// A report is tens of thousands of small values made once and kept until the process ends: the national
/// programme's text run touches 24 MiB of fresh memory, and with the system's 4 KiB pages that was 4 400 page
/// faults, a fifth of its processor time. Asked to (`MADV_HUGEPAGE`), Linux backs the heap with 2 MiB pages
/// instead: about 800 faults, the time down by as much (docs/performance.md). This does in the process what the
/// C library's `glibc.malloc.hugetlb=1` setting does from the environment, for the first `reserve` of the heap.
///
/// For the whole process (the `risk` command's worker threads too): blocks from 128 KiB on are mapped apart, at a
/// threshold the C library no longer moves, and the heap keeps what it has taken until the process ends.
public enum ProcessHeap {
    /// How much heap is taken at once and advised as 2 MiB pages; untouched, it costs no memory. Below the largest
    /// block size the C library lets come from the heap rather than from a mapping of its own (32 MiB).
    static let reserve = 30 << 20
    static let hugePage = 2 << 20

    /// Call once, before a command's work (the command line is read first: its few blocks lie below). Does nothing
    /// where the calls are refused (another C library, another system): the program only runs slower.
    ///
    /// One block of `reserve` taken from the heap (a block that large usually gets a mapping of its own:
    /// `M_MMAP_THRESHOLD` is raised for it, then set back to the C library's first value, which it no longer moves
    /// once set) makes the heap grow by as much now; the heap then never gives memory back while the command runs
    /// (`M_TRIM_THRESHOLD`), so the block, once freed, is the room the next small blocks are taken from, advised as
    /// huge pages from its first 2 MiB boundary. Larger blocks are mapped apart, and given back when freed.
    public static func prepare() {
        guard enveloppe_heap_set_trim_threshold(Int32.max) == 1, enveloppe_heap_set_mmap_threshold(Int32(reserve + hugePage)) == 1,
            let before = sbrk(0)
        else { return }
        // The heap begins at a random place, up to 2 MiB below a huge page's boundary: the blocks a report takes first
        // would lie there, in 4 KiB pages, a page fault each (0 to 500 for a national run, 200 in one measured). Blocks
        // never written take that room, and the report's start at the boundary.
        // (Advised from that boundary: the heap's room left at the start may reach past the first one above `before`.)
        let boundary = Int(bitPattern: UInt(enveloppe_heap_skip_to_boundary(hugePage)))
        enveloppe_heap_take_and_give_back(reserve)
        _ = enveloppe_heap_set_mmap_threshold(128 << 10)
        guard let after = sbrk(0) else { return }
        let start = boundary != 0 ? boundary : (Int(bitPattern: before) + hugePage - 1) & ~(hugePage - 1)
        let end = Int(bitPattern: after) & ~(hugePage - 1)
        guard end > start, let region = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(region, end - start, MADV_HUGEPAGE)
    }
}
