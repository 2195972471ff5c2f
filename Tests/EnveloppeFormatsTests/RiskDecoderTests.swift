import Enveloppe
import Testing

@testable import EnveloppeFormats

/// The `risk` block: distributions a person can state, each error with its path.
@Suite struct RiskDecoderTests {
    static func scenario(_ risk: String, intake: String = #"{"initial": 48, "rampUp": 4}"#) -> String {
        #"""
        {"title": "t", "preset": "bail-dabord-montpellier-2024", "rules": {"paymentTerms": {"advanceRate": "60 %"}}, "risk": \#(risk),
         "operators": [{"id": "a", "name": "A", "households": 64, "intake": \#(intake),
                        "staff": [{"title": "ES", "role": "socialWork", "fte": 8, "annualCostPerFTE": "52 000"}]}]}
        """#
    }

    func errors(_ risk: String, intake: String = #"{"initial": 48, "rampUp": 4}"#) -> [InputError] {
        do {
            return Validation.problems(try ScenarioDecoder.decode(Array(RiskDecoderTests.scenario(risk, intake: intake).utf8)))
        } catch { return error.errors }
    }

    @Test func everyKindOfDistributionIsRead() throws {
        let text = RiskDecoderTests.scenario(
            #"""
            {"paymentDelays": {"ddets": {"advance": {"min": 0, "max": 6}, "balance": {"min": 0, "likely": 2, "max": 6}},
                               "metropole": {"advance": {"values": [0, 3], "weights": [3, 1]}}},
             "rampUp": 4, "earlyExitRate": {"min": "0 %", "likely": "5 %", "max": "12,5 %"}, "refillDelayMonths": {"values": [0, 1]},
             "staffVacancyMonths": {"min": 0, "likely": 1, "max": 3}, "overdraftLimit": "50 000", "bridging": {"overdraftRate": "6 %"}}
            """#)
        let risk = try #require(try ScenarioDecoder.decode(Array(text.utf8)).risk)
        #expect(
            risk.paymentDelays == [
                RiskSettings.PaymentDelay(funder: "ddets", advance: .uniform(min: 0, max: 6), balance: .triangular(min: 0, likely: 2, max: 6)),
                RiskSettings.PaymentDelay(funder: "metropole", advance: .weighted([.init(value: 0, weight: 3), .init(value: 3, weight: 1)])),
            ])
        #expect(risk.rampUp == .fixed(4))
        #expect(risk.earlyExitRate == .triangular(min: 0, likely: 500, max: 1_250))
        #expect(risk.refillDelayMonths == .weighted([.init(value: 0, weight: 1), .init(value: 1, weight: 1)]))
        #expect(risk.overdraftLimit == Money(cents: 5_000_000))
        #expect(risk.bridging == .overdraft(annualRate: Rate(percent: 6)))
        // The triangle's weights (see Distribution): 0 (3), 1 (6), 2 (4), 3 (2); its median is 1.
        #expect(risk.staffVacancyMonths?.support.map(\.weight) == [3, 6, 4, 2])
        #expect(risk.staffVacancyMonths?.median == 1)
        #expect(Validation.problems(try ScenarioDecoder.decode(Array(text.utf8))) == [])
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        let id: String
        let risk: String
        var intake = #"{"initial": 48, "rampUp": 4}"#
        let error: InputError
        var testDescription: String { id }
    }

    @Test(arguments: [
        BadCase(
            id: "likely beyond max", risk: #"{"refillDelayMonths": {"min": 0, "likely": 5, "max": 3}}"#,
            error: InputError("risk.refillDelayMonths.likely", .outsideBounds(text: "5", low: "0", high: "3"))),
        BadCase(
            id: "max below min", risk: #"{"paymentDelays": {"ddets": {"advance": {"min": 4, "max": 2}}}}"#,
            error: InputError("risk.paymentDelays.ddets.advance.max", .outsideBounds(text: "2", low: "4", high: "36"))),
        BadCase(
            id: "a delay beyond 36 months", risk: #"{"paymentDelays": {"ddets": {"balance": 40}}}"#,
            error: InputError("risk.paymentDelays.ddets.balance", .outOfRange(text: "40", minimum: 0, maximum: 36))),
        BadCase(
            id: "weights and values differ in number", risk: #"{"rampUp": {"values": [2, 4], "weights": [1]}}"#,
            error: InputError("risk.rampUp.weights", .countMismatch(expected: 2, found: 1))),
        BadCase(
            id: "values and a range", risk: #"{"rampUp": {"values": [2, 4], "min": 1}}"#,
            error: InputError("risk.rampUp.min", .exactlyOneOf(["values", "min, max"]))),
        BadCase(
            id: "a rate finer than a hundredth of a percent", risk: #"{"earlyExitRate": "5,125 %"}"#,
            error: InputError(
                "risk.earlyExitRate", .invalidNumber(expected: .rate, text: "5,125 %", failure: .tooManyFractionDigits(allowed: 2)))),
        BadCase(
            id: "no household entering", risk: #"{"rampUp": {"min": 0, "max": 4}}"#,
            error: InputError("risk.rampUp.min", .outOfRange(text: "0", minimum: 1, maximum: 1_000_000_000))),
        BadCase(
            id: "two costs of bridging", risk: #"{"bridging": {"overdraftRate": "6 %", "assignmentRate": "1 %"}}"#,
            error: InputError("risk.bridging.assignmentRate", .exactlyOneOf(["overdraftRate", "assignmentRate"]))),
        BadCase(
            id: "typo", risk: #"{"rampup": 4}"#,
            error: InputError("risk.rampup", .unknownField(allowed: ScenarioDecoder.keys["risk"]!))),
        BadCase(
            id: "unknown funder", risk: #"{"paymentDelays": {"departement": {"advance": 3}}}"#,
            error: InputError("risk.paymentDelays.departement", .notOneOf(text: "departement", allowed: ["ddets", "metropole"]))),
        BadCase(
            id: "ramp-up where none ramps up", risk: #"{"rampUp": {"min": 2, "max": 4}}"#, intake: #"{"entries": [64]}"#,
            error: InputError("risk.rampUp", .nothingToVary(requires: "operators[].intake.rampUp"))),
    ])
    func badRiskNamesItsField(_ c: BadCase) {
        #expect(errors(c.risk, intake: c.intake).first == c.error)
    }
}
