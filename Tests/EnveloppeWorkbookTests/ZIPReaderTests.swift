import Testing

@testable import EnveloppeWorkbook

/// Damaged archives: every one must give a WorkbookError, never a crash or a huge allocation.
@Suite struct ZIPReaderTests {
    let valid = ZIPWriterTests.sample()

    /// Reads every entry the way the workbook reader does.
    func readAll(_ bytes: [UInt8], limits: WorkbookLimits = .standard) throws(WorkbookError) -> [[UInt8]] {
        try ZIPReader.entries(bytes, limits: limits).map { (entry) throws(WorkbookError) in
            try ZIPReader.contents(of: entry, in: bytes, limit: limits.maximumUncompressedBytes)
        }
    }

    func offsetOfCentralDirectory(_ bytes: [UInt8]) -> Int {
        ZIPReader.read32(bytes, bytes.count - 22 + 16)
    }

    @Test func truncatedAtEveryLengthIsAnError() {
        for length in 0..<valid.count {
            #expect(throws: WorkbookError.self) { try readAll(Array(valid.prefix(length))) }
        }
    }

    @Test func flippedBytesNeverTrap() {
        // Every byte, every bit: an error, or (for bytes no check covers) the same archive shape.
        for index in 0..<valid.count {
            for bit in 0..<8 {
                var bytes = valid
                bytes[index] ^= 1 << UInt8(bit)
                _ = try? readAll(bytes)
                _ = try? WorkbookReader.read(bytes)
            }
        }
    }

    @Test func aChangedByteOfContentFailsTheChecksum() {
        var bytes = valid
        let offset = 30 + 8 + 3  // inside the mimetype entry's contents
        bytes[offset] ^= 0x20
        #expect(throws: WorkbookError.damaged("CRC mismatch in mimetype")) { try readAll(bytes) }
    }

    @Test func wrongAndHugeSizesAreErrors() throws {
        let central = offsetOfCentralDirectory(valid)
        // Compressed size larger than the file.
        var bytes = valid
        bytes[central + 20] = 0xFF
        bytes[central + 21] = 0xFF
        #expect(throws: WorkbookError.self) { try readAll(bytes) }
        // A stored entry whose two sizes differ.
        bytes = valid
        bytes[central + 24] &+= 1
        #expect(throws: WorkbookError.self) { try readAll(bytes) }
        // A declared uncompressed size of 4 GiB - 2: refused before any allocation.
        bytes = valid
        for offset in 24..<28 { bytes[central + offset] = 0xFF }
        bytes[central + 24] = 0xFE
        #expect(throws: WorkbookError.tooLarge(limit: WorkbookLimits.standard.maximumUncompressedBytes)) { try readAll(bytes) }
        // ZIP64 markers.
        bytes = valid
        for offset in 20..<28 { bytes[central + offset] = 0xFF }
        #expect(throws: WorkbookError.self) { try readAll(bytes) }
        // A local header offset past the end.
        bytes = valid
        bytes[central + 45] = 0x7F
        #expect(throws: WorkbookError.self) { try readAll(bytes) }
        // A central directory offset past the end.
        bytes = valid
        bytes[bytes.count - 22 + 19] = 0x7F
        #expect(throws: WorkbookError.damaged("central directory out of bounds")) { try readAll(bytes) }
    }

    @Test func encryptedEntriesAreRefused() {
        var bytes = valid
        let central = offsetOfCentralDirectory(bytes)
        bytes[central + 8] |= 1
        #expect(throws: WorkbookError.encrypted) { try readAll(bytes) }
    }

    @Test func unsupportedMethodsAreNamed() {
        var bytes = valid
        let central = offsetOfCentralDirectory(bytes)
        bytes[central + 10] = 12  // bzip2
        #expect(throws: WorkbookError.unsupportedCompression(method: 12)) { try readAll(bytes) }
    }

    @Test func tooManyEntries() {
        var zip = ZIPWriter()
        for index in 0..<20 { zip.add("f\(index)", [UInt8(index)]) }
        let limits = WorkbookLimits(maximumEntries: 10)
        #expect(throws: WorkbookError.tooManyEntries(limit: 10)) { try readAll(zip.finish(), limits: limits) }
        #expect(throws: WorkbookError.tooManyEntries(limit: 10)) { try WorkbookReader.read(zip.finish(), limits: limits) }
    }

    @Test func theTotalOfAllPartsIsBounded() {
        // Each part is small, but together they pass the limit.
        var zip = ZIPWriter()
        zip.add("mimetype", Array(ODSWriter.mimetype.utf8))
        zip.add("content.xml", Array(repeating: UInt8(ascii: " "), count: 600) + Array("<a/>".utf8))
        let limits = WorkbookLimits(maximumUncompressedBytes: 500)
        #expect(throws: WorkbookError.tooLarge(limit: 500)) { try WorkbookReader.read(zip.finish(), limits: limits) }
    }

    @Test func aDeflatedEntryLargerThanDeclaredIsDamage() throws {
        // A deflate stream of 1 000 zero bytes declared as 10 bytes: a ZIP bomb's lie.
        let stream = try deflatedZeros()
        let crc = CRC32.checksum([UInt8](repeating: 0, count: 10))
        let bytes = archive(name: "x", method: 8, data: stream, crc: crc, size: 10)
        #expect(throws: WorkbookError.damaged("entry x is larger than declared")) { try readAll(bytes) }
    }

    /// One fixed-Huffman block: a zero literal and three 258-byte copies (775 zeros).
    func deflatedZeros() throws -> [UInt8] {
        var writer = InflateTests.BitWriter()
        writer.write(1, count: 1)
        writer.write(1, count: 2)
        writer.code(0b0011_0000, length: 8)
        for _ in 0..<3 {
            writer.code(0b1100_0101, length: 8)
            writer.code(0, length: 5)
        }
        writer.code(0, length: 7)
        #expect(try Inflate.decompress(writer.bytes, expectedSize: nil, limit: 1000).count == 775)
        return writer.bytes
    }

    /// A one-entry archive with chosen header fields.
    func archive(name: String, method: UInt16, data: [UInt8], crc: UInt32, size: Int) -> [UInt8] {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16) }
        let nameBytes = Array(name.utf8)
        let common =
            le16(20) + le16(0) + le16(Int(method)) + le16(0) + le16(0x21) + le32(Int(crc)) + le32(data.count) + le32(size)
            + le16(nameBytes.count) + le16(0)
        let local = le32(0x0403_4B50) + common + nameBytes + data
        let central = le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + nameBytes
        return local + central + le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(central.count) + le32(local.count) + le16(0)
    }

    @Test func notZIPAtAll() {
        #expect(throws: WorkbookError.notAWorkbook) { try WorkbookReader.read([]) }
        #expect(throws: WorkbookError.notAWorkbook) { try WorkbookReader.read(Array("Poste;Montant\nA;1\n".utf8)) }
        #expect(throws: WorkbookError.notAWorkbook) { try WorkbookReader.read(ZIPWriter().finish()) }  // an empty archive
        var other = ZIPWriter()
        other.add("readme.txt", Array("hello".utf8))
        #expect(throws: WorkbookError.notAWorkbook) { try WorkbookReader.read(other.finish()) }
        // The ODS mimetype without its content part.
        #expect(throws: WorkbookError.missingPart("content.xml")) { try WorkbookReader.read(valid) }
    }
}
