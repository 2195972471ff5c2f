import Foundation
import Testing

/// The workbooks every command writes, on every shipped scenario, in both formats, checked from
/// outside: LibreOffice opens each one, recalculates every formula and saves each sheet as CSV;
/// openpyxl loads each .xlsx with its formulas and with the cached values. Then:
/// - every formula recalculates to the value cached in the file (the report's own figure);
/// - the .ods recalculates to exactly what the .xlsx does, cell for cell;
/// - every figure shown is the JSON report's (`--format json`, or `explain --format json`), to the cent.
///
/// Without LibreOffice or openpyxl the checks print that they skipped; with `CI` set they fail.
@Suite struct WorkbookFilesTests {
    /// One workbook to write: its file's base name and the command's arguments (without the format).
    struct Book {
        let name: String
        let arguments: [String]
    }

    /// What the tools made of every workbook, computed once for all the tests.
    struct Prepared: @unchecked Sendable {
        let folder: URL
        let books: [Book]
        /// `NAME.x-SHEET` (from the .xlsx) and `NAME.o-SHEET` (from the .ods) → rows of recalculated fields.
        let csv: [String: [[String]]]
        /// `NAME` → sheet → cells as openpyxl reads the .xlsx (formula and cached value).
        let openpyxl: [String: [String: [PyCell]]]
        /// Reference JSON documents by name.
        let json: [String: [String: Any]]
        let reason: String?

        func sheet(_ book: String, _ sheet: String, ods: Bool = false) -> [[String]]? {
            csv["\(book).\(ods ? "o" : "x")-\(sheet)"]
        }
    }

    struct PyCell {
        let row: Int
        let column: Int
        let formula: String?
        let value: Any?
    }

    static let scenarios: [String] = GoldenTests.scenarios

    /// A scenario for the workbooks alone: the five associations of Montpellier 2023, each on its own
    /// convention, the Métropole paying in three instalments (rounded to the nearest cent) and the
    /// DDETS in two (rounded toward zero), so every instalment formula and each line's total are recalculated.
    static let instalments = "montpellier-2023-versements"
    static let instalmentsFile: String = {
        let shipped = CLI.packageRoot.appendingPathComponent("scenarios/montpellier-2023-cinq-associations.json")
        let text = (try? String(contentsOf: shipped, encoding: .utf8)) ?? ""
        let terms = #"""
            "advanceRate": "60 %",
                  "funders": {
                    "metropole": {"instalments": [{"rate": "40 %", "delayMonths": 1}, {"rate": "33,3 %", "delayMonths": 5}, {"rate": "16,7 %", "delayMonths": 9}]},
                    "ddets": {"instalments": [{"rate": "33,33 %", "delayMonths": 1}, {"rate": "33,33 %", "delayMonths": 4}], "rounding": "towardZero", "balanceDelayMonths": 3}
                  }
            """#
        let file = (try? CLI.temporaryFolder())?.appendingPathComponent("\(instalments).json")
        if let file { try? text.replacingOccurrences(of: #""advanceRate": "60 %""#, with: terms).write(to: file, atomically: true, encoding: .utf8) }
        return file?.path ?? "missing.json"
    }()

    /// The scenarios whose run workbook is checked against the JSON report.
    static let runs = scenarios + [instalments]
    static let allocating = GoldenTests.allocating
    static let candidates = ["scenarios/candidature-a-montpellier-2025.json", "scenarios/candidature-b-montpellier-2025.json"]
    static let settle = [
        "settle", "scenarios/montpellier-2023-cinq-associations.json", "--actuals", "scenarios/montpellier-2023-comptages.csv",
    ]

    static let books: [Book] = {
        var books: [Book] = []
        for scenario in scenarios {
            let file = "scenarios/\(scenario).json"
            books.append(Book(name: "run.\(scenario)", arguments: ["run", file]))
            books.append(Book(name: "budget.\(scenario)", arguments: ["budget", file]))
            books.append(Book(name: "check.\(scenario)", arguments: ["check", file]))
        }
        books.append(
            Book(name: "run-en.bail-dabord-montpellier-2025", arguments: ["run", "scenarios/bail-dabord-montpellier-2025.json", "--lang", "en"]))
        books.append(
            Book(name: "budget-euros.bail-dabord-montpellier-2025", arguments: ["budget", "scenarios/bail-dabord-montpellier-2025.json", "--euros"]))
        for scenario in allocating { books.append(Book(name: "allocate.\(scenario)", arguments: ["allocate", "scenarios/\(scenario).json"])) }
        books.append(Book(name: "compare.candidatures", arguments: ["compare"] + candidates))
        books.append(Book(name: "check.candidatures", arguments: ["check"] + candidates))
        books.append(Book(name: "settle.montpellier-2023", arguments: settle))
        books.append(Book(name: "run.\(instalments)", arguments: ["run", instalmentsFile]))
        return books
    }()

    static let prepared: Prepared = prepare()

    static func prepare() -> Prepared {
        let empty = { (reason: String, folder: URL) in
            Prepared(folder: folder, books: [], csv: [:], openpyxl: [:], json: [:], reason: reason)
        }
        let folder: URL
        do { folder = try CLI.temporaryFolder() } catch { return empty("no temporary folder", URL(fileURLWithPath: "/tmp")) }
        guard ExternalTools.which("soffice") != nil else { return empty("LibreOffice (soffice) is not installed", folder) }
        guard let python = ExternalTools.python(with: ["openpyxl"]) else { return empty("python3 with openpyxl is not installed", folder) }
        var files: [URL] = []
        do {
            for book in books {
                for (format, suffix) in [("xlsx", "x"), ("ods", "o")] {
                    let url = folder.appendingPathComponent("\(book.name).\(suffix).\(format)")
                    let result = try CLI.run(book.arguments + ["--format", format, "--output", url.path])
                    guard result.status == 0 || result.status == 1, FileManager.default.fileExists(atPath: url.path) else {
                        return empty("\(book.name) \(format): status \(result.status) \(result.standardError)", folder)
                    }
                    files.append(url)
                }
            }
            var json: [String: [String: Any]] = [:]
            func load(_ name: String, _ arguments: [String]) throws {
                let result = try CLI.run(arguments + ["--format", "json"])
                json[name] = try JSONSerialization.jsonObject(with: Data(result.outputBytes)) as? [String: Any]
            }
            for scenario in scenarios { try load("run.\(scenario)", ["run", "scenarios/\(scenario).json"]) }
            try load("run.\(instalments)", ["run", instalmentsFile])
            for scenario in allocating { try load("allocate.\(scenario)", ["allocate", "scenarios/\(scenario).json"]) }
            try load("explain.settle", ["explain", settle[1], settle[2], settle[3]])
            guard let raw = try ExternalTools.csvSheets(of: files, in: folder) else { return empty("LibreOffice did not run", folder) }
            var csv: [String: [[String]]] = [:]
            for (name, rows) in raw {
                csv[name] = rows.map { $0.map { normalized($0) } }
            }
            let dump = try ExternalTools.runPython(python, openpyxlDump, files.filter { $0.pathExtension == "xlsx" }.map(\.path))
            guard dump.status == 0, let loaded = try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: [String: [[Any]]]]
            else { return empty("openpyxl failed: \(dump.error)", folder) }
            var openpyxl: [String: [String: [PyCell]]] = [:]
            for (file, sheets) in loaded {
                let name = String(URL(fileURLWithPath: file).deletingPathExtension().deletingPathExtension().lastPathComponent)
                openpyxl[name] = sheets.mapValues { cells in
                    cells.map { PyCell(row: $0[0] as! Int, column: $0[1] as! Int, formula: $0[2] as? String, value: $0[3] is NSNull ? nil : $0[3]) }
                }
            }
            return Prepared(folder: folder, books: books, csv: csv, openpyxl: openpyxl, json: json, reason: nil)
        } catch {
            return empty("\(error)", folder)
        }
    }

    /// Loads each .xlsx twice (formulas, then cached values) and prints, per sheet, every non-empty
    /// cell as [row, column, formula or null, cached value] (dates as `YYYY-MM-DD`).
    static let openpyxlDump = """
        import json, sys, datetime, openpyxl
        out = {}
        for path in sys.argv[1:]:
            formulas = openpyxl.load_workbook(path)
            values = openpyxl.load_workbook(path, data_only=True)
            sheets = {}
            for ws in formulas.worksheets:
                wv = values[ws.title]
                cells = []
                for row in ws.iter_rows():
                    for cell in row:
                        if cell.value is None:
                            continue
                        formula = cell.value[1:] if isinstance(cell.value, str) and cell.data_type == 'f' else None
                        cached = wv.cell(row=cell.row, column=cell.column).value
                        if isinstance(cached, datetime.datetime):
                            cached = cached.strftime('%Y-%m-%d')
                        cells.append([cell.row, cell.column, formula, cached])
                sheets[ws.title] = cells
            out[path] = sheets
        print(json.dumps(out))
        """

    /// Whether the tools ran; otherwise says why (skipped locally, a failure on CI).
    static func ready(sourceLocation: SourceLocation = #_sourceLocation) -> Prepared? {
        let prepared = WorkbookFilesTests.prepared
        if let reason = prepared.reason {
            ExternalTools.skip("workbook files: \(reason)", sourceLocation: sourceLocation)
            return nil
        }
        return prepared
    }

    // MARK: - Every formula, every cell

    @Test func everyFormulaRecalculatesToItsCachedValue() throws {
        guard let p = WorkbookFilesTests.ready() else { return }
        var formulas = 0
        for book in p.books {
            let sheets = try #require(p.openpyxl["\(book.name).x"] ?? p.openpyxl[book.name], "openpyxl did not load \(book.name)")
            for (sheet, cells) in sheets {
                for ods in [false, true] {
                    let grid = try #require(p.sheet(book.name, sheet, ods: ods), "no CSV of \(book.name) \(sheet) (ods: \(ods))")
                    for cell in cells where cell.formula != nil {
                        formulas += 1
                        let field = WorkbookFilesTests.field(grid, cell.row, cell.column)
                        #expect(
                            WorkbookFilesTests.matches(field, cell.value),
                            "\(book.name) \(sheet) R\(cell.row)C\(cell.column) =\(cell.formula!): recalculated \(field), cached \(String(describing: cell.value)) (ods: \(ods))"
                        )
                    }
                }
            }
        }
        #expect(formulas > 2_000)
    }

    @Test func theOdsRecalculatesToWhatTheXlsxDoes() throws {
        guard let p = WorkbookFilesTests.ready() else { return }
        for book in p.books {
            let sheets = try #require(p.openpyxl["\(book.name).x"] ?? p.openpyxl[book.name])
            for sheet in sheets.keys {
                let xlsx = try #require(p.sheet(book.name, sheet))
                let ods = try #require(p.sheet(book.name, sheet, ods: true))
                #expect(xlsx == ods, "\(book.name) \(sheet): the .ods and the .xlsx differ once recalculated")
            }
        }
    }

    @Test func openpyxlLoadsEveryWorkbookWithItsSheets() throws {
        guard let p = WorkbookFilesTests.ready() else { return }
        for book in p.books {
            let sheets = try #require(p.openpyxl["\(book.name).x"] ?? p.openpyxl[book.name], "\(book.name)")
            #expect(!sheets.isEmpty)
            if book.name.hasPrefix("run.") {
                #expect(
                    Set(sheets.keys)
                        == ["Synthèse", "Enveloppe", "Paiements", "Mois par mois", "Budget prévisionnel", "Contrôles", "Sources"])
                // Amounts are numbers, months dates: never text.
                let months = try #require(sheets["Mois par mois"])
                #expect(months.contains { $0.row == 3 && $0.column == 1 && ($0.value as? String)?.count == 10 })
                #expect(!months.contains { $0.row >= 3 && $0.column == 19 && $0.value is String })
            }
            if book.name.hasPrefix("run-en.") {
                #expect(Set(sheets.keys) == ["Summary", "Envelope", "Payments", "Month by month", "Forecast budget", "Checks", "Sources"])
            }
        }
    }

    // MARK: - The figures are the report's

    @Test(arguments: WorkbookFilesTests.runs)
    func runFiguresAreTheJSONReports(_ scenario: String) throws {
        guard let p = WorkbookFilesTests.ready() else { return }
        let book = "run.\(scenario)"
        let report = try #require(p.json[book])
        let figures = WorkbookFilesTests.figures(report)
        var compared = 0
        // The report leaves out the totals of a single line over a single period: they are that line's figures.
        let payments = try #require(p.sheet(book, "Paiements"))
        let lineIDs = (report["figures"] as! [[String: Any]]).compactMap { figure -> String? in
            let id = figure["id"] as! String
            return id.hasPrefix("enveloppe.") && id.hasSuffix(".montant") ? String(id.dropFirst(10).dropLast(8)) : nil
        }
        // An instalment's row names its figure (`paiement.fsl.versement-2`), not a stem.
        let isInstalment = { (id: String) in id.split(separator: ".").last?.hasPrefix("versement-") == true }
        let stems = payments.compactMap { row -> String? in
            guard row.count > 17, !isInstalment(row[17]) else { return nil }
            let stem = row[17]
            return lineIDs.contains { stem == "paiement.\($0)" || stem.hasPrefix("paiement.\($0).periode-") } ? stem : nil
        }
        func expectAmount(_ field: String, _ id: String, _ sheet: String, sourceLocation: SourceLocation = #_sourceLocation) {
            var id = id
            if figures[id] == nil, id.hasPrefix("paiement.total."), stems.count == 1 { id = stems[0] + id.dropFirst("paiement.total".count) }
            guard let expected = figures[id] else {
                Issue.record("\(book) \(sheet): no figure \(id) in the JSON report", sourceLocation: sourceLocation)
                return
            }
            compared += 1
            #expect(WorkbookFilesTests.sameValue(field, expected), "\(book) \(sheet) \(id): \(field) ≠ \(expected)", sourceLocation: sourceLocation)
        }
        // Synthèse: an identifier beside each figure.
        let summary = try #require(p.sheet(book, "Synthèse"))
        for row in summary where row.count > 3 && figures[row[3]] != nil { expectAmount(row[1], row[3], "Synthèse") }
        // Enveloppe: the lines, the total, the unit costs; then each operator's shares.
        let envelope = try #require(p.sheet(book, "Enveloppe"))
        for row in envelope {
            if row.count > 8, figures[row[8]] != nil { expectAmount(row[7], row[8], "Enveloppe") }
            if let id = row.last, id.hasPrefix("operateur."), row.count >= 5 + lineIDs.count {
                for (index, line) in lineIDs.enumerated() { expectAmount(row[4 + index], "\(id).\(line)", "Enveloppe") }
                expectAmount(row[4 + lineIDs.count], "\(id).total", "Enveloppe")
            }
        }
        // Paiements: each convention's six figures and its activity.
        let parts = [(8, "subvention"), (10, "avance"), (12, "service-fait"), (13, "du"), (14, "solde"), (15, "reversement")]
        var conventions = 0
        var instalments = Set<String>()
        for row in payments where row.count > 17 && row[17].hasPrefix("paiement.") {
            if isInstalment(row[17]) {
                expectAmount(row[10], row[17], "Paiements")
                instalments.insert(row[17])
                continue
            }
            conventions += 1
            for (column, part) in parts { expectAmount(row[column], "\(row[17]).\(part)", "Paiements") }
            if row[17] != "paiement.total" {
                let activity = "activite" + row[17].dropFirst("paiement".count)
                expectAmount(row[4], activity + ".prevu", "Paiements")
                expectAmount(row[5], activity + ".realise", "Paiements")
            }
        }
        #expect(conventions >= 2)
        #expect(instalments == Set(figures.keys.filter(isInstalment)), "\(book): every instalment has its row")
        // Mois par mois: every month, every column.
        let months = try #require(p.sheet(book, "Mois par mois"))
        let jsonMonths = report["months"] as! [[String: Any]]
        #expect(months.count >= jsonMonths.count + 2)
        for (index, month) in jsonMonths.enumerated() {
            let row = months[index + 2]
            let money = { (key: String) in WorkbookFilesTests.cents(month[key] as! String)! }
            let receipts = money("advances") + money("balances") + money("depositsReturned")
            let expenses = money("staff") + money("directCharges") + money("indirectCharges") + money("depositsPaid") + money("reversements")
            let inProgramme = month["inProgramme"] as! Bool
            let expected: [(Int, String)] = [
                (1, inProgramme ? "\(month["households"]!)" : ""), (2, inProgramme ? "\(month["entries"]!)" : ""),
                (3, inProgramme ? "\(month["exits"]!)" : ""), (4, inProgramme ? "\(month["housed"]!)" : ""),
                (5, "\(month["measureMonthsToDate"]!)"), (6, inProgramme ? month["fte"] as! String : ""),
                (7, month["advances"] as! String), (8, month["balances"] as! String), (9, month["depositsReturned"] as! String),
                (10, WorkbookFilesTests.euros(receipts)), (11, month["staff"] as! String), (12, month["directCharges"] as! String),
                (13, month["indirectCharges"] as! String), (14, month["depositsPaid"] as! String), (15, month["reversements"] as! String),
                (16, WorkbookFilesTests.euros(expenses)), (17, WorkbookFilesTests.euros(receipts - expenses)),
                (18, month["treasury"] as! String), (19, month["serviceFaitToDate"] as! String), (20, month["paymentsToDate"] as! String),
            ]
            #expect(WorkbookFilesTests.month(row[0]) == month["month"] as? String, "\(book) month \(index): \(row[0])")
            for (column, value) in expected {
                compared += 1
                #expect(WorkbookFilesTests.sameNumber(row[column], value), "\(book) \(month["month"]!) column \(column): \(row[column]) ≠ \(value)")
            }
        }
        // Budget: the totals of each convention's budget.
        let budget = try #require(p.sheet(book, "Budget prévisionnel"))
        var period = 0
        for row in budget where row.first == "TOTAL DES CHARGES" {
            // A budget without charges has no balance check, hence no such figure (the budget's own test covers it).
            let suffix = period == 0 ? "" : ".periode-\(period + 1)"
            if figures["budget.charges" + suffix] != nil {
                expectAmount(row[1], "budget.charges" + suffix, "Budget prévisionnel")
                expectAmount(row[4], "budget.produits" + suffix, "Budget prévisionnel")
            }
            period += 1
        }
        #expect(period >= 1)
        // Contrôles: every check, in order, with its status; its identifier in the last column, the one for tools.
        let checks = try #require(p.sheet(book, "Contrôles"))
        let jsonChecks = report["checks"] as! [[String: Any]]
        #expect(checks.count == jsonChecks.count + 1)
        #expect(checks.first?[4] == "Identifiant (pour les outils)")
        for (index, check) in jsonChecks.enumerated() where index + 1 < checks.count {
            #expect(checks[index + 1][4] == check["id"] as? String)
            #expect(checks[index + 1][0] == WorkbookFilesTests.statusWord(check["status"] as! String))
        }
        #expect(compared > 50)
    }

    @Test(arguments: WorkbookFilesTests.scenarios)
    func budgetLinesAreTheCSVsAndItsTotalsTheReports(_ scenario: String) throws {
        guard let p = WorkbookFilesTests.ready() else { return }
        let book = "budget.\(scenario)"
        let sheet = try #require(p.sheet(book, "Budget prévisionnel"))
        var lines: [String] = []
        for row in sheet {
            for column in [0, 3] where row.count > column + 1 && row[column].hasPrefix("    ") {
                lines.append(
                    row[column].trimmingCharacters(in: .whitespaces) + " = "
                        + (WorkbookFilesTests.cents(row[column + 1]).map(String.init) ?? row[column + 1]))
            }
        }
        // The budget's CSV: one row per line, amounts with a decimal comma.
        let csv = try CLI.run(["budget", "scenarios/\(scenario).json", "--format", "csv"])
        let rows = String(decoding: csv.outputBytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map {
            $0.split(separator: ";", omittingEmptySubsequences: false)
        }
        let expected = rows.filter { $0.count >= 6 && $0[5] == "détail" }.map {
            String($0[3]).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) + " = "
                + String(WorkbookFilesTests.cents($0[4].replacingOccurrences(of: ",", with: "."))!)
        }
        #expect(lines.sorted() == expected.sorted(), "\(book): the lines differ from the budget's CSV")
        let total = try #require(sheet.first { $0.first == "TOTAL DES CHARGES" })
        let csvTotals = rows.filter { $0.count >= 6 && $0[5] == "total" && $0[1].isEmpty }.map {
            String($0[4]).replacingOccurrences(of: ",", with: ".")
        }
        try #require(csvTotals.count == 2)
        #expect(WorkbookFilesTests.sameValue(total[1], csvTotals[0]) && WorkbookFilesTests.sameValue(total[4], csvTotals[1]))
        let figures = WorkbookFilesTests.figures(try #require(p.json["run.\(scenario)"]))
        if let charges = figures["budget.charges"], let income = figures["budget.produits"] {
            #expect(WorkbookFilesTests.sameValue(total[1], charges) && WorkbookFilesTests.sameValue(total[4], income))
        }
    }

    @Test(arguments: WorkbookFilesTests.allocating)
    func allocationIsTheJSONs(_ scenario: String) throws {
        guard let p = WorkbookFilesTests.ready() else { return }
        let book = "allocate.\(scenario)"
        let json = try #require(p.json[book])
        let sheet = try #require(p.sheet(book, "Répartition"))
        let candidates = json["candidates"] as! [[String: Any]]
        for candidate in candidates {
            let row = try #require(sheet.first { $0.count > 10 && $0[1] == candidate["id"] as? String }, "\(candidate["id"]!)")
            #expect(WorkbookFilesTests.sameNumber(row[5], candidate["measures"].map { "\($0)" } ?? ""))
            for (column, key) in [(7, "amount"), (9, "advance"), (10, "balance")] {
                #expect(WorkbookFilesTests.sameValue(row[column], candidate[key]!), "\(book) \(candidate["id"]!) \(key)")
            }
        }
        let totals = json["totals"] as! [String: Any]
        let total = try #require(sheet.first { $0.first == "Total attribué" })
        #expect(WorkbookFilesTests.sameNumber(total[5], "\(totals["measures"]!)"))
        for (column, key) in [(7, "amount"), (9, "advance"), (10, "balance")] {
            #expect(WorkbookFilesTests.sameValue(total[column], totals[key]!), "\(book) total \(key)")
        }
        let unallocated = try #require(sheet.first { $0.count > 7 && $0[1] == "repartition.non-attribue" })
        #expect(WorkbookFilesTests.sameValue(unallocated[7], json["unallocated"]!))
        #expect(WorkbookFilesTests.sameNumber(unallocated[5], "\(json["unallocatedMeasures"]!)"))
    }

    @Test func settlementIsTheExplainedFigures() throws {
        guard let p = WorkbookFilesTests.ready() else { return }
        let figures = WorkbookFilesTests.figures(try #require(p.json["explain.settle"]))
        let sheet = try #require(p.sheet("settle.montpellier-2023", "Solde des conventions"))
        var conventions = 0
        for row in sheet where row.count > 21 && row[21].hasPrefix("solde-annuel.") {
            conventions += 1
            for (column, part) in [(12, "prevu"), (13, "a-date"), (14, "service-fait"), (15, "ecart"), (18, "solde"), (19, "reversement")] {
                let id = "\(row[21]).\(part)"
                let expected = try #require(figures[id], "no figure \(id)")
                #expect(WorkbookFilesTests.sameValue(row[column], expected), "\(id): \(row[column]) ≠ \(expected)")
            }
        }
        #expect(conventions == 10)
    }

    @Test func comparisonIsEachApplicationsReport() throws {
        guard let p = WorkbookFilesTests.ready() else { return }
        let sheet = try #require(p.sheet("compare.candidatures", "Comparaison"))
        for (index, file) in WorkbookFilesTests.candidates.enumerated() {
            let name = "run." + URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let report = try #require(p.json[name])
            let figures = WorkbookFilesTests.figures(report)
            #expect(sheet[2][index + 1] == file)
            for row in sheet where row.count > 3 && figures[row[3]] != nil {
                #expect(WorkbookFilesTests.sameValue(row[index + 1], figures[row[3]]!), "\(file) \(row[3])")
            }
            let households = try #require(sheet.first { $0.first == "Ménages" })
            #expect(WorkbookFilesTests.sameNumber(households[index + 1], "\(report["households"]!)"))
        }
    }

    @Test func checksAreTheReportsAndTheirCountsAreFormulas() throws {
        guard let p = WorkbookFilesTests.ready() else { return }
        let checks = try #require(p.sheet("check.candidatures", "Contrôles"))
        let summary = try #require(p.sheet("check.candidatures", "Bilan"))
        for (index, file) in WorkbookFilesTests.candidates.enumerated() {
            let report = try #require(p.json["run." + URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent])
            let expected = (report["checks"] as! [[String: Any]]).map {
                [($0["id"] as! String), WorkbookFilesTests.statusWord($0["status"] as! String)]
            }
            let got = checks.filter { $0.first == file }.map { [$0[6], $0[2]] }
            #expect(got == expected, "\(file)")
            let counts = report["summary"] as! [String: Any]
            #expect(summary[index + 1][0] == file)
            #expect(summary[index + 1][2...4].map { $0 } == ["ok", "warning", "failure"].map { "\(counts[$0]!)" })
        }
    }

    // MARK: - Helpers

    /// Every figure of a JSON report by identifier: an amount as its exact euros, another value as text.
    static func figures(_ report: [String: Any]) -> [String: Any] {
        var out: [String: Any] = [:]
        for figure in report["figures"] as? [[String: Any]] ?? [] {
            guard let id = figure["id"] as? String, let value = figure["value"] as? [String: Any] else { continue }
            if let ratio = value["ratio"] as? [String: Any], let n = ratio["numerator"] as? Int, let d = ratio["denominator"] as? Int {
                // Shown to the hundredth.
                out[id] = String(format: "%.2f", (Double(n) / Double(d) * 100).rounded() / 100)
                continue
            }
            out[id] = value["euros"] ?? value["unitMonths"] ?? value["count"] ?? value["units"] ?? value
        }
        return out
    }

    static func field(_ grid: [[String]], _ row: Int, _ column: Int) -> String {
        row - 1 < grid.count && column - 1 < grid[row - 1].count ? grid[row - 1][column - 1] : ""
    }

    /// One field as LibreOffice writes it, made comparable: a date as `2025-09-01`, a decimal comma as a point.
    /// Both files pin their formats to French, so even in the profile's en-US LibreOffice writes their values
    /// the French way, `01/09/2025` and `1234,5`.
    static func normalized(_ field: String) -> String {
        let parts = field.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            return "\(parts[2])-\(parts[1])-\(parts[0])"
        }
        if field.contains(","), field.allSatisfy({ $0.isNumber || $0 == "," || $0 == "-" || $0 == "%" }) {
            return field.replacingOccurrences(of: ",", with: ".")
        }
        return field
    }

    /// Whether LibreOffice's recalculated field is the cached value: numbers within 10⁻⁶, dates by day, text as is.
    static func matches(_ field: String, _ cached: Any?) -> Bool {
        switch cached {
        case nil: return field.isEmpty
        case let text as String: return field == text
        case let number as NSNumber: return sameNumber(field, number.stringValue)
        default: return false
        }
    }

    /// Two numbers equal within 10⁻⁶ (a percent sign means hundredths); two empty fields are equal.
    static func sameNumber(_ field: String, _ expected: String) -> Bool {
        if field.isEmpty || expected.isEmpty { return field.isEmpty && expected.isEmpty }
        var text = field
        var scale = 1.0
        if text.hasSuffix("%") {
            text.removeLast()
            scale = 0.01
        }
        guard let got = Double(text), let want = Double(expected) else { return false }
        return abs(got * scale - want) <= 1e-6
    }

    /// A recalculated field against a JSON figure's value, to the cent for an amount.
    static func sameValue(_ field: String, _ expected: Any) -> Bool {
        switch expected {
        case let euros as String: return cents(field) != nil && cents(field) == cents(euros)
        case let number as NSNumber: return sameNumber(field, number.stringValue)
        case let money as [String: Any]: return money["euros"].map { sameValue(field, $0) } ?? false
        default: return false
        }
    }

    /// A number in cents, when it is a whole number of cents (no stray fraction of a cent).
    static func cents(_ text: String) -> Int64? {
        guard let value = Double(text) else { return nil }
        let cents = (value * 100).rounded()
        return abs(value * 100 - cents) < 1e-4 ? Int64(cents) : nil
    }

    static func euros(_ cents: Int64) -> String {
        (cents < 0 ? "-" : "") + "\(abs(cents) / 100)." + String(format: "%02d", abs(cents) % 100)
    }

    /// `2025-09-01` → `2025-09`.
    static func month(_ field: String) -> String? {
        field.count == 10 ? String(field.prefix(7)) : nil
    }

    static func statusWord(_ status: String) -> String {
        ["ok": "ok", "warning": "alerte", "failure": "échec"][status] ?? status
    }
}
