import Testing

@testable import Enveloppe

@Suite struct SettlementTests {
    /// VIAL AMI 1, one association with 10 places, planned full from January (120 household-months).
    static let scenario = RunReportTests.vial(households: 10, staff: [RunReportTests.post(.socialWork, 100, 52_000)], charges: [])

    static func counts(_ values: [Int64?], operatorID: OperatorID = "a") -> [ActualCount] {
        values.enumerated().compactMap { month, value in
            value.map { ActualCount(month: YearMonth(year: 2025, month: month + 1), operatorID: operatorID, measures: $0, line: month + 2) }
        }
    }

    func settle(_ counts: [ActualCount], threshold: Rate = Rate(percent: 10)) throws -> Settlement {
        try Settlement(report: try RunReport(scenario: SettlementTests.scenario), counts: counts, threshold: threshold)
    }

    @Test func aYearWithASlowStartWorkedByHand() throws {
        // Counted: 2, 4, 6, 8, then 10 from May: 2 + 4 + 6 + 8 + 8 × 10 = 100 household-months.
        // Service fait 100 × 7 000 / 12 = 58 333,333… → 58 333,33. Grant 10 × 7 000 = 70 000, advance 60 % = 42 000,
        // balance 58 333,33 − 42 000 = 16 333,33. Planned 120 × 7 000 / 12 = 70 000: gap −11 666,67, −16,7 %: significant at 10 %.
        let s = try settle(SettlementTests.counts([2, 4, 6, 8, 10, 10, 10, 10, 10, 10, 10, 10]))
        let line = s.conventions[0]
        #expect(s.isComplete && !s.isForecast)
        #expect(line.serviceFaitForYear == Money(cents: 5_833_333) && line.serviceFaitToDate == line.serviceFaitForYear)
        #expect(line.grant == Money(cents: 7_000_000) && line.advance == Money(cents: 4_200_000))
        #expect(line.balance == Money(cents: 1_633_333) && line.reversement == .zero)
        #expect(line.gap == Money(cents: -1_166_667) && line.isSignificant)
        #expect(s.activity[0].countedMeasureMonths == 100 && s.activity[0].plannedMeasureMonths == 120)
    }

    @Test func aPartYearIsCompletedByThePlan() throws {
        // Counted to June: 2 + 4 + 6 + 8 + 10 + 10 = 40; July to December from the plan, 6 × 10 = 60: 100 for the year.
        let s = try settle(SettlementTests.counts([2, 4, 6, 8, 10, 10]))
        let line = s.conventions[0]
        #expect(s.isForecast && !s.isComplete && s.lastCounted == YearMonth(year: 2025, month: 6))
        #expect(line.unitMonthsToDate == 4_000 && line.unitMonthsForYear == 10_000)
        #expect(line.serviceFaitToDate == Money(cents: 2_333_333))  // 40 × 7 000 / 12 = 23 333,33
        #expect(line.serviceFaitForYear == Money(cents: 5_833_333))
    }

    @Test func aMissingMonthIsZeroAndFlagged() throws {
        let s = try settle(SettlementTests.counts([10, 10, nil, 10, 10, 10, 10, 10, 10, 10, 10, 10]))
        #expect(s.activity[0].monthsWithoutCount == [YearMonth(year: 2025, month: 3)])
        // 110 household-months: 110 × 7 000 / 12 = 64 166,67; the advance 42 000 leaves a balance of 22 166,67.
        #expect(s.conventions[0].serviceFaitForYear == Money(cents: 6_416_667))
        #expect(!s.isComplete)
    }

    @Test func anOperatorTheCountsNeverNameIsSaid() throws {
        // Two associations; the counts file has only A's twelve months: B's are all taken as zero, which the reports say
        // (a paste forgotten is likelier than a year without activity). A's months are counted: A is not flagged.
        let two = Scenario(
            title: "deux", description: "", preset: "vial-pas-de-calais-2025-ami1",
            operators: [
                Operator(id: "a", name: "A", households: 10, staff: [RunReportTests.post(.socialWork, 100, 52_000)]),
                Operator(id: "b", name: "B", households: 10, staff: [RunReportTests.post(.socialWork, 100, 52_000)]),
            ])
        let s = try Settlement(
            report: try RunReport(scenario: two), counts: SettlementTests.counts(Array(repeating: 10, count: 12)), threshold: Rate(percent: 10))
        #expect(s.activity.map(\.isUncounted) == [false, true])
        // One count of zero is a count: B is then counted, at zero.
        let zero =
            SettlementTests.counts(Array(repeating: 10, count: 12)) + [
                ActualCount(month: YearMonth(year: 2025, month: 1), operatorID: "b", measures: 0, line: 14)
            ]
        let counted = try Settlement(report: try RunReport(scenario: two), counts: zero, threshold: Rate(percent: 10))
        #expect(counted.activity.map(\.isUncounted) == [false, false])
    }

    /// An operator written as a person types it in a spreadsheet, its identifier in other capitals or its name as the
    /// reports print it, is that operator, counted as if written exactly; a name two operators share, or one near no
    /// operator, is still unknown.
    @Test func anOperatorWrittenAsAPersonWouldIsRead() throws {
        let operators = [
            Operator(id: "assoc-a", name: "Association A (fictive)", households: 10, staff: [RunReportTests.post(.socialWork, 100, 52_000)]),
            Operator(id: "assoc-b", name: "Même nom", households: 10, staff: [RunReportTests.post(.socialWork, 100, 52_000)]),
            Operator(id: "assoc-c", name: "Même nom", households: 10, staff: [RunReportTests.post(.socialWork, 100, 52_000)]),
        ]
        let scenario = Scenario(title: "trois", description: "", preset: "vial-pas-de-calais-2025-ami1", operators: operators)
        let report = try RunReport(scenario: scenario)
        let month = { (m: Int, id: OperatorID, line: Int) in
            ActualCount(month: YearMonth(year: 2025, month: m), operatorID: id, measures: 7, line: line)
        }
        let exact = try Settlement(report: report, counts: [month(1, "assoc-a", 2), month(2, "assoc-a", 3)], threshold: Rate(percent: 10))
        let typed = try Settlement(
            report: report, counts: [month(1, "Assoc-A", 2), month(2, " association a (FICTIVE) ", 3)], threshold: Rate(percent: 10))
        #expect(typed.activity == exact.activity && typed.conventions == exact.conventions)
        // The same month twice, under two spellings: one operator, said as a repeat under its identifier.
        #expect(
            Settlement.countProblems(report: report, counts: [month(1, "assoc-a", 2), month(1, "ASSOC-A", 3)]) == [
                ActualsError(line: 3, problem: .duplicate(firstLine: 2, month: YearMonth(year: 2025, month: 1), operatorID: "assoc-a"))
            ])
        #expect(
            Settlement.countProblems(report: report, counts: [month(1, "même nom", 2), month(1, "assoc-z", 3)]) == [
                ActualsError(line: 2, problem: .unknownOperator("même nom", known: ["assoc-a", "assoc-b", "assoc-c"])),
                ActualsError(line: 3, problem: .unknownOperator("assoc-z", known: ["assoc-a", "assoc-b", "assoc-c"])),
            ])
    }

    @Test func aVeryLowCountEndsInAReversement() throws {
        // 3 households all year: 36 × 7 000 / 12 = 21 000 < 42 000 advanced: reversement 21 000.
        let s = try settle(SettlementTests.counts(Array(repeating: 3, count: 12)))
        #expect(s.conventions[0].reversement == Money(cents: 2_100_000))
    }

    @Test func badCountsNameTheirLine() {
        #expect(throws: ActualsError(line: 2, problem: .unknownOperator("zz", known: ["a"]))) {
            try settle(SettlementTests.counts([10], operatorID: "zz"))
        }
        #expect(
            throws: ActualsError(
                line: 9,
                problem: .monthOutsideConvention(
                    YearMonth(year: 2026, month: 1), programme: Period(start: YearMonth(year: 2025, month: 1), months: 12)))
        ) {
            try settle([ActualCount(month: YearMonth(year: 2026, month: 1), operatorID: "a", measures: 1, line: 9)])
        }
        #expect(throws: ActualsError(line: 5, problem: .duplicate(firstLine: 4, month: YearMonth(year: 2025, month: 2), operatorID: "a"))) {
            try settle([
                ActualCount(month: YearMonth(year: 2025, month: 2), operatorID: "a", measures: 1, line: 4),
                ActualCount(month: YearMonth(year: 2025, month: 2), operatorID: "a", measures: 2, line: 5),
            ])
        }
        #expect(throws: ActualsError(line: 2, problem: .aboveCapacity(measures: 11, capacity: 10))) {
            try settle(SettlementTests.counts([11]))
        }
    }

    /// Every count at fault is found, in the counts' order, the good ones read on; the first is what settling throws.
    @Test func everyCountAtFaultIsFound() throws {
        let counts = [
            ActualCount(month: YearMonth(year: 2025, month: 1), operatorID: "zz", measures: 1, line: 2),
            ActualCount(month: YearMonth(year: 2025, month: 2), operatorID: "a", measures: 1, line: 3),
            ActualCount(month: YearMonth(year: 2025, month: 2), operatorID: "a", measures: 2, line: 4),
            ActualCount(month: YearMonth(year: 2026, month: 1), operatorID: "a", measures: 1, line: 5),
            ActualCount(month: YearMonth(year: 2025, month: 3), operatorID: "a", measures: 11, line: 6),
            ActualCount(month: YearMonth(year: 2025, month: 4), operatorID: "a", measures: 10, line: 7),
        ]
        let problems = Settlement.countProblems(report: try RunReport(scenario: SettlementTests.scenario), counts: counts)
        #expect(
            problems == [
                ActualsError(line: 2, problem: .unknownOperator("zz", known: ["a"])),
                ActualsError(line: 4, problem: .duplicate(firstLine: 3, month: YearMonth(year: 2025, month: 2), operatorID: "a")),
                ActualsError(
                    line: 5,
                    problem: .monthOutsideConvention(
                        YearMonth(year: 2026, month: 1), programme: Period(start: YearMonth(year: 2025, month: 1), months: 12))),
                ActualsError(line: 6, problem: .aboveCapacity(measures: 11, capacity: 10)),
            ])
        #expect(throws: problems[0]) { try settle(counts) }
        // A month counted again after a count refused for it is said too, in the same pass.
        let again = [
            ActualCount(month: YearMonth(year: 2025, month: 2), operatorID: "a", measures: 99, line: 2),
            ActualCount(month: YearMonth(year: 2025, month: 2), operatorID: "a", measures: 5, line: 3),
        ]
        #expect(
            Settlement.countProblems(report: try RunReport(scenario: SettlementTests.scenario), counts: again) == [
                ActualsError(line: 2, problem: .aboveCapacity(measures: 99, capacity: 10)),
                ActualsError(line: 3, problem: .duplicate(firstLine: 2, month: YearMonth(year: 2025, month: 2), operatorID: "a")),
            ])
        #expect(Settlement.countProblems(report: try RunReport(scenario: SettlementTests.scenario), counts: SettlementTests.counts([10])).isEmpty)
    }

    @Test func whatAnAmountFundsUnderEachCall() throws {
        let rows = try WhatIf.compare(amount: Money(cents: 22_700_000), households: 64)
        // VIAL: 227 000 / 7 000 = 32 households and 3 000 € left (DOMAIN.md). AML: 45 and 2 000.
        #expect(rows[1].funded?.households == 32 && rows[1].funded?.remainder == Money(cents: 300_000))
        #expect(rows[2].funded?.households == 45 && rows[2].funded?.remainder == Money(cents: 200_000))
        // Montpellier: 227 000 × 64 / 577 000 = 25,17…: 25 households cost 25 × 577 000 / 64 = 225 390,625 → 225 390,63; 1 609,37 left.
        #expect(rows[0].funded?.households == 25 && rows[0].funded?.remainder == Money(cents: 160_937))
        // What the 25 cost, said beside the remainder so that the two add back to the amount: 225 390,63 + 1 609,37.
        #expect(try rows[0].costOfFunded == Money(cents: 22_539_063))
        // 64 households: 577 000 € (Montpellier), 448 000 € (VIAL), 320 000 € (AML).
        #expect(rows.map(\.needed) == [Money(cents: 57_700_000), Money(cents: 44_800_000), Money(cents: 32_000_000)])
        #expect(rows.map(\.costPerHousehold) == [Money(cents: 901_563), Money(cents: 700_000), Money(cents: 500_000)])
    }
}
