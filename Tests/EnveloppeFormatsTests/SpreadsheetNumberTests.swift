import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

@Suite struct SpreadsheetNumberTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let places: Int?
        let decimal: String?
        var testDescription: String { "\(text) at \(places.map(String.init) ?? "any") places" }
    }

    @Test(arguments: [
        Case(text: "52000", places: 2, decimal: "52000"),
        Case(text: "0.5", places: 2, decimal: "0.5"),
        Case(text: "212812.50", places: 2, decimal: "212812.5"),
        Case(text: "1234.5600000000001", places: 2, decimal: "1234.56"),
        Case(text: "1234.5599999999999", places: 2, decimal: "1234.56"),
        Case(text: "0.30000000000000004", places: 2, decimal: "0.3"),
        Case(text: "1.2345E+2", places: 2, decimal: "123.45"),
        Case(text: "5E-1", places: 2, decimal: "0.5"),
        Case(text: "-0", places: 2, decimal: "0"),
        Case(text: "0.060000000000000005", places: 6, decimal: "0.06"),
        // A true third decimal stays, for the amount's parser to refuse.
        Case(text: "1234.567", places: 2, decimal: "1234.567"),
        Case(text: "1234.5670000000001", places: 2, decimal: "1234.567"),
        // Exact as written when it has no more decimals than wanted, however many digits.
        Case(text: "92233720368547758.07", places: 2, decimal: "92233720368547758.07"),
        // 15 significant digits cannot reach the cents of 10 000 billion euros.
        Case(text: "12345678901234.561", places: 2, decimal: nil),
        Case(text: "0.30000000000000004", places: nil, decimal: "0.3"),
        Case(text: "1e5000", places: 2, decimal: nil),
        Case(text: "12a", places: 2, decimal: nil),
        Case(text: "", places: 2, decimal: nil),
    ])
    func readsWhatTheSpreadsheetShows(_ c: Case) {
        #expect((try? SpreadsheetNumber.decimal(c.text, places: c.places)) == c.decimal)
    }

    /// Every amount to the cent a person types, stored as the nearest binary number and printed in
    /// full (17 significant digits, as LibreOffice does), reads back as the same cents.
    @Test func everyCentSurvivesABinaryNumber() throws {
        for cents in stride(from: Int64(0), through: 2_000_000_000_000, by: 7_919_333_357) {
            let typed = Double(cents) / 100
            let printed = String(format: "%.17g", typed)
            let decimal = try SpreadsheetNumber.decimal(printed, places: 2)
            #expect(try Money(parsing: decimal) == Money(cents: cents), "\(printed)")
        }
    }

    @Test func percentagesMoveThePoint() {
        #expect(SpreadsheetNumber.percent("0.6") == "60")
        #expect(SpreadsheetNumber.percent("0.125") == "12.5")
        #expect(SpreadsheetNumber.percent("1") == "100")
        #expect(SpreadsheetNumber.percent("0.001234") == "0.1234")
    }
}
