import Enveloppe
import Testing

@testable import EnveloppeFormats

/// `ScenarioJSON` writes every field the decoder reads: decoding what it writes gives the same scenario.
@Suite struct ScenarioJSONTests {
    /// A scenario around `rules` and `risk` blocks written as a person would.
    static func scenario(rules: String, risk: String? = nil) -> String {
        #"""
        {"title": "t", "preset": "bail-dabord-montpellier-2024", "rules": \#(rules),\#(risk.map { #" "risk": \#($0),"# } ?? "")
         "operators": [{"id": "a", "name": "A", "households": 64, "intake": {"initial": 48, "rampUp": 4},
                        "staff": [{"title": "ES", "role": "socialWork", "fte": 8, "annualCostPerFTE": "52 000"}]}]}
        """#
    }

    /// Payment terms and risk blocks with every field and every kind of distribution.
    static let cases: [(rules: String, risk: String?)] = [
        (
            #"{"paymentTerms": {"instalments": [{"rate": "60 %", "delayMonths": 2}, {"rate": "12,5 %", "delayMonths": 6}], "rounding": "towardZero", "balanceDelayMonths": 5, "funders": {"metropole": {"advanceRate": "50 %", "advanceDelayMonths": 4, "rounding": "down"}, "ddets": {"instalments": [{"rate": "30 %", "delayMonths": 0}, {"rate": "30 %", "delayMonths": 0}, {"rate": "40 %", "delayMonths": 9}], "balanceDelayMonths": 1}}}}"#,
            nil
        ),
        (
            #"{"paymentTerms": {"advanceRate": "60 %", "funders": {"metropole": {"balanceDelayMonths": 3}}}}"#,
            #"{"paymentDelays": {"metropole": {"balance": 2}, "ddets": {"advance": {"values": [0, 3, 3], "weights": [3, 1, 2]}}}, "rampUp": {"min": 2, "max": 4}, "earlyExitRate": "12,25 %", "refillDelayMonths": {"values": [0, 1]}, "staffVacancyMonths": {"min": 0, "likely": 1, "max": 3}, "bridging": {"assignmentRate": "1,5 %"}}"#
        ),
        (
            #"{"paymentTerms": {"advanceRate": "60 %"}}"#,
            #"{"earlyExitRate": {"values": ["0 %", "0,01 %", "100 %"], "weights": [1, 1, 5]}, "overdraftLimit": "12 345,67"}"#
        ),
    ]

    @Test(arguments: 0..<ScenarioJSONTests.cases.count)
    func everyFieldIsWrittenBack(_ index: Int) throws {
        let (rules, risk) = ScenarioJSONTests.cases[index]
        let scenario = try ScenarioDecoder.decode(Array(ScenarioJSONTests.scenario(rules: rules, risk: risk).utf8))
        #expect(!scenario.rules.funderTerms.isEmpty || scenario.risk != nil)
        let json = ScenarioJSON.text(scenario)
        #expect(try ScenarioDecoder.decode(Array(json.utf8)) == scenario, "\(json)")
    }

    @Test func conventionPeriodsAloneRenewTheCallsConvention() throws {
        // `"convention": {"periods": 3}`: three conventions of the call's own (Montpellier: from September 2025, 12 months),
        // the first still cited to the call; written back as it was read.
        let text = ScenarioJSONTests.scenario(rules: #"{"paymentTerms": {"advanceRate": "60 %"}, "convention": {"periods": 3}}"#)
        let scenario = try ScenarioDecoder.decode(Array(text.utf8))
        #expect(scenario.rules.convention == nil && scenario.rules.conventionPeriods == 3)
        #expect(try ScenarioDecoder.decode(Array(ScenarioJSON.text(scenario).utf8)) == scenario)
        let call = try ResolvedScenario(scenario).call
        #expect(call.periods.map(\.start.description) == ["2025-09", "2026-09", "2027-09"])
        #expect(!call.convention.isFromScenario)
        // A start or a length alone is still refused: the other half is missing.
        let half = ScenarioJSONTests.scenario(rules: #"{"paymentTerms": {"advanceRate": "60 %"}, "convention": {"months": 12, "periods": 2}}"#)
        #expect(throws: InputErrors.self) { try ScenarioDecoder.decode(Array(half.utf8)) }
        // Renewals past the 600 months a programme may run are refused, on the field.
        var long = scenario
        long.rules.conventionPeriods = 51
        #expect(throws: InputError("rules.convention.periods", .outOfRange(text: "51", minimum: 1, maximum: 50))) {
            try ResolvedScenario(long)
        }
    }

    @Test func distributionsAreWrittenAsAPersonWouldWriteThem() {
        #expect(ScenarioJSON.distribution(.fixed(3), rate: false) == .number("3"))
        #expect(ScenarioJSON.distribution(.fixed(1_250), rate: true) == .string("12,5 %"))
        let weighted = ScenarioJSON.distribution(.weighted([.init(value: 0, weight: 1), .init(value: 6, weight: 1)]), rate: false)
        #expect(weighted == .object(["values": .array([.number("0"), .number("6")])]))
        #expect(
            ScenarioJSON.distribution(.triangular(min: 0, likely: 500, max: 1_500), rate: true)
                == .object(["min": .string("0 %"), "likely": .string("5 %"), "max": .string("15 %")]))
    }
}
