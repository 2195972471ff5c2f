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

    /// An amount scaled in 64 bits (when the product fits) is the amount scaled in 128 bits, for every rule, sign and
    /// size: generated amounts, numerators and denominators, small and near the limits.
    @Test func scalingIn64BitsIsScalingIn128() throws {
        var random = ApportionmentTests.SplitMix64(state: 64_128)
        let edges: [Int64] = [0, 1, -1, 2, -2, 3, 12, -12, 100, 999_999, .max, .min, .max - 1, .min + 1, 1 << 31, -(1 << 31), 1 << 32]
        func pick() -> Int64 {
            switch random.next() % 4 {
            case 0: edges[Int(random.next() % UInt64(edges.count))]
            case 1: Int64(bitPattern: random.next())
            case 2: Int64(bitPattern: random.next()) >> 33
            default: Int64(bitPattern: random.next()) % 100_000
            }
        }
        var compared = 0
        for _ in 0..<20_000 {
            let (cents, numerator, denominator) = (pick(), pick(), pick())
            guard denominator != 0 else { continue }
            for rule in RoundingRule.allCases {
                let scaled = try? Money(cents: cents).scaled(by: numerator, over: denominator, rounding: rule)
                var (n, d) = (Int128(cents) * Int128(numerator), Int128(denominator))
                if d < 0 { (n, d) = (-n, -d) }
                let expected = Int64(exactly: rule.divide(n, by: d))
                #expect(scaled?.cents == expected, "\(cents) × \(numerator) / \(denominator), \(rule)")
                compared += 1
            }
        }
        #expect(compared > 50_000)
    }
}
