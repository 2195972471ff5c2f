import Enveloppe
import Testing

@testable import EnveloppeFormats

@Suite struct BudgetCSVTests {
    func parse(_ text: String, bom: Bool = false) throws(BudgetCSV.Failure) -> [BudgetLine] {
        try BudgetCSV.parse((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
    }

    @Test func readsASpreadsheetExport() throws {
        let lines = try parse(
            "compte;libellé;montant\r\n60;Équipement;1 234,56\r\n\"62\";\"Transports; déplacements\";500\r\nCI;Frais de siège;12 000,00 €\r\n74;Subvention DDETS;350000\r\n",
            bom: true)
        #expect(lines.map(\.account) == [.purchases, .otherExternalServices, .indirectCharges, .operatingSubsidies])
        #expect(lines.map(\.amount.cents) == [123_456, 50_000, 1_200_000, 35_000_000])
        #expect(lines[1].label == "Transports; déplacements")
        #expect(lines[0].purposes == [.equipment])
    }

    @Test func withoutBOMOrHeaderAndWithSubAccounts() throws {
        let lines = try parse("606;Fournitures;10\n7411;Subvention État;10\n")
        #expect(lines.map(\.account) == [.purchases, .operatingSubsidies])
    }

    /// A blank line above the header is no title: the header is still the first line read.
    @Test func aBlankLineAboveTheHeader() throws {
        let lines = try parse("\ncompte;libellé;montant\n60;Achats;100\n")
        #expect(lines.map(\.account) == [.purchases])
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        let id: String
        let text: String
        let failure: BudgetCSV.Failure
        var testDescription: String { id }
    }

    @Test(arguments: [
        BadCase(
            id: "a title above the header", text: "Budget prévisionnel;;\n\ncompte;libellé;montant\n60;Achats;100\n",
            failure: BudgetCSV.Failure(line: 3, column: nil, problem: .headerNotFirst)),
        BadCase(
            id: "text in an amount", text: "60;Achats;100\n61;Locaux;deux mille\n",
            failure: BudgetCSV.Failure(line: 2, column: 3, problem: .invalidAmount("deux mille", .unexpectedCharacter("d")))),
        BadCase(
            id: "unknown account", text: "60;Achats;100\n69;Divers;100\n",
            failure: BudgetCSV.Failure(line: 2, column: 1, problem: .unknownAccount("69"))),
        BadCase(
            id: "ambiguous decimal point", text: "compte;libellé;montant\n64;Personnel;1.234\n",
            failure: BudgetCSV.Failure(line: 2, column: 3, problem: .ambiguousPoint("1.234"))),
        BadCase(
            // Two points can only part thousands: said as such, not as ambiguous.
            id: "thousands with points", text: "64;Personnel;1.234.567\n",
            failure: BudgetCSV.Failure(line: 1, column: 3, problem: .invalidAmount("1.234.567", .thousandsPoint))),
        BadCase(
            id: "the account in the second column", text: "libellé;compte;montant\nLoyer;61;1 000\nAchats;60;100\n",
            failure: BudgetCSV.Failure(line: 2, column: nil, problem: .columnsInOtherOrder)),
        BadCase(
            // With its decimal comma, the point can only part thousands: said as such, not as ambiguous.
            id: "thousands with a point before a decimal comma", text: "64;Personnel;4.000,00\n",
            failure: BudgetCSV.Failure(line: 1, column: 3, problem: .invalidAmount("4.000,00", .thousandsPoint))),
        BadCase(
            id: "thousands written the English way", text: "64;Personnel;12,000.00\n",
            failure: BudgetCSV.Failure(line: 1, column: 3, problem: .invalidAmount("12,000.00", .thousandsComma))),
        BadCase(
            id: "saved with commas", text: "compte,libellé,montant\n60,Achats,100\n",
            failure: BudgetCSV.Failure(line: 1, column: nil, problem: .otherSeparator(","))),
        BadCase(
            id: "two columns", text: "60;Achats 100\n",
            failure: BudgetCSV.Failure(line: 1, column: nil, problem: .columnCount(found: 2))),
        BadCase(
            id: "negative amount", text: "60;Achats;-100\n",
            failure: BudgetCSV.Failure(line: 1, column: 3, problem: .negativeAmount("-100"))),
        BadCase(
            // A typographic minus, a dash, an accounting format's parentheses: negative amounts all the same.
            id: "negative amount with a typographic minus", text: "60;Achats;\u{2212}100\n",
            failure: BudgetCSV.Failure(line: 1, column: 3, problem: .negativeAmount("\u{2212}100"))),
        BadCase(
            id: "negative amount with a dash", text: "60;Achats;\u{2013} 1 234,56\n",
            failure: BudgetCSV.Failure(line: 1, column: 3, problem: .negativeAmount("\u{2013} 1 234,56"))),
        BadCase(
            id: "negative amount in parentheses", text: "60;Achats; (1 234,56) \n",
            failure: BudgetCSV.Failure(line: 1, column: 3, problem: .negativeAmount("(1 234,56)"))),
        BadCase(
            // Parentheses around no amount, or around zero, are not a negative amount: said as the reader finds them.
            id: "parentheses around a word", text: "60;Achats;(abc)\n",
            failure: BudgetCSV.Failure(line: 1, column: 3, problem: .invalidAmount("(abc)", .unexpectedCharacter("(")))),
        BadCase(
            id: "parentheses around zero", text: "60;Achats;(0)\n",
            failure: BudgetCSV.Failure(line: 1, column: 3, problem: .invalidAmount("(0)", .unexpectedCharacter("(")))),
        BadCase(
            id: "empty label", text: "60; ;100\n",
            failure: BudgetCSV.Failure(line: 1, column: 2, problem: .emptyLabel)),
        BadCase(
            id: "unterminated quote", text: "60;\"Achats;100\n",
            failure: BudgetCSV.Failure(line: 1, column: 2, problem: .unterminatedQuote)),
        BadCase(id: "empty file", text: "\n\n", failure: BudgetCSV.Failure(line: 1, column: nil, problem: .empty)),
    ])
    func aBadLineIsNamed(_ c: BadCase) {
        #expect(throws: c.failure) { try parse(c.text) }
    }

    /// Every line at fault is said, in the file's order, and the lines around them are read: a person corrects them all
    /// in one pass. Reading stops only where the rest of the file could not be read (a quote left open).
    @Test func everyLineAtFaultIsSaid() {
        let text = "compte;libellé;montant\n60;Achats;abc\n61;Locaux;1 000\n;TOTAL;1 100\n62;;50\n63;Taxes;-5\n64;\"Salaires;10\n65;Autre;1\n"
        let (lines, failures) = BudgetCSV.read(Array(text.utf8))
        #expect(lines.map(\.label) == ["Locaux"])
        #expect(
            failures == [
                BudgetCSV.Failure(line: 2, column: 3, problem: .invalidAmount("abc", .unexpectedCharacter("a"))),
                BudgetCSV.Failure(line: 4, column: 1, problem: .unknownAccount("")),
                BudgetCSV.Failure(line: 5, column: 2, problem: .emptyLabel),
                BudgetCSV.Failure(line: 6, column: 3, problem: .negativeAmount("-5")),
                BudgetCSV.Failure(line: 7, column: 2, problem: .unterminatedQuote),
            ])
        // `parse` throws the first; a file without a fault gives none.
        #expect(throws: failures[0]) { try BudgetCSV.parse(Array(text.utf8)) }
        #expect(BudgetCSV.read(Array("60;Achats;100\n".utf8)).failures.isEmpty)
        // Once a line is read at fault, a header-like line after it is an unknown account, as it is after a good line.
        #expect(
            BudgetCSV.read(Array("compte;libellé;montant\n60;Achats;abc\nCompte;Libellé;Montant\n".utf8)).failures.last
                == BudgetCSV.Failure(line: 3, column: 1, problem: .unknownAccount("Compte")))
    }

    /// What says how the whole file is written (another separator, the account second, more than three columns) stops
    /// the reading only before any line; among the lines, such a line is one line at fault. A title of one column above
    /// the header is said once, and the header after it read as the header.
    @Test func aFileLevelFaultIsOneOnlyBeforeTheLines() throws {
        func failures(_ text: String) -> [BudgetCSV.Failure] { BudgetCSV.read(Array(text.utf8)).failures }
        #expect(
            failures("Budget prévisionnel 2025\ncompte;libellé;montant\n60;Achats;100\n") == [
                BudgetCSV.Failure(line: 1, column: nil, problem: .columnCount(found: 1))
            ])
        #expect(
            failures("60;Achats;100\nTotal des charges, hors CI, 2025\nSous-total;60;100\n61;Loyer;abc\n") == [
                BudgetCSV.Failure(line: 2, column: nil, problem: .columnCount(found: 1)),
                BudgetCSV.Failure(line: 3, column: 1, problem: .unknownAccount("Sous-total")),
                BudgetCSV.Failure(line: 4, column: 3, problem: .invalidAmount("abc", .unexpectedCharacter("a"))),
            ])
        // A column the header names for comments is kept, not read; one the header does not name is refused once.
        #expect(failures("compte;libellé;montant;commentaire\n60;Achats;100;x\n61;Loyer;5\n").isEmpty)
        #expect(try BudgetCSV.parse(Array("compte;libellé;montant;commentaire\n60;Achats;100;x\n".utf8)).map(\.label) == ["Achats"])
        #expect(
            failures("compte;libellé;montant;commentaire\n60;Achats;100;x;y\n") == [
                BudgetCSV.Failure(line: 2, column: nil, problem: .columnCount(found: 5))
            ])
        // A column more that is a figure is refused: which amount is meant is not the tool's to guess.
        #expect(
            failures("compte;libellé;montant HT;montant TTC\n60;Achats;100;120\n") == [
                BudgetCSV.Failure(line: 1, column: nil, problem: .columnCount(found: 4))
            ])
        #expect(failures("compte;libellé;montant 2025;Remarques\n60;Achats;100;à revoir\n").isEmpty)
        #expect(
            failures("compte;libellé;montant\n60;Achats;100;x\n61;Loyer;5;y\n") == [
                BudgetCSV.Failure(line: 2, column: nil, problem: .columnCount(found: 4))
            ])
        // Points among other characters, or not before groups of three digits, are not thousands: said as before.
        #expect(
            failures("60;Fournitures;p.m.\n62;Honoraires;15.03.2025\n") == [
                BudgetCSV.Failure(line: 1, column: 3, problem: .invalidAmount("p.m.", .unexpectedCharacter("p"))),
                BudgetCSV.Failure(line: 2, column: 3, problem: .ambiguousPoint("15.03.2025")),
            ])
    }

    /// A line break typed in a cell (inside quotes) is a space of the label, and the label's purposes are read across it.
    @Test func aLineBreakInALabelIsASpace() throws {
        let lines = try parse("60;\"Gestion\r\n locative\nadaptée \";100\n61;Loyer;5\n")
        #expect(lines.map(\.label) == ["Gestion locative adaptée", "Loyer"])
        #expect(lines[0].purposes == [.housingManagement])
        #expect(lines.map(\.origin) == ["ligne 1", "ligne 4"])
    }

    /// What a finance officer reads for the usual slips: what is wrong and what to do.
    @Test func theMessagesSayWhatToDo() {
        let words = Wording(.fr)
        func said(_ problem: BudgetCSV.Problem, column: Int? = 3) -> String {
            words.message(BudgetCSV.Failure(line: 4, column: column, problem: problem), file: "b.csv")
        }
        #expect(said(.unknownAccount(""), column: 1).contains("une ligne de total ou de sous-total ? Supprimez-la"))
        #expect(said(.columnCount(found: 1), column: nil).contains("une ligne de titre ou de commentaire ?"))
        #expect(
            said(.columnCount(found: 4), column: nil).contains(
                "une colonne de commentaires se garde si l'en-tête la nomme (compte;libellé;montant;commentaire), toute autre se supprime"))
        #expect(!said(.columnCount(found: 2), column: nil).contains("supprimez"))
        #expect(said(.columnsInOtherOrder, column: nil).hasSuffix("les colonnes vont dans l'ordre compte;libellé;montant"))
        #expect(said(.invalidAmount("12,345", .tooManyFractionDigits(allowed: 2))).contains("si la virgule sépare les milliers"))
        #expect(!said(.invalidAmount("12,3456", .tooManyFractionDigits(allowed: 2))).contains("milliers"))
        #expect(!said(.invalidAmount("0,125", .tooManyFractionDigits(allowed: 2))).contains("milliers"))
        #expect(said(.invalidAmount("1\n000", .unexpectedCharacter("\n"))).hasSuffix("(saut de ligne inattendu)"))
        #expect(said(.columnCount(found: 1), column: nil).hasSuffix("les lignes du budget : supprimez-la"))
        #expect(said(.invalidAmount("1 234,56 EUR", .word("EUR"))).hasSuffix("(écrire le nombre seul, sans « EUR »)"))
        #expect(said(.invalidAmount("- 50", .unexpectedCharacter(" "))).hasSuffix("(espace inattendue)"))
        #expect(said(.emptyLabel, column: 2).hasSuffix("libellé vide : nommez la dépense ou la recette"))
        #expect(
            Wording(.en).message(BudgetCSV.Failure(line: 1, column: nil, problem: .otherSeparator(",")), file: "b.csv").contains(
                "'CSV (semicolon delimited)'"))
    }

    @Test func windows1252AsFrenchExcelSavesIt() throws {
        // « CSV (séparateur : point-virgule) » of French Excel: Windows-1252, é is 0xE9, € is 0x80, ’ is 0x92.
        let bytes =
            Array("compte;libell".utf8) + [0xE9] + Array(";montant\r\n62;D".utf8) + [0xE9] + Array("placements de l".utf8) + [0x92]
            + Array("\u{E9}quipe (".utf8.prefix(0)) + Array("quipe;1 234,50\r\n".utf8)
        #expect(CSVReader.readsAsWindows1252(bytes))
        let lines = try BudgetCSV.parse(bytes)
        #expect(lines.map(\.label) == ["Déplacements de l’quipe"])
        #expect(lines.map(\.amount) == [Money(cents: 123_450)])
        // A UTF-8 file is read as it is.
        #expect(!CSVReader.readsAsWindows1252(Array("62;Déplacements;100\n".utf8)))
        #expect(Windows1252.utf8([0x80, 0x9C, 0xC9][...]) == Array("€œÉ".utf8))
    }

    @Test func theMessageNamesTheLineAndTheColumn() {
        let words = Wording(.fr)
        #expect(
            words.message(BudgetCSV.Failure(line: 2, column: 3, problem: .ambiguousPoint("1.234")), file: "budget.csv")
                == "budget.csv: ligne 2, colonne 3 (montant) : « 1.234 » est ambigu : le point est-il un séparateur de milliers ou décimal ? Écrivez la virgule décimale (1234,56) et rien entre les milliers, ou des espaces"
        )
    }
}
