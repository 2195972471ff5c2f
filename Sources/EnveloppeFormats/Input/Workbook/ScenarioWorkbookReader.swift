import Enveloppe
import EnveloppeWorkbook

/// Reads a scenario from a workbook (.xlsx or .ods) laid out as ``ScenarioWorkbookLayout``
/// says: the same ``Scenario`` as the JSON file holding the same values, every error of the
/// workbook at once, each naming its cell (`Équipe!D4`).
public enum ScenarioWorkbookReader {
    /// Why a workbook gave no scenario.
    public enum Failure: Error, Equatable, Sendable {
        /// The bytes are no workbook that can be read (damaged, encrypted, too large): one line says why.
        case unreadable(WorkbookError)
        /// The workbook was read; these cells are wrong (never an empty list).
        case inputs(InputErrors)
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> ScenarioWorkbookReading {
        let workbook: ReadWorkbook
        do { workbook = try WorkbookReader.read(bytes) } catch {
            // A ZIP archive whose directory is missing is a workbook cut short (a copy or a download stopped), not another kind of file.
            throw .unreadable(
                error == .notAWorkbook && bytes.starts(with: ScenarioFile.zipSignature)
                    ? .damaged("ZIP archive without its central directory") : error)
        }
        do { return try decode(workbook) } catch { throw .inputs(error) }
    }

    /// The scenario of a workbook already read.
    public static func decode(_ workbook: ReadWorkbook) throws(InputErrors) -> ScenarioWorkbookReading {
        let context = WorkbookContext(workbook)
        let scenario = context.scenario()
        guard let scenario, context.reading.errors.isEmpty else {
            let errors = context.reading.errors
            throw InputErrors(
                errors.isEmpty ? [InputError(WorkbookPath.sheet(ScenarioWorkbookLayout.candidature), .missing)] : inWorkbookOrder(errors, workbook))
        }
        return ScenarioWorkbookReading(scenario: scenario, locations: context.locations)
    }

    /// The errors sheet by sheet in the workbook's order, then row by row, then column by column.
    static func inWorkbookOrder(_ errors: [InputError], _ workbook: ReadWorkbook) -> [InputError] {
        let sheets = workbook.sheets.map(\.name)
        func key(_ error: InputError) -> (Int, Int, Int) {
            guard let (sheet, cell) = WorkbookPath.parts(error.path) else { return (-1, 0, 0) }
            let letters = cell.prefix { $0.isLetter }
            let column = letters.reduce(0) { $0 * 26 + Int($1.asciiValue ?? 64) - 64 }
            return (sheets.firstIndex(of: sheet) ?? sheets.count, Int(cell.dropFirst(letters.count)) ?? 0, column)
        }
        return errors.enumerated().sorted { a, b in
            let (ka, kb) = (key(a.element), key(b.element))
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}

/// A scenario read from a workbook, and where each of its fields was read.
public struct ScenarioWorkbookReading: Sendable {
    public let scenario: Scenario
    /// JSON field path → workbook path (`operators[0].staff[1].fte` → `Équipe!D3`).
    let locations: [String: String]

    /// The error with the cell of its field in place of the field's JSON path: an error found
    /// after reading (a value beyond the call, a schedule over the places) names the cell too.
    /// A field with no cell of its own names the cell or sheet of its block.
    public func located(_ error: InputError) -> InputError {
        guard !error.isInWorkbook else { return error }
        var path = Substring(error.path)
        while !path.isEmpty {
            if let cell = locations[String(path)] { return InputError(cell, error.problem) }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            path = path[..<cut]
        }
        let top = error.path.prefix { $0 != "." && $0 != "[" }
        let sheet: String? =
            switch top {
            case "operators": ScenarioWorkbookLayout.households
            case "expected": ScenarioWorkbookLayout.expected
            case "otherIncome", "contributionsInKind": ScenarioWorkbookLayout.otherIncome
            case "budget": ScenarioWorkbookLayout.budget
            case "rules" where error.path.hasPrefix("rules.paymentTerms.funders"): ScenarioWorkbookLayout.paymentTerms
            case "rules", "allocation", "preset", "title", "openingBalance": ScenarioWorkbookLayout.candidature
            case "risk": ScenarioWorkbookLayout.risk
            default: nil
            }
        return sheet.map { InputError(WorkbookPath.sheet($0), error.problem) } ?? error
    }
}

/// One workbook being read: its errors (the decoder's ``Reading``), and where each field was found.
final class WorkbookContext {
    let workbook: ReadWorkbook
    let reading = Reading()
    var locations: [String: String] = [:]

    init(_ workbook: ReadWorkbook) { self.workbook = workbook }

    /// The sheet of that name, as written or with other case or accents (`Equipe`).
    func sheet(_ name: String) -> ReadSheet? {
        workbook.sheet(named: name) ?? workbook.sheets.first { WorkbookText.folded($0.name) == WorkbookText.folded(name) }
    }

    func locate(_ field: String, _ cell: String) { locations[field] = cell }

    func scenario() -> Scenario? {
        let r = reading
        guard let candidature = self.candidature() else { return nil }
        let title = candidature.required(.title) { c throws(InputError) in try c.text() }
        let description = candidature.optional(.description) { c throws(InputError) in try c.text() } ?? ""
        let preset = candidature.required(.preset) { c throws(InputError) -> PresetID in
            let text = try c.text()
            guard let preset = ScenarioChoices.presets.value(matching: text) else {
                throw InputError(c.path, .unknownPreset(name: text, known: Presets.all.map(\.id.rawValue)))
            }
            return preset
        }
        let call = preset.flatMap(Presets.named)
        var rules = self.rules(candidature)
        rules.lines = lines(call)
        rules.funderTerms = funderTerms(call)
        // Below zero when the association starts on an overdraft.
        let opening = candidature.optional(.openingBalance) { c throws(InputError) in try c.signedAmount() } ?? .zero
        let budgetFile = candidature.optional(.budgetFile) { c throws(InputError) in try c.text() }
        let (otherIncome, inKind) = incomeLines()
        var candidateBudget = budgetLines()
        if candidateBudget != nil, budgetFile != nil, let cell = candidature.cells[.budgetFile] {
            r.record(InputError(cell.path, .exactlyOneOf([Rubric.budgetFile.label, WorkbookPath.sheet(ScenarioWorkbookLayout.budget)])))
            candidateBudget = nil
        }
        let expected = expectedFigures()
        let allocation = self.allocation(candidature, preset: preset)
        let operators = self.operators(allowingNone: allocation.isPresent)
        let risk = self.risk()
        guard let title, let preset, let operators else { return nil }
        var scenario = Scenario(
            title: title, description: description, preset: preset, rules: rules, operators: operators, openingBalance: opening,
            otherIncome: otherIncome, contributionsInKind: inKind, candidateBudget: candidateBudget, candidateBudgetFile: budgetFile)
        scenario.expected = expected
        scenario.allocation = allocation.settings
        scenario.risk = risk
        return scenario
    }

    /// The rubrics of the Candidature sheet: a row is a rubric by the label in its column A.
    struct Candidature {
        let cells: [Rubric: WorkbookCell]
        let sheet: String
        let reading: Reading

        func cell(_ rubric: Rubric) -> WorkbookCell? {
            guard let cell = cells[rubric], !cell.isEmpty else { return nil }
            return cell
        }

        func optional<T>(_ rubric: Rubric, _ read: (WorkbookCell) throws(InputError) -> T) -> T? {
            guard let cell = cell(rubric) else { return nil }
            return reading.attempt { () throws(InputError) in try read(cell) }
        }

        /// - Parameter other: the cell this one goes with, when it is required because that one is filled: an empty
        ///   one then names it.
        func required<T>(_ rubric: Rubric, with other: Rubric? = nil, _ read: (WorkbookCell) throws(InputError) -> T) -> T? {
            guard let cell = cell(rubric) else {
                let problem: InputError.Problem = other.map { .missingWith(other: cells[$0]?.path ?? "") } ?? .missing
                reading.record(InputError(cells[rubric]?.path ?? WorkbookPath.sheet(sheet), problem))
                return nil
            }
            return reading.attempt { () throws(InputError) in try read(cell) }
        }
    }

    func candidature() -> Candidature? {
        guard let sheet = sheet(ScenarioWorkbookLayout.candidature) else {
            reading.record(InputError(WorkbookPath.sheet(ScenarioWorkbookLayout.candidature), .missing))
            return nil
        }
        let cells = rubricCells(sheet.rows, sheet: sheet.name, of: Rubric.self)
        return Candidature(cells: cells, sheet: sheet.name, reading: reading)
    }

    /// The rubrics that replace or complete the call's values, as the JSON `rules` block.
    func rules(_ c: Candidature) -> RuleSettings {
        var rules = RuleSettings()
        rules.households = c.optional(.households) { cell throws(InputError) in try cell.count() }
        rules.envelopeTotal = c.optional(.envelopeTotal) { cell throws(InputError) in try cell.amount() }
        rules.requiredFTE = c.optional(.requiredFTE) { cell throws(InputError) in try cell.fte() }
        rules.minimumManagementFTE = c.optional(.minimumManagementFTE) { cell throws(InputError) in try cell.fte() }
        rules.capRate = c.optional(.capRate) { cell throws(InputError) in try cell.rate() }
        rules.capScope = c.optional(.capScope) { cell throws(InputError) in try cell.choice(ScenarioChoices.capScopes) }
        rules.capBase = c.optional(.capBase) { cell throws(InputError) in try cell.choice(ScenarioChoices.capBases) }
        rules.advanceRate = c.optional(.advanceRate) { cell throws(InputError) in try cell.rate() }
        rules.advanceRounding = c.optional(.rounding) { cell throws(InputError) in try cell.choice(ScenarioChoices.roundings) }
        rules.advanceDelayMonths = c.optional(.advanceDelay) { cell throws(InputError) in Int(try cell.count(maximum: 36)) }
        rules.balanceDelayMonths = c.optional(.balanceDelay) { cell throws(InputError) in Int(try cell.count(minimum: 1, maximum: 36)) }
        if let cell = c.cell(.instalments) {
            for rubric in [Rubric.advanceRate, .advanceDelay] where c.cell(rubric) != nil {
                reading.record(
                    InputError(
                        c.cells[rubric]!.path, .exactlyOneOf([Rubric.instalments.label, "\(Rubric.advanceRate.label), \(Rubric.advanceDelay.label)"]))
                )
            }
            rules.instalments = reading.attempt { () throws(InputError) in try instalmentList(cell) }
        }
        // The number of conventions alone renews the call's own convention; a start or a length describes another, whole.
        var months: Int64?
        if c.cell(.conventionStart) != nil || c.cell(.conventionMonths) != nil {
            // The start and the length go together: one alone names the other.
            let start = c.required(.conventionStart, with: .conventionMonths) { cell throws(InputError) in try cell.month() }
            months = c.required(.conventionMonths, with: .conventionStart) { cell throws(InputError) in
                try cell.count(minimum: 1, maximum: 600)
            }
            if let start, let months { rules.convention = Period(start: start, months: Int(months)) }
        }
        rules.conventionPeriods = c.optional(.conventionPeriods) { cell throws(InputError) in
            Int(try cell.count(minimum: 1, maximum: 600 / (months ?? 1)))
        }
        rules.conventions = c.optional(.conventions) { cell throws(InputError) in try cell.choice(ScenarioChoices.conventions) }
        rules.accompanimentMonths = c.optional(.accompanimentMonths) { cell throws(InputError) in Int(try cell.count(minimum: 1, maximum: 600)) }
        return rules
    }
}

/// One data row of a table sheet, its cells by column.
struct TableRow<Column: WorkbookColumn> {
    let sheet: String
    /// The row's number as the spreadsheet shows it (2 for the first data row).
    let number: Int
    let cells: [ReadCell]

    subscript(_ column: Column) -> WorkbookCell {
        WorkbookCell(column.rawValue < cells.count ? cells[column.rawValue] : nil, path: path(column))
    }

    func path(_ column: Column) -> String { WorkbookPath.cell(sheet, column.rawValue, number) }
}

extension WorkbookContext {
    /// The data rows of a table sheet with the columns `Column` declares, or `nil` when the
    /// sheet is absent. The first row (or the row at `headerIndex`, counted from 0) must name the
    /// columns read; a row whose `significant` cells are all empty is left out (the template's
    /// empty yellow rows).
    func rows<Column: WorkbookColumn>(_: Column.Type, significant: [Column]? = nil, headerIndex: Int = 0) -> [TableRow<Column>]? {
        guard let sheet = sheet(Column.sheet) else { return nil }
        let header = headerIndex < sheet.rows.count ? sheet.rows[headerIndex] : []
        var headingsMatch = true
        for column in Column.allCases where column.isRead {
            let cell = WorkbookCell(
                column.rawValue < header.count ? header[column.rawValue] : nil,
                path: WorkbookPath.cell(sheet.name, column.rawValue, headerIndex + 1))
            let found = (try? cell.text()) ?? ""
            if WorkbookText.folded(found) != WorkbookText.folded(column.header) {
                reading.record(InputError(cell.path, found.isEmpty ? .missing : .notOneOf(text: found, allowed: [column.header])))
                headingsMatch = false
            }
        }
        // Columns moved or renamed: reading by position would put values in the wrong fields.
        guard headingsMatch else { return [] }
        let significant = significant ?? Column.allCases.filter(\.isRead)
        return sheet.rows.enumerated().dropFirst(headerIndex + 1).compactMap { index, cells in
            let row = TableRow<Column>(sheet: sheet.name, number: index + 1, cells: cells)
            return significant.allSatisfy { row[$0].isEmpty } ? nil : row
        }
    }

    /// A text cell the row must have.
    func required<Column, T>(_ row: TableRow<Column>, _ column: Column, _ read: (WorkbookCell) throws(InputError) -> T) -> T? {
        let cell = row[column]
        guard !cell.isEmpty else {
            reading.record(InputError(cell.path, .missing))
            return nil
        }
        return reading.attempt { () throws(InputError) in try read(cell) }
    }

    func optional<Column, T>(_ row: TableRow<Column>, _ column: Column, _ read: (WorkbookCell) throws(InputError) -> T) -> T? {
        let cell = row[column]
        guard !cell.isEmpty else { return nil }
        return reading.attempt { () throws(InputError) in try read(cell) }
    }
}
