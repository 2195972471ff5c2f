import Enveloppe

/// CSV writing, for the two profiles the tool knows. French spreadsheets get `;`, a
/// decimal comma, no group separator and no `€` in numeric cells, UTF-8 with a BOM,
/// CRLF line ends and RFC 4180 quoting (DOMAIN.md, "Calibration and conventions").
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
        let text =
            rows.map { row in row.map { quote($0, separator: separator) }.joined(separator: separator) }
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

    /// `1234,56`: a decimal point made a comma.
    static func decimalComma(_ text: String) -> String { String(text.map { $0 == "." ? "," : $0 }) }

    /// An amount cell: euros with a decimal comma, no group separator, no `€`.
    static func euros(_ amount: Money) -> String { decimalComma(plain(cents: amount.cents)) }
}
