import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

@Suite struct ScenarioDecoderTests {
    static let valid = #"""
        {
          "title": "t",
          "preset": "vial-pas-de-calais-2025-ami1",
          "rules": { "cap": { "rate": "25 %", "scope": "indirectOnly" }, "convention": { "start": "2025-02", "months": 12 } },
          "operators": [
            { "id": "a", "name": "A", "households": 10, "intake": { "initial": 2, "rampUp": 3, "earlyExits": [ { "month": "2025-05", "households": 1 } ] },
              "staff": [ { "title": "ES", "role": "socialWork", "fte": "0,5", "annualCostPerFTE": "52 000,00 €" } ],
              "charges": [ { "label": "Locaux", "account": 61, "kind": "direct", "annualAmount": 1200.5 } ] }
          ]
        }
        """#

    /// The first error of the file (the others are listed by `allErrors`).
    func decode(_ text: String) throws(InputError) -> Scenario {
        do { return try ScenarioDecoder.decode(Array(text.utf8)) } catch { throw error.errors[0] }
    }

    @Test func decodesAValidScenarioExactly() throws {
        let scenario = try decode(ScenarioDecoderTests.valid)
        #expect(scenario.operators[0].staff[0].fte == FTE(hundredths: 50))
        #expect(scenario.operators[0].staff[0].annualCostPerFTE == Money(cents: 5_200_000))
        #expect(scenario.operators[0].charges[0].basis == .annual(Money(cents: 120_050)))
        #expect(
            scenario.operators[0].intake
                == Intake(
                    initial: 2, entries: .rampUp(perMonth: 3), earlyExits: [Intake.EarlyExit(month: YearMonth(year: 2025, month: 5), households: 1)]))
        #expect(scenario.rules.capScope == .indirectOnly && scenario.rules.capRate == Rate(percent: 25))
        #expect(scenario.rules.convention == Period(start: YearMonth(year: 2025, month: 2), months: 12))
    }

    /// A month as a person writes it, as the workbook and the counts file read it: the same scenario as `"2025-02"`.
    @Test(arguments: ["février 2025", "02/2025", "févr. 2025", "Feb 2025", "2025-02-01"])
    func aMonthIsReadAsAPersonWritesIt(_ written: String) throws {
        let scenario = try decode(ScenarioDecoderTests.valid.replacingOccurrences(of: "\"start\": \"2025-02\"", with: "\"start\": \"\(written)\""))
        #expect(scenario == (try decode(ScenarioDecoderTests.valid)))
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        let id: String
        let replace: String
        let with: String
        let error: InputError
        var testDescription: String { id }
    }

    /// Each bad input of the core issue, made by one change to the valid scenario.
    @Test(arguments: [
        BadCase(
            id: "unknown preset", replace: "vial-pas-de-calais-2025-ami1", with: "vial-2030",
            error: InputError("preset", .unknownPreset(name: "vial-2030", known: Presets.all.map(\.id.rawValue)))),
        BadCase(
            id: "wrong type", replace: #""households": 10"#, with: #""households": "dix""#,
            error: InputError("operators[0].households", .wrongType(expected: .integer, found: "string:dix"))),
        BadCase(
            id: "missing field", replace: #""name": "A", "#, with: "",
            error: InputError("operators[0].name", .missing)),
        BadCase(
            id: "unknown field (typo)", replace: #""annualCostPerFTE""#, with: #""annualCostPerETP""#,
            error: InputError("operators[0].staff[0].annualCostPerETP", .unknownField(allowed: ScenarioDecoder.keys["staff"]!))),
        BadCase(
            id: "negative amount", replace: "1200.5", with: "-1200.5",
            error: InputError("operators[0].charges[0].annualAmount", .negative(expected: .amount, text: "-1200.5"))),
        BadCase(
            id: "rate above 100 %", replace: #""25 %""#, with: #""125 %""#,
            error: InputError("rules.cap.rate", .rateAboveHundredPercent(text: "125 %"))),
        BadCase(
            id: "month 2025-13", replace: #""2025-02""#, with: #""2025-13""#,
            error: InputError("rules.convention.start", .invalidMonth(text: "2025-13"))),
        BadCase(
            id: "three decimals", replace: "1200.5", with: "1200.505",
            error: InputError(
                "operators[0].charges[0].annualAmount",
                .invalidNumber(expected: .amount, text: "1200.505", failure: .tooManyFractionDigits(allowed: 2)))),
        BadCase(
            id: "overflowing amount", replace: "1200.5", with: "123456789012345678901",
            error: InputError(
                "operators[0].charges[0].annualAmount", .invalidNumber(expected: .amount, text: "123456789012345678901", failure: .tooLarge))),
        BadCase(
            id: "fte with three decimals", replace: #""0,5""#, with: #""0,125""#,
            error: InputError("operators[0].staff[0].fte", .invalidNumber(expected: .fte, text: "0,125", failure: .tooManyFractionDigits(allowed: 2)))
        ),
        BadCase(
            id: "non-integer households", replace: #""households": 10"#, with: #""households": 10.5"#,
            error: InputError("operators[0].households", .notWhole(text: "10.5"))),
        BadCase(
            id: "unknown role", replace: "socialWork", with: "educateur",
            error: InputError("operators[0].staff[0].role", .notOneOf(text: "educateur", allowed: StaffPost.Role.allCases.map(\.rawValue)))),
        BadCase(
            id: "account outside 60-68", replace: #""account": 61"#, with: #""account": 70"#,
            error: InputError("operators[0].charges[0].account", .notOneOf(text: "70", allowed: (60...68).map(String.init)))),
        BadCase(
            id: "duplicate key", replace: #""title": "t","#, with: #""title": "t", "title": "u","#,
            error: InputError("title", .duplicateField)),
        BadCase(
            id: "null where an amount goes", replace: "1200.5", with: "null",
            error: InputError("operators[0].charges[0].annualAmount", .wrongType(expected: .amount, found: "null"))),
        BadCase(
            id: "invalid JSON", replace: #""households": 10,"#, with: #""households": 10,,"#,
            error: InputError("", .invalidJSON(line: 6, column: 48, detail: "expected a key in double quotes"))),
        BadCase(
            id: "two bases for one charge", replace: #""annualAmount": 1200.5"#, with: #""annualAmount": 1200.5, "perEntry": 300"#,
            error: InputError("operators[0].charges[0].perEntry", .exactlyOneOf(ScenarioDecoder.chargeBases))),
        BadCase(
            id: "three bases for one charge", replace: #""annualAmount": 1200.5"#,
            with: #""refundableDeposit": 600, "annualAmount": 1200.5, "rateOfDirectCosts": "7 %""#,
            error: InputError("operators[0].charges[0].refundableDeposit", .exactlyOneOf(ScenarioDecoder.chargeBases))),
        BadCase(
            id: "a charge without a basis", replace: #", "annualAmount": 1200.5"#, with: "",
            error: InputError("operators[0].charges[0]", .exactlyOneOf(ScenarioDecoder.chargeBases))),
        BadCase(
            id: "a rate of direct costs on a direct charge", replace: #""annualAmount": 1200.5"#, with: #""rateOfDirectCosts": "7 %""#,
            error: InputError("operators[0].charges[0].kind", .notOneOf(text: "direct", allowed: ["indirect"]))),
        BadCase(
            id: "entries and ramp-up together", replace: #""rampUp": 3"#, with: #""rampUp": 3, "entries": [1]"#,
            error: InputError("operators[0].intake.rampUp", .exactlyOneOf(["entries", "rampUp"]))),
        BadCase(
            id: "more than 3 months before the dwelling", replace: #""initial": 2"#, with: #""initial": 2, "monthsBeforeDwelling": 4"#,
            error: InputError("operators[0].intake.monthsBeforeDwelling", .outOfRange(text: "4", minimum: 0, maximum: 3))),
        BadCase(
            id: "zero-month convention", replace: #""months": 12"#, with: #""months": 0"#,
            error: InputError("rules.convention.months", .outOfRange(text: "0", minimum: 1, maximum: 600))),
    ])
    func badInputNamesItsField(_ c: BadCase) throws {
        let text = ScenarioDecoderTests.valid
        #expect(text.contains(c.replace), "the case must change the valid scenario")
        let bad = text.split(separator: c.replace, maxSplits: 1, omittingEmptySubsequences: false).joined(separator: c.with)
        #expect(throws: c.error) { try decode(String(bad)) }
    }

    /// A charge's basis is read from the marks its keys' check leaves: the bases are the charge's last allowed keys,
    /// and each, written in any place among the charge's fields, gives its own basis.
    @Test func eachChargeBasisIsReadWhereverItIsWritten() throws {
        #expect(
            Array(ScenarioDecoder.AllowedKeys.charge.suffix(ScenarioDecoder.AllowedKeys.chargeBases.count).map(\.description))
                == ScenarioDecoder.chargeBases)
        let bases: [(key: String, value: String, basis: ChargeLine.Basis)] = [
            ("annualAmount", "1200.5", .annual(Money(cents: 120_050))), ("perEntry", "300", .perEntry(Money(cents: 30_000))),
            ("refundableDeposit", #""600 €""#, .refundableDeposit(Money(cents: 60_000))),
            ("perHouseholdMonth", "25", .perHouseholdMonth(Money(cents: 2_500))),
            ("rateOfDirectCosts", #""7 %""#, .rateOfDirectCosts(Rate(7, over: 100))),
        ]
        #expect(bases.map(\.key) == ScenarioDecoder.chargeBases)
        for (key, value, basis) in bases {
            let kind = key == "rateOfDirectCosts" ? "indirect" : "direct"
            for charge in [
                #"{ "\#(key)": \#(value), "label": "L", "account": 61, "kind": "\#(kind)" }"#,
                #"{ "label": "L", "\#(key)": \#(value), "account": 61, "kind": "\#(kind)" }"#,
                #"{ "label": "L", "account": 61, "kind": "\#(kind)", "\#(key)": \#(value) }"#,
            ] {
                let text = ScenarioDecoderTests.valid.replacing(
                    #"{ "label": "Locaux", "account": 61, "kind": "direct", "annualAmount": 1200.5 }"#, with: charge)
                #expect(try decode(text).operators[0].charges[0].basis == basis, "\(charge)")
            }
        }
    }

    /// Every repeated identifier is named, at each place it is repeated, whether the operators are few (compared pair
    /// by pair) or many (through a set).
    @Test(arguments: [3, 16, 17, 40]) func everyRepeatedOperatorIdentifierIsNamed(_ count: Int) {
        // Operator k is named « o(k % 3) » past the first three: each name repeats from the fourth operator on.
        let ids = (0..<count).map { $0 < 3 ? "o\($0)" : "o\($0 % 3)" }
        let operators = ids.map { #"{"id": "\#($0)", "name": "N", "households": 1}"# }.joined(separator: ", ")
        let text = #"{"title": "t", "preset": "aml-pas-de-calais-2019", "operators": [\#(operators)]}"#
        let expected = (3..<count).map { InputError("operators[\($0)].id", .duplicateIdentifier(ids[$0])) }
        do {
            _ = try ScenarioDecoder.decode(Array(text.utf8))
            #expect(expected.isEmpty)
        } catch {
            #expect(error.errors == expected)
        }
    }

    @Test func duplicateOperatorIdentifiersAreRefused() {
        let text =
            #"{"title": "t", "preset": "aml-pas-de-calais-2019", "operators": [{"id": "a", "name": "A", "households": 1}, {"id": "a", "name": "B", "households": 1}]}"#
        #expect(throws: InputError("operators[1].id", .duplicateIdentifier("a"))) { try decode(text) }
    }

    @Test func theSchemaListsExactlyTheKeysTheDecoderAccepts() throws {
        guard case .object(let root) = try JSONParser.parse(Array(ScenarioSchema.text.utf8)) else {
            Issue.record("schema is not an object")
            return
        }
        func properties(_ members: [JSONValue.Member], _ path: [String]) -> [String] {
            var current = members
            for key in path {
                guard case .object(let next)? = current.first(where: { $0.key == key })?.value else { return [] }
                current = next
            }
            guard case .object(let props)? = current.first(where: { $0.key == "properties" })?.value else { return [] }
            return props.map(\.key)
        }
        let ruleProps = ["properties", "rules"]
        let operatorProps = ["properties", "operators", "items"]
        let expectations: [(String, [String])] = [
            ("scenario", []), ("rules", ruleProps), ("line", ruleProps + ["properties", "lines", "additionalProperties"]),
            ("team", ruleProps + ["properties", "team"]), ("cap", ruleProps + ["properties", "cap"]),
            ("paymentTerms", ruleProps + ["properties", "paymentTerms"]), ("convention", ruleProps + ["properties", "convention"]),
            ("operator", operatorProps), ("intake", operatorProps + ["properties", "intake"]),
            ("budget", ["properties", "budget"]), ("budgetLine", ["$defs", "budgetLine"]),
            ("allocation", ["properties", "allocation"]), ("allocationEnvelope", ["properties", "allocation", "properties", "envelope"]),
            ("candidate", ["properties", "allocation", "properties", "candidates", "items"]),
            ("earlyExit", operatorProps + ["properties", "intake", "properties", "earlyExits", "items"]),
            ("staff", operatorProps + ["properties", "staff", "items"]), ("charge", operatorProps + ["properties", "charges", "items"]),
            ("funderTerms", ruleProps + ["properties", "paymentTerms", "properties", "funders", "additionalProperties"]),
            ("instalment", ruleProps + ["properties", "paymentTerms", "$defs", "instalments", "items"]),
            ("risk", ["properties", "risk"]), ("paymentDelay", ["properties", "risk", "properties", "paymentDelays", "additionalProperties"]),
            ("distribution", ["properties", "risk", "$defs", "range"]), ("bridging", ["properties", "risk", "properties", "bridging"]),
        ]
        #expect(Set(expectations.map(\.0)) == Set(ScenarioDecoder.keys.keys), "every object of the format is checked")
        for (name, path) in expectations {
            #expect(Set(properties(root, path)) == Set(ScenarioDecoder.keys[name]!), "schema object \(name)")
        }
    }
}
