/// The parts of a ZIP package by name, extracted on demand within one shared budget of
/// uncompressed bytes, so all parts of a workbook together stay under the limit.
struct ZIPPackage {
    let bytes: [UInt8]
    let limits: WorkbookLimits
    private var entries: [String: ZIPReader.Entry] = [:]
    private var lowercased: [String: String] = [:]
    private var used = 0

    init(_ bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookError) {
        self.bytes = bytes
        self.limits = limits
        for entry in try ZIPReader.entries(bytes, limits: limits) {
            entries[entry.name] = entry
            lowercased[entry.name.lowercased()] = entry.name
        }
    }

    func contains(_ name: String) -> Bool {
        resolve(name) != nil
    }

    /// Part names are case-insensitive in Office packages; an exact match wins.
    private func resolve(_ name: String) -> ZIPReader.Entry? {
        if let entry = entries[name] { return entry }
        return lowercased[name.lowercased()].flatMap { entries[$0] }
    }

    /// The contents of a part, or nil when the archive has no such part.
    mutating func part(_ name: String) throws(WorkbookError) -> [UInt8]? {
        guard let entry = resolve(name) else { return nil }
        let remaining = limits.maximumUncompressedBytes - used
        guard entry.uncompressedSize <= remaining else { throw .tooLarge(limit: limits.maximumUncompressedBytes) }
        let contents = try ZIPReader.contents(of: entry, in: bytes, limit: remaining)
        used += contents.count
        return contents
    }

    mutating func requiredPart(_ name: String) throws(WorkbookError) -> [UInt8] {
        guard let contents = try part(name) else { throw .missingPart(name) }
        return contents
    }
}
