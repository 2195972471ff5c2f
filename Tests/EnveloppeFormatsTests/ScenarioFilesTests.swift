import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// Every file of `scenarios/` decodes, runs, and its figures hang together.
@Suite struct ScenarioFilesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios")

    static let files: [String] =
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
        .filter { $0.hasSuffix(".json") }.sorted() ?? []

    /// Scenarios written to fail checks (a jury's example of a flawed application).
    static let failingOnPurpose: Set<String> = ["candidature-b-montpellier-2025.json", "vial-ami2-2025.json"]

    static func report(_ file: String) throws -> RunReport { try evaluation(file).report }

    static func evaluation(_ file: String) throws -> Evaluation {
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
        var scenario = try ScenarioDecoder.decode(bytes)
        if let budget = scenario.candidateBudgetFile {
            scenario.candidateBudget = try BudgetCSV.parse([UInt8](Data(contentsOf: folder.appendingPathComponent(budget))))
        }
        return try Evaluation(scenario)
    }

    @Test func theIssueScenariosArePresent() {
        for name in [
            "bail-dabord-montpellier-2025.json", "bail-dabord-montpellier-2025-groupement.json", "vial-ami1-2025.json",
            "vial-ami2-2025.json", "vial-ami2-2025-renouvellement.json", "aml-pas-de-calais-2019.json",
            "montpellier-2023-cinq-associations.json",
        ] {
            #expect(ScenarioFilesTests.files.contains(name), "\(name) missing")
        }
    }

    @Test(arguments: files)
    func runsWithoutFailureAndAddsUp(_ file: String) throws {
        let evaluation = try ScenarioFilesTests.evaluation(file)
        let report = evaluation.report
        if ScenarioFilesTests.failingOnPurpose.contains(file) {
            #expect(evaluation.worstStatus == .failure)
        } else {
            #expect(evaluation.worstStatus != .failure, "\(file): \(evaluation.findings.filter { $0.status == .failure }.map(\.id))")
        }
        // Lines add up to the total; each operator's shares add up to the line.
        #expect(try Money.sum(report.lines.map(\.first.schedule.grant)) == report.envelopeTotal.money)
        for (index, line) in report.lines.enumerated() where !report.operators.isEmpty {
            #expect(try Money.sum(report.operators.compactMap { $0.shares[index].money }) == line.first.schedule.grant)
        }
        for line in report.lines {
            for period in line.periods {
                let s = period.schedule
                #expect(try s.paidAhead + s.balance - s.reversement == min(s.serviceFait, s.grant))
            }
        }
        // Every scenario says where it comes from, and carries expected figures that all match.
        #expect(!report.description.isEmpty)
        let expected = evaluation.expectations
        #expect(!expected.isEmpty, "\(file) has no expected figure")
        for finding in expected { #expect(finding.status == .ok, "\(file): \(words(finding))") }
        try MonthlyTableLaws.check(report)
    }

    func words(_ finding: Finding) -> String { Wording(.fr).sentence(finding) }

    @Test func changingOneInputMovesExactlyTheFiguresItAffects() throws {
        // VIAL AMI 2 with no entry in November instead of one: one household fewer every month, 110 household-months,
        // so the service fait (110 × 7 000 / 12 = 64 166,67 €) and the reversement (84 000 − 64 166,67 = 19 833,33 €)
        // move, and with them the cap on « 25 % du montant versé »: 25 % × 64 166,67 = 16 041,6675 → 16 041,66 (rounded down);
        // one entry fewer also spends 300 € less on equipment (25 650 of non-staff charges): margin 16 041,66 − 25 650 = −9 608,34.
        // The grant, the advance and the balance (zero) do not move.
        let url = ScenarioFilesTests.folder.appendingPathComponent("vial-ami2-2025.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\"entries\": [\n          1,"))
        let changed = text.replacingOccurrences(of: "\"entries\": [\n          1,", with: "\"entries\": [\n          0,")
        let report = try Evaluation(try ScenarioDecoder.decode(Array(changed.utf8)))
        let failed = report.findings.filter { $0.id.hasPrefix("attendu.") && $0.status == .failure }
        #expect(
            Set(failed.map(\.id)) == [
                "attendu.paiement.vial.service-fait", "attendu.paiement.vial.reversement", "attendu.plafond.limite", "attendu.plafond.marge",
            ])
        let sentences = failed.map(words)
        #expect(
            sentences.contains(
                "Chiffre attendu paiement.vial.service-fait : le scénario attend 71\u{202F}166,67\u{00A0}€, le calcul donne 64\u{202F}166,67\u{00A0}€."
            ))
        #expect(
            sentences.contains(
                "Chiffre attendu paiement.vial.reversement : le scénario attend 12\u{202F}833,33\u{00A0}€, le calcul donne 19\u{202F}833,33\u{00A0}€."
            ))
        #expect(
            sentences.contains(
                "Chiffre attendu plafond.marge : le scénario attend -8\u{202F}158,34\u{00A0}€, le calcul donne -9\u{202F}608,34\u{00A0}€."
            ))
        #expect(report.worstStatus == .failure)
    }

    @Test func montpellierSingleCarrierFigures() throws {
        let report = try ScenarioFilesTests.report("bail-dabord-montpellier-2025.json")
        // 000, "Financements": 577 000 € = 350 000 € + 227 000 €; 577 000 / 64 = 9 015,63 €; 227 000 / 8 = 28 375 €.
        #expect(report.lines.map(\.first.schedule.grant) == [Money(cents: 35_000_000), Money(cents: 22_700_000)])
        #expect(report.unitCosts.first { $0.id == "cout.menage" }?.money == Money(cents: 901_563))
        #expect(report.unitCosts.first { $0.id == "cout.fsl.unite-an" }?.money == Money(cents: 2_837_500))
        // Staff: the team of 8 ETP, 67 000 + 7 × 52 000 = 431 000, and 0,5 ETP of gestion locative adaptée beside it
        // (« Outre le financement d'une équipe »), 26 000: 457 000. Direct: 16 entries × (600 + 150 + 300) = 16 800,
        // 744 household-months × (15 + 10) = 18 600, yearly 30 000 + 4 000 + 20 000 + 6 000 = 60 000: 95 400.
        // Indirect 24 600. Total 577 000.
        #expect(report.charges.staff == Money(cents: 45_700_000))
        #expect(report.teamFTE == FTE(8) && report.supportFTE == FTE(hundredths: 50))
        #expect(report.charges.directNonStaff == Money(cents: 9_540_000))
        #expect(try report.charges.total == Money(cents: 57_700_000))
    }

    @Test func montpellierPaymentsLineByLine() throws {
        let report = try ScenarioFilesTests.report("bail-dabord-montpellier-2025.json")
        // Advance 60 % (assumed): 350 000 × 0,6 = 210 000 and 227 000 × 0,6 = 136 200.
        // Dwelling-months: 48 already housed, 4 entries a month: 52 + 56 + 60 + 9 × 64 = 744 of 768;
        // IML service fait 744 × 350 000 / 768 = 339 062,50, balance 129 062,50. FSL: the team's 8 ETP all year (the gestion locative
        // adaptée is not in them), 227 000, balance 90 800.
        #expect(report.lines.map(\.first.schedule.advance) == [Money(cents: 21_000_000), Money(cents: 13_620_000)])
        #expect(report.lines.map(\.first.schedule.serviceFait) == [Money(cents: 33_906_250), Money(cents: 22_700_000)])
        #expect(report.lines.map(\.first.schedule.balance) == [Money(cents: 12_906_250), Money(cents: 9_080_000)])
        // The treasury: 12 months of charges (577 000) against the advance (346 200) and the 9 600 of deposits
        // advanced for 16 entries: 346 200 − 577 000 − 9 600 = −240 400 in August 2026, the low point.
        #expect(report.treasury.lowest.money == Money(cents: -24_040_000))
        #expect(report.treasury.lowestMonth == YearMonth(year: 2026, month: 8))
        // 350 000 / 64 = 5 468,75 per dwelling-year.
        #expect(report.unitCosts.first { $0.id == "cout.iml.unite-an" }?.money == Money(cents: 546_875))
    }

    @Test func vialAMI1GrantCapAndPayments() throws {
        let report = try ScenarioFilesTests.report("vial-ami1-2025.json")
        // 15 × 7 000 = 105 000; advance 60 % = 63 000. 9 households, then 11, 13 and 15 from March:
        // 11 + 13 + 10 × 15 = 174 measure-months; 174 × 7 000 / 12 = 101 500; balance 38 500.
        #expect(report.lines[0].first.schedule.grant == Money(cents: 10_500_000))
        #expect(report.lines[0].first.schedule.advance == Money(cents: 6_300_000))
        #expect(report.lines[0].first.schedule.serviceFait == Money(cents: 10_150_000))
        #expect(report.lines[0].first.schedule.balance == Money(cents: 3_850_000))
        // Non-staff: 6 entries × 300 + 174 × 25 + 2 000 + 3 600 = 11 750 direct; indirect 6 % × (84 700 + 11 750) = 5 787.
        // « 25% maximum du montant versé par le Département »: the projection pays min(101 500, 105 000) = 101 500;
        // 17 537 ≤ 25 % × 101 500 = 25 375: margin 7 838. On the grant it would be 26 250.
        let cap = try #require(report.findings.first { $0.id == "plafond.charges" })
        guard case .cap(let capped, let base, _, let limit, let margin, .nonStaff, .paidAmount, _, true, let other?, _) = cap.comparison else {
            Issue.record("unexpected cap reading: \(cap.comparison)")
            return
        }
        #expect(capped == Money(cents: 1_753_700) && base == Money(cents: 10_150_000))
        #expect(limit == Money(cents: 2_537_500) && margin == Money(cents: 783_800))
        #expect(other.base == Money(cents: 10_500_000) && other.limit == Money(cents: 2_625_000))
        // Staff 52 000 + 0,5 × 52 000 + 0,1 × 67 000 = 84 700.
        #expect(report.charges.staff == Money(cents: 8_470_000))
    }

    @Test func amlEnvelope() throws {
        let report = try ScenarioFilesTests.report("aml-pas-de-calais-2019.json")
        // 003, "5. Le financement": 58 × 5 000 = 290 000; advance 60 % (assumed) = 174 000.
        #expect(report.envelopeTotal.money == Money(cents: 29_000_000))
        #expect(report.paymentTotals.advance.money == Money(cents: 17_400_000))
        #expect(report.findings.first { $0.id == "enveloppe.total" }?.status == .ok)
        // Measures open for 12 months inside Sept. 2019 – Dec. 2020 (16 months). Artois, 3 a month then 2 in May 2020:
        // 5 × 3 × 12 + 3 × (11 + 10 + 9) + 2 × 8 = 286; Lens-Hénin, 4 a month: 5 × 4 × 12 + 4 × (11 + 10 + 9) = 360.
        // Service fait (286 + 360) × 5 000 / 12 = 269 166,67.
        #expect(report.lines[0].first.schedule.serviceFait == Money(cents: 26_916_667))
    }

    @Test func vialAMI2Reversement() throws {
        let report = try ScenarioFilesTests.report("vial-ami2-2025.json")
        // From the scenario's description: 122 × 7 000 / 12 = 71 166,67; 84 000 − 71 166,67 = 12 833,33.
        #expect(report.lines[0].first.schedule.reversement == Money(cents: 1_283_333))
    }

    @Test func montpellier2023EachAssociationGetsAFifth() throws {
        let report = try ScenarioFilesTests.report("montpellier-2023-cinq-associations.json")
        // 328 125 / 5 = 65 625; 212 812,50 / 5 = 42 562,50; 108 187,50 each.
        #expect(report.operators.count == 5)
        #expect(report.operators.allSatisfy { $0.total.money == Money(cents: 10_818_750) })
    }

    @Test(arguments: Presets.all.map(\.id))
    func everyStarterScenarioRunsAsItIs(_ preset: PresetID) throws {
        let text = try #require(StarterScenario.json(for: preset.rawValue))
        let evaluation = try Evaluation(ScenarioDecoder.decode(Array(text.utf8)))
        #expect(evaluation.report.call.id == preset)
        #expect(evaluation.worstStatus != .failure)
        // In English, the same scenario but for its words: the same figures and the same outcome of every check
        // (a post's English title shows what its French one does).
        let english = try #require(StarterScenario.json(for: preset.rawValue, language: .en))
        #expect(english.contains("\"title\": \"New scenario: ") && !english.contains("à renommer"))
        let other = try Evaluation(ScenarioDecoder.decode(Array(english.utf8)))
        #expect(other.report.envelopeTotal == evaluation.report.envelopeTotal)
        #expect(other.report.months == evaluation.report.months)
        #expect(other.findings.map(\.id) == evaluation.findings.map(\.id))
        #expect(other.findings.map(\.status) == evaluation.findings.map(\.status))
    }
}

@Suite struct BudgetExportTests {
    /// A budget off by 40 cents balances once rounded to the euro: it is not said to « stay » balanced.
    @Test func aBudgetBalancedOnlyOnceRoundedIsNotSaidToStaySo() throws {
        let year = Period(start: YearMonth(year: 2025, month: 9), months: 12)
        let exact = Budget(
            lines: [
                BudgetLine(account: .staff, label: "Équipe", amount: Money(cents: 58_500_040), origin: "ligne 2"),
                BudgetLine(account: .operatingSubsidies, label: "Subvention", amount: Money(cents: 58_500_000), origin: "ligne 3"),
            ], period: year, isSubmitted: true)
        let rounded = try exact.inWholeEuros()
        #expect(try rounded.isBalanced && !exact.isBalanced)
        let note = BudgetDocument(rounded, title: "", wholeEuros: true, balancedToTheCent: try exact.isBalanced).roundingNote(.fr)
        #expect(
            note?.hasPrefix("Montants en euros entiers : chaque total est arrondi une fois et ses lignes se le partagent au plus fort reste") == true)
        let balanced = BudgetDocument(rounded, title: "", wholeEuros: true, balancedToTheCent: true).roundingNote(.fr)
        #expect(balanced?.hasPrefix("Montants en euros entiers, arrondis pour que le budget reste équilibré : ") == true)
        let grants = "une subvention de l'appel ne prend un euro de plus que si aucune autre ligne ne le peut."
        #expect([note, balanced].allSatisfy { $0?.hasSuffix(grants) == true })
    }

    @Test(arguments: ScenarioFilesTests.files)
    func theFormsLayoutAddsUpAndBalancesWhenTheBudgetDoes(_ file: String) throws {
        let report = try ScenarioFilesTests.report(file)
        let words = Wording(.fr)
        for budget in report.budgets {
            for wholeEuros in [false, true] {
                let shown = wholeEuros ? try budget.inWholeEuros() : budget
                // Charges total = Σ account groups; income total = Σ groups (74 by funder).
                #expect(try Money.sum(BudgetDocument.groups(shown.charges).map(\.total)) == shown.totalCharges)
                #expect(try Money.sum(BudgetDocument.groups(shown.income).map(\.total)) == shown.totalIncome)
                if try budget.isBalanced { #expect(try shown.isBalanced, "\(file) whole euros \(wholeEuros)") }
            }
            let text = String(
                decoding: try BudgetText(words: words).render(BudgetDocument(budget, title: report.title, wholeEuros: false)), as: UTF8.self)
            #expect(text.contains(try budget.isBalanced ? "Équilibre : oui" : "Équilibre : NON"))
            // Charges, income and contributions in kind read in the same columns: every row of the form ends where the others do.
            let rows = text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.hasSuffix("€") }
            #expect(Set(rows.map(\.count)).count == 1, "\(file): \(Set(rows.map(\.count)))")
            _ = try BudgetHTML(words: words).render(BudgetDocument(budget, title: report.title, wholeEuros: true))
        }
    }
}
