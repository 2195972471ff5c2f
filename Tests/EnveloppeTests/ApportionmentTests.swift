import Testing

@testable import Enveloppe

@Suite struct ApportionmentTests {
    struct SplitCase: Sendable, CustomTestStringConvertible {
        let id: String
        let total: Int64
        let weights: [Int64]
        let expected: [Int64]
        var testDescription: String { id }
    }

    @Test(arguments: [
        SplitCase(id: "100 over 3 equal: the tie goes to the smaller key", total: 100, weights: [1, 1, 1], expected: [34, 33, 33]),
        SplitCase(id: "AML: 58 measures by 26 and 32", total: 58, weights: [26, 32], expected: [26, 32]),
        SplitCase(
            id: "IML 350 000 € by households 16/24/24", total: 35_000_000, weights: [16, 24, 24], expected: [8_750_000, 13_125_000, 13_125_000]),
        SplitCase(id: "1 cent over 2: larger weight wins the tie", total: 1, weights: [1, 2], expected: [0, 1]),
        SplitCase(id: "zero weight gets zero", total: 10, weights: [0, 3, 0], expected: [0, 10, 0]),
        SplitCase(id: "negative total splits its magnitude", total: -100, weights: [1, 1, 1], expected: [-34, -33, -33]),
        SplitCase(id: "10 over 7/2/1 by largest remainder", total: 10, weights: [7, 2, 1], expected: [7, 2, 1]),
        SplitCase(id: "5 over 3/3/3 ", total: 5, weights: [3, 3, 3], expected: [2, 2, 1]),
    ])
    func splits(_ c: SplitCase) throws {
        let keys = c.weights.indices.map { "k\($0)" }
        let parts = try Apportionment.largestRemainder(c.total, weights: Array(zip(keys, c.weights)).map { (key: $0, weight: $1) })
        #expect(parts == c.expected)
    }

    @Test func refusesNegativeWeightsAndAllZero() throws {
        #expect(throws: Apportionment.Failure.negativeWeight(index: 1)) {
            try Apportionment.largestRemainder(10, weights: [(key: "a", weight: 1), (key: "b", weight: -1)])
        }
        #expect(throws: Apportionment.Failure.noWeight) {
            try Apportionment.largestRemainder(10, weights: [(key: "a", weight: 0)])
        }
        #expect(try Apportionment.largestRemainder(0, weights: [(key: "a", weight: 0)]) == [0])
    }

    /// A small deterministic generator (no clock, no global state): the same seed gives the same cases.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func next(in range: ClosedRange<Int64>) -> Int64 {
            range.lowerBound + Int64(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
    }

    @Test(arguments: 0..<400)
    func lawsHoldOnGeneratedSplits(_ seed: Int) throws {
        var random = SplitMix64(state: UInt64(seed))
        let count = Int(random.next(in: 1...12))
        let total = random.next(in: -1_000_000...100_000_000_000)
        var weights = (0..<count).map { index in
            (key: "op-\(index)", weight: random.next(in: 0...3) == 0 ? Int64(0) : random.next(in: 1...1_000))
        }
        if weights.allSatisfy({ $0.weight == 0 }) { weights[0].weight = 1 }
        let parts = try Apportionment.largestRemainder(total, weights: weights)
        let weightSum = weights.reduce(Int128(0)) { $0 + Int128($1.weight) }

        // Conservation: the parts add up to the whole.
        #expect(parts.reduce(0, +) == total)
        for (index, part) in parts.enumerated() {
            // Each part lies between the floor and the ceiling of its exact share.
            let exact = Int128(total.magnitude) * Int128(weights[index].weight)
            let floor = exact / weightSum
            let ceiling = floor + (exact % weightSum == 0 ? 0 : 1)
            #expect((floor...ceiling).contains(Int128(part.magnitude)))
            // No negative share of a non-negative total; a zero weight gets zero.
            if total >= 0 { #expect(part >= 0) }
            if weights[index].weight == 0 { #expect(part == 0) }
        }
        // Order independence: reversing and rotating the input moves the parts with their keys.
        let reversed = try Apportionment.largestRemainder(total, weights: weights.reversed())
        #expect(Array(reversed.reversed()) == parts)
        let rotation = Int(random.next(in: 0...Int64(count - 1)))
        let rotated = Array(weights[rotation...] + weights[..<rotation])
        let rotatedParts = try Apportionment.largestRemainder(total, weights: rotated)
        #expect(Array(rotatedParts[(count - rotation)...] + rotatedParts[..<(count - rotation)]) == parts)
        // Scaling every weight changes nothing.
        let scaled = try Apportionment.largestRemainder(total, weights: weights.map { (key: $0.key, weight: $0.weight * 7) })
        #expect(scaled == parts)
    }

    @Test func moneySplitsAddBackToTheWhole() throws {
        let parts = try Money(euros: 227_000).allocated(proportionally: [(key: "a", weight: 150), (key: "b", weight: 150), (key: "c", weight: 500)])
        #expect(try Money.sum(parts) == Money(euros: 227_000))
        #expect(parts.map(\.cents) == [4_256_250, 4_256_250, 14_187_500])
    }
}
