import Enveloppe

/// `enveloppe compare` as CSV: one row per application.
extension CompareRows {
    func csv(_ summaries: [(file: String, summary: ApplicationSummary)]) -> [UInt8] {
        let l = words.language
        var rows = [
            [
                l.pick("fichier", "file"), l.pick("titre", "title"), l.pick("subvention", "grant"), l.pick("ménages", "households"),
                l.pick("ETP", "FTE"), l.pick("coût par ménage", "cost per household"), l.pick("part hors personnel (%)", "non-staff share (%)"),
                l.pick("point bas de trésorerie", "treasury low point"), l.pick("mois du point bas", "low point month"),
                l.pick("contrôles en échec", "checks failed"), l.pick("alertes", "warnings"),
            ]
        ]
        for (file, s) in summaries {
            let percent = s.nonStaffShare.rounded(toPercentDecimals: 1).percentage(fractionDigits: 1).map { plain(hundredths: $0.scaled * 10) } ?? ""
            rows.append([
                file, s.title, CSV.decimalComma(plain(cents: s.grant.cents)), String(s.households),
                CSV.decimalComma(plain(hundredths: s.fte.hundredths)), CSV.decimalComma(plain(cents: s.costPerHousehold.cents)),
                CSV.decimalComma(percent), CSV.decimalComma(plain(cents: s.treasuryLowPoint.cents)),
                s.treasuryLowMonth.description, String(s.failures), String(s.warnings),
            ])
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
