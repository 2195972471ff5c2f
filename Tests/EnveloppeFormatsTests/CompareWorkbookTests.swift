import Enveloppe
import EnveloppeWorkbook
import Foundation
import Testing

@testable import EnveloppeFormats

/// The applications side by side as the workbook of `enveloppe compare` gives them: the CSV's figures, every one.
@Suite struct CompareWorkbookTests {
    /// Each column of the CSV is a row of the workbook under the same name, and each application's value is the same
    /// (an amount to the cent, a share in percent, a count, a word); the workbook once gave the call's envelope as
    /// « Subvention » for both candidatures, where candidature B asks 10 000 € more.
    @Test(arguments: [Language.fr, .en], [OutputFormat.xlsx, .ods])
    func everyFigureOfTheCSVIsInTheWorkbook(_ language: Language, _ format: OutputFormat) throws {
        let files = ["candidature-a-montpellier-2025.json", "candidature-b-montpellier-2025.json"]
        let applications = try files.map { (file: $0, summary: try ApplicationSummary(ScenarioFilesTests.evaluation($0))) }
        let document = CompareDocument(applications)
        let csv = try CompareWorkbookTests.records(String(decoding: document.render(.csv, Wording(language), printedOn: nil), as: UTF8.self))
        let workbook = try WorkbookReader.read(try document.render(format, Wording(language), printedOn: nil))
        let sheet = try #require(workbook.sheets.first)
        let header = csv[0]
        var compared = 0
        // The file, short name and title are the sheet's heads; every other column is a row.
        for (column, name) in header.enumerated().dropFirst(3) {
            let row = try #require(sheet.rows.first { $0.first?.value == .text(name.capitalizedFirst) }, "no row « \(name) » (\(format))")
            for index in files.indices {
                let field = csv[index + 1][column]
                let cell = index + 1 < row.count ? row[index + 1].value : .empty
                switch cell {
                case .number(let number) where name.hasSuffix("(%)"):
                    // A share is a fraction in the sheet, a percentage in the CSV.
                    #expect(try Rate(parsing: number) == Rate(parsing: field + " %"), "« \(name) » of \(files[index]): \(number) ≠ \(field)")
                case .number(let number):
                    #expect(try Money(parsing: number) == Money(parsing: field), "« \(name) » of \(files[index]): \(number) ≠ \(field)")
                case .text(let text):
                    #expect(
                        text == field || (field.isEmpty && ["—", "non décrit", "not described"].contains(text)), "« \(name) »: \(text) ≠ \(field)")
                case .date(let year, let month, _):
                    #expect(YearMonth(year: year, month: month).description == field, "« \(name) »: \(year)-\(month) ≠ \(field)")
                default:
                    #expect(field.isEmpty, "« \(name) » of \(files[index]): empty ≠ \(field)")
                }
                compared += 1
            }
        }
        // Both lines requested and provided, the cap, the budget and the treasury: more than the nine rows of before.
        #expect(compared == 2 * (header.count - 3) && header.count - 3 > 20)
        let requested = try #require(
            sheet.rows.first { $0.first?.value == .text(language == .fr ? "Crédits IML : subvention demandée" : "Crédits IML: grant requested") })
        #expect(requested[2].value == .number("360000.00"))
    }

    /// The records of a CSV written with « ; », fields in double quotes when they hold one.
    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        for line in text.split(separator: "\r\n").map({ $0.hasPrefix("\u{FEFF}") ? $0.dropFirst() : $0 }) {
            var fields: [String] = []
            var field = ""
            var quoted = false
            for character in line {
                switch character {
                case "\"": quoted.toggle()
                case ";" where !quoted:
                    fields.append(field)
                    field = ""
                default: field.append(character)
                }
            }
            fields.append(field)
            records.append(fields)
        }
        return records
    }
}
