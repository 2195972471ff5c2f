import Testing

@testable import EnveloppeWorkbook

@Suite struct FrenchDisplayTests {
    static let nbsp = "\u{00A0}"

    @Test(arguments: [
        ("1234.56", NumberFormat.currency, "1 234,56 €"),
        ("-98765.4", .currency, "-98 765,40 €"),
        ("0.004", .currency, "0,00 €"),
        ("-0.004", .currency, "0,00 €"),
        ("999.995", .currency, "1 000,00 €"),
        ("0.25", .percent(places: 0), "25 %"),
        ("0.125", .percent(places: 1), "12,5 %"),
        ("1.5", .percent(places: 0), "150 %"),
        ("0.0005", .percent(places: 0), "0 %"),
        ("1234567", .integer, "1 234 567"),
        ("1234567.5", .integer, "1 234 568"),
        ("-0.5", .integer, "-1"),
        ("3.14159", .decimal(places: 3), "3,142"),
        ("12", .decimal(places: 2), "12,00"),
        ("1234.500", .general, "1234,5"),
        ("-0.0", .general, "0"),
        ("007", .general, "7"),
    ])
    func numbers(_ decimal: String, _ format: NumberFormat, _ expected: String) {
        #expect(FrenchDisplay.number(decimal, format) == expected.replacing(" ", with: Self.nbsp))
    }

    @Test func dates() {
        #expect(FrenchDisplay.date(year: 2025, month: 9, day: 1, .monthYear) == "sept. 2025")
        #expect(FrenchDisplay.date(year: 2026, month: 2, day: 1, .monthYear) == "févr. 2026")
        #expect(FrenchDisplay.date(year: 2025, month: 9, day: 1, .date) == "01/09/2025")
    }

    @Test func serialDates() {
        #expect(SerialDate.serial(year: 2025, month: 9, day: 1) == 45901)
        #expect(SerialDate.serial(year: 1900, month: 3, day: 1) == 61)
        #expect(SerialDate.date(serial: 45901)! == (2025, 9, 1))
        #expect(SerialDate.date(serial: 1)! == (1900, 1, 1))
        #expect(SerialDate.date(serial: 59)! == (1900, 2, 28))
        #expect(SerialDate.date(serial: 61)! == (1900, 3, 1))
        #expect(SerialDate.date(serial: 0, base1904: true)! == (1904, 1, 1))
        #expect(SerialDate.date(serial: -1) == nil)
        for serial in stride(from: 61, to: 2_958_465, by: 997) {
            let date = SerialDate.date(serial: serial)!
            #expect(SerialDate.serial(year: date.year, month: date.month, day: date.day) == serial)
        }
    }

    @Test func plainDecimals() {
        for good in ["0", "-1", "12.50", "-0.001", "123456789012345678901234567890"] { #expect(DecimalText.isPlain(good), "\(good)") }
        for bad in ["", "-", "1.", ".5", "1e3", "1,5", "+1", " 1", "1.2.3", "--1", "١"] { #expect(!DecimalText.isPlain(bad), "\(bad)") }
    }
}
