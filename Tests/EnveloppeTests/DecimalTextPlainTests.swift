import Testing

@testable import EnveloppeCore

/// The plain numbers' shortcut of `DecimalText` against its general reading, which it stands for.
@Suite struct DecimalTextPlainTests {
    /// On generated texts of digits, spaces, separators and a few other bytes: whenever the shortcut gives a value,
    /// the general reading gives the same one; and it gives one for every plain form an amount is written in.
    @Test func plainNumbersReadAsTheGeneralReadingReadsThem() throws {
        var random = ApportionmentTests.SplitMix64(state: 1_234)
        let pieces = ["0", "1", "2", "5", "9", "12", "123", "000", "4567", " ", "  ", ",", ".", "-", "+", "\u{A0}", "e", "a", "€", "\t"]
        var plainOnes = 0
        for _ in 0..<20_000 {
            let text = (0..<(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            for fractionDigits in [0, 1, 2, 3, 4, 18, 19] {
                let bytes = Array(text.utf8)
                let plain = bytes.withUnsafeBufferPointer { DecimalText.plain($0, fractionDigits: fractionDigits) }
                let general = bytes.withUnsafeBufferPointer { try? DecimalText.general($0, fractionDigits: fractionDigits) }
                if let plain {
                    plainOnes += 1
                    #expect(general == plain, "« \(text) », \(fractionDigits) decimals")
                }
            }
        }
        #expect(plainOnes > 5_000)
        let forms: [(String, Int64)] = [
            ("1 234,56", 123_456), ("1234.5", 123_450), ("7", 700), ("12 345 678", 1_234_567_800), ("0,05", 5), ("999 999", 99_999_900),
        ]
        for (text, cents) in forms {
            #expect(Array(text.utf8).withUnsafeBufferPointer { DecimalText.plain($0, fractionDigits: 2) } == cents, "« \(text) »")
        }
        // Sixteen integer digits and two decimals fit 64 bits and are read; seventeen are left to the general reading.
        #expect(Array("1234567890123456".utf8).withUnsafeBufferPointer { DecimalText.plain($0, fractionDigits: 2) } == 123_456_789_012_345_600)
        #expect(Array("12345678901234567".utf8).withUnsafeBufferPointer { DecimalText.plain($0, fractionDigits: 2) } == nil)
        // Any number of decimals asked is compared without an overflow: left to the general reading, which says too large.
        #expect(Array("1".utf8).withUnsafeBufferPointer { DecimalText.plain($0, fractionDigits: .max) } == nil)
        #expect(throws: DecimalText.Failure.tooLarge) {
            try Array("1".utf8).withUnsafeBufferPointer { try DecimalText.parse($0, fractionDigits: 40) }
        }
    }
}
