import Enveloppe
import Testing

@testable import EnveloppeFormats

@Suite struct TextTableTests {
    @Test func columnsLineUpAndTrailingSpacesAreDropped() {
        var table = TextTable([.left, .right, .left])
        table.add(["Ligne", "Montant", "Note"])
        table.add(["Mesures VIAL", "616\u{202F}000,00\u{00A0}€", ""])
        table.add(["IML", "1,00\u{00A0}€", "é"])
        #expect(
            table.rendered()
                == "  Ligne              Montant  Note\n  Mesures VIAL  616\u{202F}000,00\u{00A0}€\n  IML                 1,00\u{00A0}€  é")
    }

    /// A table of one-character cells has columns narrower than the two spaces between them.
    @Test func narrowCellsAreSeparatedByTwoSpaces() {
        var table = TextTable([.left, .right])
        table.add(["a", "b"])
        table.add(["", ""])
        #expect(table.rendered() == "  a  b\n")
        #expect(TextTable([.left]).rendered().isEmpty)
    }

    /// A table that fits is as it was; a wider one gives each row a block: its first cell, then each other cell after
    /// its column's heading.
    @Test func aWideTableReadsAsBlocks() {
        var table = TextTable([.left, .right, .right])
        table.add(["Entrée", "Point bas", "Reversement"])
        table.add(["Retard du solde — État – DDETS de l'Hérault", "-199\u{202F}550,00\u{00A0}€", "0,00\u{00A0}€"])
        table.add(["Place libérée restant vide", "-201\u{202F}275,00\u{00A0}€"])
        #expect(table.rendered(within: 80) == table.rendered())
        #expect(
            table.rendered(within: 60) == """
                  Retard du solde — État – DDETS de l'Hérault
                      Point bas    -199\u{202F}550,00\u{00A0}€
                      Reversement  0,00\u{00A0}€
                  Place libérée restant vide
                      Point bas    -201\u{202F}275,00\u{00A0}€
                """)
    }

    /// A table that fits is one part; a wider one is cut before the given columns, each part keeping the columns that
    /// name its rows, every cell kept once and in its place (a row shorter than the others included).
    @Test func aWideTableIsCutIntoPartsThatNameTheirRows() {
        var table = TextTable([.left, .left, .right, .right, .right])
        table.add(["Ligne", "Convention", "Subvention", "Service fait", "Solde"])
        table.add(["Crédits IML", "sept. 2025 – août 2026", "350\u{202F}000,00\u{00A0}€", "339\u{202F}062,50\u{00A0}€", "129\u{202F}062,50\u{00A0}€"])
        table.add(["Total", "", "577\u{202F}000,00\u{00A0}€"])
        #expect(table.fits(within: 100) && !table.fits(within: 66))
        let whole = table.parts(within: 100, keeping: 2, breakingBefore: [3])
        #expect(whole.count == 1 && whole[0].rendered() == table.rendered())
        let parts = table.parts(within: 66, keeping: 2, breakingBefore: [3])
        #expect(parts.count == 2)
        #expect(
            parts[0].rendered() == """
                  Ligne        Convention                Subvention
                  Crédits IML  sept. 2025 – août 2026  350\u{202F}000,00\u{00A0}€
                  Total                                577\u{202F}000,00\u{00A0}€
                """)
        #expect(
            parts[1].rendered() == """
                  Ligne        Convention              Service fait         Solde
                  Crédits IML  sept. 2025 – août 2026  339\u{202F}062,50\u{00A0}€  129\u{202F}062,50\u{00A0}€
                  Total
                """)
        #expect(parts.allSatisfy { $0.fits(within: 66) })
        // Breaks out of range or among the kept columns are left out; three columns cannot be cut into parts of two.
        #expect(table.parts(within: 66, keeping: 2, breakingBefore: [0, 1, 9]).count == 1)
    }

    /// A part still too wide is cut again into the fewest parts of two columns or more that fit, the columns shared
    /// out evenly; when no such cut fits, the part is left whole rather than a column set alone.
    @Test func aPartTooWideIsCutIntoPartsOfTwoColumnsOrMore() {
        var table = TextTable([.left] + Array(repeating: .right, count: 6))
        table.add(["Structure", "Subvention", "Prévu", "Réalisé", "Année", "Écart", "%"])
        table.add(["Association A", "108 187,50", "104 541,67", "104 541,67", "104 541,67", "-1 367,19", "-1,3"])
        let headings = { (parts: [TextTable]) in
            parts.map { $0.rendered().split(separator: "\n")[0].split(separator: " ").dropFirst().joined(separator: " ") }
        }
        // 80 wide (the indent, 13 for the names, 53 for the figures, 12 between): two parts of three at 60, three parts
        // of two at 45, whole at 30 (no part of two fits).
        #expect(table.fits(within: 80) && !table.fits(within: 79))
        #expect(headings(table.parts(within: 60, keeping: 1, breakingBefore: [])) == ["Subvention Prévu Réalisé", "Année Écart %"])
        #expect(headings(table.parts(within: 45, keeping: 1, breakingBefore: [])) == ["Subvention Prévu", "Réalisé Année", "Écart %"])
        #expect(table.parts(within: 30, keeping: 1, breakingBefore: []).count == 1)
        // Five columns: the later part a column longer.
        #expect(headings(table.parts(within: 60, keeping: 1, breakingBefore: [2])) == ["Subvention", "Prévu Réalisé", "Année Écart %"])
    }

    /// Every row, whatever its cells, is as wide as the widest (before its trailing spaces are dropped).
    @Test(arguments: 0..<50) func everyRowLinesUp(_ seed: Int) {
        let words = ["", "a", "Mesures", "1\u{202F}234,56\u{00A0}€", "janv. 2025 – déc. 2025", "e\u{0301}te\u{0301}", "ETP-mois"]
        var generator = TestRandom(state: UInt64(seed))
        var table = TextTable([.left, .right, .left, .right])
        var rows: [[String]] = []
        for _ in 0..<(1 + Int(generator.next() % 8)) {
            let row = (0..<4).map { _ in generator.pick(words) }
            rows.append(row)
            table.add(row)
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max()! }
        let expected = rows.map { row in
            var line = "  "
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                line += (column > 0 ? "  " : "") + (column % 2 == 1 ? padding + cell : cell + padding)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
        #expect(table.rendered() == expected.joined(separator: "\n"))
    }

    /// A number written into the table where it goes lays the table out as the same number added as a string (its
    /// width counted in scalars is its width in characters), and so does a part of its columns.
    @Test(arguments: [Language.fr, .en]) func numbersWrittenInPlaceLineUpAsStrings(_ language: Language) {
        let f = Formatter(language)
        var generator = TestRandom(state: 7)
        // Any 64 bits shifted by 0 to 63: small and large numbers, negative ones; the extremes in the first rows.
        let extremes: [Int64] = [.min, .max, 0, -1]
        func number() -> Int64 {
            Int64(bitPattern: generator.next() << 33 ^ generator.next() << 2 ^ generator.next() >> 29) >> (generator.next() % 64)
        }
        var written = TextTable([.left, .right, .right, .right])
        var added = TextTable([.left, .right, .right, .right])
        for row in 0..<300 {
            let (cents, count, fte) =
                row < extremes.count
                ? (extremes[row], extremes[row], FTE(hundredths: extremes[row])) : (number(), number(), FTE(hundredths: number()))
            written.startRow()
            written.addCell("Opérateur \(row)")
            written.addNumberCell { f.quantity(.money(Money(cents: cents)), appendingTo: &$0) }
            written.addNumberCell { f.count(count, appendingTo: &$0) }
            written.addNumberCell { f.fte(fte, appendingTo: &$0) }
            added.add(["Opérateur \(row)", f.money(Money(cents: cents)), f.count(count), f.fte(fte)])
        }
        // The other quantities a figure may hold (unit-months and units written as bytes, the others through their strings).
        let others: [Quantity] = [
            .rate(Rate(1, over: 3)), .rate(Rate(1, over: 4)), .ratio(Rate(853, over: 100)), .unitMonths(hundredths: 123_456, unit: .household),
            .units(hundredths: 250, unit: .dwelling), .months(18), .months(1),
        ]
        for (row, quantity) in others.enumerated() {
            written.startRow()
            written.addCell("Autre \(row)")
            written.addNumberCell { f.quantity(quantity, appendingTo: &$0) }
            added.add(["Autre \(row)", f.quantity(quantity)])
        }
        #expect(written.rendered() == added.rendered())
        #expect(written.columns([0, 2]).rendered() == added.columns([0, 2]).rendered())
        #expect(written.columns([3, 0, 1]).rendered() == added.columns([3, 0, 1]).rendered())
    }
}
