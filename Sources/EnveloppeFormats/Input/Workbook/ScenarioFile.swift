import Enveloppe
import EnveloppeWorkbook

/// A scenario file of any of its three forms: JSON, an .xlsx workbook or an .ods workbook.
/// A workbook is known by its bytes (a ZIP archive, or the container of a password-protected
/// file) or by its name; anything else is read as JSON.
public enum ScenarioFile {
    public enum Format: String, Sendable, CaseIterable {
        case json, xlsx, ods

        /// The format a file name's extension says, `nil` for another extension.
        public init?(fileName: String) {
            guard let typed = FileName.typedExtension(of: fileName) else { return nil }
            self.init(rawValue: typed.lowercased())
        }
    }

    /// How a ZIP archive (.xlsx, .ods) starts.
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// How the container of a password-protected .xlsx starts.
    static let compoundSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Whether the bytes, or else the name, are a workbook's.
    public static func isWorkbook(_ bytes: [UInt8], name: String) -> Bool {
        if bytes.starts(with: zipSignature) || bytes.starts(with: compoundSignature) { return true }
        return Format(fileName: name).map { $0 != .json } ?? false
    }

    /// A file a person fills and Enveloppe reads.
    public enum InputKind: Sendable {
        /// An application workbook (its « Candidature » sheet) or a scenario in JSON (an object naming its call).
        case application
        /// A filed budget or monthly counts, in CSV, read without a fault.
        case table
    }

    /// What the bytes are, when they are a file a person fills and Enveloppe reads: a report written over one would lose
    /// the person's work, so the commands refuse to unless told to (`--force`). `nil` for anything else (a report).
    public static func inputKind(_ bytes: [UInt8], name: String) -> InputKind? {
        if isWorkbook(bytes, name: name) {
            guard let workbook = try? WorkbookReader.read(bytes) else { return nil }
            return workbook.sheet(named: ScenarioWorkbookLayout.candidature) != nil ? .application : nil
        }
        if let tree = try? JSONParser.tree(bytes), tree.nodes.first?.kind == .object {
            return tree.member(of: 0, "preset") != nil || tree.member(of: 0, "rules") != nil ? .application : nil
        }
        let budget = BudgetCSV.read(bytes)
        if budget.failures.isEmpty && !budget.lines.isEmpty { return .table }
        let counts = ActualsCSV.read(bytes)
        return counts.failures.isEmpty && !counts.counts.isEmpty ? .table : nil
    }

    /// The first sheets of a workbook the commands write as a report (`run`'s « Synthèse », `settle`'s « Solde des
    /// conventions »…), when the bytes are one and no application workbook (no « Candidature » sheet); `nil` otherwise.
    public static func reportSheets(_ bytes: [UInt8], name: String) -> [String]? {
        guard isWorkbook(bytes, name: name), let workbook = try? WorkbookReader.read(bytes),
            workbook.sheet(named: ScenarioWorkbookLayout.candidature) == nil
        else { return nil }
        let reports: Set<String> = [
            "Synthèse", "Summary", "Budget prévisionnel", "Forecast budget", "Bilan", "Contrôles", "Checks", "Comparaison", "Comparison",
            "Répartition", "Allocation", "Solde des conventions", "Settlement",
        ]
        let names = workbook.sheets.map(\.name)
        return names.contains(where: reports.contains) ? Array(names.prefix(3)) : nil
    }

    /// The scenario the file holds, every error of the file with its path (a JSON field or a cell).
    public static func decode(_ bytes: [UInt8], name: String) throws(ScenarioWorkbookReader.Failure) -> Scenario {
        guard isWorkbook(bytes, name: name) else {
            do { return try ScenarioDecoder.decode(bytes) } catch { throw .inputs(error) }
        }
        return try ScenarioWorkbookReader.decode(bytes).scenario
    }

    /// The scenario written in `format`.
    public static func bytes(_ scenario: Scenario, _ format: Format) -> [UInt8] {
        switch format {
        case .json: Array(ScenarioJSON.text(scenario).utf8)
        case .xlsx: ScenarioWorkbook.bytes(scenario, .xlsx)
        case .ods: ScenarioWorkbook.bytes(scenario, .ods)
        }
    }

    /// Errors found after reading (by the checks of the call's rules, by the projection), each
    /// naming the cell of its field when the file is a workbook; unchanged for a JSON file.
    public static func located(_ errors: [InputError], in bytes: [UInt8], name: String) -> [InputError] {
        guard isWorkbook(bytes, name: name), let reading = try? ScenarioWorkbookReader.decode(bytes) else { return errors }
        return errors.map(reading.located)
    }
}
