import Testing

@testable import Enveloppe

@Suite struct RateTests {
    @Test(arguments: [
        ("60 %", Rate(3, over: 5)), ("60%", Rate(3, over: 5)), ("12,5 %", Rate(1, over: 8)),
        ("0.6", Rate(3, over: 5)), ("0,25", Rate(1, over: 4)), ("100 %", Rate.one), ("0", Rate.zero),
    ])
    func parsesPercentagesAndFractions(_ text: String, _ expected: Rate) throws {
        #expect(try Rate(parsing: text) == expected)
    }

    @Test func isReducedWithAPositiveDenominator() {
        let rate = Rate(-6, over: -10)
        #expect(rate.numerator == 3 && rate.denominator == 5)
        #expect(Rate(2, over: -4) == Rate(-1, over: 2))
    }

    @Test func comparesExactly() {
        #expect(Rate(1, over: 3) < Rate(334, over: 1000))
        #expect(!(Rate(1, over: 4) < Rate(25, over: 100)))
    }

    @Test func givesAPercentageOnlyWhenItIsExact() {
        #expect(Rate(percent: 25).percentage(fractionDigits: 2)?.scaled == 2_500)
        #expect(Rate(1, over: 3).percentage(fractionDigits: 4) == nil)
    }
}
