import Testing

@testable import Enveloppe

/// Payment calendars per funder and payments in several instalments (issue 17, part 1):
/// each instalment is the grant × its cumulative rate rounded once, less the same before it,
/// and the balance is derived by subtraction.
@Suite struct PaymentInstalmentsTests {
    static func euros(_ value: Int64) -> Money { Money(cents: value * 100) }

    /// Montpellier, 64 households from the first month, 8 ETP: the DDETS on the general terms (60 % two
    /// months after the start, balance six months after the end), the Métropole in instalments.
    static func montpellier(metropole: RuleSettings.Terms) -> Scenario {
        var rules = RuleSettings(advanceRate: Rate(percent: 60), advanceDelayMonths: 2, balanceDelayMonths: 6)
        rules.funderTerms = ["metropole": metropole]
        return Scenario(
            title: "test", description: "", preset: "bail-dabord-montpellier-2024", rules: rules,
            operators: [
                Operator(
                    id: "a", name: "A", households: 64,
                    staff: [RunReportTests.post(.management, 100, 67_000), RunReportTests.post(.socialWork, 700, 52_000)])
            ])
    }

    static let instalments = [
        PaymentTerms.Instalment(rate: Rate(percent: 50), delayMonths: 1), PaymentTerms.Instalment(rate: Rate(percent: 30), delayMonths: 6),
    ]

    func figure(_ report: RunReport, _ id: String) -> Money? { report.catalogue(shown: false).first { $0.id == FigureID(id) }?.money }

    @Test func aFunderPaysInInstalmentsOnItsOwnCalendar() throws {
        let report = try RunReport(
            scenario: PaymentInstalmentsTests.montpellier(metropole: RuleSettings.Terms(balanceDelayMonths: 4, instalments: Self.instalments)))
        // FSL 227 000 €: 50 % = 113 500 in Oct 2025 (start + 1); 80 % = 181 600, so 68 100 in March 2026 (start + 6).
        #expect(figure(report, "paiement.fsl.avance") == Self.euros(113_500))
        #expect(figure(report, "paiement.fsl.versement-2") == Self.euros(68_100))
        // 8 ETP all year: service fait 227 000; balance 227 000 − 181 600 = 45 400, four months after Aug 2026: Dec 2026.
        #expect(figure(report, "paiement.fsl.solde") == Self.euros(45_400))
        let fsl = report.lines[1].first
        #expect(fsl.advanceMonth == YearMonth(year: 2025, month: 10))
        #expect(fsl.instalmentMonths == [YearMonth(year: 2026, month: 3)])
        #expect(fsl.balanceMonth == YearMonth(year: 2026, month: 12))
        // The DDETS keeps the general terms: 60 % of 350 000 in Nov 2025, the balance in Feb 2027.
        #expect(figure(report, "paiement.iml.avance") == Self.euros(210_000))
        #expect(report.lines[0].first.instalments.isEmpty)
        #expect(report.lines[0].first.balanceMonth == YearMonth(year: 2027, month: 2))
        // The monthly table receives each payment in its month.
        let received = { (year: Int, month: Int) in report.months.first { $0.month == YearMonth(year: year, month: month) }!.advances }
        #expect(received(2025, 10) == Self.euros(113_500))
        #expect(received(2025, 11) == Self.euros(210_000))
        #expect(received(2026, 3) == Self.euros(68_100))
        #expect(report.months.first { $0.month == YearMonth(year: 2026, month: 12) }!.balances == Self.euros(45_400))
        // Its terms cite the scenario's field.
        #expect(report.resolved.terms(of: "fsl").citation == .scenario(path: "rules.paymentTerms.funders.metropole"))
        #expect(report.resolved.terms(of: "iml").citation == .scenario(path: "rules.paymentTerms"))
    }

    @Test func aFunderCanChangeOnlyItsDelays() throws {
        let report = try RunReport(scenario: PaymentInstalmentsTests.montpellier(metropole: RuleSettings.Terms(advanceDelayMonths: 5)))
        // Same 60 % advance (136 200), five months after the start: Feb 2026.
        #expect(figure(report, "paiement.fsl.avance") == Self.euros(136_200))
        #expect(report.lines[1].first.advanceMonth == YearMonth(year: 2026, month: 2))
        #expect(report.lines[1].first.balanceMonth == YearMonth(year: 2027, month: 2))
    }

    /// Thirds that are not exact: 33,33 % + 33,33 % + 33,34 % of grants from 0,00 € to 20,00 € by the cent.
    /// Each instalment lies within a cent of its exact share, the instalments add up to the grant × 100 %,
    /// and advance + instalments + balance − reversement is what is due, to the cent.
    @Test(arguments: [Int64(0), 1, 2, 99, 100, 101, 1_999, 2_000])
    func instalmentsAddBackToTheirWhole(_ serviceFaitCents: Int64) throws {
        let thirds = PaymentTerms(
            advanceRate: Rate(3_333, over: 10_000), advanceDelayMonths: 0,
            laterInstalments: [.init(rate: Rate(3_333, over: 10_000), delayMonths: 4), .init(rate: Rate(3_334, over: 10_000), delayMonths: 8)])
        #expect(thirds.cumulativeRates == [Rate(3_333, over: 10_000), Rate(6_666, over: 10_000), .one])
        for cents in Int64(0)...2_000 {
            let schedule = try EnvelopeArithmeticTests.schedule(
                grant: Money(cents: cents), serviceFait: Money(cents: serviceFaitCents), terms: thirds)
            let parts = [schedule.advance] + schedule.instalments.map(\.amount)
            #expect(try Money.sum(parts) == Money(cents: cents))
            for (part, rate) in zip(parts, [3_333, 3_333, 3_334] as [Int64]) {
                #expect(abs(part.cents * 10_000 - cents * rate) < 10_000)
            }
            #expect(try schedule.paidAhead + schedule.balance - schedule.reversement == schedule.due)
        }
    }
}
