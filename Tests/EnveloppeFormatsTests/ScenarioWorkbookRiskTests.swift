import Enveloppe
import EnveloppeWorkbook
import Testing

@testable import EnveloppeFormats

/// The Versements and Risque sheets of the application workbook, and the rubric of instalments:
/// written from a scenario and read back to it; filled by hand, read like the JSON; a bad cell named.
@Suite struct ScenarioWorkbookRiskTests {
    /// JSON → workbook → JSON keeps each funder's terms, the instalments and every kind of distribution.
    @Test(arguments: 0..<ScenarioJSONTests.cases.count)
    func termsAndRiskRoundTrip(_ index: Int) throws {
        let (rules, risk) = ScenarioJSONTests.cases[index]
        let scenario = try ScenarioDecoder.decode(Array(ScenarioJSONTests.scenario(rules: rules, risk: risk).utf8))
        for kind in [ReadWorkbook.Kind.xlsx, .ods] {
            let read = try ScenarioWorkbookReader.decode(ScenarioWorkbook.bytes(scenario, kind)).scenario
            #expect(read == scenario, "\(kind)")
            #expect(ScenarioJSON.text(read) == ScenarioJSON.text(scenario), "\(kind)")
        }
    }

    @Test func aTemplateFilledInGivesTheFundersTermsAndTheRiskBlock() throws {
        let scenario = try ScenarioWorkbookTests.scenario([
            "Versements!F3": .text("50 % à 2 mois ; 30 % a 6"), "Versements!G3": .number("4"), "Versements!H2": .text("en négligeant les millimes"),
            "Versements!D2": .number("0.7"), "Candidature!B24": .empty, "Candidature!B28": .text("60 % à 1 mois ; 20 % à 6 mois"),
            "Risque!B3": .text("150 000,00 €"), "Risque!B4": .number("0.06"),
            "Risque!C8": .text("triangulaire"), "Risque!D8": .number("0"), "Risque!E8": .number("2"), "Risque!F8": .number("6"),
            "Risque!C11": .text("uniforme"), "Risque!D11": .number("0"), "Risque!F11": .number("4"),
            "Risque!C10": .text("valeurs pondérées"), "Risque!G10": .text("0 ; 1 ; 3 ; 6"), "Risque!H10": .text("4 ; 3 ; 2 ; 1"),
            "Risque!C13": .text("Triangulaire"), "Risque!D13": .number("0"), "Risque!E13": .text("5 %"), "Risque!F13": .number("0.15"),
            "Risque!C15": .text("fixe"), "Risque!E15": .number("2"),
        ])
        #expect(scenario.rules.instalments == [.init(rate: Rate(percent: 60), delayMonths: 1), .init(rate: Rate(percent: 20), delayMonths: 6)])
        #expect(
            scenario.rules.funderTerms == [
                "ddets": RuleSettings.Terms(advanceRate: Rate(percent: 70), rounding: .towardZero),
                "metropole": RuleSettings.Terms(
                    balanceDelayMonths: 4,
                    instalments: [.init(rate: Rate(percent: 50), delayMonths: 2), .init(rate: Rate(percent: 30), delayMonths: 6)]),
            ])
        let risk = try #require(scenario.risk)
        #expect(
            risk.paymentDelays == [
                RiskSettings.PaymentDelay(funder: "ddets", advance: .triangular(min: 0, likely: 2, max: 6)),
                RiskSettings.PaymentDelay(
                    funder: "metropole",
                    advance: .weighted([
                        .init(value: 0, weight: 4), .init(value: 1, weight: 3), .init(value: 3, weight: 2), .init(value: 6, weight: 1),
                    ]),
                    balance: .uniform(min: 0, max: 4)),
            ])
        #expect(risk.earlyExitRate == .triangular(min: 0, likely: 500, max: 1_500))
        #expect(risk.staffVacancyMonths == .fixed(2))
        #expect(risk.rampUp == nil && risk.refillDelayMonths == nil)
        #expect(risk.overdraftLimit == Money(cents: 15_000_000) && risk.bridging == .overdraft(annualRate: Rate(percent: 6)))
    }

    @Test func theTemplateHasNoTermsNorRisk() throws {
        let scenario = try ScenarioWorkbookTests.scenario([:])
        #expect(scenario.rules.funderTerms.isEmpty && scenario.rules.instalments == nil && scenario.risk == nil)
        let workbook = try ScenarioWorkbookTests.template()
        #expect(workbook.sheets.map(\.name).contains(["Enveloppe", "Versements", "Ménages"]))
        #expect(workbook.sheet(named: "Risque")?.cell("A7")?.value == .text("Incertitude"))
        #expect(workbook.sheet(named: "Risque")?.cell("B10")?.value == .text("metropole"))
        #expect(workbook.sheet(named: "Candidature")?.cell("A28")?.value == .text("Versements avant le solde"))
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let id: String
        let edits: [String: ReadValue]
        let messages: [String]
        var testDescription: String { id }
    }

    @Test(arguments: [
        ErrorCase(
            id: "an instalment badly written", edits: ["Versements!F3": .text("50 % à 2 mois ; 30 % en mars")],
            messages: ["candidature.xlsx: Versements!F3 : attendu « 50 % à 2 mois », trouvé « 30 % en mars »"]),
        ErrorCase(
            id: "instalments beyond the grant", edits: ["Versements!F3": .text("60 % à 2 mois ; 50 % à 6 mois")],
            messages: [
                "candidature.xlsx: Versements!F3 : les versements font 110\u{00A0}% de la subvention en tout ; attendu 100 % au plus (le solde suit le service fait)"
            ]),
        ErrorCase(
            id: "instalments out of order", edits: ["Versements!F3": .text("50 % à 6 mois ; 30 % à 2 mois")],
            messages: ["candidature.xlsx: Versements!F3 : attendu de 6 à 36, trouvé 2"]),
        ErrorCase(
            id: "instalments and an advance", edits: ["Versements!D3": .number("0.5"), "Versements!F3": .text("50 % à 2 mois")],
            messages: [
                "candidature.xlsx: Versements!D3 : remplissez une seule de ces cellules, pas les deux : Versements avant le solde, Avance : part de la subvention, Avance : mois après le début"
            ]),
        ErrorCase(
            id: "general instalments and the advance rubric", edits: ["Candidature!B28": .text("60 % à 1 mois")],
            messages: [
                "candidature.xlsx: Candidature!B24 : remplissez une seule de ces cellules, pas les deux : Versements avant le solde, Avance : part de la subvention, Avance : mois après le début de la convention"
            ]),
        ErrorCase(
            id: "a value beside the kind's columns",
            edits: ["Risque!C9": .text("uniforme"), "Risque!D9": .number("0"), "Risque!E9": .number("2"), "Risque!F9": .number("6")],
            messages: ["candidature.xlsx: Risque!E9 : « 2 » : rien n'est attendu ici, laissez la cellule vide"]),
        ErrorCase(
            id: "weights and values of different lengths",
            edits: ["Risque!C10": .text("valeurs pondérées"), "Risque!G10": .text("0 ; 1 ; 3 ; 6"), "Risque!H10": .text("4 ; 3 ; 2")],
            messages: ["candidature.xlsx: Risque!H10 : attendu 4 éléments, autant que de valeurs, trouvé 3"]),
        ErrorCase(
            id: "a triangle's likely value outside its bounds",
            edits: ["Risque!C8": .text("triangulaire"), "Risque!D8": .number("1"), "Risque!E8": .number("0"), "Risque!F8": .number("6")],
            messages: ["candidature.xlsx: Risque!E8 : attendu de 1 à 6, trouvé 0"]),
        ErrorCase(
            id: "a kind not in the list", edits: ["Risque!C8": .text("normale"), "Risque!E8": .number("2")],
            messages: [
                "candidature.xlsx: Risque!C8 : valeur inconnue « normale » ; valeurs possibles : fixe, uniforme, triangulaire, valeurs pondérées"
            ]),
        ErrorCase(
            id: "a rate with three decimals of a percent", edits: ["Risque!C13": .text("fixe"), "Risque!E13": .text("5,125 %")],
            messages: ["candidature.xlsx: Risque!E13 : attendu un taux (par ex. 60 %), trouvé « 5,125 % » (plus de 2 décimales)"]),
        ErrorCase(
            id: "a delay beyond 36 months", edits: ["Risque!C9": .text("fixe"), "Risque!E9": .number("40")],
            messages: ["candidature.xlsx: Risque!E9 : attendu un nombre entier de 0 à 36, trouvé « 40 »"]),
        ErrorCase(
            id: "a funder on a row that has none", edits: ["Risque!B15": .text("ddets"), "Risque!C15": .text("fixe"), "Risque!E15": .number("1")],
            messages: ["candidature.xlsx: Risque!B15 : « ddets » : rien n'est attendu ici, laissez la cellule vide"]),
        ErrorCase(
            id: "an overdraft and an assignment", edits: ["Risque!B4": .number("0.06"), "Risque!B5": .number("0.015")],
            messages: [
                "candidature.xlsx: Risque!B5 : remplissez une seule de ces cellules, pas les deux : Découvert : taux annuel, Cession de créance : taux"
            ]),
        ErrorCase(
            id: "a rubric the sheet does not know", edits: ["Risque!A3": .text("Découvert"), "Risque!B3": .number("1000")],
            messages: [
                "candidature.xlsx: Risque!A3 : valeur inconnue « Découvert » ; valeurs possibles : Découvert autorisé, Découvert : taux annuel, Cession de créance : taux"
            ]),
    ])
    func aBadCellIsNamed(_ c: ErrorCase) throws {
        #expect(try ScenarioWorkbookTests.messages(c.edits) == c.messages)
    }

    /// Errors found after reading (a funder the call does not have, nothing to vary) name their cell.
    @Test func laterErrorsNameTheirCell() throws {
        let reading = try ScenarioWorkbookReader.decode(
            try ScenarioWorkbookTests.edited([
                "Versements!A4": .text("region"), "Risque!B8": .text("dihal"), "Risque!C8": .text("fixe"), "Risque!E8": .number("1"),
                "Risque!C12": .text("fixe"), "Risque!E12": .number("3"),
            ]))
        let problems = Validation.problems(reading.scenario).map(reading.located)
        #expect(problems.map(\.path) == ["Versements!A4", "Risque!B8", "Risque!A12"])
        #expect(
            Wording(.fr).message(problems[2], file: "c.xlsx")
                == "c.xlsx: Risque!A12 : rien à faire varier : aucune structure n'a de montée en charge (colonne « Montée en charge : entrées par mois » de la feuille Ménages)"
        )
        #expect(reading.located(InputError("risk", .missing)).path == "Risque!")
    }

    /// A workbook written before these sheets existed still reads (no terms of its own, no risk).
    @Test func aWorkbookWithoutTheNewSheetsReads() throws {
        var workbook = try ScenarioWorkbookTests.template()
        workbook.sheets.removeAll { $0.name == "Versements" || $0.name == "Risque" }
        let scenario = try ScenarioWorkbookReader.decode(workbook).scenario
        #expect(scenario.rules.funderTerms.isEmpty && scenario.risk == nil)
        // A Risque sheet emptied of everything, headings too, says nothing is uncertain.
        var emptied = try ScenarioWorkbookTests.template()
        let index = try #require(emptied.sheets.firstIndex { $0.name == "Risque" })
        emptied.sheets[index].rows = emptied.sheets[index].rows.map { $0.map { ReadCell(reference: $0.reference, value: .empty) } }
        #expect(try ScenarioWorkbookReader.decode(emptied).scenario.risk == nil)
    }

    /// The fuzz target's edits reach the new sheets.
    @Test func fuzzBytesEditTheNewSheets() throws {
        let montpellier = try #require(Presets.all.firstIndex { $0.id.rawValue == "bail-dabord-montpellier-2024" })
        let sheets = try ScenarioWorkbookTests.template().sheets.map(\.name)
        let versements = try #require(sheets.firstIndex(of: "Versements"))
        let risque = try #require(sheets.firstIndex(of: "Risque"))
        // Versements row 3, column G: the text "4"; Risque row 15, columns C and E: "fixe" and "2".
        var edit: [UInt8] = [UInt8(montpellier), UInt8(versements), 2, 6, 0, 1] + Array("4".utf8)
        edit += [UInt8(risque), 14, 2, 0, 4] + Array("fixe".utf8) + [UInt8(risque), 14, 4, 0, 1] + Array("2".utf8)
        let scenario = try #require(ScenarioWorkbookFuzz.scenarios(edit).first)
        #expect(scenario.rules.funderTerms["metropole"]?.balanceDelayMonths == 4)
        #expect(scenario.risk?.staffVacancyMonths == .fixed(2))
    }
}
