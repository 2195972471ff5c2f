import Enveloppe
import Testing

@testable import EnveloppeFormats

/// `rules.paymentTerms`: instalments and one funder's own terms, read with the path of every error.
@Suite struct PaymentTermsDecoderTests {
    static func scenario(_ terms: String) -> String {
        #"""
        {"title": "t", "preset": "bail-dabord-montpellier-2024", "rules": {"paymentTerms": \#(terms)},
         "operators": [{"id": "a", "name": "A", "households": 64, "staff": [{"title": "ES", "role": "socialWork", "fte": 8, "annualCostPerFTE": "52 000"}]}]}
        """#
    }

    func errors(_ terms: String) -> [InputError] {
        do {
            let scenario = try ScenarioDecoder.decode(Array(PaymentTermsDecoderTests.scenario(terms).utf8))
            return Validation.problems(scenario)
        } catch { return error.errors }
    }

    @Test func instalmentsAndFundersAreRead() throws {
        let scenario = try ScenarioDecoder.decode(
            Array(
                PaymentTermsDecoderTests.scenario(
                    #"{"instalments": [{"rate": "60 %", "delayMonths": 2}, {"rate": "20 %", "delayMonths": 6}], "balanceDelayMonths": 5, "funders": {"metropole": {"advanceRate": "50 %", "advanceDelayMonths": 4}}}"#
                ).utf8))
        #expect(scenario.rules.instalments == [.init(rate: Rate(percent: 60), delayMonths: 2), .init(rate: Rate(percent: 20), delayMonths: 6)])
        #expect(scenario.rules.balanceDelayMonths == 5)
        #expect(scenario.rules.funderTerms == ["metropole": RuleSettings.Terms(advanceRate: Rate(percent: 50), advanceDelayMonths: 4)])
        let resolved = try ResolvedScenario(scenario)
        // The general terms: 60 % two months after the start, then 20 % at six months.
        #expect(resolved.terms.value.advanceRate == Rate(percent: 60) && resolved.terms.value.advanceDelayMonths == 2)
        #expect(resolved.terms.value.laterInstalments == [.init(rate: Rate(percent: 20), delayMonths: 6)])
        // The Métropole's own advance replaces both: one advance of 50 % at four months, the general balance delay.
        let metropole = resolved.terms(of: "fsl").value
        #expect(metropole.advanceRate == Rate(percent: 50) && metropole.advanceDelayMonths == 4 && metropole.laterInstalments.isEmpty)
        #expect(metropole.balanceDelayMonths == 5)
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        let id: String
        let terms: String
        let error: InputError
        var testDescription: String { id }
    }

    @Test(arguments: [
        BadCase(
            id: "instalments and an advance rate", terms: #"{"advanceRate": "60 %", "instalments": [{"rate": "60 %", "delayMonths": 1}]}"#,
            error: InputError("rules.paymentTerms.advanceRate", .exactlyOneOf(["instalments", "advanceRate, advanceDelayMonths"]))),
        BadCase(
            id: "more than the grant", terms: #"{"instalments": [{"rate": "60 %", "delayMonths": 1}, {"rate": "50 %", "delayMonths": 3}]}"#,
            error: InputError("rules.paymentTerms.instalments", .ratesAboveWhole(total: Rate(110, over: 100)))),
        BadCase(
            id: "months out of order", terms: #"{"instalments": [{"rate": "60 %", "delayMonths": 4}, {"rate": "20 %", "delayMonths": 3}]}"#,
            error: InputError("rules.paymentTerms.instalments[1].delayMonths", .outsideBounds(text: "3", low: "4", high: "36"))),
        BadCase(
            id: "no instalment", terms: #"{"instalments": []}"#, error: InputError("rules.paymentTerms.instalments", .emptyList)),
        BadCase(
            id: "typo in an instalment", terms: #"{"instalments": [{"rate": "60 %", "delay": 1}]}"#,
            error: InputError("rules.paymentTerms.instalments[0].delay", .unknownField(allowed: ["rate", "delayMonths"]))),
        BadCase(
            id: "unknown funder", terms: #"{"advanceRate": "60 %", "funders": {"region": {"advanceDelayMonths": 3}}}"#,
            error: InputError("rules.paymentTerms.funders.region", .notOneOf(text: "region", allowed: ["ddets", "metropole"]))),
        BadCase(
            id: "balance delay of a funder beyond 36 months", terms: #"{"advanceRate": "60 %", "funders": {"ddets": {"balanceDelayMonths": 40}}}"#,
            error: InputError("rules.paymentTerms.funders.ddets.balanceDelayMonths", .outOfRange(text: "40", minimum: 1, maximum: 36))),
    ])
    func badTermsNameTheirField(_ c: BadCase) {
        #expect(errors(c.terms).first == c.error)
    }
}
