import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// What the run page says, as a reader reads it (the whole page is kept byte for byte by the golden files).
@Suite struct RunHTMLTests {
    static let candidatureA = try! ScenarioFilesTests.evaluation("candidature-a-montpellier-2025.json")
    static let fiveAssociations = try! ScenarioFilesTests.evaluation("montpellier-2023-cinq-associations.json")

    static func page(_ evaluation: Evaluation, _ language: Language = .fr) -> String {
        RunHTML(words: Wording(language)).render(evaluation)
    }

    /// The service-fait paragraphs are the text's lines as splitting its characters gives them: empty lines left out,
    /// a « \r\n » (one character, which a name from a file may hold) not cut, accents and a last line without a line feed
    /// kept.
    @Test(arguments: [
        "", "\n", "\n\n", "une ligne", "une\ndeux\n", "\nune\n\ndeux", "Association A\r\n(fictive) = 12 €\nsuite",
        "\r\n", "\r\ndébut", "fin\r", "fin\r\n", "a\r\r\nb\n\rc", "é\nè\n\u{301}ù",
    ])
    func paragraphsAreTheTextsLines(_ text: String) {
        #expect(RunHTML.paragraphs(text) == text.split(separator: "\n").map(String.init))
    }

    /// The card titled `title`: its value and its note, as text.
    static func card(_ title: String, in page: String) -> (value: String, note: String)? {
        let head = "<div class=\"card-title\">\(HTML.escape(title))</div><div class=\"card-value"
        guard let start = page.range(of: head) else { return nil }
        let rest = page[start.upperBound...]
        guard let value = rest.range(of: "\">"), let valueEnd = rest.range(of: "</div>", range: value.upperBound..<rest.endIndex),
            let note = rest.range(of: "<div class=\"card-note\">", range: valueEnd.upperBound..<rest.endIndex),
            let noteEnd = rest.range(of: "</div>", range: note.upperBound..<rest.endIndex)
        else { return nil }
        return (String(rest[value.upperBound..<valueEnd.lowerBound]), String(rest[note.upperBound..<noteEnd.lowerBound]))
    }

    /// Candidature A needs 248 400 € of working capital, and its 250 000 € of opening cash cover it (its low point
    /// is +1 600 €): the card says so, instead of « à trouver par l'association ».
    @Test func theWorkingCapitalCardSaysWhatTheOpeningCashCovers() throws {
        let page = RunHTMLTests.page(RunHTMLTests.candidatureA)
        #expect(!page.contains("Fonds de roulement à trouver") && !page.contains("par l&#39;association"))
        let card = try #require(RunHTMLTests.card("Besoin en fonds de roulement de l'action", in: page))
        #expect(card.value == "248\u{202F}400,00\u{00A0}€")
        #expect(card.note == "couvert par la trésorerie de départ")
        let english = try #require(
            RunHTMLTests.card("The action's working capital need", in: RunHTMLTests.page(RunHTMLTests.candidatureA, .en)))
        #expect(english.note == "covered by the opening cash")
    }

    /// The five associations of 2023 go 176 683,90 € below zero with 40 000 € of opening cash: that is what is left to find.
    @Test func theWorkingCapitalCardGivesTheShortfallBeyondTheOpeningCash() throws {
        let card = try #require(
            RunHTMLTests.card("Besoin en fonds de roulement de l'action", in: RunHTMLTests.page(RunHTMLTests.fiveAssociations)))
        #expect(card.value == "216\u{202F}683,90\u{00A0}€")
        #expect(card.note == "dont 176\u{202F}683,90\u{00A0}€ à financer au-delà de la trésorerie de départ")
        let english = try #require(
            RunHTMLTests.card("The action's working capital need", in: RunHTMLTests.page(RunHTMLTests.fiveAssociations, .en)))
        #expect(english.note == "of which €176,683.90 to finance beyond the opening cash")
    }

    /// Five associations' treasury is theirs together, not « l'association »'s; one association's keeps its name.
    @Test func severalStructuresShareTheTreasury() {
        let five = RunHTMLTests.page(RunHTMLTests.fiveAssociations)
        #expect(five.contains("<h2>Trésorerie des structures</h2>") && !five.contains("association&#39;s") && !five.contains("de l'association"))
        #expect(!five.contains("par l&#39;association"))
        #expect(RunHTMLTests.page(RunHTMLTests.fiveAssociations, .en).contains("<h2>The operators' treasury</h2>"))
        #expect(RunHTMLTests.page(RunHTMLTests.candidatureA).contains("<h2>Trésorerie de l'association</h2>"))
    }

    /// The split between structures ends with a total row, in the text and on the page: each money column the exact
    /// sum of the shares printed above it, households and FTE summed too (no FTE column for a scenario that describes
    /// no team, AML's).
    @Test(arguments: ScenarioFilesTests.files)
    func theSplitTotalsAreTheSumsOfItsRows(_ file: String) throws {
        let evaluation = try ScenarioFilesTests.evaluation(file)
        let operators = evaluation.report.operators
        guard operators.count > 1 else { return }
        let f = Formatter(.fr)
        let households = operators.reduce(Int64(0)) { $0 + $1.households }
        let fte = FTE(hundredths: operators.reduce(Int64(0)) { $0 + $1.fte.hundredths })
        var columns: [Money] = []
        for index in evaluation.report.lines.indices {
            columns.append(try Money.sum(operators.map { $0.shares[index].amount }))
        }
        columns.append(try Money.sum(operators.map(\.total.amount)))
        let team = !evaluation.report.scenario.staff.isEmpty
        #expect(team || (!RunHTMLTests.page(evaluation).contains("0\u{00A0}ETP") && file == "aml-pas-de-calais-2019.json"))
        let cells = [f.count(households)] + (team ? [f.fte(fte)] : []) + columns.map(f.money)
        let page = RunHTMLTests.page(evaluation)
        #expect(page.contains("<tr class=\"total\"><td>Total</td>" + cells.map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr></tbody>"))
        let text = RunText(words: Wording(.fr)).render(evaluation)
        let split = try #require(text.components(separatedBy: "RÉPARTITION ENTRE STRUCTURES\n").last?.components(separatedBy: "  Lignes à ").first)
        // Wider than the page, the table is in two parts (the operators, then their shares): its total row is read
        // across them.
        let totals = split.split(separator: "\n").filter { $0.hasPrefix("  Total ") }
        #expect(totals.count == 1 || totals.count == 2)
        let total = totals.flatMap { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst() }.joined(separator: " ")
        #expect(total == cells.joined(separator: " "))
    }

    /// The parts of each cell of `page` between `open` and `close`, split at `separator`.
    static func cells(of page: String, between open: String, and close: String, separator: String) -> [[String]] {
        page.components(separatedBy: open).dropFirst().map { cell in
            (cell.components(separatedBy: close).first ?? "").components(separatedBy: separator)
        }
    }

    /// A source cell prints each citation once: two quotations from the same section of the call are one
    /// « …, § Financements », not the same line two or three times (« Enveloppe par ETP et par an » cited
    /// « § Financements » three times). The same in the checks' printed sources and in the figures' CSV.
    @Test(arguments: ScenarioFilesTests.files)
    func eachCitationOncePerCell(_ file: String) throws {
        let evaluation = try ScenarioFilesTests.evaluation(file)
        let page = RunHTMLTests.page(evaluation)
        let sourceCells = RunHTMLTests.cells(of: page, between: "<td class=\"source\">", and: "</td>", separator: "<br>")
        let printedCites = RunHTMLTests.cells(of: page, between: "<div class=\"cite print-only\">", and: "</div>", separator: " ; ")
        #expect(!sourceCells.isEmpty && !printedCites.isEmpty)
        for parts in sourceCells + printedCites { #expect(Set(parts).count == parts.count, "\(file): \(parts)") }
        let csv = String(decoding: RunCSV(words: Wording(.fr)).figures(evaluation), as: UTF8.self)
        for row in csv.components(separatedBy: "\r\n").dropFirst() where !row.isEmpty {
            let parts = (row.components(separatedBy: ";").last ?? "").components(separatedBy: " | ")
            #expect(Set(parts).count == parts.count, "\(file): \(row)")
        }
    }

    /// Each chart has its source on one line under it: what the curve is drawn from and the payment terms it follows.
    @Test(arguments: ScenarioFilesTests.files)
    func eachChartCitesItsSource(_ file: String) throws {
        let evaluation = try ScenarioFilesTests.evaluation(file)
        for language in [Language.fr, .en] {
            let page = RunHTMLTests.page(evaluation, language)
            let charts = page.components(separatedBy: "</svg>").dropFirst()
            #expect(charts.count == 2)
            for after in charts {
                let source = language.pick("Source\u{00A0}: ", "Source: ")
                #expect(after.hasPrefix("<p class=\"source chart-source\">" + source), "\(file) \(after.prefix(80))")
            }
        }
        let page = RunHTMLTests.page(RunHTMLTests.candidatureA)
        #expect(
            page.contains(
                "</svg><p class=\"source chart-source\">Source\u{00A0}: tableau «\u{00A0}Mois par mois\u{00A0}», trésorerie de départ + encaissements − décaissements\u{00A0}; versements\u{00A0}: scénario, rules.paymentTerms.</p>"
            ))
    }

    /// The envelope card says what its amount pays for, as the report reads: the five 2023 associations each have
    /// their own convention (five of 108 187,50 €, not one of 540 937,50 €); the VIAL renewal runs two periods; the
    /// Montpellier application has one convention.
    @Test func theEnvelopeCardSaysWhichConventions() throws {
        let five = RunHTMLTests.fiveAssociations
        #expect(RunHTMLTests.card("Enveloppe", in: RunHTMLTests.page(five))?.note == "5 conventions, une par structure")
        #expect(RunHTMLTests.card("Envelope", in: RunHTMLTests.page(five, .en))?.note == "5 conventions, one per operator")
        #expect(five.report.operators.count == 5 && five.report.lines.allSatisfy(\.isPerOperator))
        let renewal = try ScenarioFilesTests.evaluation("vial-ami2-2025-renouvellement.json")
        #expect(renewal.report.call.periods.count == 2)
        #expect(RunHTMLTests.card("Enveloppe", in: RunHTMLTests.page(renewal))?.note == "par période de convention")
        #expect(RunHTMLTests.card("Envelope", in: RunHTMLTests.page(renewal, .en))?.note == "per convention period")
        #expect(RunHTMLTests.card("Enveloppe", in: RunHTMLTests.page(RunHTMLTests.candidatureA))?.note == "par convention")
        #expect(RunHTMLTests.card("Envelope", in: RunHTMLTests.page(RunHTMLTests.candidatureA, .en))?.note == "per convention")
    }

    /// The closing footer (« Montants exacts… Produit par enveloppe. ») ends the page, on screen and in print: after
    /// the monthly table, printed on the portrait pages after the checks, and after the derivations shown on screen.
    @Test(arguments: ScenarioFilesTests.files)
    func theFooterComesLast(_ file: String) throws {
        let page = RunHTMLTests.page(try ScenarioFilesTests.evaluation(file))
        let footer = try #require(page.range(of: "<footer>Montants exacts au centime"))
        let monthly = try #require(page.range(of: "<h2>Mois par mois</h2>"))
        #expect(monthly.upperBound < footer.lowerBound)
        #expect(page.components(separatedBy: "<footer>").count == 2)
        #expect(page.hasSuffix("Produit par enveloppe.</footer>" + HTMLPage.tail))
    }

    /// In print the monthly table stays on the portrait pages after the checks (no page left nearly empty before a
    /// landscape one) while its cells are short enough; amounts in the millions take a landscape page.
    @Test func theMonthlyTableTakesALandscapePageOnlyWhenItMust() throws {
        #expect(RunHTMLTests.page(RunHTMLTests.candidatureA).contains("<section class=\"monthly-section\"><h2>Mois par mois</h2>"))
        #expect(RunHTMLTests.page(RunHTMLTests.fiveAssociations).contains("<section class=\"monthly-section\"><h2>Mois par mois</h2>"))
        let bytes = try [UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent("candidature-a-montpellier-2025.json")))
        var scenario = try ScenarioDecoder.decode(bytes)
        scenario.openingBalance = Money(cents: 12_000_000_000)  // 120 000 000 €: a treasury of « 120 250 000,00 € », 16 characters
        let page = RunHTMLTests.page(try Evaluation(scenario))
        #expect(page.contains("<section class=\"monthly-section wide\"><h2>Mois par mois</h2>"))
        // The portrait table's print style: small print, headers that wrap.
        #expect(HTMLPage.style.contains(".monthly th { font-size: 7pt; letter-spacing: 0; white-space: normal; }"))
        #expect(HTMLPage.style.contains("section.wide { page: wide; }"))
        // Its note never goes alone to a page of its own.
        #expect(HTMLPage.style.contains(".monthly-section > .source { break-before: avoid; }"))
    }

    /// In print, what reads with what comes before it is kept with it (Chromium's A4 print looked at): the closing note
    /// with the report's last lines (VIAL AMI 1's report printed it alone on a fifth page), a table's source lines with
    /// its last row (the Bail d'abord schedule's second line went alone to the next page), and the key figures' six
    /// cards together (Montpellier 2023's were cut three and three).
    @Test func theClosingNoteSourcesAndCardsStayWithTheirNeighboursInPrint() throws {
        let print = try #require(HTMLPage.style.components(separatedBy: "@media print {").last)
        #expect(print.contains("footer { break-before: avoid;"))
        #expect(print.contains("table + .source, .source + .source { break-before: avoid; }"))
        #expect(print.contains(".cards { break-inside: avoid; }"))
        // The month-by-month table never leaves its last row alone on a page (VIAL AMI 1's June 2026, in standards mode).
        #expect(print.contains(".monthly tbody tr:nth-last-child(-n+2) { break-before: avoid; }"))
        #expect(RunHTMLTests.page(RunHTMLTests.fiveAssociations).contains("</table><p class=\"source\">"))
    }
}
