import Enveloppe
import Testing

@testable import EnveloppeFormats

@Suite struct ActualsCSVTests {
    /// Every line at fault is said, in the file's order, the lines around them read; reading stops only at a quote left
    /// open, or at the first line when the whole file is written otherwise (another separator).
    @Test func everyLineAtFaultIsSaid() {
        let text = "mois;opérateur;mesures\n2023-13;a;1\n2023-02;a;2\n2023-03;a;12,5\n2023-04;;1\n2023-05,a,1\n2023-06;a;1\n"
        let (counts, failures) = ActualsCSV.read(Array(text.utf8))
        #expect(counts.map(\.line) == [3, 7])
        #expect(
            failures == [
                ActualsCSV.Failure(line: 2, column: 1, problem: .invalidMonth("2023-13")),
                ActualsCSV.Failure(line: 4, column: 3, problem: .notWhole("12,5")),
                ActualsCSV.Failure(line: 5, column: 2, problem: .emptyOperator),
                // Among the lines, another separator is the line's fault only.
                ActualsCSV.Failure(line: 6, column: nil, problem: .otherSeparator(",")),
            ])
        #expect(throws: failures[0]) { try ActualsCSV.parse(Array(text.utf8)) }
        // At the first line, the whole file: said once.
        #expect(ActualsCSV.read(Array("2023-01,a,1\n2023-02,a,1\n".utf8)).failures.count == 1)
        #expect(
            ActualsCSV.read(Array("2023-01;a;1\n2023-02;\"a;1\n2023-03;a;x\n".utf8)).failures == [
                ActualsCSV.Failure(line: 2, column: 2, problem: .unterminatedQuote)
            ])
        #expect(ActualsCSV.read(Array("\n\n".utf8)).failures == [ActualsCSV.Failure(line: 1, column: nil, problem: .empty)])
    }

    /// UTF-16 with its byte-order mark (Excel's « Texte Unicode »), either byte order, is read as its text, with « ; »
    /// or with the tabs Excel writes: its counts, never months with a NUL between their digits.
    @Test func utf16IsReadAsItsText() throws {
        func utf16(_ text: String, little: Bool) -> [UInt8] {
            (little ? [0xFF, 0xFE] : [0xFE, 0xFF])
                + text.utf16.flatMap { little ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        }
        for little in [true, false] {
            #expect(
                try ActualsCSV.parse(utf16("mois;opérateur;mesures\r\n2023-01;a;12\r\n", little: little)) == [
                    ActualCount(month: YearMonth(year: 2023, month: 1), operatorID: "a", measures: 12, line: 2)
                ])
            #expect(
                try ActualsCSV.parse(utf16("mois\topérateur\tmesures\r\n2023-01\ta\t12\r\n", little: little)) == [
                    ActualCount(month: YearMonth(year: 2023, month: 1), operatorID: "a", measures: 12, line: 2)
                ])
            // A blank line before the header: the tabs are still the columns.
            #expect(
                try ActualsCSV.parse(utf16("\r\n2023-01\ta\t12\r\n", little: little)) == [
                    ActualCount(month: YearMonth(year: 2023, month: 1), operatorID: "a", measures: 12, line: 2)
                ])
            // A budget in « Texte Unicode »: a label holding « ; » or a quote keeps it, a quoted label with a tab too,
            // and a line at fault is said at its own line.
            let budget = try BudgetCSV.parse(
                utf16(
                    "compte\tlibellé\tmontant\r\n64\tPersonnel; équipe\t1 000\r\n60\t\"Achats\tdivers\"\t20\r\n62\tLe \"bon\" coin\t5\r\n",
                    little: little))
            #expect(
                budget.map(\.label) == ["Personnel; équipe", "Achats\tdivers", "Le \"bon\" coin"]
                    && budget.map(\.amount.cents) == [100_000, 2_000, 500])
            #expect(throws: BudgetCSV.Failure.self) { try BudgetCSV.parse(utf16("64\tPersonnel\t1 000\r\n60\tAchats\tdouze\r\n", little: little)) }
            #expect(BudgetCSV.read(utf16("64\tPersonnel\t1 000\r\n60\tAchats\tdouze\r\n", little: little)).failures.first?.line == 2)
        }
    }

    /// Excel's `sep=;` first line is passed over, the header after it read as a header.
    @Test func excelsSeparatorLineIsPassedOver() throws {
        let counts = try ActualsCSV.parse([0xEF, 0xBB, 0xBF] + Array("sep=;\r\nmois;opérateur;mesures\r\n2023-01;a;12\r\n".utf8))
        #expect(counts == [ActualCount(month: YearMonth(year: 2023, month: 1), operatorID: "a", measures: 12, line: 3)])
        let budget = try BudgetCSV.parse(Array("sep=;\ncompte;libellé;montant\n64;Personnel;1 000\n".utf8))
        #expect(budget.map(\.amount) == [Money(cents: 100_000)])
    }

    @Test func readsCountsWithAHeader() throws {
        let counts = try ActualsCSV.parse([0xEF, 0xBB, 0xBF] + Array("mois;opérateur;mesures\r\n2023-01;a;12\r\n2023-02;b;0\r\n".utf8))
        #expect(
            counts == [
                ActualCount(month: YearMonth(year: 2023, month: 1), operatorID: "a", measures: 12, line: 2),
                ActualCount(month: YearMonth(year: 2023, month: 2), operatorID: "b", measures: 0, line: 3),
            ])
    }

    @Test(arguments: [
        ("2023-01;a;-1\n", ActualsCSV.Failure(line: 1, column: 3, problem: .negativeCount("-1"))),
        ("2023-01;a;11,5\n", ActualsCSV.Failure(line: 1, column: 3, problem: .notWhole("11,5"))),
        ("2023-01;a;onze\n", ActualsCSV.Failure(line: 1, column: 3, problem: .invalidCount("onze"))),
        ("2023-01;a;1\n2023-13;a;1\n", ActualsCSV.Failure(line: 2, column: 1, problem: .invalidMonth("2023-13"))),
        ("2023-01;;1\n", ActualsCSV.Failure(line: 1, column: 2, problem: .emptyOperator)),
        ("2023-01;a\n", ActualsCSV.Failure(line: 1, column: nil, problem: .columnCount(found: 2))),
        // Saved with commas or tabs: said as such, not as « 1 column ».
        ("mois,opérateur,mesures\n2023-01,a,1\n", ActualsCSV.Failure(line: 1, column: nil, problem: .otherSeparator(","))),
        ("2023-01\ta\t1\n", ActualsCSV.Failure(line: 1, column: nil, problem: .otherSeparator("\t"))),
        // Tabs first: an operator's name or a count may hold commas.
        ("2023-01\tassociation a, b, c\t1,0\n", ActualsCSV.Failure(line: 1, column: nil, problem: .otherSeparator("\t"))),
        // A header in another order would read operators as months: said at the header.
        ("opérateur;mois;mesures\na;2023-01;1\n", ActualsCSV.Failure(line: 1, column: nil, problem: .headerOrder("opérateur;mois;mesures"))),
        // A line of totals at the bottom, with or without a word where the month goes: said as such.
        ("2023-01;a;1\nTotal;;650\n", ActualsCSV.Failure(line: 2, column: 1, problem: .totalLine)),
        ("2023-01;a;1\nTOTAL;650\n", ActualsCSV.Failure(line: 2, column: 1, problem: .totalLine)),
        ("2023-01;a;1\n;;650\n", ActualsCSV.Failure(line: 2, column: 1, problem: .totalLine)),
        ("2023-01;a;1\nsous-total;a;12\n", ActualsCSV.Failure(line: 2, column: 1, problem: .totalLine)),
        ("2023-01;a;1\n;a;12\n", ActualsCSV.Failure(line: 2, column: 1, problem: .invalidMonth(""))),
        // After the header, a month without a digit is a month at fault, never a second header passed over.
        ("mois;opérateur;mesures\njanvier;a;12\n2023-02;a;3\n", ActualsCSV.Failure(line: 2, column: 1, problem: .invalidMonth("janvier"))),
        ("sep=;\nmois;opérateur;mesures\njanvier;a;12\n", ActualsCSV.Failure(line: 3, column: 1, problem: .invalidMonth("janvier"))),
    ])
    func aBadLineIsNamed(_ text: String, _ failure: ActualsCSV.Failure) {
        #expect(throws: failure) { try ActualsCSV.parse(Array(text.utf8)) }
    }

    @Test func messages() throws {
        let words = Wording(.fr)
        #expect(
            words.message(ActualsCSV.Failure(line: 60, column: 1, problem: .totalLine), file: "c.csv")
                == "c.csv: ligne 60, colonne 1 (mois) : une ligne de total ? Supprimez-la : l'outil fait les totaux ; sinon, donnez le mois (par ex. 2023-03)"
        )
        #expect(
            words.message(ActualsCSV.Failure(line: 1, column: nil, problem: .otherSeparator(",")), file: "c.csv")
                == "c.csv: ligne 1 : colonnes séparées par des virgules, pas par « ; » (mois;opérateur;mesures) : enregistrez le fichier au format « CSV (séparateur : point-virgule) »"
        )
        #expect(
            words.message(ActualsCSV.Failure(line: 4, column: 3, problem: .negativeCount("-2")), file: "c.csv")
                == "c.csv: ligne 4, colonne 3 (mesures) : attendu un nombre positif ou nul, trouvé « -2 »")
        #expect(
            words.message(ActualsError(line: 7, problem: .unknownOperator("x", known: ["a", "b"])), file: "c.csv")
                == "c.csv: ligne 7, colonne 2 (opérateur) : opérateur inconnu « x » ; opérateurs du scénario : a, b")
        #expect(
            words.message(ActualsError(line: 2, problem: .aboveCapacity(measures: 50, capacity: 12)), file: "c.csv")
                == "c.csv: ligne 2, colonne 3 (mesures) : 50 ménages dépassent les 12 places que le scénario donne à cet opérateur (son nombre de ménages, « households »)"
        )
        // An empty cell is said as such, not as « trouvé «  » ».
        #expect(
            words.message(try #require(ActualsCSV.read(Array("2023-01;a; \n;a;1\n".utf8)).failures.first), file: "c.csv")
                == "c.csv: ligne 1, colonne 3 (mesures) : case vide : attendu un nombre de ménages (0 pour un mois sans ménage)")
        #expect(
            words.message(try #require(ActualsCSV.read(Array("2023-01;a;1\n;a;1\n".utf8)).failures.first), file: "c.csv")
                == "c.csv: ligne 2, colonne 1 (mois) : case vide : attendu un mois (par ex. 2023-03)")
    }
}
