import EnveloppeCore
import Testing

@Suite struct ByteSearchTests {
    /// The byte search finds what the standard library's `contains` finds in the texts the tool searches (its own
    /// ASCII names in paths and labels, with accents around them): at the start, in the middle, at the end, overlapping
    /// a false start, and not at all.
    @Test(arguments: [
        ("operators[3].staff[]", ".staff"), ("operators[].staff", ".staff"), (".staff", ".staff"), ("operators[].intake", ".staff"),
        ("operators[3].stafe.staff", ".staff"), ("operators[3].staf", ".staff"), ("operators[3].stafe", ".staff"), ("frais de siège", "siège"),
        ("siège", "siège social"),
        ("", "a"), ("aaab", "aab"), ("abc", "c"), ("abc", "d"),
    ])
    func findsWhatContainsFinds(_ text: String, _ needle: String) {
        #expect(text.containsBytes(needle) == text.contains(needle), "\(text) / \(needle)")
    }

    /// An empty needle is found in any text, as the budget's keyword search always had it (Foundation's `contains`,
    /// which the test above compares with, says no; the tool never searches for nothing).
    @Test func findsAnEmptyNeedle() {
        #expect("loyer".containsBytes(""))
        #expect("".containsBytes(""))
    }

    /// A needle longer than the text, or one that only begins at its end, is not found (no read past the end).
    @Test func stopsAtTheEnd() {
        #expect(!"staf".containsBytes(".staff"))
        #expect(!"operators[0].sta".containsBytes(".staff"))
        #expect([UInt8]("x.staff".utf8).withUnsafeBufferPointer { text in [UInt8](".staff".utf8).withUnsafeBufferPointer(text.containsBytes) })
    }

    /// Two runs of bytes are the same exactly when they are equal as arrays: of every length around a word's eight
    /// bytes, differing in their first byte, their last, one in the middle, or in length alone.
    @Test func comparesBytesAsArraysDo() {
        let text = Array("Travailleurs sociaux – Équipe mobile".utf8)
        for length in 0...text.count {
            let a = Array(text[..<length])
            var changed: [[UInt8]] = [a, Array(text[..<max(0, length - 1)]), Array(text[..<min(text.count, length + 1)])]
            for place in [0, length / 2, length - 1] where place >= 0 && place < length {
                var other = a
                other[place] ^= 0x01
                changed.append(other)
            }
            for b in changed {
                let same = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { a.hasSameBytes(as: $0) } }
                #expect(same == (a == b), "\(length) bytes")
            }
        }
        // Bytes with no address (an empty buffer made from none) are the same as any other empty bytes, and no others.
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect([UInt8]().withUnsafeBufferPointer { none.hasSameBytes(as: $0) && $0.hasSameBytes(as: none) })
        #expect(!text.withUnsafeBufferPointer { none.hasSameBytes(as: $0) || $0.hasSameBytes(as: none) })
    }
}
