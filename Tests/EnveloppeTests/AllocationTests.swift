import Testing

@testable import Enveloppe

@Suite struct AllocationTests {
    typealias C = Allocation.Candidate

    @Test func amlByHand() throws {
        // 58 measures by population (scenario's hypothesis): Artois 280 000, Lens-Hénin 370 000 inhabitants.
        // Exact shares 58 × 280/650 = 24,98… and 58 × 370/650 = 33,01…; floors 24 + 33 = 57, the 58th measure to the
        // larger remainder (0,98, Artois): 25 and 33.
        let shares = try Allocation.allocate(
            58, among: [C(id: "artois", name: "Artois", weight: 280_000), C(id: "lens-henin", name: "Lens-Hénin", weight: 370_000)],
            method: .proportional)
        #expect(shares == [25, 33])
    }

    @Test func boundsAreMetAndTheRestSharedAgain() throws {
        // 100 measures, equal weights for A, B, C; A at most 20, C at least 45: A 20, C 45 at least; the 80 left for B and C
        // split equally (40/40) would put C under 45, so C is held at 45 and B gets 35.
        let shares = try Allocation.allocate(
            100,
            among: [C(id: "a", name: "A", weight: 1, maximum: 20), C(id: "b", name: "B", weight: 1), C(id: "c", name: "C", weight: 1, minimum: 45)],
            method: .proportional)
        #expect(shares == [20, 35, 45])
    }

    /// By weight too, never more than asked: 50 measures, weights 3, 1, 1; A at most 10, B at least 20, C asks 5.
    /// Without C's request, A 10 and B and C 20 each; with it, C is held at 5 and B takes the 15 C does not ask for.
    @Test func byWeightNeverMoreThanAsked() throws {
        let candidates = [
            C(id: "a", name: "A", weight: 3, maximum: 10), C(id: "b", name: "B", weight: 1, minimum: 20),
            C(id: "c", name: "C", requested: 5, weight: 1, minimum: 2),
        ]
        #expect(try Allocation.allocate(50, among: candidates, method: .proportional) == [10, 35, 5])
    }

    @Test func proRataNeverGivesMoreThanAsked() throws {
        // Asked 30 + 10 + 60 = 100 for 80: 24, 8, 48 (80 %).
        #expect(
            try Allocation.allocate(
                80, among: [C(id: "a", name: "A", requested: 30), C(id: "b", name: "B", requested: 10), C(id: "c", name: "C", requested: 60)],
                method: .proRataOfRequests) == [24, 8, 48])
        // Undersubscribed: everyone gets what it asked, the rest stays unallocated.
        #expect(
            try Allocation.allocate(
                200, among: [C(id: "a", name: "A", requested: 30), C(id: "b", name: "B", requested: 10)], method: .proRataOfRequests) == [30, 10])
        // A capped candidate's share goes to the others: B may take at most 5 of its 10.
        #expect(
            try Allocation.allocate(
                40, among: [C(id: "a", name: "A", requested: 40), C(id: "b", name: "B", requested: 10, maximum: 5)], method: .proRataOfRequests) == [
                    35, 5,
                ])
    }

    @Test func byRankUntilTheEnvelopeIsUsedUp() throws {
        let candidates = [
            C(id: "a", name: "A", requested: 30, rank: 2), C(id: "b", name: "B", requested: 50, rank: 1),
            C(id: "c", name: "C", requested: 30, minimum: 25, rank: 3), C(id: "d", name: "D", requested: 10, rank: 4),
        ]
        // B 50, A 30, 20 left: C's minimum of 25 no longer fits, so D gets its 10; 10 unallocated.
        #expect(try Allocation.allocate(100, among: candidates, method: .byRank) == [30, 50, 0, 10])
    }

    @Test func inconsistentInputsAreErrors() {
        #expect(throws: Allocation.Failure.minimumsExceedEnvelope(minimums: 30, envelope: 20)) {
            try Allocation.allocate(
                20, among: [C(id: "a", name: "A", weight: 1, minimum: 15), C(id: "b", name: "B", weight: 1, minimum: 15)], method: .proportional)
        }
        #expect(throws: Allocation.Failure.missing(index: 0, field: "requested")) {
            try Allocation.allocate(20, among: [C(id: "a", name: "A")], method: .proRataOfRequests)
        }
        // By weight, every candidate needs one: left out, it is a mistake in the file, not a zero share.
        #expect(throws: Allocation.Failure.missing(index: 1, field: "weight")) {
            try Allocation.allocate(20, among: [C(id: "a", name: "A", weight: 1), C(id: "b", name: "B")], method: .proportional)
        }
        #expect(throws: Allocation.Failure.duplicateIdentifier("a")) {
            try Allocation.allocate(20, among: [C(id: "a", name: "A", weight: 1), C(id: "a", name: "B", weight: 1)], method: .proportional)
        }
    }

    @Test(arguments: Allocation.Method.allCases)
    func aMinimumAboveTheRequestIsSaidInWords(_ method: Allocation.Method) {
        // Whatever the method: a candidate never gets more than it asks, so a minimum above the request is refused.
        #expect(throws: Allocation.Failure.minimumAboveRequest(index: 1)) {
            try Allocation.allocate(
                20,
                among: [
                    C(id: "a", name: "A", requested: 10, weight: 1, rank: 1), C(id: "b", name: "B", requested: 5, weight: 1, minimum: 8, rank: 2),
                ],
                method: method)
        }
    }

    @Test(arguments: 0..<400)
    func lawsOnGeneratedCalls(_ seed: Int) throws {
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &* 6_151)
        let count = Int(random.next(in: 1...9))
        let method = Allocation.Method.allCases[Int(random.next(in: 0...2))]
        let total = random.next(in: 0...2_000)
        var candidates: [C] = []
        for index in 0..<count {
            let requested = random.next(in: 0...600)
            // A minimum above the request is refused (a candidate never gets more than it asks): kept below it here.
            let minimum = random.next(in: 0...3) == 0 ? min(random.next(in: 0...40), requested) : 0
            let maximum = random.next(in: 0...2) == 0 ? minimum + random.next(in: 0...300) : nil
            candidates.append(
                C(
                    id: "c\(index)", name: "C\(index)", requested: requested, weight: random.next(in: 0...50),
                    minimum: minimum, maximum: maximum, rank: Int(random.next(in: 1...5))))
        }
        let minimums = candidates.reduce(Int64(0)) { sum, c in
            sum + (method == .proRataOfRequests ? min(c.minimum, c.requested!, c.maximum ?? .max) : c.minimum)
        }
        if minimums > total && method != .byRank {
            #expect(throws: Allocation.Failure.minimumsExceedEnvelope(minimums: minimums, envelope: total)) {
                try Allocation.allocate(total, among: candidates, method: method)
            }
            return
        }
        let shares = try Allocation.allocate(total, among: candidates, method: method)
        // Never more than the envelope, no negative share, every bound met.
        #expect(shares.reduce(0, +) <= total)
        for (candidate, share) in zip(candidates, shares) {
            #expect(share >= 0)
            if let maximum = candidate.maximum { #expect(share <= maximum) }
            if method == .proportional { #expect(share >= candidate.minimum) }
            if method == .proRataOfRequests { #expect(share >= min(candidate.minimum, candidate.requested!, candidate.maximum ?? .max)) }
            if let requested = candidate.requested { #expect(share <= requested) }
        }
        // Conservation: proportional gives everything out when the candidates with a weight can take it (each up to its
        // request and its maximum), those without one keeping their minimum.
        let room = candidates.reduce(Int64(0)) { sum, c in
            sum + ((c.weight ?? 0) > 0 ? min(c.requested ?? .max / 16, c.maximum ?? .max / 16) : c.minimum)
        }
        if method == .proportional, room >= total {
            #expect(shares.reduce(0, +) == total)
        }
        // Order independence: the same shares, whatever the order of the candidates.
        let reversed = try Allocation.allocate(total, among: candidates.reversed(), method: method)
        #expect(Array(reversed.reversed()) == shares)
        let rotation = Int(random.next(in: 0...Int64(count - 1)))
        let rotated = try Allocation.allocate(total, among: Array(candidates[rotation...] + candidates[..<rotation]), method: method)
        #expect(Array(rotated[(count - rotation)...] + rotated[..<(count - rotation)]) == shares)
    }
}
