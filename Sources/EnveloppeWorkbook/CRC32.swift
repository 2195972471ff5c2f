/// CRC-32 (IEEE 802.3, the ZIP checksum), table-driven with slicing by 8 so checking
/// every entry of a large workbook costs little next to inflating it.
public enum CRC32 {
    /// Eight 256-entry tables, one after the other.
    static let table: [UInt32] = {
        var table = Array(repeating: UInt32(0), count: 8 * 256)
        for index in 0..<256 {
            var crc = UInt32(index)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            table[index] = crc
        }
        for slice in 1..<8 {
            for index in 0..<256 {
                let previous = table[(slice - 1) * 256 + index]
                table[slice * 256 + index] = (previous >> 8) ^ table[Int(previous & 0xFF)]
            }
        }
        return table
    }()

    /// The checksum of `bytes`, continuing from `crc` (0 to start).
    public static func checksum(_ bytes: some Collection<UInt8>, continuing crc: UInt32 = 0) -> UInt32 {
        if let result = bytes.withContiguousStorageIfAvailable({ update(crc, $0) }) { return result }
        return Array(bytes).withUnsafeBufferPointer { update(crc, $0) }
    }

    static func update(_ start: UInt32, _ buffer: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var crc = ~start
        table.withUnsafeBufferPointer { t in
            var index = 0
            let count = buffer.count
            while index + 8 <= count {
                let low =
                    crc
                    ^ (UInt32(buffer[index]) | UInt32(buffer[index + 1]) << 8
                        | UInt32(buffer[index + 2]) << 16 | UInt32(buffer[index + 3]) << 24)
                let a = t[1792 + Int(low & 0xFF)] ^ t[1536 + Int((low >> 8) & 0xFF)]
                let b = t[1280 + Int((low >> 16) & 0xFF)] ^ t[1024 + Int(low >> 24)]
                let c = t[768 + Int(buffer[index + 4])] ^ t[512 + Int(buffer[index + 5])]
                let d = t[256 + Int(buffer[index + 6])] ^ t[Int(buffer[index + 7])]
                crc = a ^ b ^ c ^ d
                index += 8
            }
            while index < count {
                crc = (crc >> 8) ^ t[Int((crc ^ UInt32(buffer[index])) & 0xFF)]
                index += 1
            }
        }
        return ~crc
    }
}
