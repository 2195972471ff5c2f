/// Reads ZIP archives through the central directory, as spreadsheets write them.
///
/// Every offset and length is checked against the input before use, declared and actual
/// sizes against the limits, and each entry's CRC-32 against its contents: a damaged or
/// hostile archive gives a ``WorkbookError``, never a crash or an unbounded allocation.
public enum ZIPReader {
    /// One file of the archive, as its central directory describes it.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var method: Int
        public var flags: Int
        public var crc: UInt32
        public var compressedSize: Int
        public var uncompressedSize: Int
        public var localHeaderOffset: Int
    }

    /// The entries of `bytes`, in central directory order.
    public static func entries(_ bytes: [UInt8], limits: WorkbookLimits = .standard) throws(WorkbookError) -> [Entry] {
        let end = try endRecord(bytes)
        let total = read16(bytes, end + 10)
        let directorySize = read32(bytes, end + 12)
        let directoryOffset = read32(bytes, end + 16)
        if total == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw .tooLarge(limit: limits.maximumUncompressedBytes)  // ZIP64 is not supported
        }
        guard total <= limits.maximumEntries else { throw .tooManyEntries(limit: limits.maximumEntries) }
        guard directoryOffset <= end, directorySize <= end - directoryOffset else { throw .damaged("central directory out of bounds") }
        var entries: [Entry] = []
        entries.reserveCapacity(total)
        var offset = directoryOffset
        for _ in 0..<total {
            guard offset + 46 <= end, read32(bytes, offset) == 0x0201_4B50 else { throw .damaged("bad central directory entry") }
            let nameLength = read16(bytes, offset + 28)
            let extraLength = read16(bytes, offset + 30)
            let commentLength = read16(bytes, offset + 32)
            let next = offset + 46 + nameLength + extraLength + commentLength
            guard next <= end else { throw .damaged("central directory entry out of bounds") }
            let entry = Entry(
                name: String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self),
                method: read16(bytes, offset + 10),
                flags: read16(bytes, offset + 8),
                crc: UInt32(read32(bytes, offset + 16)),
                compressedSize: read32(bytes, offset + 20),
                uncompressedSize: read32(bytes, offset + 24),
                localHeaderOffset: read32(bytes, offset + 42))
            if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
                throw .tooLarge(limit: limits.maximumUncompressedBytes)
            }
            entries.append(entry)
            offset = next
        }
        return entries
    }

    /// The uncompressed contents of `entry`, at most `limit` bytes.
    public static func contents(of entry: Entry, in bytes: [UInt8], limit: Int) throws(WorkbookError) -> [UInt8] {
        if entry.flags & 1 != 0 { throw .encrypted }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedCompression(method: entry.method) }
        guard entry.uncompressedSize <= limit else { throw .tooLarge(limit: limit) }
        let header = entry.localHeaderOffset
        guard header <= bytes.count - 30, read32(bytes, header) == 0x0403_4B50 else { throw .damaged("bad local header for \(entry.name)") }
        let start = header + 30 + read16(bytes, header + 26) + read16(bytes, header + 28)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw .damaged("entry \(entry.name) out of bounds") }
        let data = bytes[start..<(start + entry.compressedSize)]
        let contents: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else { throw .damaged("stored entry \(entry.name) has two sizes") }
            contents = Array(data)
        } else {
            do {
                contents = try Inflate.decompress(data, expectedSize: entry.uncompressedSize, limit: entry.uncompressedSize)
            } catch .tooLarge {
                throw .damaged("entry \(entry.name) is larger than declared")
            }
            guard contents.count == entry.uncompressedSize else { throw .damaged("entry \(entry.name) is smaller than declared") }
        }
        guard CRC32.checksum(contents) == entry.crc else { throw .damaged("CRC mismatch in \(entry.name)") }
        return contents
    }

    /// The offset of the end of central directory record, searched backwards over at most
    /// the largest comment a ZIP can have.
    static func endRecord(_ bytes: [UInt8]) throws(WorkbookError) -> Int {
        guard bytes.count >= 22 else { throw .notAWorkbook }
        var offset = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x05, bytes[offset + 3] == 0x06 {
                return offset
            }
            offset -= 1
        }
        throw .notAWorkbook
    }

    static func read16(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    static func read32(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }
}
