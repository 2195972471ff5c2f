import Testing

@testable import Enveloppe
@testable import EnveloppeCore
@testable import EnveloppeRules

/// Names made from their parts (figures' identifiers, operators' field paths) read exactly as the same names
/// written whole, and compare and hash as them.
@Suite struct IdentifierTests {
    /// Texts of every kind a part can be: empty, short (kept in the string's own bits), long, accented, an emoji
    /// with its tone, « e » followed by a combining accent, and a string cut out of a longer one.
    static let parts: [String] = [
        "", "a", ".", "paiement.", "vial", "assoc-a", ".periode-2", "operators[", "]", "staff",
        "Travailleur social – Association C (fictive)", "é", "e\u{301}", "👋🏽", "opérateur-très-long-nom-de-structure",
        String("xx-Substring-yy".dropFirst(3).dropLast(3)),
    ]

    @Test func joinedIsThePartsOneAfterTheOther() {
        var random = ApportionmentTests.SplitMix64(state: 2_026)
        for _ in 0..<2_000 {
            let picked = (0..<5).map { _ in Self.parts[Int(random.next() % UInt64(Self.parts.count))] }
            let joined = String.joined(picked[0], picked[1], picked[2], picked[3], picked[4])
            let added = picked[0] + picked[1] + picked[2] + picked[3] + picked[4]
            #expect(Array(joined.utf8) == Array(added.utf8))
            #expect(joined == added)
            #expect(String.joined(picked[0], picked[1]) == picked[0] + picked[1])
        }
    }

    /// A number joined where it lies is its text, whatever its count of digits (one, two, three, the largest), among
    /// parts of every kind.
    @Test func aNumberJoinedIsItsText() {
        var random = ApportionmentTests.SplitMix64(state: 2_027)
        for number in [0, 1, 9, 10, 11, 99, 100, 439, 1_000, 123_456_789, Int.max] {
            let picked = (0..<3).map { _ in Self.parts[Int(random.next() % UInt64(Self.parts.count))] }
            let joined = String.joined(picked[0], number: number, picked[1], picked[2])
            #expect(joined == picked[0] + String(number) + picked[1] + picked[2])
            #expect(Array(joined.utf8) == Array((picked[0] + String(number) + picked[1] + picked[2]).utf8))
        }
    }

    /// A convention's figures are named from a shared part and a constant one: the same identifier, whichever way
    /// it was made, for `==`, for a hash, for order and for its text.
    @Test func aFigureNamedInTwoPartsIsTheFigureNamedWhole() {
        let named = FigureID.payment("vial", period: 1, .balance, holder: "assoc-a")
        let whole = FigureID("paiement.vial.assoc-a.periode-2.solde")
        #expect(named.rawValue == "paiement.vial.assoc-a.periode-2.solde")
        #expect(named == whole && whole == named)
        #expect(named.hashValue == whole.hashValue)
        #expect(Set([named, whole]).count == 1)
        #expect(!(named < whole) && !(whole < named))
        #expect(FigureID.activity("iml", period: 0, planned: true) == "activite.iml.prevu")
        #expect(FigureID.instalment("vial", period: 2, number: 3, holder: "b") == "paiement.vial.b.periode-3.versement-3")
        #expect(FigureID.payment("iml", period: 0, .grant) == "paiement.iml.subvention")
        #expect(FigureID.payment("iml", period: 0, .grant) != FigureID.payment("iml", period: 0, .advance))
        // In the order of their texts: « solde » before « subvention ».
        #expect(FigureID.payment("iml", period: 0, .balance) < FigureID.payment("iml", period: 0, .grant))
        #expect(FigureID.operatorShare("assoc-a", "iml") == "operateur.assoc-a.iml")
        #expect(FigureID.operatorTotal("assoc-a") == "operateur.assoc-a.total")
        // Canonically equal texts are equal identifiers, as Swift's strings are, split or not.
        let accented = FigureID.payment("vi\u{e9}l", period: 0, .due)
        let combining = FigureID("paiement.vie\u{301}l.du")
        #expect(accented == combining && accented.hashValue == combining.hashValue)
    }

    @Test func anOperatorsPathIsWrittenAsTheScenarioNamesIt() {
        #expect(Operator.path(0) == "operators[0]")
        #expect(Operator.path(439, "households") == "operators[439].households")
        #expect(Operator.path(12, Operator.teamFTEPath) == "operators[12].staff[role: management, socialWork, care].fte")
    }
}
