import Testing

@testable import EnveloppeIO

@Suite struct TemporaryNameTests {
    @Test func hiddenRecognisableAndRandom() throws {
        let name = TemporaryName.make(for: "rapport.json")
        let random = try #require(name.wholeMatch(of: /\.rapport\.json\.([A-Za-z0-9_-]{12})\.tmp/)?.1)
        #expect(Set(random).count > 3)
    }

    @Test func neverTheSameTwice() {
        let names = (0..<10_000).map { _ in TemporaryName.make(for: "x") }
        #expect(Set(names).count == names.count)
    }

    /// A target name near NAME_MAX still gives a legal temporary name, cut between characters.
    @Test func aLongNameIsCutToFitAFileName() {
        let long = String(repeating: "é", count: 127) + ".json"  // 259 bytes
        let name = TemporaryName.make(for: long)
        #expect(name.utf8.count <= 255)
        #expect(name.utf8.count >= 250)  // the room is used
        #expect(name.dropFirst().prefix { $0 != "." }.allSatisfy { $0 == "é" })
    }
}
