/// Bounds on what reading one file may cost, so a hostile or broken upload (a ZIP bomb,
/// a sheet that repeats a million rows) fails with an error instead of exhausting memory.
public struct WorkbookLimits: Sendable {
    /// Total bytes inflated from the archive, all parts together.
    public var maximumUncompressedBytes: Int
    public var maximumEntries: Int
    /// Cells materialised in the grid, empty padding included.
    public var maximumCells: Int

    public init(maximumUncompressedBytes: Int = 64 << 20, maximumEntries: Int = 10_000, maximumCells: Int = 2_000_000) {
        self.maximumUncompressedBytes = maximumUncompressedBytes
        self.maximumEntries = maximumEntries
        self.maximumCells = maximumCells
    }

    public static let standard = WorkbookLimits()
}
