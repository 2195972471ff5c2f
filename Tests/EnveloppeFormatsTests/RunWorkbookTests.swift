import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats
@testable import EnveloppeWorkbook

@Suite struct RunWorkbookTests {
    static let montpellier = try! ScenarioFilesTests.evaluation("bail-dabord-montpellier-2025.json")
    static let fiveAssociations = try! ScenarioFilesTests.evaluation("montpellier-2023-cinq-associations.json")

    static func sheet(_ workbook: Workbook, _ name: String) throws -> Sheet {
        try #require(workbook.sheets.first { $0.name == name }, "no sheet \(name)")
    }

    static func cell(_ sheet: Sheet, _ reference: String) -> Cell? {
        let letters = reference.prefix { $0.isLetter }
        guard let row = Int(reference.dropFirst(letters.count)) else { return nil }
        var column = 0
        for letter in letters.unicodeScalars { column = column * 26 + Int(letter.value) - 64 }
        guard row - 1 < sheet.rows.count, column - 1 < sheet.rows[row - 1].count else { return nil }
        return sheet.rows[row - 1][column - 1]
    }

    static func money(_ amount: Money) -> Value { .number(plain(cents: amount.cents)) }

    @Test func sheetsAreNamedInTheLanguageAsked() throws {
        let french = try RunWorkbook(words: Wording(.fr)).workbook(RunWorkbookTests.montpellier)
        #expect(french.sheets.map(\.name) == ["Synthèse", "Enveloppe", "Paiements", "Mois par mois", "Budget prévisionnel", "Contrôles", "Sources"])
        let english = try RunWorkbook(words: Wording(.en)).workbook(RunWorkbookTests.montpellier)
        #expect(english.sheets.map(\.name) == ["Summary", "Envelope", "Payments", "Month by month", "Forecast budget", "Checks", "Sources"])
        let summary = try RunWorkbookTests.sheet(english, "Summary")
        // Montpellier 2025: the team's 8 FTE, then the 0,5 FTE of gestion locative adaptée outside it, a row of its own.
        #expect(RunWorkbookTests.cell(summary, "A6")?.value == .text("Team FTE") && RunWorkbookTests.cell(summary, "B6")?.value == .number("8"))
        #expect(
            RunWorkbookTests.cell(summary, "A7")?.value == .text("FTE outside the team")
                && RunWorkbookTests.cell(summary, "B7")?.value == .number("0.50"))
        #expect(RunWorkbookTests.cell(summary, "A10")?.value == .text("Figure"))
    }

    @Test func paymentsAreFormulasCachingTheReportsFigures() throws {
        let report = RunWorkbookTests.montpellier.report
        let sheet = try RunWorkbookTests.sheet(try RunWorkbook(words: Wording(.fr)).workbook(RunWorkbookTests.montpellier), "Paiements")
        let iml = report.lines[0].first
        let expected: [(String, String, Money)] = [
            ("M3", "ROUND(F3*G3/H3,2)", iml.serviceFait.amount), ("K3", "ROUND(I3*J3,2)", iml.advance.amount),
            ("N3", "MIN(M3,I3)", iml.due.amount), ("O3", "MAX(N3-K3,0)", iml.balance.amount), ("P3", "MAX(K3-N3,0)", iml.reversement.amount),
            ("I5", "SUM(I3,I4)", report.paymentTotals.grant.amount), ("O5", "SUM(O3,O4)", report.paymentTotals.balance.amount),
        ]
        for (reference, formula, amount) in expected {
            let cell = try #require(RunWorkbookTests.cell(sheet, reference))
            #expect(cell.formula == formula, "\(reference)")
            #expect(cell.value == RunWorkbookTests.money(amount), "\(reference)")
            #expect(cell.style.format == .currency, "\(reference)")
        }
        // 744 dwelling-months × 350 000 € / 768: 339 062,50 €, as an exact decimal.
        #expect(RunWorkbookTests.cell(sheet, "M3")?.value == .number("339062.50"))
        #expect(RunWorkbookTests.cell(sheet, "F3")?.value == .number("744"))
        #expect(RunWorkbookTests.cell(sheet, "J3")?.value == .number("0.6"))
        #expect(RunWorkbookTests.cell(sheet, "J3")?.style.format == .percent(places: 0))
        #expect(RunWorkbookTests.cell(sheet, "B3")?.value == .date(year: 2025, month: 9, day: 1))
        #expect(RunWorkbookTests.cell(sheet, "B3")?.style.format == .monthYear)
        #expect(RunWorkbookTests.cell(sheet, "R3")?.value == .text("paiement.iml"))
        #expect(sheet.frozenRows == 2 && sheet.frozenColumns == 1)
    }

    @Test func eachOperatorsConventionAndTheLineAsTheSumOfWhatIsPaid() throws {
        let report = RunWorkbookTests.fiveAssociations.report
        let line = report.lines[0]
        #expect(line.isPerOperator)
        let sheet = try RunWorkbookTests.sheet(try RunWorkbook(words: Wording(.fr)).workbook(RunWorkbookTests.fiveAssociations), "Paiements")
        for (index, own) in line.conventions[0].enumerated() {
            let row = 3 + index
            #expect(RunWorkbookTests.cell(sheet, "M\(row)")?.formula == "ROUND(F\(row)*G\(row)/H\(row),2)")
            #expect(RunWorkbookTests.cell(sheet, "M\(row)")?.value == RunWorkbookTests.money(own.serviceFait.amount))
            // The operator's share over its own funded unit-months.
            #expect(RunWorkbookTests.cell(sheet, "G\(row)")?.value == RunWorkbookTests.money(own.serviceFaitBasis!.amount))
        }
        let total = 3 + line.conventions[0].count
        #expect(RunWorkbookTests.cell(sheet, "A\(total)")?.value == .text("Crédits IML (total)"))
        for (column, figure) in [("I", line.first.grant), ("M", line.first.serviceFait), ("O", line.first.balance)] {
            #expect(RunWorkbookTests.cell(sheet, "\(column)\(total)")?.formula == "SUM(\(column)3:\(column)\(total - 1))")
            #expect(RunWorkbookTests.cell(sheet, "\(column)\(total)")?.value == RunWorkbookTests.money(figure.amount))
        }
    }

    @Test func truncationIsWrittenAsRounddown() throws {
        // 227 000 € × 60,0007 % = 136 201,589 €: 136 201,58 € truncated, 136 201,59 € rounded.
        var text = try String(contentsOf: ScenarioFilesTests.folder.appendingPathComponent("bail-dabord-montpellier-2025.json"), encoding: .utf8)
        text = text.replacingOccurrences(
            of: #""advanceRate": "60 %","#, with: #""advanceRate": "60,0007 %", "rounding": "towardZero","#)
        let evaluation = try Evaluation(try ScenarioDecoder.decode(Array(text.utf8)))
        let fsl = evaluation.report.lines[1].first
        #expect(fsl.advance.amount == Money(cents: 13_620_158))
        let sheet = try RunWorkbookTests.sheet(try RunWorkbook(words: Wording(.fr)).workbook(evaluation), "Paiements")
        #expect(RunWorkbookTests.cell(sheet, "K4")?.formula == "ROUNDDOWN(I4*J4,2)")
        #expect(RunWorkbookTests.cell(sheet, "K4")?.value == .number("136201.58"))
        #expect(RunWorkbookTests.cell(sheet, "J4")?.value == .number("0.600007"))
    }

    /// A funder's own terms: its advance rate, one row per instalment after it (grant × cumulative rate
    /// rounded once, less what was paid before), and a balance net of every payment ahead.
    @Test func instalmentsHaveTheirRowsAndTheCumulativeRateRule() throws {
        let evaluation = try ScenarioFilesTests.evaluation("bail-dabord-montpellier-2025-risque.json")
        let fsl = evaluation.report.lines[1].first
        let sheet = try RunWorkbookTests.sheet(try RunWorkbook(words: Wording(.fr)).workbook(evaluation), "Paiements")
        let expected: [(String, String, Money)] = [
            ("K3", "ROUND(I3*J3,2)", Money(cents: 21_000_000)), ("K4", "ROUND(I4*J4,2)", fsl.advance.amount),
            ("K5", "ROUND(I$4*SUM(J$4:J5),2)-SUM(K$4:K4)", fsl.instalments[0].amount), ("O4", "MAX(N4-SUM(K4:K5),0)", fsl.balance.amount),
            ("P4", "MAX(SUM(K4:K5)-N4,0)", fsl.reversement.amount), ("K6", "SUM(K3,K4)", evaluation.report.paymentTotals.advance.amount),
            ("O6", "SUM(O3,O4)", evaluation.report.paymentTotals.balance.amount),
        ]
        for (reference, formula, amount) in expected {
            #expect(RunWorkbookTests.cell(sheet, reference)?.formula == formula, "\(reference)")
            #expect(RunWorkbookTests.cell(sheet, reference)?.value == RunWorkbookTests.money(amount), "\(reference)")
        }
        // 50 % then 30 % of 227 000 €: 113 500 €, then 181 600 − 113 500 = 68 100 €, balance 45 400 €.
        #expect(RunWorkbookTests.cell(sheet, "K5")?.value == .number("68100.00") && RunWorkbookTests.cell(sheet, "O4")?.value == .number("45400.00"))
        #expect(RunWorkbookTests.cell(sheet, "J4")?.value == .number("0.5") && RunWorkbookTests.cell(sheet, "J5")?.value == .number("0.3"))
        #expect(RunWorkbookTests.cell(sheet, "L5")?.value == .date(year: 2026, month: 3, day: 1))
        #expect(RunWorkbookTests.cell(sheet, "A5")?.value == .text("Crédits FSL : versement 2"))
        #expect(RunWorkbookTests.cell(sheet, "R5")?.value == .text("paiement.fsl.versement-2"))
        let summary = try RunWorkbookTests.sheet(try RunWorkbook(words: Wording(.fr)).workbook(evaluation), "Synthèse")
        #expect(summary.rows.contains { $0.first?.value == .text("Avance : Crédits FSL") && $0.count > 1 && $0[1].value == .number("0.5") })
    }

    /// Each operator's convention with its instalments, then the line's total: the advance and each
    /// instalment the sum of the operators' own rows (a range would add the instalments to the advance).
    @Test func eachOperatorsInstalmentsAndTheLinesTotal() throws {
        var scenario = RunWorkbookTests.fiveAssociations.report.scenario
        scenario.rules.funderTerms["metropole"] = RuleSettings.Terms(
            rounding: .towardZero,
            instalments: [.init(rate: Rate(3_333, over: 10_000), delayMonths: 1), .init(rate: Rate(3_333, over: 10_000), delayMonths: 4)])
        let evaluation = try Evaluation(scenario)
        let line = try #require(evaluation.report.lines.first { $0.line.id == "fsl" })
        #expect(line.isPerOperator && line.first.instalments.count == 1)
        let sheet = try RunWorkbookTests.sheet(try RunWorkbook(words: Wording(.fr)).workbook(evaluation), "Paiements")
        let ids = sheet.rows.map { $0.count > 17 ? $0[17].value : .empty }
        var mains: [Int] = []
        for own in line.conventions[0] {
            let row = try #require(ids.firstIndex(of: .text(String(own.grant.id.rawValue.dropLast(".subvention".count))))) + 1
            mains.append(row)
            #expect(RunWorkbookTests.cell(sheet, "K\(row)")?.formula == "ROUNDDOWN(I\(row)*J\(row),2)")
            #expect(RunWorkbookTests.cell(sheet, "K\(row)")?.value == RunWorkbookTests.money(own.advance.amount))
            #expect(RunWorkbookTests.cell(sheet, "K\(row + 1)")?.formula == "ROUNDDOWN(I$\(row)*SUM(J$\(row):J\(row + 1)),2)-SUM(K$\(row):K\(row))")
            #expect(RunWorkbookTests.cell(sheet, "K\(row + 1)")?.value == RunWorkbookTests.money(own.instalments[0].amount))
            #expect(RunWorkbookTests.cell(sheet, "O\(row)")?.value == RunWorkbookTests.money(own.balance.amount))
        }
        let total = try #require(ids.firstIndex(of: .text("paiement.fsl"))) + 1
        #expect(RunWorkbookTests.cell(sheet, "K\(total)")?.formula == "SUM(" + mains.map { "K\($0)" }.joined(separator: ",") + ")")
        #expect(RunWorkbookTests.cell(sheet, "K\(total)")?.value == RunWorkbookTests.money(line.first.advance.amount))
        #expect(RunWorkbookTests.cell(sheet, "K\(total + 1)")?.formula == "SUM(" + mains.map { "K\($0 + 1)" }.joined(separator: ",") + ")")
        #expect(RunWorkbookTests.cell(sheet, "K\(total + 1)")?.value == RunWorkbookTests.money(line.first.instalments[0].amount))
        #expect(RunWorkbookTests.cell(sheet, "R\(total + 1)")?.value == .text("paiement.fsl.versement-2"))
        #expect(RunWorkbookTests.cell(sheet, "O\(total)")?.value == RunWorkbookTests.money(line.first.balance.amount))
    }

    @Test func eachMonthsTreasuryIsThePreviousPlusReceiptsLessExpenses() throws {
        let report = RunWorkbookTests.montpellier.report
        let sheet = try RunWorkbookTests.sheet(try RunWorkbook(words: Wording(.fr)).workbook(RunWorkbookTests.montpellier), "Mois par mois")
        #expect(RunWorkbookTests.cell(sheet, "A2")?.value == .text("Trésorerie de départ"))
        #expect(RunWorkbookTests.cell(sheet, "S2")?.value == .number("0.00"))
        for (index, month) in report.months.enumerated() {
            let r = index + 3
            #expect(RunWorkbookTests.cell(sheet, "A\(r)")?.value == .date(year: month.month.year, month: month.month.month, day: 1))
            // Each amount a formula adds is rounded to the cent: a spreadsheet that recalculates adds binary fractions,
            // and its treasury once read -6733,29999999999 for -6 733,30.
            #expect(RunWorkbookTests.cell(sheet, "S\(r)")?.formula == "ROUND(S\(r - 1)+K\(r)-Q\(r),2)")
            #expect(RunWorkbookTests.cell(sheet, "S\(r)")?.value == RunWorkbookTests.money(month.treasury))
            #expect(RunWorkbookTests.cell(sheet, "K\(r)")?.formula == "ROUND(SUM(H\(r):J\(r)),2)")
            #expect(RunWorkbookTests.cell(sheet, "Q\(r)")?.formula == "ROUND(SUM(L\(r):P\(r)),2)")
            #expect(RunWorkbookTests.cell(sheet, "R\(r)")?.formula == "ROUND(K\(r)-Q\(r),2)")
            #expect(RunWorkbookTests.cell(sheet, "U\(r)")?.formula == "ROUND(U\(r - 1)+H\(r)+I\(r)-P\(r),2)")
            #expect(RunWorkbookTests.cell(sheet, "Q\(r)")?.value == RunWorkbookTests.money(month.expenses))
        }
        #expect(sheet.frozenRows == 2)
    }

    @Test func theSummaryPointsAtTheSheetsThatComputeItsFigures() throws {
        let report = RunWorkbookTests.montpellier.report
        let sheet = try RunWorkbookTests.sheet(try RunWorkbook(words: Wording(.fr)).workbook(RunWorkbookTests.montpellier), "Synthèse")
        let byID = Dictionary(
            sheet.rows.compactMap { row -> (String, Cell)? in
                guard row.count > 3, case .text(let id) = row[3].value else { return nil }
                return (id, row[1])
            }, uniquingKeysWith: { first, _ in first })
        #expect(byID["enveloppe.total"]?.formula == "'Enveloppe'!H5")
        #expect(byID["paiement.total.solde"]?.formula == "'Paiements'!O5")
        #expect(byID["tresorerie.point-bas"]?.formula == "MIN('Mois par mois'!$S$3:$S$20)")
        #expect(byID["tresorerie.point-bas"]?.value == RunWorkbookTests.money(report.treasury.lowest.amount))
        #expect(byID["tresorerie.resultat-final"]?.value == .number("-10937.50"))
        #expect(byID["budget.charges"]?.value == .number("577000.00"))
    }

    @Test func everyAmountIsAnExactDecimalAndNoColumnIsTooNarrow() throws {
        let workbook = try RunWorkbook(words: Wording(.fr)).workbook(RunWorkbookTests.fiveAssociations)
        for sheet in workbook.sheets {
            for row in sheet.rows {
                for (column, cell) in row.enumerated() {
                    if case .number(let text) = cell.value, cell.style.format == .currency {
                        #expect(text.split(separator: ".").last?.count == 2, "\(sheet.name): \(text)")
                        // What the cell shows fits its column.
                        let width = sheet.columnWidths[column]
                        #expect(SheetBuilder.numberWidth(text, .currency) + (cell.style.bold ? 2 : 0) <= width, "\(sheet.name) column \(column)")
                    }
                }
            }
        }
    }

    /// Each check is named as the reports name it, never by its identifier; the identifier is kept in
    /// the last column, whose header says it is for tools.
    @Test func checksAreNamedAsTheReportsNameThem() throws {
        for language in [Language.fr, .en] {
            let words = Wording(language)
            let evaluation = RunWorkbookTests.fiveAssociations
            let workbook = try RunWorkbook(words: words).workbook(evaluation)
            let sheet = try RunWorkbookTests.sheet(workbook, ChecksWorkbook(words: words).sheetName)
            #expect(
                sheet.rows[0].map(\.value) == [
                    .text(language.pick("Statut", "Status")), .text(language.pick("Contrôle", "Check")), .text(language.pick("Constat", "Finding")),
                    .text("Sources"), .text(language.pick("Identifiant (pour les outils)", "Identifier (for tools)")),
                ])
            #expect(sheet.rows.count == evaluation.findings.count + 1)
            for (index, finding) in evaluation.findings.enumerated() {
                let row = sheet.rows[index + 1]
                #expect(row[1].value == .text(words.checkName(finding)), "\(finding.id)")
                #expect(row[1].value != .text(finding.id), "\(finding.id)")
                #expect(row[4].value == .text(finding.id))
            }
        }
    }

    /// Printed on A4, the three wide sheets flow onto pages across at a readable scale (fitted to the page width,
    /// they printed at 4 to 5 points), their header rows and first column repeated on every page, and their notes
    /// cut into lines that print whole on the first page; the other sheets are fitted to the page width.
    @Test func wideSheetsFlowOntoPagesAcrossAtAReadableScale() throws {
        let workbook = try RunWorkbook(words: Wording(.fr)).workbook(RunWorkbookTests.montpellier)
        let layouts = Dictionary(uniqueKeysWithValues: workbook.sheets.map { ($0.name, $0.printLayout) })
        #expect(
            layouts == [
                "Synthèse": .fitToWidth, "Enveloppe": .flowing(scale: 82), "Paiements": .flowing(scale: 94), "Mois par mois": .flowing(scale: 82),
                "Budget prévisionnel": .fitToWidth, "Contrôles": .fitToWidth, "Sources": .fitToWidth,
            ])
        for name in ["Enveloppe", "Paiements", "Mois par mois"] {
            let sheet = try RunWorkbookTests.sheet(workbook, name)
            #expect(sheet.frozenRows == 2 && sheet.frozenColumns == 1, "\(name)")
            for row in sheet.rows where row.count == 1 {
                guard case .text(let text) = row[0].value else { continue }
                #expect(text.count <= SheetBuilder.wideSheetNoteWidth, "\(name): \(text)")
            }
        }
        // The identifiers of the checks are for tools: not printed.
        #expect(try RunWorkbookTests.sheet(workbook, "Contrôles").printedColumns == 4)
    }

    /// The split between operators ends with a total row: households, FTE, each line and the total, each the live
    /// `SUM` of the operators' cells, cached at the exact sum (the lines' totals are the envelope's lines, to the cent).
    @Test func theSplitBetweenOperatorsHasATotalRow() throws {
        let evaluation = try ScenarioFilesTests.evaluation("bail-dabord-montpellier-2025-groupement.json")
        let report = evaluation.report
        let sheet = try RunWorkbookTests.sheet(try RunWorkbook(words: Wording(.fr)).workbook(evaluation), "Enveloppe")
        let title = try #require(sheet.rows.firstIndex { $0.first?.value == .text("Répartition entre structures") })
        let first = title + 3  // the title, the header, then the operators (rows numbered from 1)
        let last = first + report.operators.count - 1
        let total = sheet.rows[last]
        #expect(total.first?.value == .text("Total"))
        let fte = report.operators.reduce(Int64(0)) { $0 + Int64($1.fte.hundredths) }
        #expect(total[2].formula == "SUM(C\(first):C\(last))" && total[2].value == .number("64"))
        #expect(total[3].formula == "SUM(D\(first):D\(last))" && total[3].value == .number(plain(hundredths: fte)))
        #expect(total[3].value == .number("8"))
        for (index, line) in report.lines.enumerated() {
            let column = SheetBuilder.column(4 + index)
            #expect(total[4 + index].formula == "SUM(\(column)\(first):\(column)\(last))")
            #expect(total[4 + index].value == RunWorkbookTests.money(line.amount.amount))
        }
        let grand = total[4 + report.lines.count]
        #expect(grand.formula?.hasPrefix("SUM(") == true && grand.value == RunWorkbookTests.money(report.envelopeTotal.amount))
    }
}
