import Glibc

/// The process's heap, set up for a command that builds a report and exits.
///
/// A report is tens of thousands of small values made once and kept until the process ends: the national
/// programme's text run touches 24 MiB of fresh memory, and with the system's 4 KiB pages that was 4 400 page
/// faults, a fifth of its processor time. Asked to (`MADV_HUGEPAGE`), Linux backs the heap with 2 MiB pages
/// instead: about 1 500 faults, the time down by as much (docs/performance.md). This does in the process what the
/// C library's `glibc.malloc.hugetlb=1` setting does from the environment.
public enum ProcessHeap {
    /// How much heap is reserved at once and advised as 2 MiB pages; untouched, it costs no memory.
    static let reserve = 64 << 20
    static let hugePage = 2 << 20

    /// Call first thing in `main`. Does nothing where the calls are refused (another C library, another system):
    /// the program only runs slower.
    ///
    /// - Blocks up to `reserve` come from the heap rather than from a mapping of their own (`M_MMAP_THRESHOLD`),
    ///   the heap grows `reserve` at a time (`M_TOP_PAD`) and never gives memory back to the system while the
    ///   command runs (`M_TRIM_THRESHOLD`): the process ends right after.
    /// - One block makes the heap grow now; the part of it after its current end, from the first 2 MiB boundary,
    ///   is advised as huge pages.
    public static func prepare() {
        // `mallopt` is declared in <malloc.h>, which the Glibc module leaves out: found by name (RTLD_DEFAULT), called
        // as C. So is `malloc` for the block below, which the compiler would otherwise drop with its `free`.
        func named<F>(_ name: String, _ type: F.Type) -> F? {
            dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: type) }
        }
        guard let mallopt = named("mallopt", (@convention(c) (Int32, Int32) -> Int32).self),
            let allocate = named("malloc", (@convention(c) (Int) -> UnsafeMutableRawPointer?).self)
        else { return }
        let (trimThreshold, topPad, mmapThreshold): (Int32, Int32, Int32) = (-1, -2, -3)  // M_… of <malloc.h>
        guard mallopt(mmapThreshold, Int32(reserve)) == 1, mallopt(topPad, Int32(reserve)) == 1,
            mallopt(trimThreshold, Int32.max) == 1, let before = sbrk(0)
        else { return }
        free(allocate(hugePage))
        guard let after = sbrk(0) else { return }
        let start = (Int(bitPattern: before) + hugePage - 1) & ~(hugePage - 1)
        let end = Int(bitPattern: after) & ~(hugePage - 1)
        guard end > start, let region = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(region, end - start, MADV_HUGEPAGE)
    }
}
