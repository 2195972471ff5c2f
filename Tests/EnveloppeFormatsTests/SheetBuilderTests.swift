import Enveloppe
import EnveloppeWorkbook
import Testing

@testable import EnveloppeFormats

@Suite struct SheetBuilderTests {
    @Test func columnsAreLettersAsInTheSpreadsheet() {
        #expect(SheetBuilder.column(0) == "A" && SheetBuilder.column(25) == "Z" && SheetBuilder.column(26) == "AA")
        #expect(SheetBuilder.column(16_383) == "XFD")
        #expect(SheetBuilder.cell(18, 5) == "S5")
        #expect(SheetBuilder.on("Mois par mois", "S5") == "'Mois par mois'!S5")
        #expect(SheetBuilder.on("L'été", "A1") == "'L''été'!A1")
    }

    @Test func longSumsAreCutUnderExcelsArgumentLimit() {
        let cells = (1...450).map { "A\($0)" }
        let formula = SheetBuilder.sum(cells)
        #expect(formula.components(separatedBy: "SUM(").count - 1 == 3)
        #expect(SheetBuilder.sum([]) == "0")
    }

    @Test func ratesAreExactDecimals() {
        #expect(Cells.decimal(Rate(percent: 60)) == "0.6")
        #expect(Cells.decimal(Rate(1, over: 8)) == "0.125")
        #expect(Cells.decimal(Rate(percent: 100)) == "1")
        #expect(Cells.decimal(Rate(1, over: 3)) == nil)
        #expect(Cells.rate(Rate(1, over: 8)).style.format == .percent(places: 1))
        #expect(Cells.rate(Rate(1, over: 3)).value == .number("0.3333"))
    }

    @Test func amountsAreWrittenFromCents() {
        #expect(Cells.money(Money(cents: -1_093_750)).value == .number("-10937.50"))
        #expect(Cells.money(Money(cents: 5)).value == .number("0.05"))
        #expect(Cells.hundredths(750).value == .number("7.50") && Cells.hundredths(750).style.format == .decimal(places: 2))
        #expect(Cells.hundredths(74_400).value == .number("744") && Cells.hundredths(74_400).style.format == .integer)
    }

    @Test func widthsFitWhatTheCellsShow() {
        var builder = SheetBuilder(name: "S")
        builder.add([.text("Mois", style: SheetStyle.header), Cells.money(Money(cents: -24_040_000))])
        builder.add([.text("Une phrase longue qui déborde", style: SheetStyle.note)], fits: false)
        let sheet = builder.sheet
        // "Mois" in bold, and "-240 400,00 €" (13 characters); two more each for the margins.
        #expect(sheet.columnWidths == [7, 15])
        #expect(SheetBuilder.numberWidth("1234567.89", .currency) == 14)
    }

    /// A note of the risk scenario's Paiements sheet: its formula was cut before « ; 0) », its hypothesis before « pas) ».
    @Test func notesAreNotCutBeforePunctuationNorInsideAFormula() {
        let formula =
            "avant : chaque versement est arrondi une seule fois sur son taux cumulé ; solde = MAX(dû − avance − versements ; 0) ; "
            + "reversement = MAX(avance + versements − dû ; 0)."
        #expect(
            SheetBuilder.lines(formula, width: 110) == [
                "avant : chaque versement est arrondi une seule fois sur son taux cumulé ; solde =",
                "MAX(dû − avance − versements ; 0) ; reversement = MAX(avance + versements − dû ; 0).",
            ])
        let hypothesis = "Conditions de versement : scénario, rules.paymentTerms (hypothèse du scénario : le texte de l'appel n'en fixe pas)"
        #expect(
            SheetBuilder.lines(hypothesis, width: 110) == [
                "Conditions de versement : scénario, rules.paymentTerms", "(hypothèse du scénario : le texte de l'appel n'en fixe pas)",
            ])
        #expect(SheetBuilder.lines("« a » b ; c", width: 1) == ["« a »", "b ;", "c"])
        // A number stays whole with its groups of digits and its unit, written with plain spaces in a description.
        #expect(
            SheetBuilder.lines("coûte 1 234 567,89 € par an, soit 25 % de 52 000 €", width: 8) == [
                "coûte", "1 234 567,89 €", "par an,", "soit", "25 % de", "52 000 €",
            ])
    }

    /// The laws of the notes' lines, over many generated sentences and widths: the lines joined give back the text; no
    /// line starts with a closing mark; a line is over the width only when it holds a single word (with its marks); a
    /// parenthesised part that fits on a line is on one line.
    @Test(arguments: 0..<20)
    func notesAreCutAtTheRightPlaces(_ seed: Int) {
        var generator = SentenceGenerator(seed: UInt64(seed))
        for _ in 0..<50 {
            let text = generator.sentence()
            for width in [1, 8, 20, 35, 60, 110] {
                let lines = SheetBuilder.lines(text, width: width)
                let context = "width \(width): \(lines)"
                #expect(lines.joined(separator: " ") == text, "\(context)")
                for line in lines {
                    #expect(!line.isEmpty && !SentenceGenerator.closingMarks.contains(line.first!), "\(context)")
                    #expect(!line.hasSuffix(" «") && line != "«", "\(context)")
                    // Words, not counting marks, nor the groups of digits and the unit that go on from a number.
                    let pieces = line.split(separator: " ")
                    let words = pieces.indices.filter { i in
                        let piece = pieces[i]
                        if SentenceGenerator.closingMarks.contains(piece.first!) || piece == "«" { return false }
                        guard i > 0, pieces[i - 1].last!.isNumber else { return true }
                        return !(piece.first == "€" || piece.first == "%" || piece.prefix { $0.isNumber }.count == 3)
                    }
                    #expect(line.count <= width || words.count == 1, "\(context)")
                }
                // Where each character of the text is: the line it is on.
                var lineOf: [Int] = []
                for (index, line) in lines.enumerated() { lineOf += Array(repeating: index, count: line.count + 1) }
                let characters = Array(text)
                for (open, close) in SentenceGenerator.parentheses(characters) {
                    var start = open
                    while start > 0 && characters[start - 1] != " " { start -= 1 }
                    var end = close
                    while end + 1 < characters.count && characters[end + 1] != " " { end += 1 }
                    // With the marks kept beside it.
                    while end + 2 < characters.count && SentenceGenerator.closingMarks.contains(characters[end + 2]) {
                        end += 2
                        while end + 1 < characters.count && characters[end + 1] != " " { end += 1 }
                    }
                    if end - start + 1 <= width { #expect(lineOf[open] == lineOf[close], "\(context)") }
                }
            }
        }
    }

    @Test func wrappedRowsAreTallEnoughForTheirLines() {
        #expect(SheetBuilder.wrappedLines("un deux trois", capacity: 20) == 1)
        #expect(SheetBuilder.wrappedLines("un deux trois", capacity: 8) == 2)
        #expect(SheetBuilder.wrappedLines("anticonstitutionnellement", capacity: 10) == 3)
        var builder = SheetBuilder(name: "S")
        builder.add([.text(String(repeating: "mot ", count: 60), style: SheetStyle.wrapped)])
        builder.add([.text("court", style: SheetStyle.wrapped)])
        builder.setWidth(40, column: 0)
        let sheet = builder.sheet
        #expect(sheet.rowHeights[0].map { $0 > 15 } == true)
        #expect(sheet.rowHeights[1] == nil)
        #expect(SheetBuilder.lines("a bb ccc dddd", width: 6) == ["a bb", "ccc", "dddd"])
        // A bold header is wider than plain text: in 15 characters, "Unit-months that" no longer holds on one line.
        var headers = SheetBuilder(name: "S")
        headers.add([.text("Unit-months that amount funds", style: SheetStyle.header)])
        headers.add([.text("Unit-months that amount funds", style: SheetStyle.wrapped)])
        headers.setWidth(15, column: 0)
        #expect(headers.sheet.rowHeights == [0: 46, 1: 31])
    }
}

/// French-looking sentences for the laws of ``SheetBuilder/lines(_:width:)``: words of 1 to 14 letters, closing marks
/// after a space (« ; », « : », « ! », « ? », « » ») or glued (« , », « ) »), guillemets, parentheses, sometimes
/// nested or across many words, and now and then a word longer than the widths tried.
struct SentenceGenerator {
    /// What no line may start with.
    static let closingMarks: Set<Character> = [";", ":", "!", "?", "»", ")", ","]

    var random: TestRandom

    init(seed: UInt64) { random = TestRandom(state: seed) }

    mutating func next(_ bound: Int) -> Int { random.next(below: bound) }

    mutating func word() -> String {
        let letters = Array("abcdéèfgàhijklmnoôpqrstuvwxyzœ0123456789−=×+'")
        let length = next(20) == 0 ? 40 + next(100) : 1 + next(14)
        return String((0..<length).map { _ in letters[next(letters.count)] })
    }

    mutating func sentence() -> String {
        var words: [String] = []
        var open = 0
        for _ in 0..<(1 + next(60)) {
            var word = word()
            if next(8) == 0 {
                word = "(" + word
                open += 1
            }
            if open > 0 && next(4) == 0 {
                word += ")"
                open -= 1
            }
            if next(10) == 0 { word += "," }
            words.append(word)
            switch next(12) {
            case 0: words.append(";")
            case 1: words.append(":")
            case 2: words.append(["!", "?"][next(2)])
            case 3: words += ["«", self.word(), "»"]
            case 4: words.append("; 0)")
            default: break
            }
        }
        if open > 0 { words[words.count - 1] += String(repeating: ")", count: open) }
        return words.joined(separator: " ")
    }

    /// Each parenthesis of `characters` and the one that closes it.
    static func parentheses(_ characters: [Character]) -> [(open: Int, close: Int)] {
        var pairs: [(open: Int, close: Int)] = []
        var opened: [Int] = []
        for (index, character) in characters.enumerated() {
            if character == "(" { opened.append(index) } else if character == ")", let open = opened.popLast() { pairs.append((open, index)) }
        }
        return pairs
    }
}
