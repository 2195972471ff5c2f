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
        BadCase(text: "// note\n{}", line: 1, column: 1, detail: "expected a value"),
    ])
    func refusesWhatFoundationWouldAccept(_ c: BadCase) {
        #expect(throws: JSONParser.Failure(line: c.line, column: c.column, detail: c.detail)) { try parse(c.text) }
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
