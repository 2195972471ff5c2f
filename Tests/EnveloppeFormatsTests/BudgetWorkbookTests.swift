import Enveloppe
import EnveloppeWorkbook
import Testing

@testable import EnveloppeFormats

@Suite struct BudgetWorkbookTests {
    static func workbook(_ wholeEuros: Bool = false) throws -> (Workbook, Budget) {
        let report = RunWorkbookTests.montpellier.report
        let budget = wholeEuros ? try report.budgets[0].inWholeEuros() : report.budgets[0]
        return (try BudgetWorkbook(words: Wording(.fr)).workbook(BudgetDocument(budget, title: report.title, wholeEuros: wholeEuros)), budget)
    }

    static func texts(_ sheet: Sheet, column: Int) -> [String] {
        sheet.rows.compactMap { row in
            guard column < row.count, case .text(let text) = row[column].value else { return nil }
            return text
        }
    }

    @Test func chargesOnTheLeftIncomeOnTheRightEveryAccountOfTheForm() throws {
        let sheet = try BudgetWorkbookTests.workbook().0.sheets[0]
        let left = BudgetWorkbookTests.texts(sheet, column: 0).filter { !$0.hasPrefix(" ") }
        let headings = ["60", "61", "62", "63", "64", "65", "66", "67", "68"].map { code in left.firstIndex { $0.hasPrefix(code + " – ") } }
        #expect(headings.allSatisfy { $0 != nil })
        #expect(headings.compactMap { $0 } == headings.compactMap { $0 }.sorted())
        #expect(left.contains("Charges indirectes affectées à l'action"))
        #expect(left.contains("86 – Emplois des contributions volontaires en nature"))
        let right = BudgetWorkbookTests.texts(sheet, column: 3)
        for code in ["70", "73", "74", "75", "76", "77", "78", "79", "87"] { #expect(right.contains { $0.hasPrefix(code + " – ") }, "\(code)") }
        // 74 by funder.
        #expect(right.contains("    État – DDETS de l'Hérault – Crédits IML"))
        #expect(sheet.columnWidths.count >= 5 && sheet.columnWidths[2] == 3)
    }

    @Test func totalsAreSumsAndTheBalanceAFormula() throws {
        let (workbook, budget) = try BudgetWorkbookTests.workbook()
        let sheet = workbook.sheets[0]
        let totalRow = try #require(sheet.rows.firstIndex { $0.first?.value == .text("TOTAL DES CHARGES") })
        let charges = sheet.rows[totalRow][1]
        #expect(charges.formula?.hasPrefix("SUM(B") == true)
        #expect(charges.value == .number(plain(cents: try budget.totalCharges.cents)))
        #expect(sheet.rows[totalRow][4].value == .number(plain(cents: try budget.totalIncome.cents)))
        let staff = try #require(sheet.rows.first { $0.first?.value == .text("64 – Charges de personnel") })
        #expect(staff[1].formula?.hasPrefix("SUM(B") == true && staff[1].value == .number("457000.00"))
        let verdict = try #require(sheet.rows.first { $0.first?.formula?.hasPrefix("IF(AND(") == true })
        #expect(verdict[0].value == .text("Budget équilibré : total des charges = total des produits"))
    }

    @Test func wholeEurosStayBalanced() throws {
        let (workbook, budget) = try BudgetWorkbookTests.workbook(true)
        let sheet = workbook.sheets[0]
        #expect(
            BudgetWorkbookTests.texts(sheet, column: 0).contains {
                $0.hasPrefix("Montants en euros entiers, arrondis pour que le budget reste équilibré")
            })
        for row in sheet.rows {
            for cell in row { if case .number(let text) = cell.value, cell.style.format == .currency { #expect(text.hasSuffix(".00")) } }
        }
        #expect(try budget.isBalanced)
    }
}
