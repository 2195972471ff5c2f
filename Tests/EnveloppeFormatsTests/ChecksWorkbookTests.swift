import Enveloppe
import EnveloppeWorkbook
import Testing

@testable import EnveloppeFormats

/// The checks as the workbook of `enveloppe check` lists them.
@Suite struct ChecksWorkbookTests {
    /// A call and the 2023 execution report checked together: each file's rows say what its own rules say, as the CSV and
    /// the text do (« selon le rapport d'exécution », « le scénario retient » for 2023), never the call's words for the report.
    @Test(arguments: [Language.fr, .en], [OutputFormat.xlsx, .ods])
    func eachApplicationIsWordedForItsOwnRules(_ language: Language, _ format: OutputFormat) throws {
        let files = ["candidature-a-montpellier-2025.json", "montpellier-2023-cinq-associations.json"]
        let applications = try files.map { (file: $0, evaluation: try ScenarioFilesTests.evaluation($0)) }
        let document = ChecksDocument(applications)
        let workbook = try WorkbookReader.read(try document.render(format, Wording(language), printedOn: nil))
        let sheet = try #require(workbook.sheet(named: ChecksWorkbook(words: Wording(language)).sheetName))
        var read: [String: [String]] = [:]
        for row in sheet.rows.dropFirst() {
            guard case .text(let file) = row.first?.value, row.count > 4, case .text(let sentence) = row[4].value else { continue }
            read[file, default: []].append(sentence)
        }
        for (file, evaluation) in applications {
            let words = Wording(language).about(evaluation.report.call)
            #expect(read[file] == evaluation.findings.map { words.sentence($0) }, "\(file) \(language) \(format)")
        }
        let report = read["montpellier-2023-cinq-associations.json"] ?? []
        let call = language == .fr ? "l'appel" : "the call"
        #expect(!report.isEmpty && report.allSatisfy { !$0.contains(call) }, "\(report)")
        #expect(report.contains { $0.contains(language == .fr ? "selon le rapport d'exécution" : "according to the execution report") }, "\(report)")
        // The report gives no amounts: its grants are the scenario's, never the rule's.
        #expect(report.contains { $0.contains(language == .fr ? "le scénario retient" : "the scenario sets") }, "\(report)")
    }
}
