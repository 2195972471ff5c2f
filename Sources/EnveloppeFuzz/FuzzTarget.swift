import Enveloppe
import EnveloppeFormats
import EnveloppeWorkbook

/// Runs one input through everything that reads bytes from a user: the strict JSON
/// parser, the scenario decoder and every computation and renderer of a scenario, the
/// budget CSV and the monthly counts CSV, the workbook reader and the scenario workbook
/// reader (the bytes as a file, and as edits of a template's cells). Bad input must give
/// an error, never a crash; every scenario read must convert to JSON, .xlsx and .ods and back unchanged.
func exercise(_ bytes: [UInt8]) {
    _ = try? JSONParser.parse(bytes)
    _ = try? BudgetCSV.parse(bytes)
    let counts = try? ActualsCSV.parse(bytes)
    WorkbookFuzz.exercise(bytes)
    for scenario in ScenarioWorkbookFuzz.scenarios(bytes) {
        checkRoundTrip(scenario)
        evaluate(scenario, counts: counts)
    }
    guard let scenario = try? ScenarioDecoder.decode(bytes) else { return }
    checkRoundTrip(scenario)
    evaluate(scenario, counts: counts)
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

/// Every computation and renderer of a scenario.
func evaluate(_ scenario: Scenario, counts: [ActualCount]?) {
    guard let evaluation = try? Evaluation(scenario) else { return }
    let report = evaluation.report
    renderEverywhere(RunDocument(evaluation, table: .months))
    renderEverywhere(RunDocument(evaluation, table: .figures))
    renderEverywhere(ChecksDocument([("fuzz.json", evaluation)]))
    if let allocation = evaluation.allocation { renderEverywhere(AllocationDocument(allocation)) }
    if let budget = try? report.budgets[0].inWholeEuros() { renderEverywhere(BudgetDocument(budget, title: report.title, wholeEuros: true)) }
    if let summary = try? ApplicationSummary(evaluation) { renderEverywhere(CompareDocument([("a", summary), ("b", summary)])) }
    renderEverywhere(ExplainDocument.list(evaluation.allFigures, title: report.title))
    for figure in evaluation.allFigures.prefix(20) { renderEverywhere(ExplainDocument.tree(figure)) }
    if let counts, let settlement = try? Settlement(report: report, counts: counts, threshold: Rate(percent: 10)) {
        renderEverywhere(SettlementDocument(settlement))
    }
}

/// Renders `document` in every format it declares and both languages.
func renderEverywhere(_ document: some Document) {
    for format in type(of: document).formats {
        for language in Language.allCases { _ = try? document.render(format, Wording(language)) }
    }
}

#if FUZZING
    /// The libFuzzer entry point (built with `fuzz/run.sh`).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        exercise(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    import Foundation

    /// Without libFuzzer: replays files (a corpus, or crash inputs) through the same function.
    @main
    struct Replay {
        static func main() {
            var count = 0
            for path in CommandLine.arguments.dropFirst() {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                let files =
                    isDirectory.boolValue
                    ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
                for file in files {
                    guard let data = FileManager.default.contents(atPath: file) else { continue }
                    exercise([UInt8](data))
                    count += 1
                }
            }
            print("\(count) inputs replayed, no crash")
        }
    }
#endif
