import Enveloppe
import EnveloppeFormats
import EnveloppeWorkbook

/// What reads a user's bytes. Every input goes through each one; `ENVELOPPE_FUZZ_READERS`
/// (`counts,budget`) narrows a libFuzzer run to some, so that a cheap reader gets many more
/// inputs a second than the scenario's whole computation allows.
enum Reader: String, CaseIterable, Sendable {
    /// The strict JSON parser, the scenario decoder, then every computation and renderer of the scenario.
    case scenario
    /// The budget CSV (`budget.file`), then the budgets and checks of each ``FuzzScenarios`` scenario that files it.
    case budget
    /// The monthly counts CSV (`settle --actuals`), then the settlement of each ``FuzzScenarios`` report.
    case counts
    /// The workbook readers (ZIP, DEFLATE, XML, .xlsx, .ods) and the scenario workbook reader.
    case workbook

    /// The readers of a comma-separated list; `nil` when a name is not a reader's.
    static func named(_ list: String) -> Set<Reader>? {
        var readers: Set<Reader> = []
        for name in list.split(separator: ",") {
            guard let reader = Reader(rawValue: name.trimmingWhitespace) else { return nil }
            readers.insert(reader)
        }
        return readers.isEmpty ? nil : readers
    }
}

/// How far an input went: what read without error and what was computed from it. The tests
/// use it to show that a seed of each reader reaches its decoding and what follows.
enum Reached: String, CaseIterable, Sendable {
    case json, scenario, evaluation, budgetLines, filedBudget, counts, settlement, workbook, workbookScenario
}

/// Runs one input through everything that reads bytes from a user (the `readers`): the strict
/// JSON parser, the scenario decoder and every computation and renderer of a scenario; the
/// budget CSV, filed with each fuzz scenario; the monthly counts CSV, settled against each fuzz
/// scenario; the workbook reader and the scenario workbook reader (the bytes as a file, and as
/// edits of a template's cells). Bad input must give an error and its message, never a crash;
/// every scenario read must convert to JSON, .xlsx and .ods and back unchanged.
@discardableResult
func exercise(_ bytes: [UInt8], readers: Set<Reader> = Set(Reader.allCases)) -> Set<Reached> {
    var reached: Set<Reached> = []
    if readers.contains(.budget) {
        do {
            let lines = try BudgetCSV.parse(bytes)
            reached.insert(.budgetLines)
            if fileBudget(lines) { reached.insert(.filedBudget) }
        } catch {
            say { $0.message(error, file: "budget.csv") }
        }
    }
    if readers.contains(.counts) {
        do {
            let counts = try ActualsCSV.parse(bytes)
            reached.insert(.counts)
            if settle(counts) { reached.insert(.settlement) }
        } catch {
            say { $0.message(error, file: "comptages.csv") }
        }
    }
    if readers.contains(.workbook) {
        WorkbookFuzz.exercise(bytes)
        if (try? WorkbookReader.read(bytes)) != nil { reached.insert(.workbook) }
        do {
            if ScenarioFile.isWorkbook(bytes, name: "fuzz.xlsx") { _ = try ScenarioFile.decode(bytes, name: "fuzz.xlsx") }
        } catch {
            say { $0.unreadableWorkbook(error) }
        }
        for scenario in ScenarioWorkbookFuzz.scenarios(bytes) {
            reached.insert(.workbookScenario)
            checkRoundTrip(scenario)
            evaluate(scenario)
        }
    }
    if readers.contains(.scenario) {
        if (try? JSONParser.parse(bytes)) != nil { reached.insert(.json) }
        do {
            let scenario = try ScenarioDecoder.decode(bytes)
            reached.insert(.scenario)
            checkRoundTrip(scenario)
            if evaluate(scenario) { reached.insert(.evaluation) }
        } catch {
            for error in error.errors.prefix(20) { say { $0.message(error, file: "fuzz.json") } }
        }
    }
    return reached
}

/// The budget filed with each fuzz scenario: its budgets, checks and comparison, and the scenario
/// with it written and read back. Whether one computed.
func fileBudget(_ lines: [BudgetLine]) -> Bool {
    var computed = false
    for (index, scenario) in FuzzScenarios.scenarios.enumerated() {
        var filed = scenario
        filed.candidateBudget = lines
        if index == 0 { checkRoundTrip(filed) }
        do {
            let evaluation = try Evaluation(filed)
            computed = true
            let report = evaluation.report
            renderEverywhere(BudgetDocument(report.budgets[0], title: report.title, wholeEuros: false))
            if let euros = try? report.budgets[0].inWholeEuros() {
                renderEverywhere(BudgetDocument(euros, title: report.title, wholeEuros: true))
            }
            renderEverywhere(ChecksDocument([("fuzz.json", evaluation)]))
            if let summary = try? ApplicationSummary(evaluation) { renderEverywhere(CompareDocument([("a", summary), ("b", summary)])) }
        } catch {
            say { $0.message(error, file: "fuzz.json") }
        }
    }
    return computed
}

/// The counts settled against each fuzz scenario's report, rendered and explained, or their
/// error said. Whether one settled.
func settle(_ counts: [ActualCount]) -> Bool {
    var settled = false
    for report in FuzzScenarios.reports {
        do {
            let settlement = try Settlement(report: report, counts: counts, threshold: Rate(percent: 10))
            settled = true
            renderEverywhere(SettlementDocument(settlement))
            renderEverywhere(ExplainDocument.list(settlement.figures, title: settlement.title))
            for figure in settlement.figures.prefix(6) { renderEverywhere(ExplainDocument.tree(figure)) }
        } catch let error as ActualsError {
            say { $0.message(error, file: "comptages.csv") }
        } catch {
            fatalError("a settlement failed with neither a count's error nor an amount's: \(error)")
        }
    }
    return settled
}

/// An error's message in both languages, as the command would print it.
func say(_ message: (Wording) -> String) {
    for language in Language.allCases { _ = message(Wording(language)) }
}

/// `enveloppe convert` loses nothing: JSON → JSON, JSON → .xlsx → JSON and JSON → .ods → JSON give
/// the same scenario (texts a cell cannot hold aside: blank ones, control characters; and blocks that say nothing).
func checkRoundTrip(_ scenario: Scenario) {
    let json = ScenarioJSON.text(scenario)
    guard let again = try? ScenarioDecoder.decode(Array(json.utf8)), ScenarioJSON.text(again) == json else {
        fatalError("the JSON written does not read back the same:\n\(json)")
    }
    guard let value = try? JSONParser.parse(Array(json.utf8)), holdsInCells(value), holdsInWorkbook(scenario) else { return }
    for kind in [ReadWorkbook.Kind.xlsx, .ods] {
        let read: Scenario
        do { read = try ScenarioWorkbookReader.decode(ScenarioWorkbook.bytes(scenario, kind)).scenario } catch {
            fatalError("the \(kind) workbook written does not read back: \(error)\n\(json)")
        }
        let back = ScenarioJSON.text(read)
        if back != json { fatalError("the \(kind) workbook written reads back differently:\n\(json)\n---\n\(back)") }
    }
}

/// Whether the scenario has no block that says nothing, which has no row in a workbook: an empty
/// `risk` block, a funder with no delay, a funder or a line of the call with nothing set.
func holdsInWorkbook(_ scenario: Scenario) -> Bool {
    if let risk = scenario.risk {
        if risk == RiskSettings() || risk.paymentDelays.contains(where: { $0.advance == nil && $0.balance == nil }) { return false }
    }
    guard let call = Presets.named(scenario.preset) else { return true }
    let funders = Set(call.funderIDs)
    if scenario.rules.funderTerms.contains(where: { funders.contains($0.key) && $0.value == RuleSettings.Terms() }) { return false }
    return !scenario.rules.lines.contains { id, line in call.lines.contains { $0.id == id } && line == RuleSettings.Line() }
}

/// Whether every text of the scenario can stand in a cell: not blank, no character XML refuses.
func holdsInCells(_ value: JSONValue) -> Bool {
    func fits(_ text: String) -> Bool {
        text.contains { !$0.isWhitespace }
            && !text.unicodeScalars.contains {
                ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0xFFFE || $0.value == 0xFFFF
            }
    }
    switch value {
    case .object(let members): return members.allSatisfy { fits($0.key) && holdsInCells($0.value) }
    case .array(let elements): return elements.allSatisfy(holdsInCells)
    case .string(let text): return fits(text)
    default: return true
    }
}

/// Every computation and renderer of a scenario: run, check, budget, compare, explain, allocate,
/// risk (a few runs), and settle with counts equal to the plan. Whether it computed.
@discardableResult
func evaluate(_ scenario: Scenario) -> Bool {
    let evaluation: Evaluation
    do { evaluation = try Evaluation(scenario) } catch {
        say { $0.message(error, file: "fuzz.json") }
        return false
    }
    let report = evaluation.report
    renderEverywhere(RunDocument(evaluation, table: .months))
    renderEverywhere(RunDocument(evaluation, table: .figures))
    renderEverywhere(ChecksDocument([("fuzz.json", evaluation)]))
    if let allocation = evaluation.allocation { renderEverywhere(AllocationDocument(allocation)) }
    renderEverywhere(BudgetDocument(report.budgets[0], title: report.title, wholeEuros: false))
    if let budget = try? report.budgets[0].inWholeEuros() { renderEverywhere(BudgetDocument(budget, title: report.title, wholeEuros: true)) }
    if let summary = try? ApplicationSummary(evaluation) { renderEverywhere(CompareDocument([("a", summary), ("b", summary)])) }
    renderEverywhere(ExplainDocument.list(evaluation.allFigures, title: report.title))
    for figure in evaluation.allFigures.prefix(20) { renderEverywhere(ExplainDocument.tree(figure)) }
    if scenario.risk != nil {
        do { renderEverywhere(RiskDocument(try RiskReport(report: report, runs: 8, seed: 1, workers: 1))) } catch {
            say { $0.message(error, file: "fuzz.json") }
        }
    }
    settleAsPlanned(report)
    return true
}

/// Counts equal to the plan, every month of every operator, settle to the cent what `enveloppe run`
/// pays (``Settlement``): the same service fait, balance and reversement for every convention, no gap.
func settleAsPlanned(_ report: RunReport) {
    let programme = report.programme
    let plans = report.projection.households
    guard plans.count * programme.months <= 20_000 else { return }
    var counts: [ActualCount] = []
    for (position, op) in report.scenario.operators.enumerated() {
        for t in 0..<programme.months {
            counts.append(
                ActualCount(
                    month: programme.start.adding(months: t), operatorID: op.id, measures: plans[position].accompanied[t], line: counts.count + 1))
        }
    }
    let settlement: Settlement
    do { settlement = try Settlement(report: report, counts: counts, threshold: Rate(percent: 10)) } catch is ArithmeticError {
        return
    } catch {
        fatalError("counts equal to the plan are refused: \(error)")
    }
    renderEverywhere(SettlementDocument(settlement))
    for convention in settlement.conventions {
        guard let line = report.lines.first(where: { $0.line.id == convention.line.id }) else { fatalError("a settled line is not the report's") }
        let k = convention.periodIndex
        let paid =
            convention.holder.map { holder in line.conventions[k][report.scenario.operators.firstIndex { $0.id == holder }!] } ?? line.periods[k]
        let s = paid.schedule
        guard convention.serviceFaitForYear == s.serviceFait, convention.balance == s.balance, convention.reversement == s.reversement,
            convention.gap == .zero
        else {
            fatalError(
                "counts equal to the plan settle \(convention.line.id) period \(k) \(convention.holder?.rawValue ?? "") differently: service fait "
                    + "\(convention.serviceFaitForYear) for \(s.serviceFait), balance \(convention.balance) for \(s.balance), reversement "
                    + "\(convention.reversement) for \(s.reversement), gap \(convention.gap)\n\(ScenarioJSON.text(report.scenario))")
        }
    }
}

/// Renders `document` in every format it declares and both languages.
func renderEverywhere(_ document: some Document) {
    for format in type(of: document).formats {
        for language in Language.allCases { _ = try? document.render(format, Wording(language)) }
    }
}

#if FUZZING
    #if canImport(Glibc)
        import Glibc
    #elseif canImport(Darwin)
        import Darwin
    #endif

    /// The readers of this run: `ENVELOPPE_FUZZ_READERS`, or all of them.
    let readersOfThisRun: Set<Reader> = {
        guard let value = getenv("ENVELOPPE_FUZZ_READERS") else { return Set(Reader.allCases) }
        let list = String(cString: value)
        guard let readers = Reader.named(list) else {
            fatalError("ENVELOPPE_FUZZ_READERS: « \(list) » ; readers: \(Reader.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return readers
    }()

    /// The libFuzzer entry point (built with `fuzz/run.sh`).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        exercise(Array(UnsafeBufferPointer(start: data, count: size)), readers: readersOfThisRun)
        return 0
    }
#else
    import Foundation

    /// Without libFuzzer: replays files (a corpus, or crash inputs) through the same function, and
    /// says how far the inputs went.
    @main
    struct Replay {
        static func main() {
            var count = 0
            var reached: [Reached: Int] = [:]
            for path in CommandLine.arguments.dropFirst() {
                for file in files(path) {
                    guard let data = FileManager.default.contents(atPath: file) else { continue }
                    for step in exercise([UInt8](data)) { reached[step, default: 0] += 1 }
                    count += 1
                }
            }
            print("\(count) inputs replayed, no crash")
            for step in Reached.allCases { print("  \(step.rawValue): \(reached[step] ?? 0)") }
        }

        /// The file at `path`, or the files of the folder at `path` in order (hidden ones left out).
        static func files(_ path: String) -> [String] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
            guard isDirectory.boolValue else { return [path] }
            return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
        }
    }
#endif
