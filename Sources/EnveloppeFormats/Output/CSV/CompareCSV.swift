import Enveloppe

/// `enveloppe compare` as CSV: one row per application, a column per figure (amounts in euros with a decimal comma).
extension CompareRows {
    func csv(_ summaries: [(file: String, summary: ApplicationSummary)]) -> [UInt8] {
        let l = words.language
        let columns = columns(summaries)
        var rows = [[l.pick("fichier", "file"), l.pick("nom court", "short name"), l.pick("titre", "title")] + columns.map(\.name)]
        for (file, s) in summaries {
            rows.append([file, s.shortName, s.title] + columns.map { csvField($0.value(s)) })
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }

    /// A figure as a French spreadsheet reads it; empty when the application does not have it.
    private func csvField(_ value: Value) -> String {
        switch value {
        case .text(let text): text
        case .count(let count): String(count)
        case .hundredths(let hundredths): CSV.decimalComma(plain(hundredths: hundredths))
        case .money(let amount): CSV.euros(amount)
        case .percent(let rate): rate.percentage(fractionDigits: 1).map { CSV.decimalComma(plain(hundredths: $0.scaled * 10)) } ?? ""
        case .month(let month): month.description
        case .notDescribed, .absent: ""
        }
    }
}
