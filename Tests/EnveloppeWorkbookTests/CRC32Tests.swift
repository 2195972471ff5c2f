import Testing

@testable import EnveloppeWorkbook

@Suite struct CRC32Tests {
    @Test func knownVectors() {
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.checksum(Array("a".utf8)) == 0xE8B7_BE43)
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
        #expect(CRC32.checksum([UInt8](repeating: 0, count: 32)) == 0x190A_55AD)
        #expect(CRC32.checksum([UInt8](repeating: 0xFF, count: 32)) == 0xFF6C_AB0B)
    }

    @Test func continuingEqualsOneGoAtEverySplit() {
        let bytes = (0..<100).map { UInt8(($0 * 37 + 11) & 0xFF) }
        let whole = CRC32.checksum(bytes)
        for split in 0...bytes.count {
            #expect(CRC32.checksum(bytes[split...], continuing: CRC32.checksum(bytes[..<split])) == whole)
        }
    }

    @Test func slicedAndBytewiseAgree() {
        // The slicing-by-8 path against the plain one-table loop, for every length up to 64.
        func bytewise(_ bytes: [UInt8]) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return ~crc
        }
        for length in 0...64 {
            let bytes = (0..<length).map { UInt8(($0 * 91 + length) & 0xFF) }
            #expect(CRC32.checksum(bytes) == bytewise(bytes))
        }
    }
}
