import Testing

@testable import Enveloppe

/// Figures worked from the calls' texts, by hand, then compared with the library.
@Suite struct EnvelopeArithmeticTests {
    let vial = UnitPrice(amount: Money(cents: 700_000), perUnitMonthHundredths: 1_200)  // 7 000 € per 12 household-months

    @Test func serviceFaitIsRoundedOnceNotPerMonth() throws {
        // 181 × 7 000 / 12 = 105 583,333… → 105 583,33 €; per month it would be 181 × 583,33 = 105 582,73 €.
        #expect(try vial.cost(ofUnitMonthHundredths: 18_100) == Money(cents: 10_558_333))
        #expect(try vial.perUnit(months: 1) == Money(cents: 58_333))
        #expect(try vial.perUnit(months: 1).multiplied(by: 181) == Money(cents: 10_558_273))
    }

    @Test func montpellierUnitCosts() throws {
        let iml = UnitPrice(amount: Money(cents: 35_000_000), units: 64, months: 12)
        let fsl = UnitPrice(amount: Money(cents: 22_700_000), units: 8, months: 12)
        #expect(try iml.perUnit(months: 12) == Money(cents: 546_875))  // 350 000 / 64 = 5 468,75
        #expect(try iml.perUnit(months: 1) == Money(cents: 45_573))  // 350 000 / 768 = 455,7291… → 455,73
        #expect(try fsl.perUnit(months: 12) == Money(cents: 2_837_500))  // 227 000 / 8 = 28 375
        #expect(try fsl.perUnit(months: 1) == Money(cents: 236_458))  // 227 000 / 96 = 2 364,5833… → 2 364,58
    }

    @Test func whatAnAmountFundsKeepsTheRemainder() throws {
        // 227 000 € at 7 000 € = 32 households and 3 000 € left (DOMAIN.md).
        let (households, remainder) = try Money(cents: 22_700_000).quotientAndRemainder(dividingBy: Money(cents: 700_000))
        #expect(households == 32 && remainder == Money(cents: 300_000))
        // AML: 58 measures at 5 000 € need 290 000 €.
        #expect(try Money(cents: 500_000).multiplied(by: 58) == Money(cents: 29_000_000))
    }

    @Test func advanceAndBalanceOnFullServiceFait() throws {
        // 577 000 × 60 % = 346 200; balance = 577 000 − 346 200 = 230 800.
        let schedule = try EnvelopeArithmeticTests.schedule(
            grant: Money(cents: 57_700_000), serviceFait: Money(cents: 57_700_000), terms: PaymentTerms(advanceRate: Rate(percent: 60)))
        #expect(schedule.advance == Money(cents: 34_620_000))
        #expect(schedule.balance == Money(cents: 23_080_000))
        #expect(schedule.reversement == .zero)
    }

    @Test func reversementWhenTheAdvanceExceedsTheServiceFait() throws {
        // 20 VIAL households: grant 140 000, advance 84 000; 122 measure-months: 71 166,67 → reversement 12 833,33.
        let serviceFait = try vial.cost(ofUnitMonthHundredths: 12_200)
        let schedule = try EnvelopeArithmeticTests.schedule(
            grant: Money(cents: 14_000_000), serviceFait: serviceFait, terms: PaymentTerms(advanceRate: Rate(percent: 60)))
        #expect(serviceFait == Money(cents: 7_116_667))
        #expect(schedule.balance == .zero)
        #expect(schedule.reversement == Money(cents: 1_283_333))
    }

    @Test func serviceFaitAboveTheGrantIsCapped() throws {
        let schedule = try EnvelopeArithmeticTests.schedule(
            grant: Money(cents: 10_000), serviceFait: Money(cents: 12_000), terms: PaymentTerms(advanceRate: Rate(percent: 60)))
        #expect(schedule.due == Money(cents: 10_000) && schedule.balance == Money(cents: 4_000))
    }

    @Test func truncationIsAvailableForPublicAccounting() throws {
        // 1 000,01 € × 60 % = 600,006 €: 600,01 € to nearest, 600,00 € "en négligeant les millimes".
        let grant = Money(cents: 100_001)
        #expect(
            try EnvelopeArithmeticTests.schedule(grant: grant, serviceFait: grant, terms: PaymentTerms(advanceRate: Rate(percent: 60))).advance.cents
                == 60_001)
        #expect(
            try EnvelopeArithmeticTests.schedule(
                grant: grant, serviceFait: grant, terms: PaymentTerms(advanceRate: Rate(percent: 60), rounding: .towardZero)
            )
            .advance.cents == 60_000)
    }

    /// The payments of one period whose grant and service fait are given, computed as a report computes them.
    static func schedule(grant: Money, serviceFait: Money, terms: PaymentTerms) throws -> PaymentSchedule {
        let line = EnvelopeLine(
            id: "test", label: "Test", funder: Funder(id: "f", name: "F", subsidyLine: .state, keywords: []), unit: .household,
            pricing: .perUnitYear(rate: Cited(serviceFait, .scenario(path: "rate"))))
        let month = Explained.constant(.unitMonths(hundredths: 100, unit: .household))
        return try LinePayments(
            line: line, period: Period(start: YearMonth(year: 2025, month: 1), months: 12), periodIndex: 0, holder: nil, subject: "Test",
            grant: .field(.money(grant), path: "grant"), price: (.field(.money(serviceFait), path: "serviceFait"), month),
            planned: month, delivered: month, terms: Cited(terms, .scenario(path: "terms"))
        ).schedule
    }

    @Test(arguments: 0..<300)
    func paymentsAlwaysAddUpToWhatIsDue(_ seed: Int) throws {
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &* 31 &+ 7)
        let grant = Money(cents: random.next(in: 0...1_000_000_000))
        let serviceFait = Money(cents: random.next(in: 0...1_200_000_000))
        let rate = Rate(random.next(in: 0...100), over: 100)
        let schedule = try EnvelopeArithmeticTests.schedule(grant: grant, serviceFait: serviceFait, terms: PaymentTerms(advanceRate: rate))
        #expect(try schedule.advance + schedule.balance - schedule.reversement == min(serviceFait, grant))
        #expect(schedule.balance == .zero || schedule.reversement == .zero)
        #expect(schedule.balance >= .zero && schedule.reversement >= .zero && schedule.advance <= grant)
    }
}
