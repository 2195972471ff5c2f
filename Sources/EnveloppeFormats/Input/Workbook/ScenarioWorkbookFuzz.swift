import Enveloppe
import EnveloppeWorkbook

/// Fuzzing the scenario workbook reader. Random bytes rarely get past the ZIP checksums, so
/// besides reading the bytes as a file, the bytes are read as edits of the cells of a
/// template workbook (``StarterScenario/workbook(for:_:)``, already read): every cell kind
/// (text, number text, date, boolean, spreadsheet error, formula without a value) reaches
/// every column of every sheet, with the format's own words and choices in the mix.
public enum ScenarioWorkbookFuzz {
    /// The scenarios the bytes give, as a file and as edits of a template; errors are expected and dropped.
    public static func scenarios(_ bytes: [UInt8]) -> [Scenario] {
        var found: [Scenario] = []
        if let reading = try? ScenarioWorkbookReader.decode(bytes) { found.append(reading.scenario) }
        guard let first = bytes.first, !templates.isEmpty else { return found }
        var workbook = templates[Int(first) % templates.count]
        apply(bytes.dropFirst(), to: &workbook)
        if let reading = try? ScenarioWorkbookReader.decode(workbook) { found.append(reading.scenario) }
        return found
    }

    /// The template of every call, as read back from its .xlsx bytes.
    static let templates: [ReadWorkbook] = Presets.all.compactMap { call in
        StarterScenario.workbook(for: call.id.rawValue, .xlsx).flatMap { try? WorkbookReader.read($0) }
    }

    /// Words worth putting in a cell: headings, rubrics, choices, numbers and months as people write them.
    static let words: [String] =
        Rubric.allCases.map(\.label) + HouseholdsColumn.allCases.map(\.header) + StaffColumn.allCases.map(\.header)
        + ChargeColumn.allCases.map(\.header) + ScenarioChoices.roles.labels + ScenarioChoices.kinds.labels + ScenarioChoices.bases.labels
        + ScenarioChoices.purposes.labels + ScenarioChoices.roundings.labels + ScenarioChoices.capScopes.labels
        + ScenarioChoices.capBases.labels + ScenarioChoices.conventions.labels + ScenarioChoices.subsidyLines.labels
        + ScenarioChoices.methods.labels + ScenarioChoices.presets.labels + ScenarioChoices.incomeAccounts + CerfaAccount.allCases.map(\.rawValue)
        + FunderTermsColumn.allCases.map(\.header) + RiskColumn.allCases.map(\.header) + RiskRubric.allCases.map(\.label)
        + ScenarioChoices.distributions.labels + ScenarioChoices.uncertainInputs.labels
        + [
            "association", "iml", "fsl", "vial", "aml", "oui", "non", "aucune", "1 ; 2 ; 3", "03/2026 : 1 ; 2026-05 : 2", "52 000,00 €", "0,5",
            "60 %", "2025-09", "09/2025", "1234.5600000000001", "1E+3", "-1", "", " ", "paiement.vial.solde", "ddets", "metropole",
            "departement", "ddcs", "50 % à 2 mois ; 30 % à 6 mois", "60 % à 1 mois", "40 % à 3 ; 70 % à 2 mois", "0 ; 1 ; 3 ; 6",
            "4 ; 3 ; 2 ; 1", "5 % ; 12,25 %", "0,05",
        ]

    /// Edits of 5 bytes and a payload: sheet, row, column, kind, payload length.
    static func apply(_ bytes: ArraySlice<UInt8>, to workbook: inout ReadWorkbook) {
        var bytes = bytes
        while bytes.count >= 5, !workbook.sheets.isEmpty {
            let header = Array(bytes.prefix(5))
            bytes = bytes.dropFirst(5)
            let length = min(Int(header[4]) % 32, bytes.count)
            let payload = Array(bytes.prefix(length))
            bytes = bytes.dropFirst(length)
            let sheet = Int(header[0]) % workbook.sheets.count
            let row = Int(header[1]) % 48
            let column = Int(header[2]) % 16
            let text = String(decoding: payload, as: UTF8.self)
            let value: ReadValue
            switch header[3] % 9 {
            case 0: value = .text(text)
            case 1: value = .number(text)
            case 2: value = .date(year: 1900 + Int(payload.first ?? 0) * 2, month: Int(payload.dropFirst().first ?? 1) % 14, day: 1)
            case 3: value = .boolean((payload.first ?? 0) & 1 == 1)
            case 4: value = .error(text)
            case 5: value = .missingCachedValue
            case 6: value = .empty
            default: value = .text(words[Int(payload.first ?? 0) % words.count])
            }
            set(value, row: row, column: column, in: &workbook.sheets[sheet])
        }
    }

    static func set(_ value: ReadValue, row: Int, column: Int, in sheet: inout ReadSheet) {
        while sheet.rows.count <= row { sheet.rows.append([]) }
        while sheet.rows[row].count <= column {
            let index = sheet.rows[row].count
            sheet.rows[row].append(ReadCell(reference: ScenarioWorkbookLayout.columnLetter(index) + String(row + 1), value: .empty))
        }
        sheet.rows[row][column].value = value
    }
}
