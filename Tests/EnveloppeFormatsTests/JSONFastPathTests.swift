import Enveloppe
import Testing

@testable import EnveloppeFormats

/// The scenario reader's values read from the file's bytes (counts, FTE, rates, choices) against the same values read
/// from their text, as the reader defines them, on generated numbers and strings: the same value, or an error (the
/// error itself is always the text's: the bytes give a value or nothing).
@Suite struct JSONFastPathTests {
    /// Numbers and strings as people write them, and as they mistype them.
    static func literals() -> [String] {
        var random = TestRandom(state: 17)
        let pieces = [
            "0", "1", "7", "12", "200", "60", "1 000", ",", ".", "5", "25", " ", "%", " %", "-", "+", "e3", "€", "\u{00A0}", "é", "x", "00",
        ]
        var texts: [String] = []
        for _ in 0..<4_000 {
            let text = (0..<(1 + random.next(below: 4))).map { _ in random.pick(pieces) }.joined()
            texts.append("\"\(text)\"")
            // The same as a JSON number, when it is one.
            if text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }) { texts.append(text) }
        }
        return texts + [
            "\"a\\u00e9\"", "\"socialWork\"", "\"management\"", "\"direct\"", "\"indirect\"", "\"Direct\"", "\" direct\"", "1e2", "0.60",
            "-0", "1000000000", "1000000001", "\"1000000001\"", "1000000000.01",
        ]
    }

    /// Each literal that is JSON as the value of a one-member object, its node and its text.
    static func nodes() -> [(node: JSONNode, text: String?)] {
        literals().compactMap { literal in
            guard let tree = try? JSONParser.tree(Array("{\"v\": \(literal)}".utf8)) else { return nil }
            let node = JSONNode(tree: tree, index: 2)
            return (node, node.scalarText)
        }
    }

    /// The value, or the error, of `read`.
    static func outcome<T>(_ read: () throws(InputError) -> T) -> Result<T, InputError> {
        do { return .success(try read()) } catch { return .failure(error) }
    }

    @Test func countsRateFTEAndChoicesReadFromBytesAreThoseReadFromText() {
        let nodes = Self.nodes()
        #expect(nodes.count > 4_000)
        for (node, text) in nodes {
            let shown = "\(text ?? node.kindName)"
            // A count: a whole number from 0, read in hundredths.
            let count = Self.outcome { () throws(InputError) in try node.count(minimum: 1, maximum: 500) }
            if node.kind == .number, let text, let hundredths = try? DecimalText.parse(text, fractionDigits: 2), hundredths % 100 == 0,
                (1...500).contains(hundredths / 100)
            {
                #expect(count == .success(hundredths / 100), "\(shown)")
            } else {
                #expect((try? count.get()) == nil, "\(shown)")
            }
            // FTE: to the hundredth, from 0 to a billion.
            let fte = Self.outcome { () throws(InputError) in try node.fte() }
            if let text, let value = try? FTE(parsing: text), value >= .zero, value.hundredths <= 100_000_000_000 {
                #expect(fte == .success(value), "\(shown)")
            } else {
                #expect((try? fte.get()) == nil, "\(shown)")
            }
            // A rate: from 0 to 1.
            let rate = Self.outcome { () throws(InputError) in try node.rate() }
            if let text, let value = try? Rate(parsing: text), value >= .zero, value <= .one {
                #expect(rate == .success(value), "\(shown)")
            } else {
                #expect((try? rate.get()) == nil, "\(shown)")
            }
            // A choice: a string that is one of the cases' words.
            let kind = Self.outcome { () throws(InputError) in try node.choice(ChargeLine.Kind.self) }
            if node.kind == .string, let text, let value = ChargeLine.Kind(rawValue: text) {
                #expect(kind == .success(value), "\(shown)")
            } else {
                #expect((try? kind.get()) == nil, "\(shown)")
            }
            let role = Self.outcome { () throws(InputError) in try node.choice(StaffPost.Role.self) }
            if node.kind == .string, let text, let value = StaffPost.Role(rawValue: text) {
                #expect(role == .success(value), "\(shown)")
            } else {
                #expect((try? role.get()) == nil, "\(shown)")
            }
        }
    }

    /// A key is found as its text reads, however the file writes it: in plain bytes, with an escape, among keys of
    /// the same length.
    @Test func keysAreFoundAsTheirTextsRead() throws {
        let tree = try JSONParser.tree(Array(#"{"householdz": 1, "h\u006fuseholds": 2, "households": 3, "staff": []}"#.utf8))
        let found = try #require(tree.member(of: 0, "households"))
        #expect(JSONNode(tree: tree, index: found).scalarText == "2")
        #expect(tree.member(of: 0, "staff") == 8)
        #expect(tree.member(of: 0, "charges") == nil)
        #expect(tree.place(ofKey: 3, in: ["staff", "households"]) == 1)
        #expect(tree.place(ofKey: 5, in: ["staff", "households"]) == 1)
        #expect(tree.place(ofKey: 7, in: ["staff", "households"]) == 0)
        #expect(tree.place(ofKey: 1, in: ["staff", "households"]) == nil)
    }

    /// The rate read from bytes is the rate read from the same text, value or fault alike.
    @Test func ratesReadFromBytesAreRatesReadFromText() {
        for literal in Self.literals() {
            let text = literal.hasPrefix("\"") ? String(literal.dropFirst().dropLast()) : literal
            let fromText = Result { () throws(DecimalText.Failure) in try Rate(parsing: text) }
            let fromBytes = Array(text.utf8).withUnsafeBufferPointer { bytes in
                Result { () throws(DecimalText.Failure) in try Rate(parsingUTF8: bytes) }
            }
            #expect(fromBytes == fromText, "\(text)")
        }
    }
}
