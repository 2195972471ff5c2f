import Foundation
import Testing

@testable import EnveloppeWorkbook

/// Inflate against zlib: python3 compresses inputs with every level and strategy (stored,
/// fixed and dynamic blocks), and the result must come back byte for byte.
@Suite struct InflateTests {
    /// A small deterministic generator, so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func inputs() -> [(name: String, bytes: [UInt8])] {
        var random = SplitMix(state: 42)
        var result: [(String, [UInt8])] = []
        let words = Array("Enveloppe budget mois par mois montant total personnel fonctionnement ".utf8)
        for size in [0, 1, 2, 100, 1000, 32_768, 65_536, 70_000, 300_000] {
            result.append(("random-\(size)", (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }))
            var text: [UInt8] = []
            while text.count < size {
                let start = Int.random(in: 0..<words.count, using: &random)
                text += words[start..<min(words.count, start + Int.random(in: 1...20, using: &random))]
            }
            result.append(("text-\(size)", Array(text.prefix(size))))
            // Long runs and a few distinct bytes: what RLE and long matches are for.
            result.append(("runs-\(size)", (0..<size).map { UInt8(($0 / 300) % 3) }))
        }
        return result
    }

    @Test func matchesZlibForEveryLevelAndStrategy() throws {
        guard let python = ExternalTools.python(with: ["zlib"]) else {
            ExternalTools.skip("python3 with zlib is not installed")
            return
        }
        let folder = try ExternalTools.temporaryFolder("inflate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = Self.inputs()
        for input in inputs {
            try Data(input.bytes).write(to: folder.appendingPathComponent(input.name + ".raw"))
        }
        let script = """
            import sys, os, zlib
            folder = sys.argv[1]
            strategies = {"default": zlib.Z_DEFAULT_STRATEGY, "filtered": zlib.Z_FILTERED, "huffman": zlib.Z_HUFFMAN_ONLY, "rle": zlib.Z_RLE, "fixed": zlib.Z_FIXED}
            for name in os.listdir(folder):
                if not name.endswith(".raw"): continue
                data = open(os.path.join(folder, name), "rb").read()
                for level in (0, 1, 6, 9):
                    for strategy, value in strategies.items():
                        for memory in (8, 9) if level == 6 else (8,):
                            c = zlib.compressobj(level, zlib.DEFLATED, -15, memory, value)
                            stream = c.compress(data) + c.flush()
                            open(os.path.join(folder, f"{name[:-4]}.{level}.{strategy}.{memory}.deflate"), "wb").write(stream)
            """
        let result = try ExternalTools.runPython(python, script, [folder.path])
        #expect(result.status == 0, "\(result.error)")
        var checked = 0
        for input in inputs {
            let streams = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasPrefix(input.name + ".") && $0.hasSuffix(".deflate")
            }
            for stream in streams {
                let compressed = [UInt8](try Data(contentsOf: folder.appendingPathComponent(stream)))
                let inflated = try Inflate.decompress(compressed, expectedSize: input.bytes.count, limit: input.bytes.count)
                #expect(inflated == input.bytes, "\(stream)")
                // Without a size hint the output grows as needed.
                if input.bytes.count <= 1000 {
                    #expect(try Inflate.decompress(compressed, expectedSize: nil, limit: 1 << 20) == input.bytes, "\(stream)")
                }
                checked += 1
            }
        }
        #expect(checked == inputs.count * 25)  // 4 levels × 5 strategies, and level 6 again with memLevel 9
    }

    /// Writes DEFLATE bits by hand: Huffman codes most significant bit first, other fields least significant first.
    struct BitWriter {
        var bytes: [UInt8] = []
        var bit = 0
        mutating func write(_ value: Int, count: Int) {
            for index in 0..<count { put((value >> index) & 1) }
        }
        mutating func code(_ value: Int, length: Int) {
            for index in stride(from: length - 1, through: 0, by: -1) { put((value >> index) & 1) }
        }
        mutating func put(_ value: Int) {
            if bit == 0 { bytes.append(0) }
            bytes[bytes.count - 1] |= UInt8(value) << UInt8(bit)
            bit = (bit + 1) & 7
        }
        mutating func align() { bit = 0 }
    }

    @Test func backReferencesExactly32768BytesBack() throws {
        var random = SplitMix(state: 7)
        let window = (0..<32_768).map { _ in UInt8.random(in: 0...255, using: &random) }
        var writer = BitWriter()
        // A stored block of 32 768 bytes (not final)...
        writer.write(0, count: 1)
        writer.write(0, count: 2)
        writer.align()
        writer.bytes += [0x00, 0x80, 0xFF, 0x7F] + window
        // ...then a final fixed block: 3 × (length 258, distance 32 768) and one at distance 1.
        writer.write(1, count: 1)
        writer.write(1, count: 2)
        for _ in 0..<3 {
            writer.code(0b1100_0101, length: 8)  // symbol 285: length 258
            writer.code(0b11101, length: 5)  // distance code 29: 24 577 + 13 extra bits
            writer.write(32_768 - 24_577, count: 13)
        }
        writer.code(0b0000001, length: 7)  // symbol 257: length 3
        writer.code(0, length: 5)  // distance code 0: distance 1
        writer.code(0, length: 7)  // end of block
        var expected = window
        for _ in 0..<(3 * 258) { expected.append(expected[expected.count - 32_768]) }
        for _ in 0..<3 { expected.append(expected[expected.count - 1]) }
        #expect(try Inflate.decompress(writer.bytes, expectedSize: nil, limit: 1 << 20) == expected)

        // A distance one past the output is damage, not a read before the buffer.
        var early = BitWriter()
        early.write(1, count: 1)
        early.write(1, count: 2)
        early.code(0b0011_0000 + 65, length: 8)  // literal 'A'
        early.code(0b0000001, length: 7)
        early.code(1, length: 5)  // distance 2 with 1 byte of output
        early.code(0, length: 7)
        #expect(throws: WorkbookError.damaged("back-reference before the start of the output")) {
            try Inflate.decompress(early.bytes, expectedSize: nil, limit: 100)
        }
    }

    @Test func damagedStreamsAreErrors() throws {
        #expect(throws: WorkbookError.self) { try Inflate.decompress([], expectedSize: nil, limit: 100) }
        #expect(throws: WorkbookError.damaged("invalid deflate block type")) { try Inflate.decompress([0x07], expectedSize: nil, limit: 100) }
        // Stored block whose length and complement disagree.
        #expect(throws: WorkbookError.damaged("stored block length check failed")) {
            try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00, 1, 2, 3, 4, 5], expectedSize: nil, limit: 100)
        }
        // A stored block longer than the input.
        #expect(throws: WorkbookError.damaged("deflate stream truncated")) {
            try Inflate.decompress([0x01, 0x05, 0x00, 0xFA, 0xFF, 1, 2], expectedSize: nil, limit: 100)
        }
    }

    @Test func outputIsBoundedByTheLimit() throws {
        // 1 MB of zeros compresses to about 1 KB: the limit stops it, not memory.
        var writer = BitWriter()
        writer.write(1, count: 1)
        writer.write(1, count: 2)
        writer.code(0b0011_0000, length: 8)  // literal 0
        for _ in 0..<4000 {
            writer.code(0b1100_0101, length: 8)
            writer.code(0, length: 5)
        }
        writer.code(0, length: 7)
        #expect(throws: WorkbookError.tooLarge(limit: 10_000)) { try Inflate.decompress(writer.bytes, expectedSize: nil, limit: 10_000) }
        #expect(try Inflate.decompress(writer.bytes, expectedSize: 1 + 4000 * 258, limit: 2_000_000).count == 1 + 4000 * 258)
    }

    @Test func truncationsAndFlipsNeverTrap() throws {
        var random = SplitMix(state: 3)
        var writer = BitWriter()
        writer.write(1, count: 1)
        writer.write(1, count: 2)
        for byte in Array("mois par mois, mois par mois".utf8) { writer.code(0b0011_0000 + Int(byte), length: 8) }
        writer.code(0, length: 7)
        let stream = writer.bytes
        for length in 0..<stream.count { _ = try? Inflate.decompress(Array(stream.prefix(length)), expectedSize: nil, limit: 1000) }
        for _ in 0..<2000 {
            var mutated = stream
            mutated[Int.random(in: 0..<mutated.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            _ = try? Inflate.decompress(mutated, expectedSize: nil, limit: 1000)
            let garbage = (0..<Int.random(in: 0...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            _ = try? Inflate.decompress(garbage, expectedSize: nil, limit: 1000)
        }
    }
}
