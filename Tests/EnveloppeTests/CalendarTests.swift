import Testing

@testable import Enveloppe

@Suite struct CalendarTests {
    @Test func parsesAndPrintsISOMonths() throws {
        let month = try YearMonth(parsing: "2025-09")
        #expect(month == YearMonth(year: 2025, month: 9))
        #expect(month.description == "2025-09")
    }

    @Test(arguments: ["2025-13", "2025-00", "2025-9", "25-09", "2025/09", "", "2025-1a", "２０２５-09"])
    func refusesMalformedMonths(_ text: String) {
        #expect(throws: YearMonth.Failure.self) { try YearMonth(parsing: text) }
    }

    @Test func countsMonthsAcrossYears() {
        let start = YearMonth(year: 2025, month: 11)
        #expect(start.adding(months: 11) == YearMonth(year: 2026, month: 10))
        #expect(start.months(to: YearMonth(year: 2026, month: 10)) == 11)
        #expect(YearMonth(year: 2025, month: 1).adding(months: -1) == YearMonth(year: 2024, month: 12))
    }

    @Test func periodsKnowTheirEndAndMonths() {
        // VIAL AMI 2: 1 November 2025 to 31 October 2026 is 12 months.
        let ami2 = Period(start: YearMonth(year: 2025, month: 11), months: 12)
        #expect(ami2.end == YearMonth(year: 2026, month: 10))
        #expect(ami2.allMonths.count == 12)
        // AML: September 2019 to December 2020 is 16 months.
        let aml = Period(from: YearMonth(year: 2019, month: 9), through: YearMonth(year: 2020, month: 12))
        #expect(aml.months == 16)
        #expect(aml.contains(YearMonth(year: 2020, month: 1)) && !aml.contains(YearMonth(year: 2021, month: 1)))
        #expect(aml.contains(Period(start: YearMonth(year: 2019, month: 9), months: 12)))
    }
}
