import Testing

@testable import Enveloppe

/// `enveloppe risk` (issue 17): the lean run against the report, percentiles worked by hand,
/// determinism under a seed and across threads, and a scenario with nothing uncertain.
@Suite struct RiskTests {
    static func euros(_ value: Int64) -> Money { Money(cents: value * 100) }

    /// VIAL AMI 2 (convention Nov 2025 – Oct 2026), 12 households from the first month, one post of
    /// 36 000 € a year (3 000 € a month), nothing else: grant 12 × 7 000 = 84 000 €, advance 60 % =
    /// 50 400 € in the first month (delay 0), balance 33 600 € six months after the end (Apr 2027).
    static func vial(risk: RiskSettings?, staff: StaffPost? = nil) -> Scenario {
        var scenario = Scenario(
            title: "test", description: "", preset: "vial-pas-de-calais-2025-ami2",
            rules: RuleSettings(advanceDelayMonths: 0, balanceDelayMonths: 6),
            operators: [
                Operator(
                    id: "a", name: "A", households: 12,
                    staff: [staff ?? StaffPost(title: "ES", role: .socialWork, fte: FTE(1), annualCostPerFTE: euros(36_000))])
            ])
        scenario.risk = risk
        return scenario
    }

    /// The advance of the Département late by 0 to 6 months, every month alike; the rest fixed.
    static let lateAdvance = RiskSettings(
        paymentDelays: [.init(funder: "departement", advance: .uniform(min: 0, max: 6))], overdraftLimit: euros(10_000),
        bridging: .overdraft(annualRate: Rate(percent: 12)))

    /// Worked by hand. With the advance k months late (k = 0…6, each with probability 1/7), the cash at the
    /// end of month t (t = 0 for Nov 2025) is −3 000 × (t + 1), plus 50 400 from month k on:
    /// - k = 0: the lowest month-end is Oct 2026, −36 000 + 50 400 = 14 400 €;
    /// - k ≥ 1: the lowest is the month before the advance, −3 000 × k: −3 000, −6 000, …, −18 000 €.
    /// Sorted, the seven values are −18 000, −15 000, −12 000, −9 000, −6 000, −3 000, 14 400, each 1/7 (14,3 %):
    /// - P10: the first value already holds 14,3 % ≥ 10 % → −18 000 €;
    /// - P50: three values hold 42,9 % < 50 %, four 57,1 % → −9 000 €;
    /// - P90: six values hold 85,7 % < 90 %, seven 100 % → 14 400 €.
    /// Below zero: k ≥ 1, 6/7 = 85,7 %. Below the 10 000 € overdraft limit: k ≥ 4, 3/7 = 42,9 %.
    /// The final result does not move: 84 000 − 36 000 = 48 000 €. No reversement.
    /// Overdraft at 12 % a year, 1 % a month on each month-end below zero: 1 % × 3 000 × (1 + … + k) = 15 k(k + 1) €,
    /// so 0, 30, 90, 180, 300, 450, 630 €, on average 1 680 / 7 = 240 €.
    /// The margins (10 % against 14,3 %, 50 % against 42,9 and 57,1 %, 90 % against 85,7 %) are more than five
    /// standard deviations of a frequency over 7 000 runs: the percentiles are exact, the shares close.
    @Test func oneDelayUniformOverSevenMonthsWorkedByHand() throws {
        let report = try RunReport(scenario: RiskTests.vial(risk: RiskTests.lateAdvance))
        let risk = try RiskReport(report: report, runs: 7_000, seed: 2025)
        #expect(risk.lowest == Percentiles([RiskTests.euros(-18_000), RiskTests.euros(-9_000), RiskTests.euros(14_400)]))
        #expect(risk.lowest.p10 == RiskTests.euros(-18_000) && risk.lowest.p50 == RiskTests.euros(-9_000))
        #expect(risk.lowest.p90 == RiskTests.euros(14_400))
        #expect(risk.finalResult.p10 == RiskTests.euros(48_000) && risk.finalResult.p90 == RiskTests.euros(48_000))
        let near = { (share: RunShare, sevenths: Int) in abs(share.count * 7 - sevenths * share.runs) < share.runs * 7 / 50 }  // within 2 points
        #expect(near(risk.belowZero, 6))
        #expect(near(try #require(risk.beyondOverdraftLimit), 3))
        #expect(risk.reversement.count == 0 && risk.reversementP90 == nil)
        let expected = try #require(risk.expectedBridgingCost)
        #expect(abs(expected.cents - 24_000) < 1_500, "expected cost \(expected), 240 € by hand")
        // The scenario as written (k = 0) and the central value (k = 3, the median).
        #expect(risk.asWritten.lowest == RiskTests.euros(14_400) && risk.central.lowest == RiskTests.euros(-9_000))
        // Month 2 (Jan 2026): 41 400 € if k ≤ 2 (3/7), −9 000 € otherwise (4/7).
        #expect(risk.months[2].treasury == Percentiles([RiskTests.euros(-9_000), RiskTests.euros(41_400)].flatMap { [$0, $0, $0] }))
        #expect(risk.months[2].treasury.p50 == RiskTests.euros(-9_000) && risk.months[2].treasury.p90 == RiskTests.euros(41_400))
        #expect(risk.months[2].asWritten == RiskTests.euros(41_400))
        // Alone, the delay moves the low point from 14 400 € (on time) to −18 000 € (six months late).
        let swing = try #require(risk.sensitivity.first)
        #expect(swing.atLow.lowest == RiskTests.euros(14_400) && swing.atHigh.lowest == RiskTests.euros(-18_000))
        #expect(swing.lowestSwing == RiskTests.euros(32_400))
        #expect(swing.atLow.costPerHousehold == RiskTests.euros(3_000))  // 36 000 € of charges for 12 households
    }

    @Test func theSameSeedGivesTheSameResultWithAnyNumberOfThreads() throws {
        let report = try RunReport(scenario: RiskTests.vial(risk: RiskTests.lateAdvance))
        let one = try RiskReport(report: report, runs: 1_100, seed: 7, workers: 1)
        #expect(try RiskReport(report: report, runs: 1_100, seed: 7, workers: 2) == one)
        #expect(try RiskReport(report: report, runs: 1_100, seed: 7, workers: 3) == one)
        #expect(try RiskReport(report: report, runs: 1_100, seed: 7) == one)
        #expect(try RiskReport(report: report, runs: 1_100, seed: 8, workers: 1).belowZero != one.belowZero)
        // The first runs of a longer simulation are those of a shorter one.
        let engine = try TreasuryRun(report: report, inputs: one.inputs, bridging: nil)
        let short = try MonteCarlo.simulate(engine, inputs: one.inputs, posts: 1, runs: 600, seed: 7, workers: 2)
        let long = try MonteCarlo.simulate(engine, inputs: one.inputs, posts: 1, runs: 1_100, seed: 7, workers: 1)
        #expect(Array(long.prefix(600)) == short)
    }

    /// Nothing uncertain (only an overdraft limit; or every input fixed at the scenario's own value):
    /// every percentile of every month is the report's treasury.
    @Test(arguments: [
        RiskSettings(overdraftLimit: RiskTests.euros(5_000)),
        RiskSettings(paymentDelays: [.init(funder: "departement", advance: .fixed(0), balance: .fixed(0))], staffVacancyMonths: .fixed(0)),
    ])
    func nothingUncertainGivesTheReportAsEveryPercentile(_ settings: RiskSettings) throws {
        let report = try RunReport(scenario: RiskTests.vial(risk: settings))
        let risk = try RiskReport(report: report, runs: 300, seed: 1)
        for (month, row) in zip(risk.months, report.months) {
            #expect(month.month == row.month)
            #expect(month.treasury == Percentiles([row.treasury]) && month.asWritten == row.treasury)
        }
        #expect(risk.lowest == Percentiles([report.treasury.lowest.amount]))
        #expect(risk.finalResult == Percentiles([report.treasury.finalResult.amount]))
        #expect(risk.sensitivity.isEmpty)
    }

    /// An early-exit rate and a vacancy, fixed, worked by hand on the same scenario.
    @Test func earlyExitsAndAVacancyWorkedByHand() throws {
        // 25 % of 12 places = 3 households leave early, spread over months 1 to 11 of the convention:
        // ⌊3i/11⌋ − ⌊3(i−1)/11⌋ is 1 at i = 4, 8, 11 (Mar, Jul, Oct 2026). Measure-months 144 − 8 − 4 − 1 = 131;
        // service fait 131 × 7 000 / 12 = 76 416,666… → 76 416,67 €. The post opens two months late: 10 × 3 000 = 30 000 €.
        // Final result 76 416,67 − 30 000 = 46 416,67 €; 30 000 € for 12 households: 2 500 € each.
        let settings = RiskSettings(earlyExitRate: .fixed(2_500), staffVacancyMonths: .fixed(2))
        let report = try RunReport(scenario: RiskTests.vial(risk: settings))
        let risk = try RiskReport(report: report, runs: 50, seed: 1)
        #expect(risk.finalResult.p50 == Money(cents: 4_641_667))
        #expect(risk.central.costPerHousehold == RiskTests.euros(2_500) && risk.central.reversement == .zero)
        // As written, nothing changes: the report's own final result, 84 000 − 36 000.
        #expect(risk.asWritten.finalResult == report.treasury.finalResult.amount)
    }

    /// A reversement when places fill slowly: the 60 % advance is more than the service fait.
    @Test func aSlowRampUpEndsInAReversement() throws {
        // 12 places, 1 entry a month from Nov 2025: 1 + 2 + … + 12 = 78 measure-months, 78 × 7 000 / 12 = 45 500 €,
        // less than the 50 400 € advance: 4 900 € to pay back. At 12 a month: 144, no reversement.
        var scenario = RiskTests.vial(risk: RiskSettings(rampUp: .weighted([.init(value: 1, weight: 1), .init(value: 12, weight: 1)])))
        scenario.operators[0].intake = Intake(entries: .rampUp(perMonth: 12))
        let risk = try RiskReport(report: try RunReport(scenario: scenario), runs: 2_000, seed: 3)
        #expect(risk.reversementP90 == RiskTests.euros(4_900))
        #expect(abs(risk.reversement.count - 1_000) < 100)
        #expect(risk.sensitivity[0].atLow.reversement == RiskTests.euros(4_900) && risk.sensitivity[0].atHigh.reversement == .zero)
    }

    @Test func aScenarioWithoutRiskBlockSaysSo() throws {
        #expect(throws: InputError("risk", .missing)) { try RiskReport(report: try RunReport(scenario: RiskTests.vial(risk: nil)), seed: 1) }
    }

    @Test func tooManyEarlyExitsAreRefusedWithTheirField() throws {
        // 100 % of 12 places in 11 months, from a ramp-up of one a month: more would leave than are there.
        var scenario = RiskTests.vial(risk: RiskSettings(earlyExitRate: .uniform(min: 0, max: 10_000)))
        scenario.operators[0].intake = Intake(entries: .rampUp(perMonth: 1))
        let report = try RunReport(scenario: scenario)
        #expect {
            try RiskReport(report: report, runs: 10, seed: 1)
        } throws: { ($0 as? InputError)?.path == "risk.earlyExitRate" }
    }
}
