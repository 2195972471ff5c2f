import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// The lean run of `enveloppe risk` against the full report, on every shipped scenario.
@Suite struct RiskScenarioTests {
    static let files = ScenarioFilesTests.files.filter { (try? ScenarioFilesTests.report($0)) != nil }

    /// With the scenario as written, a run gives exactly the report's month-end treasury, low point and final
    /// result — with no uncertain input (the same table), and with every funder's payments possibly late
    /// (a longer table: the report's months first, then only deposits coming back).
    @Test(arguments: files)
    func theLeanRunIsTheReportsTreasury(_ file: String) throws {
        let report = try ScenarioFilesTests.report(file)
        let late = report.call.funderIDs.flatMap { funder in
            [
                RiskInput(kind: .advanceDelay(funder: funder), distribution: .uniform(min: 0, max: 5), path: ""),
                RiskInput(kind: .balanceDelay(funder: funder), distribution: .uniform(min: 0, max: 3), path: ""),
            ]
        }
        for inputs in [[], late] {
            let engine = try TreasuryRun(report: report, inputs: inputs, bridging: nil)
            let run = try engine.run(RiskDraw.asWritten(inputs: inputs.count))
            #expect(Array(run.treasury.prefix(report.months.count)) == report.months.map(\.treasury), "\(file)")
            #expect(inputs.isEmpty == (run.treasury.count == report.months.count))
            #expect(run.lowest == report.treasury.lowest.amount)
            #expect(run.finalResult == report.treasury.finalResult.amount)
            #expect(run.reversement == report.paymentTotals.reversement.amount)
        }
    }
}
