import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

@Suite struct FormatterTests {
    let fr = Formatter(.fr)
    let en = Formatter(.en)

    @Test func frenchMoneyUsesNarrowNoBreakSpacesAndAComma() {
        #expect(fr.money(Money(cents: 34_620_000)) == "346\u{202F}200,00\u{00A0}€")
        #expect(fr.money(Money(cents: 123_456_789)) == "1\u{202F}234\u{202F}567,89\u{00A0}€")
        #expect(fr.money(Money(cents: -5)) == "-0,05\u{00A0}€")
        #expect(en.money(Money(cents: 123_456_789)) == "€1,234,567.89")
    }

    /// Our formatting is Foundation's fr_FR, for amounts Foundation holds exactly (via Decimal).
    @Test(arguments: [0, 1, 99, 100, 45_573, 901_563, 34_620_000, 123_456_789, 99_999_999_999])
    func frenchMoneyMatchesFoundation(_ cents: Int64) {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.numberStyle = .currency
        formatter.currencyCode = "EUR"
        let decimal = NSDecimalNumber(mantissa: UInt64(cents), exponent: -2, isNegative: false)
        #expect(fr.money(Money(cents: cents)) == formatter.string(from: decimal))
    }

    @Test func percentMatchesFoundation() {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.numberStyle = .percent
        #expect(fr.rate(Rate(percent: 25)) == formatter.string(from: 0.25))
        #expect(fr.rate(Rate(1, over: 8)) == "12,5\u{00A0}%")
        #expect(en.rate(Rate(1, over: 8)) == "12.5\u{00A0}%")
        #expect(fr.rate(Rate(1, over: 3)) == "1/3")
    }

    @Test func monthsAndPeriods() {
        #expect(fr.month(YearMonth(year: 2025, month: 9)) == "sept. 2025")
        #expect(fr.month(YearMonth(year: 2026, month: 8)) == "août 2026")
        #expect(en.month(YearMonth(year: 2025, month: 9)) == "Sep 2025")
        #expect(fr.period(Period(start: YearMonth(year: 2025, month: 11), months: 12)) == "nov. 2025 – oct. 2026 (12 mois)")
    }

    @Test func fteAndUnitMonths() {
        #expect(fr.fte(FTE(hundredths: 50)) == "0,5\u{00A0}ETP")
        #expect(en.fte(FTE(hundredths: 750)) == "7.5\u{00A0}FTE")
        #expect(fr.unitMonths(hundredths: 76_800, unit: .dwelling) == "768 logements-mois")
        #expect(fr.count(1_234_567) == "1\u{202F}234\u{202F}567")
    }
}
