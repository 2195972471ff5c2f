import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// Reads the inputs of a command: a scenario (and the budget CSV it names), a counts file.
/// Every fault becomes a ``Failure`` naming its file.
enum Loading {
    /// The scenario of `file`, with the candidate's budget read from the CSV it names.
    static func scenario(_ file: String, _ language: Language) throws -> Scenario {
        var scenario = try decoded(file, language)
        if let budgetFile = scenario.candidateBudgetFile {
            let path = besideScenario(budgetFile, scenario: file)
            let bytes: [UInt8]
            do { bytes = try FileSystem.read(path) } catch { throw Failure.budgetFile(error, scenario: file, path: path) }
            let (lines, failures) = BudgetCSV.read(bytes)
            guard failures.isEmpty else { throw Failure.budgetCSV(failures, file: path, scenario: file) }
            scenario.candidateBudget = lines
            noteEncoding(of: bytes, file: path, language)
        }
        return scenario
    }

    /// The scenario of `file` as written, JSON or workbook (.xlsx, .ods), its budget CSV not read.
    static func decoded(_ file: String, _ language: Language) throws -> Scenario {
        if file.lowercased().hasSuffix(".csv") { throw Failure.notAScenario(file: file) }
        let bytes = try FileSystem.read(file)
        // A report given back as the scenario (its page, its workbook): said as such, not as a JSON fault at its first
        // character or a sheet missing.
        if bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "<") {
            throw Failure.about(
                file: file,
                Localized(
                    "c'est une page HTML (un rapport ?), pas un scénario : donnez le scénario (.json) ou le classeur de candidature (.xlsx, .ods)",
                    "this is an HTML page (a report?), not a scenario: give the scenario (.json) or the application workbook (.xlsx, .ods)"))
        }
        do { return try ScenarioFile.decode(bytes, name: file) } catch {
            let failure = error
            guard case .inputs(let errors) = failure else {
                throw Failure.file(.unreadable(path: file, reason: Wording(language).unreadableWorkbook(failure)))
            }
            if let sheets = ScenarioFile.reportSheets(bytes, name: file) {
                throw Failure.about(
                    file: file,
                    Localized(
                        "c'est le classeur d'un rapport (feuilles \(sheets.map { "« \($0) »" }.joined(separator: ", "))), pas une candidature : donnez le scénario (.json) ou le classeur de candidature (enveloppe init en écrit un)",
                        "this is a report's workbook (sheets \(sheets.map { "'\($0)'" }.joined(separator: ", "))), not an application: give the scenario (.json) or the application workbook (enveloppe init writes one)"
                    ))
            }
            throw Failure.inputs(errors.errors, file: file)
        }
    }

    /// Errors found after reading a workbook name their cell, not a JSON field: the workbook is read
    /// again to find it (on this error path only; standard input cannot be read twice).
    static func located(_ errors: [InputError], in file: String) -> [InputError] {
        guard file != "-", !errors.allSatisfy(\.isInWorkbook), let bytes = try? FileSystem.read(file) else { return errors }
        return ScenarioFile.located(errors, in: bytes, name: file)
    }

    /// The scenario of `file`, resolved and evaluated: its report, allocation and expected figures.
    static func evaluation(_ file: String, _ language: Language) throws -> Evaluation {
        try evaluation(of: try scenario(file, language), file: file)
    }

    static func evaluation(of scenario: Scenario, file: String) throws -> Evaluation {
        do { return try Evaluation(scenario) } catch { throw Failure.input(error, file: file) }
    }

    /// The monthly counts of `file`, given with the scenario `scenario` of `report`: every line at fault is found, that
    /// cannot be read or that the scenario refuses.
    static func counts(_ file: String, for scenario: String, of report: RunReport, _ language: Language) throws -> [ActualCount] {
        let bytes = try FileSystem.read(file)
        // A workbook or a scenario given as the counts: said once, not as hundreds of lines at fault.
        if ScenarioFile.isWorkbook(bytes, name: file) || bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") {
            throw Failure.about(
                file: file,
                Localized(
                    "ce n'est pas un fichier de comptages : un CSV mois;opérateur;mesures est attendu après --actuals (le scénario se donne avant)",
                    "this is not a counts file: a CSV of month;operator;measures is expected after --actuals (the scenario comes before)"))
        }
        let (counts, failures) = ActualsCSV.read(bytes)
        let problems = Settlement.countProblems(report: report, counts: counts)
        guard failures.isEmpty && problems.isEmpty else { throw Failure.counts(failures, problems, file: file, scenario: scenario) }
        noteEncoding(of: bytes, file: file, language)
        return counts
    }

    /// A CSV file French Excel saved in Windows-1252 is read all the same; one line on standard error says so.
    static func noteEncoding(of bytes: [UInt8], file: String, _ language: Language) {
        guard CSVReader.readsAsWindows1252(bytes) else { return }
        StandardStreams.writeError(
            Localized(
                "\(file): note : fichier lu en Windows-1252 (« CSV (séparateur : point-virgule) » d'Excel), pas en UTF-8 ; les accents sont gardés.",
                "\(file): note: read as Windows-1252 (Excel's \"CSV (semicolon delimited)\"), not UTF-8; accents are kept."
            ).in(language) + "\n")
    }

    /// The format a scenario file is written in (`init`, `convert`), from its name's extension; any other is a usage error.
    static func scenarioFormat(ofOutput file: String, command: String) throws -> ScenarioFile.Format {
        guard let format = ScenarioFile.Format(fileName: file) else {
            throw Failure.usage(
                Localized("« \(file) » : extension attendue .json, .xlsx ou .ods", "'\(file)': expected extension .json, .xlsx or .ods"),
                command: command)
        }
        return format
    }

    /// The files a scenario reads besides itself (its budget CSV), for `--output` to protect.
    static func inputs(of scenario: Scenario, file: String) -> [String] {
        [file] + (scenario.candidateBudgetFile.map { [besideScenario($0, scenario: file)] } ?? [])
    }

    /// A path written in a scenario, read from the scenario's folder (`scenarios/x.json` names `budget.csv`:
    /// `scenarios/budget.csv`).
    static func besideScenario(_ path: String, scenario: String) -> String {
        guard !path.hasPrefix("/"), let slash = scenario.lastIndex(of: "/") else { return path }
        return String(scenario[...slash]) + path
    }
}
