import Enveloppe
import EnveloppeWorkbook
import Foundation
import Testing

@testable import EnveloppeFormats

/// A scenario written as a workbook reads back the same; a bad cell is named with what it holds.
@Suite struct ScenarioWorkbookTests {
    static let files = ScenarioFilesTests.files

    static func original(_ file: String) throws -> Scenario {
        try ScenarioDecoder.decode([UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent(file))))
    }

    /// JSON → workbook → JSON gives the same scenario, for every shipped scenario and both formats.
    @Test(arguments: files)
    func everyShippedScenarioRoundTrips(_ file: String) throws {
        let scenario = try ScenarioWorkbookTests.original(file)
        let json = ScenarioJSON.text(scenario)
        #expect(try ScenarioDecoder.decode(Array(json.utf8)) == scenario, "JSON → JSON")
        for kind in [ReadWorkbook.Kind.xlsx, .ods] {
            let read = try ScenarioWorkbookReader.decode(ScenarioWorkbook.bytes(scenario, kind)).scenario
            #expect(ScenarioJSON.text(read) == json, "\(kind)")
            #expect(try ScenarioDecoder.decode(Array(ScenarioJSON.text(read).utf8)) == scenario, "\(kind) → JSON")
        }
    }

    /// A treasury that starts on an overdraft reads back from the JSON and from both workbooks, below zero.
    @Test func aNegativeOpeningBalanceRoundTrips() throws {
        var scenario = try ScenarioWorkbookTests.original("bail-dabord-montpellier-2025.json")
        scenario.openingBalance = Money(cents: -2_000_000)
        let json = ScenarioJSON.text(scenario)
        #expect(try ScenarioDecoder.decode(Array(json.utf8)).openingBalance == Money(cents: -2_000_000))
        for kind in [ReadWorkbook.Kind.xlsx, .ods] {
            #expect(try ScenarioWorkbookReader.decode(ScenarioWorkbook.bytes(scenario, kind)).scenario.openingBalance == Money(cents: -2_000_000))
        }
    }

    /// Every call's template reads back as its starter scenario.
    @Test(arguments: Presets.all.map(\.id.rawValue))
    func everyTemplateReadsAsTheStarterScenario(_ preset: String) throws {
        let starter = try ScenarioDecoder.decode(Array(try #require(StarterScenario.json(for: preset)).utf8))
        for kind in [ReadWorkbook.Kind.xlsx, .ods] {
            let bytes = try #require(StarterScenario.workbook(for: preset, kind))
            #expect(ScenarioJSON.text(try ScenarioWorkbookReader.decode(bytes).scenario) == ScenarioJSON.text(starter))
        }
    }

    // MARK: Editing the Montpellier template

    static func template(_ preset: String = "bail-dabord-montpellier-2024") throws -> ReadWorkbook {
        try WorkbookReader.read(try #require(StarterScenario.workbook(for: preset, .xlsx)))
    }

    /// The template with cells set, by `Sheet!A1`.
    static func edited(_ edits: [String: ReadValue], preset: String = "bail-dabord-montpellier-2024") throws -> ReadWorkbook {
        var workbook = try template(preset)
        for (path, value) in edits {
            let (sheetName, cell) = try #require(WorkbookPath.parts(path))
            let sheet = try #require(workbook.sheets.firstIndex { $0.name == sheetName })
            let letters = cell.prefix { $0.isLetter }
            let column = letters.reduce(0) { $0 * 26 + Int($1.asciiValue! - 64) } - 1
            let row = try #require(Int(cell.dropFirst(letters.count))) - 1
            ScenarioWorkbookFuzz.set(value, row: row, column: column, in: &workbook.sheets[sheet])
        }
        return workbook
    }

    static func scenario(_ edits: [String: ReadValue], preset: String = "bail-dabord-montpellier-2024") throws -> Scenario {
        try ScenarioWorkbookReader.decode(try edited(edits, preset: preset)).scenario
    }

    /// The lines `enveloppe` prints for the workbook's errors.
    static func messages(_ edits: [String: ReadValue], language: Language = .fr) throws -> [String] {
        let workbook = try edited(edits)
        do {
            _ = try ScenarioWorkbookReader.decode(workbook)
            return []
        } catch {
            return error.errors.map { Wording(language).message($0, file: "candidature.xlsx") }
        }
    }

    @Test func theTemplateHasItsCellsWhereTheNoticeSays() throws {
        let scenario = try ScenarioWorkbookTests.scenario([:])
        #expect(scenario.operators[0].staff[1].fte == FTE(hundredths: 750))
        #expect(scenario.rules.advanceRate == Rate(percent: 60))
        let workbook = try ScenarioWorkbookTests.template()
        #expect(workbook.sheet(named: "Équipe")?.cell("D3")?.value == .number("7.50"))
        #expect(workbook.sheet(named: "Candidature")?.cell("A24")?.value == .text("Avance : part de la subvention"))
    }

    struct ValueCase: Sendable, CustomTestStringConvertible {
        let id: String
        let cell: String
        let value: ReadValue
        let check: @Sendable (Scenario) -> Bool
        var testDescription: String { id }
    }

    @Test(arguments: [
        ValueCase(id: "ETP typed the French way", cell: "Équipe!D3", value: .text("7,5")) { $0.operators[0].staff[1].fte == FTE(hundredths: 750) },
        ValueCase(id: "cost typed with spaces and €", cell: "Équipe!E3", value: .text("52 000,50 €")) {
            $0.operators[0].staff[1].annualCostPerFTE == Money(cents: 5_200_050)
        },
        ValueCase(id: "cost as LibreOffice prints a binary number", cell: "Équipe!E3", value: .number("52000.010000000002")) {
            $0.operators[0].staff[1].annualCostPerFTE == Money(cents: 5_200_001)
        },
        ValueCase(id: "rate as a binary fraction", cell: "Candidature!B24", value: .number("0.59999999999999998")) {
            $0.rules.advanceRate == Rate(percent: 60)
        },
        ValueCase(id: "rate typed as text", cell: "Candidature!B24", value: .text("12,5 %")) { $0.rules.advanceRate == Rate(125, over: 1000) },
        ValueCase(id: "month as a date cell", cell: "Équipe!F2", value: .date(year: 2025, month: 10, day: 15)) {
            $0.operators[0].staff[0].start == YearMonth(year: 2025, month: 10)
        },
        ValueCase(id: "month typed as text", cell: "Équipe!G2", value: .text("06/2026")) {
            $0.operators[0].staff[0].end == YearMonth(year: 2026, month: 6)
        },
        ValueCase(id: "role by its JSON value", cell: "Équipe!C3", value: .text("care")) { $0.operators[0].staff[1].role == .care },
        ValueCase(id: "choice typed without accents", cell: "Équipe!C3", value: .text("gestion locative adaptee")) {
            $0.operators[0].staff[1].role == .housingManagement
        },
        ValueCase(id: "entries month by month", cell: "Ménages!G2", value: .text("16 ; 16 ; 16 ; 16")) {
            $0.operators[0].intake == Intake(entries: .explicit([16, 16, 16, 16]))
        },
        ValueCase(id: "early exits", cell: "Ménages!N2", value: .text("03/2026 : 1 ; 2026-05 : 2")) {
            $0.operators[0].intake
                == Intake(
                    entries: .explicit([]),
                    earlyExits: [
                        .init(month: YearMonth(year: 2026, month: 3), households: 1), .init(month: YearMonth(year: 2026, month: 5), households: 2),
                    ])
        },
        ValueCase(id: "a formula's cached value", cell: "Ménages!D2", value: .number("64")) { $0.operators[0].households == 64 },
        ValueCase(id: "the call's convention renewed: the number of conventions alone", cell: "Candidature!B13", value: .number("3")) {
            $0.rules.conventionPeriods == 3 && $0.rules.convention == nil
        },
    ])
    func cellsAreReadLikeTheJSONFields(_ c: ValueCase) throws {
        #expect(c.check(try ScenarioWorkbookTests.scenario([c.cell: c.value])))
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let cell: String
        let value: ReadValue
        let message: String
        var testDescription: String { "\(cell) = \(value)" }
    }

    @Test(arguments: [
        ErrorCase(
            cell: "Équipe!D3", value: .text("un demi"),
            message: "candidature.xlsx: Équipe!D3 : attendu un nombre d'ETP (par ex. 0,5), trouvé « un demi »"),
        ErrorCase(
            cell: "Équipe!E3", value: .number("52000.004999999997"),
            message:
                "candidature.xlsx: Équipe!E3 : attendu un montant en euros, deux décimales au plus (par ex. 49 000,00), trouvé « 52000,005 » (plus de 2 décimales)"
        ),
        ErrorCase(
            cell: "Équipe!C3", value: .text("Éducatrice"),
            message:
                "candidature.xlsx: Équipe!C3 : valeur inconnue « Éducatrice » ; valeurs possibles : Encadrement, Travail social, Soin, Gestion locative adaptée, Administration"
        ),
        ErrorCase(
            cell: "Ménages!D2", value: .missingCachedValue,
            message:
                "candidature.xlsx: Ménages!D2 : attendu un nombre entier, trouvé une formule jamais calculée (ouvrez le classeur dans votre tableur et enregistrez-le : ses formules seront calculées)"
        ),
        ErrorCase(
            cell: "Candidature!B24", value: .error("#DIV/0!"),
            message: "candidature.xlsx: Candidature!B24 : attendu un taux (par ex. 60 %), trouvé l'erreur #DIV/0! du tableur"),
        ErrorCase(
            cell: "Candidature!B24", value: .text("150 %"),
            message: "candidature.xlsx: Candidature!B24 : attendu un taux de 0 % à 100 % (par ex. 60 %), trouvé « 150 % »"),
        ErrorCase(
            cell: "Équipe!F2", value: .text("rentrée 2025"),
            message: "candidature.xlsx: Équipe!F2 : attendu un mois (par ex. 09/2025 ou sept. 2025), trouvé « rentrée 2025 »"),
        ErrorCase(cell: "Équipe!D1", value: .text("ETPs"), message: "candidature.xlsx: Équipe!D1 : attendu « ETP », trouvé « ETPs »"),
        ErrorCase(cell: "Équipe!B3", value: .empty, message: "candidature.xlsx: Équipe!B3 : cellule vide : une valeur est attendue"),
        ErrorCase(cell: "Équipe!A3", value: .text("asso"), message: "candidature.xlsx: Équipe!A3 : attendu « association », trouvé « asso »"),
        ErrorCase(cell: "Ménages!D2", value: .number("64.5"), message: "candidature.xlsx: Ménages!D2 : attendu un nombre entier, trouvé « 64,5 »"),
        ErrorCase(
            cell: "Ménages!F2", value: .number("4"),
            message:
                "candidature.xlsx: Ménages!F2 : remplissez une seule de ces cellules, pas les deux : Montée en charge : entrées par mois, Entrées mois par mois"
        ),
        ErrorCase(
            cell: "Candidature!B7", value: .text("vial-2030"),
            message:
                "candidature.xlsx: Candidature!B7 : appel inconnu « vial-2030 » ; appels connus : bail-dabord-montpellier-2024, bail-dabord-montpellier-2023, vial-pas-de-calais-2025-ami1, vial-pas-de-calais-2025-ami2, aml-pas-de-calais-2019 (voir enveloppe presets)"
        ),
    ])
    func aBadCellIsNamedWithWhatItHolds(_ c: ErrorCase) throws {
        var edits = [c.cell: c.value]
        if c.cell == "Ménages!F2" { edits["Ménages!G2"] = .text("1 ; 2") }
        #expect(try ScenarioWorkbookTests.messages(edits) == [c.message])
    }

    @Test func everyErrorOfTheWorkbookIsListedInItsOrder() throws {
        let messages = try ScenarioWorkbookTests.messages([
            "Équipe!D3": .text("un demi"), "Candidature!B24": .text("soixante"), "Ménages!D2": .text("beaucoup"), "Équipe!C2": .text("Chef"),
        ])
        #expect(messages.map { $0.split(separator: " ")[1] } == ["Candidature!B24", "Ménages!D2", "Équipe!C2", "Équipe!D3"])
    }

    @Test func aMissingSheetOrAnUnknownRubricIsSaid() throws {
        var workbook = try ScenarioWorkbookTests.template()
        workbook.sheets.removeAll { $0.name == "Ménages" }
        #expect(throws: InputErrors([InputError("Ménages!", .missing)])) { try ScenarioWorkbookReader.decode(workbook) }
        #expect(
            Wording(.fr).message(InputError("Ménages!", .missing), file: "c.xlsx") == "c.xlsx: feuille « Ménages » : feuille absente du classeur")
        let messages = try ScenarioWorkbookTests.messages(["Candidature!A8": .text("Trésorerie")])
        #expect(
            messages.count == 1
                && messages[0].hasPrefix("candidature.xlsx: Candidature!A8 : valeur inconnue « Trésorerie » ; valeurs possibles : Titre,"))
    }

    @Test func aSheetNamedWithoutItsAccentIsRead() throws {
        var workbook = try ScenarioWorkbookTests.template()
        let index = try #require(workbook.sheets.firstIndex { $0.name == "Équipe" })
        workbook.sheets[index].name = "Equipe"
        #expect(try ScenarioWorkbookReader.decode(workbook).scenario.staff.count == 2)
    }

    /// A convention's start without its length (or the reverse) names the other cell: the two go together, and both
    /// empty keep the call's.
    @Test func aConventionStartWithoutItsLengthNamesTheOther() throws {
        for (filled, empty) in [("Candidature!B11", "Candidature!B12"), ("Candidature!B12", "Candidature!B11")] {
            let value: ReadValue = filled.hasSuffix("B11") ? .text("2025-10") : .number("12")
            #expect(throws: InputErrors([InputError(empty, .missingWith(other: filled))])) {
                _ = try ScenarioWorkbookReader.decode(try ScenarioWorkbookTests.edited([filled: value]))
            }
        }
        #expect(
            Wording(.fr).message(InputError("Candidature!B12", .missingWith(other: "Candidature!B11")), file: "c.xlsx")
                == "c.xlsx: Candidature!B12 : cellule vide, alors que Candidature!B11 est remplie : l'une ne va pas sans l'autre ; videz les deux pour garder les valeurs de l'appel"
        )
    }

    /// Errors found after reading name the cell of their field.
    @Test func laterErrorsNameTheirCell() throws {
        let vial = try ScenarioWorkbookReader.decode(
            try ScenarioWorkbookTests.edited(["Enveloppe!G2": .number("8000")], preset: "vial-pas-de-calais-2025-ami1"))
        let problems = Validation.problems(vial.scenario).map(vial.located)
        #expect(problems.map(\.path) == ["Enveloppe!G2"])
        let montpellier = try ScenarioWorkbookReader.decode(try ScenarioWorkbookTests.edited(["Candidature!B24": .empty]))
        #expect(
            throws: InputError(
                "Candidature!B24", .requiredByCall(document: Presets.bailDabordMontpellier2024.sourceName, example: #"{"advanceRate": "60 %"}"#))
        ) {
            do { _ = try Evaluation(montpellier.scenario) } catch let error as InputError { throw montpellier.located(error) }
        }
        #expect(
            Wording(.fr).message(montpellier.located(InputError("rules.paymentTerms", .missing)), file: "c.xlsx")
                == "c.xlsx: Candidature!B24 : cellule vide : une valeur est attendue")
        #expect(montpellier.located(InputError("operators[0].intake.entries[2]", .missing)).path == "Ménages!G2")
        #expect(montpellier.located(InputError("operators[0].staff[1].end", .missing)).path == "Équipe!G3")
    }

    @Test func anUnreadableWorkbookIsOneLine() {
        let words = Wording(.fr)
        #expect(throws: ScenarioWorkbookReader.Failure.unreadable(.notAWorkbook)) { try ScenarioFile.decode([1, 2, 3], name: "c.xlsx") }
        #expect(words.unreadableWorkbook(.unreadable(.notAWorkbook)) == "ni un scénario JSON ni un classeur .xlsx ou .ods")
        let encrypted: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + "EncryptedPackage".utf8.flatMap { [$0, 0] }
        #expect(throws: ScenarioWorkbookReader.Failure.unreadable(.encrypted)) { try ScenarioFile.decode(encrypted, name: "c.json") }
        #expect(words.unreadableWorkbook(.unreadable(.encrypted)) == "classeur protégé par un mot de passe ; enregistrez-le sans mot de passe")
        #expect(
            words.unreadableWorkbook(.unreadable(.tooLarge(limit: 64 << 20))) == "classeur trop grand (plus de 64 Mio une fois décompressé)")
    }

    /// The user's documentation names every rubric and every column the reader reads.
    @Test func theDocumentationNamesEveryRubricAndColumn() throws {
        let doc = try String(
            contentsOf: ScenarioFilesTests.folder.deletingLastPathComponent().appendingPathComponent("docs/classeur-de-candidature.md"),
            encoding: .utf8)
        var names = Rubric.allCases.map(\.label) + RiskRubric.allCases.map(\.label) + UncertainInput.allCases.map(\.label)
        names += ScenarioChoices.distributions.labels
        func add<Column: WorkbookColumn>(_: Column.Type) { names += Column.allCases.map(\.header) + [Column.sheet] }
        add(EnvelopeColumn.self)
        add(FunderTermsColumn.self)
        add(RiskColumn.self)
        add(HouseholdsColumn.self)
        add(StaffColumn.self)
        add(ChargeColumn.self)
        add(IncomeColumn.self)
        add(BudgetColumn.self)
        add(ExpectedColumn.self)
        add(CandidateColumn.self)
        #expect(names.filter { !doc.contains($0) } == [])
    }

    /// The fuzz target's bytes reach the mapping: no edit gives a template's scenario, an edit changes a cell.
    @Test func fuzzBytesEditTemplateCells() throws {
        let templates = ScenarioWorkbookFuzz.templates
        #expect(templates.count == Presets.all.count)
        let montpellier = try #require(Presets.all.firstIndex { $0.id.rawValue == "bail-dabord-montpellier-2024" })
        #expect(ScenarioWorkbookFuzz.scenarios([UInt8(montpellier)]).map(\.title) == ["Nouveau scénario : \(Presets.all[montpellier].title)"])
        // Sheet Équipe (index 5), row 3, column D: the text "0,25".
        let edit: [UInt8] = [UInt8(montpellier), 5, 2, 3, 0, 4] + Array("0,25".utf8)
        #expect(ScenarioWorkbookFuzz.scenarios(edit).first?.operators[0].staff[1].fte == FTE(hundredths: 25))
    }

    @Test func englishMessagesToo() throws {
        #expect(
            try ScenarioWorkbookTests.messages(["Équipe!D3": .text("un demi")], language: .en) == [
                "candidature.xlsx: Équipe!D3: expected a number of FTE (e.g. 0,5), found 'un demi'"
            ])
    }
}
