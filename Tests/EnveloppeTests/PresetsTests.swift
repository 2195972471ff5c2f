import Foundation
import Testing

@testable import Enveloppe

/// Every citation of every preset can be checked against the source text.
@Suite struct PresetsTests {
    /// `../shared/seeds/` beside the repository; `nil` where it is absent.
    static let seeds: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }()

    /// White space folded, so a quote matches across line breaks and no-break spaces.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Each preset is found by its identifier, and only by it.
    @Test func eachPresetIsNamedByItsIdentifier() {
        for call in Presets.all { #expect(Presets.named(call.id) == call, "\(call.id)") }
        #expect(Presets.named("vial-pas-de-calais-2025") == nil)
        #expect(Presets.named("") == nil)
    }

    @Test(arguments: Presets.all.map(\.id))
    func everyCitedSectionAndQuoteIsInItsDocument(_ id: PresetID) throws {
        let call = try #require(Presets.named(id))
        guard let seeds = PresetsTests.seeds else {
            // The source texts are the project's, not the repository's: a clone on its own says it skipped.
            print("skipped: ../shared/seeds/ is not beside the repository, the citations of \(id) were not checked")
            return
        }
        #expect(call.citations.count >= 5)
        for citation in call.citations {
            guard case .document(let source, let section, let quote) = citation else {
                Issue.record("a preset cites the scenario: \(citation)")
                continue
            }
            let file = Source.named(source).file
            let text = PresetsTests.folded(try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8))
            #expect(text.contains(PresetsTests.folded(section)), "section «\(section)» not in \(file)")
            #expect(text.contains(PresetsTests.folded(quote)), "quote «\(quote)» not in \(file)")
        }
    }

    @Test func everySourceIsNamedAsAPersonWouldAndItsTextExists() throws {
        for source in Source.all {
            #expect(!source.title.isEmpty && !source.publisher.isEmpty && !source.date.isEmpty)
            #expect(!source.name.contains(".txt"))
            if let seeds = PresetsTests.seeds { #expect(FileManager.default.fileExists(atPath: seeds.appendingPathComponent(source.file).path)) }
        }
    }

    @Test func identifiersAreUnique() {
        #expect(Set(Presets.all.map(\.id)).count == Presets.all.count)
    }

    @Test func montpellierLinesAddUpToTheStatedEnvelope() throws {
        // 000, "Financements": 350 000 + 227 000 = 577 000.
        let call = Presets.bailDabordMontpellier2024
        var sum = Money.zero
        for line in call.lines {
            guard case .fixed(let amount?, _, _) = line.pricing else {
                Issue.record("unpriced line")
                continue
            }
            sum = try sum + amount.value
        }
        #expect(sum == Money(cents: 57_700_000))
        #expect(call.envelopeTotal?.value == sum)
        #expect(call.paymentTerms == nil)  // the call states no payment terms
    }
}
