import Enveloppe
import EnveloppeFormats

/// Runs one input through everything that reads bytes from a user: the strict JSON
/// parser, the scenario decoder and every computation and renderer of a scenario, the
/// budget CSV and the monthly counts CSV. Bad input must give an error, never a crash.
func exercise(_ bytes: [UInt8]) {
    _ = try? JSONParser.parse(bytes)
    _ = try? BudgetCSV.parse(bytes)
    let counts = try? ActualsCSV.parse(bytes)
    guard let scenario = try? ScenarioDecoder.decode(bytes), let evaluation = try? Evaluation(scenario) else { return }
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
