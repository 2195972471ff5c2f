import Testing

@testable import Enveloppe

@Suite struct RoundingRuleTests {
    /// The table of RoundingRule's doc comment, in thousandths of a euro rounded to cents.
    @Test(arguments: [
        (2_345, RoundingRule.halfAwayFromZero, 235), (2_345, .towardZero, 234), (2_345, .down, 234),
        (2_355, .halfAwayFromZero, 236), (2_355, .towardZero, 235), (2_355, .down, 235),
        (-2_345, .halfAwayFromZero, -235), (-2_345, .towardZero, -234), (-2_345, .down, -235),
        (2_344, .halfAwayFromZero, 234), (2_346, .halfAwayFromZero, 235), (2_340, .down, 234),
    ])
    func matchesTheDocumentedTable(_ thousandths: Int, _ rule: RoundingRule, _ cents: Int) {
        #expect(rule.divide(Int128(thousandths), by: 10) == Int128(cents))
    }

    @Test func halfIsAwayFromZeroNotToEven() {
        // Foundation would give 2 (half to even); French spreadsheets' ROUND gives 3.
        #expect(RoundingRule.halfAwayFromZero.divide(5, by: 2) == 3)
        #expect(RoundingRule.halfAwayFromZero.divide(-5, by: 2) == -3)
    }
}
