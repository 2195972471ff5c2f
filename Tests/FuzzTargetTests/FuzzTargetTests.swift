import Enveloppe
import EnveloppeFormats
import Foundation
import Testing

@testable import EnveloppeFuzz

/// The fuzz target reaches every reader, and the inputs kept in `fuzz/` (the seeds of each
/// reader, and every input a fuzzing run found crashing, minimized, in `fuzz/findings/`) go
/// through it without a crash.
@Suite struct FuzzTargetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: root.appendingPathComponent(path))) }

    /// The files of a folder of the package, hidden ones left out, in order.
    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }

    @Test func theScenariosCountsAreSettledAgainstComputeAndHaveTwoOperators() {
        #expect(FuzzScenarios.reports.count == 3)
        for report in FuzzScenarios.reports {
            #expect(report.scenario.operators.map(\.id) == ["a", "b"])
            #expect(report.programme == Period(start: YearMonth(year: 2025, month: 1), months: 24))
        }
        // One convention of the application, one per operator, a rate line with instalments.
        #expect(FuzzScenarios.reports.map { $0.lines.contains(where: \.isPerOperator) } == [false, true, true])
        #expect(FuzzScenarios.reports[2].lines[0].first.instalments.count == 1)
    }

    @Test func eachReaderIsReachedByItsSeed() throws {
        let seeds: [(String, Reader, Set<Reached>)] = [
            ("fuzz/seeds/scenario.json", .scenario, [.json, .scenario, .evaluation]),
            ("fuzz/seeds/budget.csv", .budget, [.budgetLines, .filedBudget]),
            ("fuzz/seeds/counts.csv", .counts, [.counts, .settlement]),
            ("fuzz/seeds/counts-deux-ans.csv", .counts, [.counts, .settlement]),
            ("fuzz/seeds/classeur-modele.bin", .workbook, [.workbookScenario]),
            ("Tests/EnveloppeWorkbookTests/Fixtures/libreoffice.xlsx", .workbook, [.workbook]),
            ("Tests/EnveloppeWorkbookTests/Fixtures/libreoffice.ods", .workbook, [.workbook]),
        ]
        for (path, reader, expected) in seeds {
            // The reader alone reaches its decoding and what is computed from it; the others see nothing they can read.
            #expect(exercise(try Self.bytes(path), readers: [reader]) == expected, "\(path)")
        }
        #expect(Set(Reader.allCases) == Set(seeds.map(\.1)))
        #expect(Set(Reached.allCases) == seeds.reduce(into: Set<Reached>()) { $0.formUnion($1.2) })
    }

    @Test func countsEqualToThePlanSettleToWhatRunPays() throws {
        // The oracle every fuzzed scenario goes through (settleAsPlanned traps on a difference), on each fuzz scenario.
        for report in FuzzScenarios.reports { settleAsPlanned(report) }
        #expect(exercise(try Self.bytes("fuzz/seeds/scenario.json"), readers: [.scenario]).contains(.evaluation))
    }

    @Test func theReaderListOfARunIsRead() {
        #expect(Reader.named("counts, budget") == [.counts, .budget])
        #expect(Reader.named("scenario,workbook,counts,budget") == Set(Reader.allCases))
        #expect(Reader.named("csv") == nil)
        #expect(Reader.named("") == nil)
    }

    @Test(arguments: files(in: "fuzz/seeds") + files(in: "fuzz/findings"))
    func theKeptInputsReplayWithoutACrash(_ path: String) throws {
        exercise(try Self.bytes(path))
    }
}
