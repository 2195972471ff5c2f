import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// The operators read straight from the bytes (``PlainOperators``) against the tree's readers: for any file, the same
/// scenario or the same errors, whichever way the operators were read.
@Suite struct PlainOperatorsTests {
    /// The scenario, or every error, of `bytes` read one way.
    static func outcome(_ bytes: [UInt8], plain: Bool) -> Result<Scenario, InputErrors> {
        do { return .success(try ScenarioDecoder.decode(bytes, plainOperators: plain)) } catch { return .failure(error) }
    }

    /// Whether the operators of `bytes` are read straight from the bytes.
    static func readsPlainly(_ bytes: [UInt8]) -> Bool {
        let direct = JSONParser.DirectMember(key: "operators") { bytes, start in PlainOperators.read(bytes, from: start)?.end }
        return (try? JSONParser.tree(bytes, direct: direct))?.directNode != nil
    }

    static func scenarioFiles() throws -> [[UInt8]] {
        try ScenarioFilesTests.files.map { try [UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent($0))) }
    }

    @Test func everyScenarioReadsAlikeAndPlainly() throws {
        let files = try Self.scenarioFiles()
        #expect(files.count >= 10)
        for (name, bytes) in zip(ScenarioFilesTests.files, files) {
            #expect(Self.readsPlainly(bytes), "\(name): its operators are written plainly")
            #expect(Self.outcome(bytes, plain: true) == Self.outcome(bytes, plain: false), "\(name)")
        }
    }

    /// Values the readers take from the bytes, and values they take only from their text or refuse.
    static let values = [
        "\"52 000\"", "52000", "52000.5", "\"52 000,50\"", "\"52 000 €\"", "\"52\u{202F}000\"", "-1", "0", "00", "1e3", "1.", "-",
        "\"0,5\"", "0.5", "1.5", "\"60 %\"", "0.6", "2", "null", "true", "false", "[]", "{}", "\"\"", "\" \"", "\"\\u00e9\"", "\"é\"",
        "\"2025-09\"", "\"sept. 2025\"", "\"2025-13\"", "\"socialWork\"", "\"management\"", "\"direct\"", "\"indirect\"", "\"Direct\"",
        "60", "61", "62", "64", "65", "66", "7", "12", "120", "121", "24", "25", "3", "4", "1000000000", "1000000001", "[1, 2]", "[\"a\"]",
        "[{\"month\": \"2026-01\", \"households\": 2}]", "\"t0-o0\"", "\"Opérateur\"",
    ]

    /// Files changed at random inside their operators: a value put in another's place, a member repeated, renamed or
    /// removed, a byte inserted or deleted; the two ways give the same scenario or the same errors.
    @Test func filesChangedAtRandomReadAlike() throws {
        var random = TestRandom(state: 2026)
        var plainly = 0
        var changed = 0
        let marks: [UInt8] = Array("\"{}[],: \\-.0e\n".utf8) + [0xC3, 0xA9, 0x00]
        for original in try Self.scenarioFiles() {
            let text = String(decoding: original, as: UTF8.self)
            guard let start = text.utf8.firstRange(of: Array("\"operators\"".utf8))?.lowerBound else { continue }
            let offset = text.utf8.distance(from: text.utf8.startIndex, to: start)
            for _ in 0..<400 {
                var bytes = original
                for _ in 0..<(1 + random.next(below: 2)) {
                    let at = offset + random.next(below: bytes.count - offset)
                    switch random.next(below: 5) {
                    case 0: bytes = Self.replacingValue(in: bytes, after: at, with: Array(random.pick(Self.values).utf8))
                    case 1: bytes.insert(random.pick(marks), at: at)
                    case 2: bytes.remove(at: min(at, bytes.count - 1))
                    case 3: bytes = Self.repeatingMember(in: bytes, after: at)
                    default: bytes = Self.renamingKey(in: bytes, after: at, random.pick(["id", "fte", "perEntry", "rampUp", "entries", "x", "é"]))
                    }
                }
                changed += 1
                if Self.readsPlainly(bytes) { plainly += 1 }
                let (plain, tree) = (Self.outcome(bytes, plain: true), Self.outcome(bytes, plain: false))
                #expect(plain == tree, "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
        // Both ways were taken often enough for the comparison to mean something.
        #expect(plainly > changed / 10 && plainly < changed * 9 / 10, "\(plainly) of \(changed) read plainly")
    }

    /// A national programme's operators, as the benchmark writes them, read alike.
    @Test func aLargeProgrammeReadsAlike() throws {
        let operators = (0..<300).map { index in
            """
            {"id": "o\(index)", "name": "Opérateur \(index)", "households": \(index % 7 * 10), "staff": [{"title": "TS", "role": "socialWork", \
            "fte": \(index % 5).5, "annualCostPerFTE": "52 000", "start": "2025-0\(1 + index % 9)"}], "charges": [{"label": "Siège", \
            "account": 62, "kind": "indirect", "rateOfDirectCosts": "7 %"}, {"label": "Caution", "account": 65, "kind": "direct", \
            "refundableDeposit": 600}], "intake": {"initial": \(index % 3), "rampUp": 2, "derogation": \(index % 2 == 0), \
            "earlyExits": [{"month": "2026-03", "households": 1}]}}
            """
        }
        let bytes = Array(
            "{\"title\": \"T\", \"preset\": \"vial-pas-de-calais-2025-ami1\", \"operators\": [\(operators.joined(separator: ",\n"))]}".utf8)
        #expect(Self.readsPlainly(bytes))
        let plain = Self.outcome(bytes, plain: true)
        #expect(plain == Self.outcome(bytes, plain: false))
        #expect((try? plain.get())?.operators.count == 300)
    }

    /// An operator for each rule of the format's readers, right and wrong: the same scenario or the same errors, and
    /// read straight from the bytes exactly where it is written plainly (a rule the plain reader lost would otherwise
    /// only compare the tree with itself).
    @Test func eachRuleReadsAlike() {
        let post = "\"title\": \"TS\", \"role\": \"socialWork\", \"fte\": 1, \"annualCostPerFTE\": 52000"
        let charge = "\"label\": \"Siège\", \"account\": 62"
        let op = "\"id\": \"a\", \"name\": \"A\", \"households\": 4"
        // Each operator, and whether it is written plainly.
        let operators: [(String, Bool)] = [
            ("{\(op), \"staff\": [{\(post)}]}", true), ("{\(op), \"staff\": [{\(post), \"fte\": 2}]}", false),
            ("{\(op), \"staff\": [{\(post), \"purposes\": [\"followUp\"]}]}", true),
            ("{\(op), \"staff\": [{\(post), \"purposes\": [\"x\"]}]}", false),
            ("{\(op), \"staff\": [{\(post), \"start\": \"2025-01\", \"end\": \"2025-12\"}]}", true),
            ("{\(op), \"staff\": [{\"title\": \"TS\", \"role\": \"socialWork\", \"fte\": 1}]}", false), ("{\(op), \"staff\": {}}", false),
            ("{\(op), \"staff\": []}", true), ("{\(op), \"staff\": [{\(post)},]}", false),
            ("{\(op), \"staff\": [{\"title\": \"TS\", \"role\": \"socialWork\", \"fte\": 1000000000, \"annualCostPerFTE\": 1}]}", true),
            ("{\(op), \"staff\": [{\"title\": \"TS\", \"role\": \"socialWork\", \"fte\": 1000000000.01, \"annualCostPerFTE\": 1}]}", false),
            ("{\(op), \"charges\": [{\(charge), \"kind\": \"indirect\", \"rateOfDirectCosts\": \"7 %\"}]}", true),
            ("{\(op), \"charges\": [{\(charge), \"kind\": \"direct\", \"rateOfDirectCosts\": \"7 %\"}]}", false),
            ("{\(op), \"charges\": [{\(charge), \"kind\": \"indirect\", \"rateOfDirectCosts\": 1.5}]}", false),
            ("{\(op), \"charges\": [{\(charge), \"kind\": \"direct\", \"perEntry\": 300, \"annualAmount\": 1}]}", false),
            ("{\(op), \"charges\": [{\(charge), \"kind\": \"direct\"}]}", false),
            ("{\(op), \"charges\": [{\(charge), \"kind\": \"direct\", \"perEntry\": -300}]}", false),
            ("{\(op), \"charges\": [{\"label\": \"X\", \"account\": 59, \"kind\": \"direct\", \"perEntry\": 300}]}", false),
            ("{\(op), \"charges\": [{\(charge), \"kind\": \"direct\", \"purpose\": \"transport\", \"perHouseholdMonth\": \"25\"}]}", true),
            ("{\(op), \"charges\": [{\(charge), \"kind\": \"direct\", \"refundableDeposit\": \"600,00 €\"}]}", false),
            ("{\(op), \"intake\": {\"entries\": [1, 2], \"rampUp\": 2}}", false),
            ("{\(op), \"intake\": {\"rampUp\": 2, \"entries\": [1, 2]}}", false),
            ("{\(op), \"intake\": {\"rampUp\": 0}}", false), ("{\(op), \"intake\": {\"entries\": [1, -2]}}", false),
            ("{\(op), \"intake\": {\"initial\": 2, \"renewalMonths\": 121}}", false), ("{\(op), \"intake\": {\"monthsBeforeDwelling\": 4}}", false),
            ("{\(op), \"intake\": {\"refillDelayMonths\": 25}}", false), ("{\(op), \"intake\": {\"derogation\": 1}}", false),
            ("{\(op), \"intake\": {\"derogation\": trux}}", false), ("{\(op), \"intake\": {\"derogation\": fals}}", false),
            ("{\(op), \"intake\": {\"derogation\": true, \"start\": \"2025-02\", \"lastEntry\": \"2026-02\", \"monthsBeforeDwelling\": 3}}", true),
            ("{\(op), \"intake\": {\"derogation\": false, \"rampUp\": 2, \"refillDelayMonths\": 24, \"renewalMonths\": 120}}", true),
            ("{\(op), \"intake\": {\"earlyExits\": [{\"month\": \"2026-01\", \"households\": 0}]}}", false),
            ("{\(op), \"intake\": {\"earlyExits\": [{\"month\": \"2026-01\"}]}}", false),
            ("{\(op), \"intake\": {\"earlyExits\": [{\"month\": \"2026-01\", \"households\": 1}], \"entries\": [0, 3]}}", true),
            ("{\(op), \"intake\": {}}", true), ("{\(op), \"territory\": \" \"}", false), ("{\(op), \"territory\": \"\u{00A0}\"}", false),
            ("{\(op), \"territory\": \"Côte d'Opale\"}", true), ("{\(op), \"households\": 4.5}", false),
            ("{\(op),\u{0C}\"territory\": \"T\"}", false),
            ("{\"id\": \"a\", \"households\": 4}", false), ("{\"name\": \"A\", \"households\": 4}", false),
            ("{\"id\": \"a\", \"name\": \"A\"}", false),
            ("{\"id\": \"a\", \"name\": \"A\", \"households\": 4.5}", false), ("{\"id\": \"a\", \"name\": \"A\", \"households\": \"4\"}", false),
        ]
        for (written, plain) in operators + [("", false)] {
            let text = "{\"title\": \"T\", \"preset\": \"vial-pas-de-calais-2025-ami1\", \"operators\": [\(written)]}"
            let bytes = Array(text.utf8)
            #expect(Self.outcome(bytes, plain: true) == Self.outcome(bytes, plain: false), "\(text)")
            #expect(Self.readsPlainly(bytes) == plain, "\(text)")
        }
    }

    /// The operators' list read directly only where it is the root object's first `operators` written in ASCII: the
    /// list not to be used has a fault of its own (an identifier twice), which the other way would not report.
    @Test func onlyTheRootsFirstOperatorsAreReadDirectly() throws {
        let op = "{\"id\": \"a\", \"name\": \"A\", \"households\": 4}"
        let other = "{\"id\": \"b\", \"name\": \"B\", \"households\": 5}"
        for text in [
            "{\"title\": \"T\", \"preset\": \"vial-pas-de-calais-2025-ami1\", \"oper\\u0061tors\": [\(op)], \"operators\": [\(other), \(other)]}",
            "{\"title\": \"T\", \"preset\": \"vial-pas-de-calais-2025-ami1\", \"operators\": [\(op)], \"operators\": [\(other), \(other)]}",
            "{\"title\": \"T\", \"preset\": \"vial-pas-de-calais-2025-ami1\", \"operators\": [\(op), \(op)], \"operators\": [\(other)]}",
            "{\"title\": \"T\", \"preset\": \"vial-pas-de-calais-2025-ami1\", \"rules\": {\"operators\": [\(other), \(other)]}, \"operators\": [\(op)]}",
            "[{\"operators\": [\(other), \(other)]}]",
        ] {
            let bytes = Array(text.utf8)
            let plain = Self.outcome(bytes, plain: true)
            #expect(plain == Self.outcome(bytes, plain: false), "\(text)")
            // The repeated identifier is reported only where the tree read the list with it.
            let repeated = (try? plain.get()) == nil && "\(plain)".contains("duplicateIdentifier")
            #expect(repeated == (text.contains("[\(op), \(op)]")), "\(text)")
        }
    }

    // MARK: Changes

    /// The bytes with the value after the first `:` at or after `at` replaced by `value`.
    static func replacingValue(in bytes: [UInt8], after at: Int, with value: [UInt8]) -> [UInt8] {
        guard let colon = bytes[at...].firstIndex(of: UInt8(ascii: ":")) else { return bytes }
        var start = colon + 1
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count else { return bytes }
        let end: Int
        if bytes[start] == UInt8(ascii: "\"") {
            end = (bytes[(start + 1)...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count - 1) + 1
        } else if bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") {
            return bytes
        } else {
            end = bytes[start...].firstIndex { [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x0A].contains($0) } ?? bytes.count
        }
        return Array(bytes[..<start]) + value + Array(bytes[end...])
    }

    /// The bytes with the member at the first key at or after `at` written twice.
    static func repeatingMember(in bytes: [UInt8], after at: Int) -> [UInt8] {
        guard let colon = bytes[at...].firstIndex(of: UInt8(ascii: ":")),
            let quote = bytes[..<colon].lastIndex(of: UInt8(ascii: "\"")),
            let open = bytes[..<quote].lastIndex(of: UInt8(ascii: "\"")),
            let end = bytes[colon...].firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == UInt8(ascii: "}") })
        else { return bytes }
        let member = Array(bytes[open..<end])
        return Array(bytes[..<open]) + member + Array(", ".utf8) + Array(bytes[open...])
    }

    /// The bytes with the first key at or after `at` renamed `key`.
    static func renamingKey(in bytes: [UInt8], after at: Int, _ key: String) -> [UInt8] {
        guard let colon = bytes[at...].firstIndex(of: UInt8(ascii: ":")),
            let quote = bytes[..<colon].lastIndex(of: UInt8(ascii: "\"")),
            let open = bytes[..<quote].lastIndex(of: UInt8(ascii: "\""))
        else { return bytes }
        return Array(bytes[...open]) + Array(key.utf8) + Array(bytes[quote...])
    }
}
