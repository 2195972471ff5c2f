import Enveloppe

/// The report as CSV for French spreadsheets: `;` separator, decimal comma, no
/// group separator and no `€` in numeric cells, UTF-8 with a BOM, CRLF line
/// ends, RFC 4180 quoting (DOMAIN.md, "Calibration and conventions").
public struct CSVRenderer: Sendable {
    let words: Wording
    public init(_ language: Language) { words = Wording(language) }

    /// The monthly table: one row a month, amounts in euros with a decimal comma.
    public func renderMonths(_ report: RunReport) -> [UInt8] {
        let l = words.language
        var rows: [[String]] = [[
            l.pick("mois", "month"), l.pick("ménages accompagnés", "households accompanied"), l.pick("entrées", "entries"),
            l.pick("sorties", "exits"), l.pick("ménages logés", "households housed"),
            l.pick("mesures-mois cumulées", "household-months to date"), l.pick("ETP", "FTE"),
            l.pick("avances reçues", "advances received"), l.pick("soldes reçus", "balances received"),
            l.pick("cautions restituées", "deposits returned"), l.pick("encaissements", "receipts"),
            l.pick("personnel", "staff"), l.pick("charges directes", "direct charges"),
            l.pick("charges indirectes", "indirect charges"), l.pick("cautions versées", "deposits paid"),
            l.pick("reversements", "repayments"), l.pick("décaissements", "expenses"), l.pick("solde du mois", "net"),
            l.pick("trésorerie", "treasury"), l.pick("service fait cumulé", "service fait to date"),
            l.pick("paiements reçus cumulés", "payments received to date"),
        ]]
        for row in report.months {
            let euros = { (amount: Money) in CSVRenderer.decimalComma(plain(cents: amount.cents)) }
            rows.append([
                row.month.description, String(row.accompanied), String(row.entries), String(row.exits), String(row.housed),
                String(row.measureMonthsToDate), CSVRenderer.decimalComma(plain(hundredths: row.fteHundredths)),
                euros(row.advances), euros(row.balances), euros(row.depositsReturned), euros(row.receipts),
                euros(row.staff), euros(row.directNonStaff), euros(row.indirect), euros(row.depositsPaid),
                euros(row.reversements), euros(row.expenses), euros(row.net), euros(row.treasury),
                euros(row.serviceFaitToDate), euros(row.paymentsToDate),
            ])
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }

    static func decimalComma(_ text: String) -> String { String(text.map { $0 == "." ? "," : $0 }) }

    /// The figures and checks, one row each.
    public func render(_ report: RunReport) -> [UInt8] {
        let l = words.language
        var rows: [[String]] = [
            [l.pick("rubrique", "section"), l.pick("identifiant", "id"), l.pick("libellé", "label"),
             l.pick("valeur", "value"), l.pick("unité", "unit"), l.pick("source", "source")]
        ]
        for figure in report.allFigures {
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
        let comma = CSVRenderer.decimalComma
        switch quantity {
        case .money(let amount): return (comma(plain(cents: amount.cents)), "EUR")
        case .count(let value): return (String(value), "")
        case .fte(let value): return (comma(plain(hundredths: value.hundredths)), words.language.pick("ETP", "FTE"))
        case .rate(let rate): return (words.format.rate(rate).split(separator: "\u{00A0}").first.map(String.init) ?? "", "%")
        case .unitMonths(let hundredths, let unit): return (comma(plain(hundredths: hundredths)), words.format.unitMonthName(unit))
        case .units(let hundredths, let unit):
            return (comma(plain(hundredths: hundredths)), words.format.units(hundredths: 200, unit: unit).split(separator: "\u{00A0}").last.map(String.init) ?? "")
        case .months(let count): return (String(count), words.language.pick("mois", "months"))
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
