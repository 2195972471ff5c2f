import Enveloppe
import Testing

@testable import EnveloppeFormats

/// A document written through ``JSONStream`` has the bytes ``JSONWriter`` gives the same ``JSONValue``.
@Suite struct JSONStreamTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let id: String
        let tree: JSONValue
        let stream: @Sendable (inout JSONStream) -> Void
        var testDescription: String { id }
    }

    static let quantities: [Quantity] = [
        .money(Money(cents: 34_620_000)), .money(Money(cents: -5)), .money(.zero), .count(0), .count(-12), .count(Int64.max),
        .fte(FTE(hundredths: 750)), .fte(FTE(8)), .rate(Rate(3, over: 5)), .ratio(Rate(64, over: 8)),
        .unitMonths(hundredths: 76_800, unit: .dwelling), .unitMonths(hundredths: -1, unit: .household),
        .units(hundredths: 6_401, unit: .fte), .months(42),
    ]

    static let citations: [Citation] = [
        .document(source: "aml-2019", section: "3. « Financement »", quote: "a \"quote\"\\ with\ta line\nbreak and \u{1F}"),
        .scenario(path: "operators[12].households"), .scenario(path: ""),
    ]

    static let cases: [Case] = [
        Case(id: "empty object", tree: .object([])) { $0.object { _ in } },
        Case(id: "empty array", tree: .array([])) { $0.array { _ in } },
        Case(
            id: "nested, empty inside",
            tree: .object(["a": .array([.object([]), .array([]), .number("1")]), "b": .object(["c": .null, "d": .bool(false)])])
        ) { json in
            json.object { json in
                json.array("a") { json in
                    json.element()
                    json.object { _ in }
                    json.element()
                    json.array { _ in }
                    json.element()
                    json.number(1)
                }
                json.object("b") { json in
                    json.key("c")
                    json.null()
                    json.bool("d", false)
                }
            }
        },
        Case(id: "plain numbers", tree: .array(["1.00", "-0.05", "7.50", "7", "-3"].map { .string($0) })) { json in
            json.array { json in
                json.element()
                json.plainString(cents: 100)
                json.element()
                json.plainString(cents: -5)
                json.element()
                json.plainString(hundredths: 750)
                json.element()
                json.plainString(hundredths: 700)
                json.element()
                json.plainString(hundredths: -300)
            }
        },
        Case(id: "quantities", tree: .array(quantities.map(JSONValue.quantity))) { json in
            json.array(quantities) { $0.quantity($1) }
        },
        Case(id: "citations", tree: .array(citations.map(JSONValue.citation))) { json in
            json.array(citations) { $0.citation($1) }
        },
        Case(id: "a kept value written again", tree: .object(["a": .array(citations.map(JSONValue.citation) + citations.map(JSONValue.citation))])) {
            json in
            json.object { json in
                json.array("a") { json in
                    var kept: [JSONStream.Kept] = []
                    for citation in citations {
                        json.element()
                        kept.append(json.keeping { $0.citation(citation) })
                    }
                    for value in kept {
                        json.element()
                        json.again(value)
                    }
                }
            }
        },
        Case(id: "deeper than the run of spaces", tree: (0..<40).reduce(JSONValue.number("0")) { inner, _ in .array([inner]) }) {
            json in
            func nest(_ depth: Int, _ json: inout JSONStream) {
                guard depth > 0 else { return json.number(0) }
                json.array { json in
                    json.element()
                    nest(depth - 1, &json)
                }
            }
            nest(40, &json)
        },
    ]

    @Test(arguments: cases) func writesWhatTheWriterWrites(_ c: Case) {
        var json = JSONStream()
        c.stream(&json)
        #expect(json.text().utf8 == JSONWriter.bytes(c.tree))
    }
}
