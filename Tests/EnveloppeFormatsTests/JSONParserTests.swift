import Testing

@testable import EnveloppeFormats

@Suite struct JSONParserTests {
    func parse(_ text: String) throws(JSONParser.Failure) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test func keepsNumbersAsWrittenAndKeysInOrder() throws {
        let value = try parse(#"{"b": 0.1, "a": [1, -2.50, 3e2], "c": "é\u00e9\n"}"#)
        #expect(
            value
                == .object([
                    .init(key: "b", value: .number("0.1")),
                    .init(key: "a", value: .array([.number("1"), .number("-2.50"), .number("3e2")])),
                    .init(key: "c", value: .string("éé\n")),
                ]))
    }

    @Test func acceptsAByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[true, null]".utf8)) == .array([.bool(true), .null]))
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        let text: String
        let line: Int
        let column: Int
        let detail: String
        var testDescription: String { detail }
    }

    @Test(arguments: [
        BadCase(text: "{\n  \"a\": 1,\n}", line: 3, column: 1, detail: "trailing comma before '}'"),
        BadCase(text: "[1, 2,]", line: 1, column: 7, detail: "trailing comma before ']'"),
        BadCase(text: "{\"a\" 1}", line: 1, column: 6, detail: "expected ':'"),
        BadCase(text: "{\"é\": 01}", line: 1, column: 7, detail: "invalid number (leading zero)"),
        BadCase(text: "{\"a\": \"x", line: 1, column: 7, detail: "unterminated string"),
        BadCase(text: "{\"a\": 1} x", line: 1, column: 10, detail: "unexpected text after the end of the document"),
        BadCase(text: "", line: 1, column: 1, detail: "unexpected end of file, expected a value"),
        BadCase(text: "{\"a\": tru}", line: 1, column: 7, detail: "expected a value"),
        BadCase(text: "// note\n{}", line: 1, column: 1, detail: "a comment: JSON has none, remove it"),
    ])
    func refusesWhatFoundationWouldAccept(_ c: BadCase) {
        #expect(throws: JSONParser.Failure(line: c.line, column: c.column, detail: c.detail)) { try parse(c.text) }
    }

    /// What people write from French habits and word processors, each said with what to write instead: the suggestion
    /// itself parses (a number) or reads as an amount (a text).
    @Test(arguments: [
        BadCase(text: "{\"a\": 12.000,50}", line: 1, column: 14, detail: "decimal comma in a number: write 12000.50 or \"12 000,50\""),
        BadCase(text: "{\"a\": 0,5}", line: 1, column: 9, detail: "decimal comma in a number: write 0.5 or \"0,5\""),
        BadCase(text: "{\"a\": 52 000}", line: 1, column: 10, detail: "space in a number: write 52000 or \"52 000\""),
        BadCase(text: "{\"a\": 1 234.5, \"b\": 1}", line: 1, column: 9, detail: "space in a number: write 1234.5 or \"1 234.5\""),
        // The amount whole: its cents, and every group of its thousands.
        BadCase(text: "{\"a\": 52 000,50}", line: 1, column: 10, detail: "space in a number: write 52000.50 or \"52 000,50\""),
        BadCase(text: "{\"a\": 52 000 000}", line: 1, column: 10, detail: "space in a number: write 52000000 or \"52 000 000\""),
        BadCase(text: "{\"a\": 52 000, \"b\": 1}", line: 1, column: 10, detail: "space in a number: write 52000 or \"52 000\""),
        // Points that are not before groups of three digits are not thousands: the text as written.
        BadCase(text: "{\"a\": 1.25,5}", line: 1, column: 12, detail: "decimal comma in a number: write \"1.25,5\""),
        BadCase(text: "{\u{201C}a\u{201D}: 1}", line: 1, column: 2, detail: "typographic quotes: keys and texts take straight double quotes (\")"),
        BadCase(
            text: "{\"a\": \u{201C}x\u{201D}}", line: 1, column: 7, detail: "typographic quotes: keys and texts take straight double quotes (\")"),
        BadCase(text: "{\"a\": \u{AB} x \u{BB}}", line: 1, column: 7, detail: "typographic quotes: keys and texts take straight double quotes (\")"),
        BadCase(text: "{\"a\": 1 // un\n}", line: 1, column: 9, detail: "a comment: JSON has none, remove it"),
        BadCase(text: "[1 /* deux */]", line: 1, column: 4, detail: "a comment: JSON has none, remove it"),
        BadCase(text: "\u{FEFF}{}", line: 1, column: 1, detail: ""),
    ])
    func saysWhatToWriteInstead(_ c: BadCase) throws {
        if c.detail.isEmpty {
            _ = try parse(c.text)
            return
        }
        #expect(throws: JSONParser.Failure(line: c.line, column: c.column, detail: c.detail)) { try parse(c.text) }
    }

    /// A file saved as « Unicode » (UTF-16, with its mark) is said to be one, in either byte order.
    @Test func aFileInUTF16IsSaidToBeOne() {
        for bytes: [UInt8] in [[0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], [0xFE, 0xFF, 0x00, 0x7B, 0x00, 0x7D]] {
            #expect(throws: JSONParser.Failure(line: 1, column: 1, detail: "the file is in UTF-16 (\"Unicode\"): save it as UTF-8")) {
                try JSONParser.parse(bytes)
            }
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try parse(text) }
    }

    /// White space between tokens, in runs of every length around the eight bytes read at once, spaces mixed with tabs
    /// and line ends, at the start and the end too: the same value as without it, and an error still placed at its
    /// line and column.
    @Test func whiteSpaceOfAnyRunIsPassedOver() throws {
        var random = TestRandom(state: 8)
        let tokens = ["{", "\"a\"", ":", "[", "1", ",", "\"é\"", ",", "true", "]", ",", "\"b\"", ":", "null", "}"]
        let compact = try parse(tokens.joined())
        for _ in 0..<2_000 {
            let gaps = (0...tokens.count).map { _ in
                (0..<(random.next() % 20)).map { _ in random.next() % 5 == 0 ? random.pick(["\t", "\n", "\r\n", "\r"]) : " " }.joined()
            }
            let text = zip(gaps, tokens + [""]).map { $0 + $1 }.joined()
            #expect(try parse(text) == compact, "\(Array(text.utf8))")
        }
        let spaced = "{\n" + String(repeating: " ", count: 17) + "\"a\":" + String(repeating: " ", count: 9) + "x}"
        #expect(throws: JSONParser.Failure(line: 2, column: 31, detail: "expected a value")) { try parse(spaced) }
    }

    @Test func writerRoundTrips() throws {
        let value = try parse(#"{"a": [1, {"b": "x\"y"}], "c": {}, "d": [], "e": false}"#)
        #expect(try parse(JSONWriter.write(value)) == value)
    }
}
