/// Writes a ZIP archive of stored (uncompressed) entries. Both formats are ZIP packages;
/// storing keeps the writer tiny and the output byte-for-byte deterministic (fixed
/// timestamp, entries in the order given), and spreadsheets open stored parts the same.
public struct ZIPWriter: Sendable {
    private var bytes: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    public init() {}

    /// DOS time 00:00:00 and date 1980-01-01: the earliest a ZIP can say, and no clock.
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    /// Appends an entry. `name` is stored as UTF-8 (general purpose flag bit 11).
    public mutating func add(_ name: String, _ contents: [UInt8]) {
        let nameBytes = Array(name.utf8)
        precondition(contents.count < Int(UInt32.max) && nameBytes.count <= 0xFFFF, "ZIP64 is not written")
        let crc = CRC32.checksum(contents)
        let offset = bytes.count
        precondition(offset < Int(UInt32.max), "ZIP64 is not written")
        let flags: UInt16 = nameBytes.allSatisfy({ $0 < 0x80 }) ? 0 : 0x0800
        // Local file header.
        le32(&bytes, 0x0403_4B50)
        le16(&bytes, 20)  // version needed: 2.0
        le16(&bytes, flags)
        le16(&bytes, 0)  // stored
        le16(&bytes, Self.dosTime)
        le16(&bytes, Self.dosDate)
        le32(&bytes, crc)
        le32(&bytes, UInt32(contents.count))
        le32(&bytes, UInt32(contents.count))
        le16(&bytes, UInt16(nameBytes.count))
        le16(&bytes, 0)  // no extra field (the ODS mimetype entry requires it)
        bytes += nameBytes
        bytes += contents
        // Central directory header.
        le32(&central, 0x0201_4B50)
        le16(&central, 20)  // made by: MS-DOS, 2.0
        le16(&central, 20)
        le16(&central, flags)
        le16(&central, 0)
        le16(&central, Self.dosTime)
        le16(&central, Self.dosDate)
        le32(&central, crc)
        le32(&central, UInt32(contents.count))
        le32(&central, UInt32(contents.count))
        le16(&central, UInt16(nameBytes.count))
        le16(&central, 0)  // extra
        le16(&central, 0)  // comment
        le16(&central, 0)  // disk
        le16(&central, 0)  // internal attributes
        le32(&central, 0)  // external attributes
        le32(&central, UInt32(offset))
        central += nameBytes
        count += 1
    }

    /// The archive: entries, central directory, end record.
    public consuming func finish() -> [UInt8] {
        precondition(count <= 0xFFFF, "ZIP64 is not written")
        let entriesSize = bytes.count
        var result = bytes
        bytes = []
        result += central
        le32(&result, 0x0605_4B50)
        le16(&result, 0)
        le16(&result, 0)
        le16(&result, UInt16(count))
        le16(&result, UInt16(count))
        le32(&result, UInt32(central.count))
        le32(&result, UInt32(entriesSize))
        le16(&result, 0)
        return result
    }

    private func le16(_ out: inout [UInt8], _ value: UInt16) {
        out.append(UInt8(value & 0xFF))
        out.append(UInt8(value >> 8))
    }

    private func le32(_ out: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
