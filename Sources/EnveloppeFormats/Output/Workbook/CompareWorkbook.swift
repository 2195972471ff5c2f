import Enveloppe
import EnveloppeWorkbook

/// `enveloppe compare` as a workbook: the applications side by side, one column each, the
/// figures as numbers a jury can sort and chart (amounts in euros, the share in percent, the
/// low point's month as a date).
struct CompareWorkbook: Worded {
    let words: Wording

    func workbook(_ applications: [(file: String, summary: ApplicationSummary)]) -> Workbook {
        let l = language
        var sheet = SheetBuilder(name: l.pick("Comparaison", "Comparison"))
        sheet.note(l.pick("Candidatures côte à côte", "Applications side by side"), style: SheetStyle.title)
        if let warning = CompareRows(words: words).differentCalls(applications) { sheet.note(warning, style: SheetStyle.wrappedNote) }
        sheet.add(
            [.text(l.pick("Candidature", "Application"), style: SheetStyle.headerLeft)]
                + applications.map { .text($0.summary.title, style: SheetStyle.header) } + [
                    .text(l.pick("Chiffre", "Figure"), style: SheetStyle.headerLeft)
                ])
        sheet.add([.text(l.pick("Fichier", "File"), style: SheetStyle.note)] + applications.map { .text($0.file, style: SheetStyle.wrappedNote) })
        sheet.frozenRows = 3
        sheet.frozenColumns = 1
        // A figure that needs what the scenario does not describe (a team, costs) says so instead of a zero.
        let notDescribed = Cell.text(l.pick("non décrit", "not described"), style: SheetStyle.note)
        let rows: [(String, (ApplicationSummary) -> Cell, String)] = [
            (l.pick("Subvention (par convention)", "Grant (per convention)"), { Cells.money($0.grant) }, FigureID.envelopeTotal.rawValue),
            (l.pick("Ménages", "Households"), { Cells.count($0.households) }, ""),
            (l.pick("ETP de l'équipe", "Team FTE"), { $0.describesTeam ? Cells.hundredths($0.fte.hundredths) : notDescribed }, ""),
            (
                l.pick("Coût par ménage", "Cost per household"),
                { $0.describesCosts || $0.budgetFiled ? Cells.money($0.costPerHousehold) : notDescribed },
                FigureID.chargesPerHousehold(period: 0).rawValue
            ),
            (
                l.pick("Part des charges hors personnel", "Non-staff share of charges"),
                { $0.describesCosts || $0.budgetFiled ? Cells.rate($0.nonStaffShare.rounded(toPercentDecimals: 1), places: 1) : notDescribed }, ""
            ),
            (
                l.pick("Point bas de la trésorerie", "Treasury low point"), { $0.describesCosts ? Cells.money($0.treasuryLowPoint) : notDescribed },
                FigureID.treasuryLowest.rawValue
            ),
            (l.pick("Mois du point bas", "Month of the low point"), { $0.describesCosts ? Cells.month($0.treasuryLowMonth) : notDescribed }, ""),
            (l.pick("Contrôles en échec", "Checks failed"), { Cells.count(Int64($0.failures)) }, ""),
            (l.pick("Alertes", "Warnings"), { Cells.count(Int64($0.warnings)) }, ""),
        ]
        for (label, cell, id) in rows {
            sheet.add([.text(label, style: SheetStyle.bold)] + applications.map { cell($0.summary) } + [.text(id)])
        }
        sheet.blank()
        sheet.note(
            l.pick(
                "Coût par ménage : charges du budget de la première convention / ménages. Part des charges hors personnel : charges directes et indirectes hors personnel / charges, à 0,1 % près.",
                "Cost per household: charges of the first convention's budget / households. Non-staff share: direct and indirect non-staff charges / charges, to 0.1 %."
            ))
        sheet.setWidth(34, column: 0)
        for index in applications.indices { sheet.setWidth(30, column: index + 1) }
        return Workbook(sheets: [sheet.sheet])
    }
}
