import Enveloppe
import EnveloppeFormats
import Testing

/// A month as a person types it, in a cell or a CSV: the ISO form, month/year, or the words the reports print.
@Suite struct MonthTextTests {
    @Test(arguments: [
        ("2025-09", 2025, 9), ("09/2025", 2025, 9), ("9/2025", 2025, 9), ("sept. 2025", 2025, 9), ("Septembre 2025", 2025, 9),
        ("Sep 2025", 2025, 9), ("févr. 2023", 2023, 2), ("fevrier 2023", 2023, 2), ("AOÛT 2026", 2026, 8), ("déc. 2027", 2027, 12),
        (" janv.\u{00A0}2025 ", 2025, 1), ("mai 2025", 2025, 5),
        // What a spreadsheet makes of a month typed in a cell it took for a date: the first of the month, Excel's format.
        ("01/03/2023", 2023, 3), ("1/3/2023", 2023, 3), ("2023-03-01", 2023, 3), ("mars-23", 2023, 3), ("janv.-24", 2024, 1),
        ("Mar-2023", 2023, 3), ("déc.-25", 2025, 12),
    ])
    func readsAMonth(_ text: String, _ year: Int, _ month: Int) {
        #expect(MonthText.read(text) == YearMonth(year: year, month: month), "\(text)")
    }

    @Test(arguments: [
        "", "2025", "13/2025", "0/2025", "sept 25", "septembre", "lundi 2025", "2025-13", "sept. 2025 x", "09/25",
        // A date of another day than the first (03/12/2023 reads either way round), an impossible month, no digits.
        "15/03/2023", "03/12/2023", "01/13/2023", "2023-03-15", "2023-13-01", "mars-2", "mars-+23", "mars-", "-23", "lundi-23",
    ])
    func refusesWhatIsNoMonth(_ text: String) {
        #expect(MonthText.read(text) == nil, "\(text)")
    }

    /// Every month the reports print is read back as the same month (French and English).
    @Test func readsWhatTheReportsPrint() {
        for language in [Language.fr, .en] {
            for month in 1...12 {
                let printed = Formatter(language).month(YearMonth(year: 2026, month: month))
                #expect(MonthText.read(printed) == YearMonth(year: 2026, month: month), "\(printed)")
            }
        }
    }
}
