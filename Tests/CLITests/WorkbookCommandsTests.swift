import Foundation
import Testing

/// Scenarios as workbooks, used as a person would: `init` a template, fill it with a
/// spreadsheet (openpyxl, LibreOffice), `run` it; `convert` between JSON and workbooks.
@Suite struct WorkbookCommandsTests {
    static let scenarios = GoldenTests.scenarios

    /// A temporary folder holding the shipped scenarios' budget CSV files.
    static func folder() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let source = CLI.packageRoot.appendingPathComponent("scenarios")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".csv") {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// The report of `run --format json` without its sources, which name the file's fields (a JSON path or a cell).
    static func figures(_ file: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> NSObject {
        let result = try CLI.run(["run", file, "--format", "json"], in: folder)
        #expect(result.status != 2, "\(file): \(result.standardError)", sourceLocation: sourceLocation)
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] { return object.filter { $0.key != "sources" }.mapValues(strip) }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        return strip(try JSONSerialization.jsonObject(with: Data(result.outputBytes))) as! NSObject
    }

    @Test(arguments: ["xlsx", "ods"])
    func initWritesATemplateThatRuns(_ format: String) throws {
        let folder = try CLI.temporaryFolder()
        let file = "candidature.\(format)"
        let made = try CLI.run(["init", "bail-dabord-montpellier-2024", file], in: folder)
        #expect(made.status == 0)
        #expect(
            made.standardOutput
                == "Classeur de candidature écrit dans \(file) : remplissez les cellules jaunes (la feuille Notice dit quoi), puis vérifiez-le : enveloppe validate \(file)\n"
        )
        let checked = try CLI.run(["validate", file], in: folder)
        #expect(checked.status == 0 && checked.standardOutput.hasPrefix("\(file): valide"), "\(checked.standardError)")
        #expect(try CLI.run(["run", file], in: folder).status == 0)
    }

    /// JSON → workbook → JSON, through the command, for every shipped scenario: the same figures to the cent.
    @Test(arguments: scenarios)
    func convertKeepsEveryFigure(_ scenario: String) throws {
        let folder = try WorkbookCommandsTests.folder()
        let original = CLI.packageRoot.appendingPathComponent("scenarios/\(scenario).json").path
        let expected = try WorkbookCommandsTests.figures(original, in: folder)
        for format in ["xlsx", "ods"] {
            #expect(try CLI.run(["convert", original, "s.\(format)"], in: folder).status == 0)
            #expect(try CLI.run(["convert", "s.\(format)", "s.\(format).json"], in: folder).status == 0)
            #expect(try WorkbookCommandsTests.figures("s.\(format)", in: folder) == expected, "\(format)")
            #expect(try WorkbookCommandsTests.figures("s.\(format).json", in: folder) == expected, "\(format) → json")
        }
    }

    /// The workbooks `convert` writes, re-saved by LibreOffice in both formats, give the same figures.
    @Test func workbooksResavedByLibreOfficeKeepEveryFigure() throws {
        let folder = try WorkbookCommandsTests.folder()
        let resaved = folder.appendingPathComponent("libreoffice")
        try FileManager.default.createDirectory(at: resaved, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".csv") {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: resaved.appendingPathComponent(name))
        }
        var written: [String: [URL]] = ["xlsx": [], "ods": []]
        for scenario in WorkbookCommandsTests.scenarios {
            let original = CLI.packageRoot.appendingPathComponent("scenarios/\(scenario).json").path
            // Written as .xlsx, saved by LibreOffice as .ods; written as .ods, saved as .xlsx.
            #expect(try CLI.run(["convert", original, "\(scenario).xlsx"], in: folder).status == 0)
            #expect(try CLI.run(["convert", original, "\(scenario).ods"], in: folder).status == 0)
            written["ods"]!.append(folder.appendingPathComponent("\(scenario).xlsx"))
            written["xlsx"]!.append(folder.appendingPathComponent("\(scenario).ods"))
        }
        for (format, files) in written {
            guard try OfficeTools.resave(files, as: format, into: resaved) else {
                OfficeTools.skip("LibreOffice (soffice) is not installed: workbooks re-saved by LibreOffice not checked")
                return
            }
        }
        for scenario in WorkbookCommandsTests.scenarios {
            let expected = try WorkbookCommandsTests.figures(CLI.packageRoot.appendingPathComponent("scenarios/\(scenario).json").path, in: folder)
            for format in ["xlsx", "ods"] {
                #expect(try WorkbookCommandsTests.figures("\(scenario).\(format)", in: resaved) == expected, "\(scenario).\(format)")
            }
        }
    }

    /// A person fills the template with openpyxl, then LibreOffice saves it as .ods: both read the same.
    @Test func aTemplateFilledByScriptRuns() throws {
        guard OfficeTools.python != nil else {
            OfficeTools.skip("python3 with openpyxl is not installed: a template filled by script not checked")
            return
        }
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", "vial-pas-de-calais-2025-ami1", "vial.xlsx"], in: folder).status == 0)
        try OfficeTools.openpyxl(
            """
            import datetime
            wb = openpyxl.load_workbook('vial.xlsx')
            c = wb['Candidature']
            c['B5'] = 'Association du Ternois : VIAL 2025'
            m = wb['Ménages']
            m['B2'] = 'Association du Ternois'
            m['D2'] = 18
            m['E2'] = 6
            m['F2'] = 3
            m['N2'] = '06/2025 : 1'
            e = wb['Équipe']
            e['D2'] = '1,5'
            e['E2'] = 52000
            e.append(['association', 'Psychologue', 'Soin', 0.5, '54 000,00 €', datetime.datetime(2025, 3, 1), None, None])
            h = wb['Charges']
            h['A2'], h['B2'], h['C2'], h['D2'], h['E2'], h['F2'] = 'association', 'Locaux (quote-part)', 61, 'directe', 'par an', 3600
            h['A3'], h['B3'], h['C3'], h['D3'], h['E3'], h['F3'] = 'association', 'Frais de structure', 62, 'indirecte', 'taux des charges directes', 0.06
            wb.save('vial.xlsx')
            """, in: folder)
        let run = try CLI.run(["run", "vial.xlsx"], in: folder)
        #expect(run.status != 2, "\(run.standardError)")
        #expect(run.standardOutput.contains("Association du Ternois : VIAL 2025"))
        let json = try CLI.run(["convert", "vial.xlsx", "vial.json"], in: folder)
        #expect(json.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("vial.json"), encoding: .utf8)
        #expect(text.contains(#""title": "Psychologue""#) && text.contains(#""annualCostPerFTE": "54 000""#) && text.contains(#""start": "2025-03""#))
        #expect(text.contains(#""rateOfDirectCosts": "6 %""#) && text.contains(#""month": "2025-06""#))
        guard try OfficeTools.resave([folder.appendingPathComponent("vial.xlsx")], as: "ods", into: folder) else {
            OfficeTools.skip("LibreOffice (soffice) is not installed: the filled template saved as .ods not checked")
            return
        }
        #expect(try WorkbookCommandsTests.figures("vial.ods", in: folder) == WorkbookCommandsTests.figures("vial.xlsx", in: folder))
    }

    /// Typos in cells: every error at once, each naming its cell, exit 2.
    @Test func typosNameTheirCells() throws {
        guard OfficeTools.python != nil else {
            OfficeTools.skip("python3 with openpyxl is not installed: typos in a filled template not checked")
            return
        }
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", "bail-dabord-montpellier-2024", "candidature.xlsx"], in: folder).status == 0)
        try OfficeTools.openpyxl(
            """
            wb = openpyxl.load_workbook('candidature.xlsx')
            wb['Équipe']['D3'] = 'un demi'
            wb['Équipe']['C2'] = 'Cheffe de service'
            wb['Candidature']['B24'] = '60 pour cent'
            wb.save('candidature.xlsx')
            """, in: folder)
        let expected = [
            "candidature.xlsx: Candidature!B24 : attendu un taux (par ex. 60 %), trouvé « 60 pour cent » (écrire le nombre seul, sans « pour cent »)",
            "candidature.xlsx: Équipe!C2 : valeur inconnue « Cheffe de service » ; valeurs possibles : Encadrement, Travail social, Soin, Gestion locative adaptée, Administration",
            "candidature.xlsx: Équipe!D3 : attendu un nombre d'ETP (par ex. 0,5), trouvé « un demi »",
        ]
        for command in ["run", "validate", "budget"] {
            let result = try CLI.run([command, "candidature.xlsx"], in: folder)
            #expect(result.status == 2)
            #expect(result.standardError == expected.joined(separator: "\n") + "\n", "\(command)")
        }
        // An error found after reading names its cell too.
        try OfficeTools.openpyxl(
            """
            wb = openpyxl.load_workbook('candidature.xlsx')
            wb['Équipe']['D3'] = 7.5
            wb['Équipe']['C2'] = 'Encadrement'
            wb['Candidature']['B24'] = None
            wb.save('candidature.xlsx')
            """, in: folder)
        let result = try CLI.run(["run", "candidature.xlsx"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "candidature.xlsx: Candidature!B24 : le texte de l'appel (Appel à candidatures « Création d'une équipe Bail d'abord », Préfet de l'Hérault et Montpellier Méditerranée Métropole, 31 octobre 2024) ne fixe pas cette valeur : le classeur doit la donner\n"
        )
    }

    @Test func aDamagedWorkbookIsOneLine() throws {
        let folder = try CLI.temporaryFolder()
        try Data("pas un classeur".utf8).write(to: folder.appendingPathComponent("x.xlsx"))
        var result = try CLI.run(["run", "x.xlsx"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError == "x.xlsx: lecture impossible (ni un scénario JSON ni un classeur .xlsx ou .ods)\n")
        #expect(try CLI.run(["init", "vial-pas-de-calais-2025-ami1", "t.ods"], in: folder).status == 0)
        let bytes = try Data(contentsOf: folder.appendingPathComponent("t.ods"))
        try bytes.prefix(bytes.count / 2).write(to: folder.appendingPathComponent("t.ods"))
        result = try CLI.run(["validate", "t.ods"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "t.ods: lecture impossible (classeur endommagé ou incomplet ; enregistrez-le de nouveau depuis votre tableur (détail : ZIP archive without its central directory))\n"
        )
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test func convertSaysWhatItWrote() throws {
        let folder = try WorkbookCommandsTests.folder()
        let original = CLI.packageRoot.appendingPathComponent("scenarios/candidature-a-montpellier-2025.json").path
        let result = try CLI.run(["convert", original, "a.xlsx"], in: folder)
        #expect(
            result.standardOutput
                == "Scénario écrit dans a.xlsx ; vérifiez-le : enveloppe validate a.xlsx\nNote : le budget déposé est lu dans candidature-a-budget.csv, à côté de a.xlsx ; copiez-le ou corrigez son nom.\n"
        )
        #expect(try CLI.run(["convert", original, "a.xlsx"], in: folder).status == 2)
        let unknown = try CLI.run(["convert", original, "a.txt"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.standardError == "enveloppe: « a.txt » : extension attendue .json, .xlsx ou .ods (aide : enveloppe help convert)\n")
        let elsewhere = try CLI.run(["convert", original, "sub/a.json"], in: folder)
        #expect(elsewhere.status == 2)  // no such folder
    }
}
