import Enveloppe

/// The report as CSV for French spreadsheets: `;` separator, decimal comma, no
/// group separator and no `€` in numeric cells, UTF-8 with a BOM, CRLF line
/// ends, RFC 4180 quoting (DOMAIN.md, "Calibration and conventions").
public struct CSVRenderer: Sendable {
    let words: Wording
    public init(_ language: Language) { words = Wording(language) }

    public func render(_ report: RunReport) -> [UInt8] {
        let l = words.language
        var rows: [[String]] = [
            [l.pick("rubrique", "section"), l.pick("identifiant", "id"), l.pick("libellé", "label"),
             l.pick("valeur", "value"), l.pick("unité", "unit"), l.pick("source", "source")]
        ]
        for figure in JSONReportRenderer.figures(of: report) {
            let (value, unit) = cell(figure.value)
            rows.append([
                l.pick("chiffre", "figure"), figure.id, words.label(figure), value, unit,
                figure.sources.uniquedCitations().map { words.citation($0, quoting: false) }.joined(separator: " | "),
            ])
        }
        for finding in report.findings {
            rows.append([
                l.pick("contrôle", "check"), finding.id, words.sentence(finding), words.status(finding.status), "",
                finding.sources.uniquedCitations().map { words.citation($0, quoting: false) }.joined(separator: " | "),
            ])
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }

    func cell(_ quantity: Quantity) -> (String, String) {
        let comma = { (text: String) in String(text.map { $0 == "." ? "," : $0 }) }
        switch quantity {
        case .money(let amount): return (comma(plain(cents: amount.cents)), "EUR")
        case .count(let value): return (String(value), "")
        case .fte(let value): return (comma(plain(hundredths: value.hundredths)), words.language.pick("ETP", "FTE"))
        case .rate(let rate): return (words.format.rate(rate).split(separator: "\u{00A0}").first.map(String.init) ?? "", "%")
        case .unitMonths(let hundredths, let unit): return (comma(plain(hundredths: hundredths)), words.format.unitMonthName(unit))
        }
    }
}

/// CSV writing, for the two profiles the tool knows.
public enum CSV {
    public enum Profile: Sendable {
        /// `;`, UTF-8 with BOM, CRLF: what French spreadsheets open as they are.
        case frenchSpreadsheet
        /// `,`, no BOM, LF: for programs.
        case machine
    }

    public static func bytes(_ rows: [[String]], profile: Profile) -> [UInt8] {
        let separator = profile == .frenchSpreadsheet ? ";" : ","
        let end = profile == .frenchSpreadsheet ? "\r\n" : "\n"
        let text = rows.map { row in row.map { quote($0, separator: separator) }.joined(separator: separator) }
            .joined(separator: end) + end
        return (profile == .frenchSpreadsheet ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    /// RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled.
    static func quote(_ field: String, separator: String) -> String {
        guard field.contains(where: { String($0) == separator || $0 == "\"" || $0.isNewline }) else {
            return field
        }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
