import Foundation
import Testing

@testable import EnveloppeWorkbook

/// Random damage to small valid files: the reader returns or throws, never traps. The
/// inputs libFuzzer once found crashing or hanging are kept below as regressions.
@Suite struct WorkbookFuzzTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
        return [UInt8](try Data(contentsOf: url))
    }

    static func seeds() throws -> [(String, [UInt8])] {
        let small = Workbook(sheets: [
            Sheet(
                name: "S",
                rows: [
                    [.text("a"), .number("1.5", style: Style(format: .currency)), .formula("B1*2", cached: .number("3"))],
                    [.date(year: 2025, month: 9, day: 1), .boolean(true)],
                ],
                frozenRows: 1, validations: [ListValidation(range: "A2:A5", allowed: ["x", "y"])], merges: ["A1:B1"])
        ])
        return [
            ("ours.xlsx", XLSXWriter.bytes(small)), ("ours.ods", ODSWriter.bytes(small)),
            ("libreoffice.xlsx", try fixture("libreoffice.xlsx")), ("libreoffice.ods", try fixture("libreoffice.ods")),
            ("openpyxl.xlsx", try fixture("openpyxl.xlsx")),
        ]
    }

    @Test func fixturesReadAsExpected() throws {
        for name in ["libreoffice.xlsx", "libreoffice.ods", "openpyxl.xlsx"] {
            let sheet = try WorkbookReader.read(try Self.fixture(name)).sheets[0]
            #expect(sheet.name == "Petit")
            #expect(
                sheet.rows.map { $0.map(\.value) } == [
                    [.text("Poste"), .text("Montant")], [.text("Personnel"), .number("1234.56")],
                    [.empty, name == "openpyxl.xlsx" ? .missingCachedValue : .number("1234.56")],
                ], "\(name)")
            #expect(sheet.cell("B3")?.formula != nil)
        }
    }

    @Test func randomDamageNeverTraps() throws {
        var random = InflateTests.SplitMix(state: 2025)
        var outcomes = (read: 0, failed: 0)
        for (_, seed) in try Self.seeds() {
            for round in 0..<600 {
                var bytes = seed
                for _ in 0...Int.random(in: 0..<4, using: &random) {
                    switch (round + Int.random(in: 0..<3, using: &random)) % 3 {
                    case 0 where !bytes.isEmpty:
                        bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
                    case 1 where !bytes.isEmpty:
                        bytes.removeLast(Int.random(in: 0..<bytes.count, using: &random))
                    default:
                        bytes.insert(
                            contentsOf: (0..<Int.random(in: 1...8, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) },
                            at: Int.random(in: 0...bytes.count, using: &random))
                    }
                }
                if (try? WorkbookReader.read(bytes)) != nil { outcomes.read += 1 } else { outcomes.failed += 1 }
            }
        }
        #expect(outcomes.read + outcomes.failed == 3000)
    }

    /// Damage inside the XML parts, repackaged with good checksums so it reaches the XML readers.
    @Test func damagedPartsInSoundArchivesNeverTrap() throws {
        var random = InflateTests.SplitMix(state: 1789)
        let alphabet = Array("<>/=\"'&;#:x ".utf8)
        for (_, seed) in try Self.seeds() {
            let entries = try ZIPReader.entries(seed)
            let parts = try entries.map { (entry) throws(WorkbookError) in (entry.name, try ZIPReader.contents(of: entry, in: seed, limit: 1 << 24)) }
            for _ in 0..<300 {
                var zip = ZIPWriter()
                let target = Int.random(in: 0..<parts.count, using: &random)
                for (index, (name, contents)) in parts.enumerated() {
                    var bytes = contents
                    if index == target && !bytes.isEmpty {
                        for _ in 0..<Int.random(in: 1...6, using: &random) {
                            let at = Int.random(in: 0..<bytes.count, using: &random)
                            if Bool.random(using: &random) {
                                bytes[at] = alphabet.randomElement(using: &random)!
                            } else {
                                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
                                if bytes.isEmpty { break }
                            }
                        }
                    }
                    zip.add(name, bytes)
                }
                _ = try? WorkbookReader.read(zip.finish())
            }
        }
    }

    @Test func theFuzzEntryPointAcceptsAnything() throws {
        WorkbookFuzz.exercise([])
        WorkbookFuzz.exercise(Array("<a>".utf8))
        for (_, seed) in try Self.seeds() { WorkbookFuzz.exercise(seed) }
    }
}
