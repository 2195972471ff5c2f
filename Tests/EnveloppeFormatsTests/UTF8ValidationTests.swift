import Testing

@testable import EnveloppeFormats

@Suite struct UTF8ValidationTests {
    /// Bytes at the edges of UTF-8's ranges: ASCII, continuation bytes, each kind of lead byte.
    static let edges: [UInt8] = [
        0x00, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0,
        0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]

    /// The parser's check agrees with the standard library's on every sequence of up to four edge bytes.
    @Test func agreesWithTheStandardLibrary() {
        var sequences: [[UInt8]] = [[]]
        for _ in 1...4 { sequences = sequences.flatMap { sequence in UTF8ValidationTests.edges.map { sequence + [$0] } } + [[]] }
        for bytes in sequences {
            let valid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
            #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes.map { String($0, radix: 16) })")
        }
    }

    /// Every two-byte sequence, and text made of valid characters.
    @Test func agreesOnEveryPairAndOnText() {
        for first in UInt8.min...UInt8.max {
            for second in UInt8.min...UInt8.max {
                let bytes = [first, second]
                let valid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
                #expect(valid == (String(validating: bytes, as: UTF8.self) != nil))
            }
        }
        let text = Array("Opérateur – 49 000 € 😀 \u{10FFFF}".utf8)
        #expect(text.withUnsafeBufferPointer { UTF8Validation.isValid($0) })
    }

    /// Long texts, where ASCII is passed eight bytes at a time: a faulty byte anywhere, on either side of
    /// an eight-byte boundary, is still found.
    @Test func agreesOnLongTexts() {
        let ascii = Array("12345678abcdefgh".utf8)
        for length in 0..<24 {
            for position in 0..<max(1, length) {
                for faulty in [[0xFF], [0xC3], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xED, 0xA0, 0x80]] as [[UInt8]] {
                    var bytes = (0..<length).map { ascii[$0 % ascii.count] }
                    bytes.insert(contentsOf: faulty, at: min(position, bytes.count))
                    let valid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
                    #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
                }
            }
        }
    }
}
