import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// Every file of `scenarios/` decodes, runs, and its figures hang together.
@Suite struct ScenarioFilesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios")

    static let files: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
        .filter { $0.hasSuffix(".json") }.sorted() ?? []

    static func report(_ file: String) throws -> RunReport {
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
        return try RunReport(scenario: ScenarioDecoder.decode(bytes))
    }

    @Test func theIssueScenariosArePresent() {
        for name in [
            "bail-dabord-montpellier-2025.json", "bail-dabord-montpellier-2025-groupement.json", "vial-ami1-2025.json",
            "vial-ami2-2025.json", "aml-pas-de-calais-2019.json", "montpellier-2023-cinq-associations.json",
        ] {
            #expect(ScenarioFilesTests.files.contains(name), "\(name) missing")
        }
    }

    @Test(arguments: files)
    func runsWithoutFailureAndAddsUp(_ file: String) throws {
        let report = try ScenarioFilesTests.report(file)
        #expect(report.worstStatus != .failure, "\(file): \(report.findings.filter { $0.status == .failure }.map(\.id))")
        // Lines add up to the total; each operator's shares add up to the line.
        #expect(try Money.sum(report.lines.map(\.schedule.grant)) == report.envelopeTotal.money)
        for (index, line) in report.lines.enumerated() where !report.operators.isEmpty {
            #expect(try Money.sum(report.operators.compactMap { $0.shares[index].money }) == line.schedule.grant)
        }
        for line in report.lines {
            let s = line.schedule
            #expect(try s.advance + s.balance - s.reversement == min(s.serviceFait, s.grant))
        }
        // Every scenario says where it comes from.
        #expect(!report.description.isEmpty)
    }

    @Test func montpellierSingleCarrierFigures() throws {
        let report = try ScenarioFilesTests.report("bail-dabord-montpellier-2025.json")
        // 000, "Financements": 577 000 € = 350 000 € + 227 000 €; 577 000 / 64 = 9 015,63 €; 227 000 / 8 = 28 375 €.
        #expect(report.lines.map(\.schedule.grant) == [Money(cents: 35_000_000), Money(cents: 22_700_000)])
        #expect(report.unitCosts.first { $0.id == "cout.menage" }?.money == Money(cents: 901_563))
        #expect(report.unitCosts.first { $0.id == "cout.fsl.unite-an" }?.money == Money(cents: 2_837_500))
        // The scenario's budget equals the envelope: 371 000 staff + 159 600 direct + 46 400 indirect.
        #expect(try report.charges.total == Money(cents: 57_700_000))
        #expect(report.charges.staff == Money(cents: 37_100_000))
    }

    @Test func vialAMI2Reversement() throws {
        let report = try ScenarioFilesTests.report("vial-ami2-2025.json")
        // From the scenario's description: 122 × 7 000 / 12 = 71 166,67; 84 000 − 71 166,67 = 12 833,33.
        #expect(report.lines[0].schedule.reversement == Money(cents: 1_283_333))
    }

    @Test func montpellier2023EachAssociationGetsAFifth() throws {
        let report = try ScenarioFilesTests.report("montpellier-2023-cinq-associations.json")
        // 328 125 / 5 = 65 625; 212 812,50 / 5 = 42 562,50; 108 187,50 each.
        #expect(report.operators.count == 5)
        #expect(report.operators.allSatisfy { $0.total.money == Money(cents: 10_818_750) })
    }

    @Test(arguments: Presets.all.map(\.id))
    func everyStarterScenarioRunsAsItIs(_ preset: String) throws {
        let text = try #require(StarterScenario.json(for: preset))
        let report = try RunReport(scenario: ScenarioDecoder.decode(Array(text.utf8)))
        #expect(report.call.id == preset)
        #expect(report.worstStatus != .failure)
    }
}
