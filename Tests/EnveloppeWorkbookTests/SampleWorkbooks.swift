import EnveloppeWorkbook

/// Workbooks shared by the tests: one with every kind of cell and style, whose cached
/// formula results are the true results (checked against LibreOffice's recalculation).
enum SampleWorkbooks {
    static let header = Style(bold: true, wrap: true, fill: .header, alignment: .center)
    static let euros = Style(format: .currency)
    static let total = Style(format: .currency, bold: true, fill: .total)

    static var everyKind: Workbook {
        let synthesis = Sheet(
            name: "Synthèse",
            columnWidths: [28, 16, 10, 12, 12, 9, 14, 10, 12, 14],
            rows: [
                [.text("Enveloppe 2025 — synthèse", style: Style(bold: true, fill: .header))],
                ["Poste", "Montant", "Taux", "Mois", "Date", "Validé", "Quantité", "Ratio", "Croisé", "Statut"].map { .text($0, style: header) },
                [
                    .text("Personnel"), .number("1234.56", style: euros), .number("0.25", style: Style(format: .percent(places: 0))),
                    .date(year: 2025, month: 9, day: 1, style: Style(format: .monthYear)), .date(year: 2025, month: 9, day: 15),
                    .boolean(true), .number("1234567", style: Style(format: .integer)),
                    .number("3.14159", style: Style(format: .decimal(places: 3))),
                    .formula("'Mois par mois'!B2+C3", cached: .number("1000.25"), style: Style(format: .decimal(places: 2))),
                    .text("Oui", style: Style(fill: .input)),
                ],
                [
                    .text("Fonctionnement <&> \"cité\" l'an", style: Style(italic: true, alignment: .left)),
                    .number("-98765.4", style: Style(format: .currency, fill: .failure)),
                    .number("0.125", style: Style(format: .percent(places: 1), fill: .warning)),
                    .date(year: 2026, month: 1, day: 1, style: Style(format: .monthYear)), .date(year: 2024, month: 2, day: 29),
                    .boolean(false), .number("42", style: Style(format: .integer, fill: .ok)), .number("0", style: Style(alignment: .right)),
                    .empty, .text("", style: Style(fill: .input)),
                ],
                [
                    .text("Total", style: Style(bold: true, fill: .total)),
                    .formula("SUM(B3:B4)", cached: .number("-97530.84"), style: total),
                    .formula("ROUND(B3*C3,2)", cached: .number("308.64"), style: Style(format: .decimal(places: 2))),
                    .formula("MIN(G3,G4)", cached: .number("42"), style: Style(format: .integer)),
                    .formula("IF(B3>B4,B3-B4,0)", cached: .number("99999.96"), style: euros),
                    .formula("IF(F3,\"oui, vraiment\",\"non\")", cached: .text("oui, vraiment")),
                    .formula("G3>G4", cached: .boolean(true)),
                ],
                [],
                [.text("  deux lignes\n  et des  espaces\ttab ", style: Style(wrap: true))],
            ],
            frozenRows: 2, frozenColumns: 1,
            validations: [ListValidation(range: "J3:J20", allowed: ["Oui", "Non", "À voir"], prompt: "Choisir une réponse")],
            landscape: true,
            merges: ["A1:F1"])
        let months = Sheet(
            name: "Mois par mois",
            columnWidths: [12, 16],
            rows: [
                [.text("Mois", style: header), .text("Montant", style: header), .text("Part", style: header)],
                [
                    .date(year: 2025, month: 9, day: 1, style: Style(format: .monthYear)), .number("1000", style: euros),
                    .formula("B2/B5", cached: .number("0.4"), style: Style(format: .percent(places: 0))),
                ],
                [
                    .date(year: 2025, month: 10, day: 1, style: Style(format: .monthYear)), .number("1000", style: euros),
                    .formula("B3/B5", cached: .number("0.4"), style: Style(format: .percent(places: 0))),
                ],
                [
                    .date(year: 2025, month: 11, day: 1, style: Style(format: .monthYear)), .number("500", style: euros),
                    .formula("B4/B5", cached: .number("0.2"), style: Style(format: .percent(places: 2))),
                ],
                [.text("Total", style: Style(bold: true, fill: .total)), .formula("SUM(B2:B4)", cached: .number("2500"), style: total)],
            ],
            frozenRows: 1)
        return Workbook(sheets: [synthesis, months])
    }

    /// The widths of the run workbook's monthly table: 21 columns, 292 characters, too wide to be fitted to a
    /// landscape page at a readable size.
    static let monthlyWidths = [22, 15, 10, 10, 10, 16, 6, 14, 14, 14, 17, 13, 13, 14, 12, 16, 17, 14, 17, 14, 14]

    /// A monthly table as wide as the run workbook's, its header rows and month column frozen, twelve months.
    static var monthly: Workbook {
        let header = (0..<monthlyWidths.count).map { Cell.text($0 == 0 ? "Mois" : "Colonne \($0)", style: SampleWorkbooks.header) }
        let months = (1...12).map { month in
            [Cell.date(year: 2025, month: month, day: 1, style: Style(format: .monthYear))]
                + (1..<monthlyWidths.count).map { Cell.number("\(month * 1000 + $0).50", style: euros) }
        }
        let sheet = Sheet(
            name: "Mois par mois", columnWidths: monthlyWidths, rows: [[.text("Tableau mensuel", style: Style(bold: true))], header] + months,
            frozenRows: 2, frozenColumns: 1, landscape: true)
        return Workbook(sheets: [sheet])
    }
}
