import Testing

@testable import Enveloppe
@testable import EnveloppeRules

@Suite struct ExplainedTests {
    @Test func aTreeThatIsNotTheComputationIsCaught() {
        // 40 + 50 claimed to be 100: re-evaluation says 90.
        let wrong = Explained(
            .money(Money(cents: 10_000)),
            .operation(.sum, [.field(.money(Money(cents: 4_000)), path: "a"), .field(.money(Money(cents: 5_000)), path: "b")]))
        #expect((try? wrong.reevaluated()) == .money(Money(cents: 9_000)))
        #expect((try? wrong.reevaluated()) != wrong.value)
    }

    @Test func operationsComputeFromTheirOperands() throws {
        // 7 000 € × 181 household-months / 12 household-months = 105 583,33 € (rounded once).
        let sf = try Explained.scaled(
            .parameter(.money(Money(cents: 700_000)), .scenario(path: "rate")),
            by: .projection(.unitMonths(hundredths: 18_100, unit: .household), of: "intake"),
            over: .constant(.unitMonths(hundredths: 1_200, unit: .household)))
        #expect(sf.value == .money(Money(cents: 10_558_333)))
        let advance = try Explained.rated(.field(.money(Money(cents: 14_000_000)), path: "g"), .constant(.rate(Rate(percent: 60))))
        #expect(advance.money == Money(cents: 8_400_000))
        #expect(try Explained.positiveDifference(advance, sf).money == .zero)
        #expect(try Explained.positiveDifference(sf, advance).money == Money(cents: 2_158_333))
        #expect(sf.sources == [.scenario(path: "rate"), .scenario(path: "intake")])
    }
}
