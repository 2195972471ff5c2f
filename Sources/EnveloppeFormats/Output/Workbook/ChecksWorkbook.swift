import Enveloppe
import EnveloppeWorkbook

/// `enveloppe check` as a workbook: a summary per application (counts of each status, as
/// formulas over the checks), then every check with its status, its name, its sentence and its
/// sources; and the checks sheet of `run`. A check is named as the reports name it
/// (``Wording/checkName(_:)``); its identifier is kept in a last column labelled for tools, and not printed.
/// Each application's rows are worded for its own rules, as in the CSV and the text: « l'appel prévoit » for a
/// call, « la règle prévoit » for the 2023 execution report, in the same workbook.
struct ChecksWorkbook: Worded {
    let words: Wording

    var sheetName: String { language.pick("Contrôles", "Checks") }

    func workbook(_ document: ChecksDocument) -> Workbook {
        let l = language
        var checks = SheetBuilder(name: sheetName)
        checks.add(
            [
                l.pick("Fichier", "File"), l.pick("Candidature", "Application"), l.pick("Statut", "Status"), l.pick("Contrôle", "Check"),
                l.pick("Constat", "Finding"), l.pick("Sources", "Sources"), identifierHeader,
            ].map { .text($0, style: SheetStyle.headerLeft) })
        checks.frozenRows = 1
        for (file, evaluation) in document.applications {
            let worded = ChecksWorkbook(words: words.about(evaluation.report.call))
            for finding in evaluation.findings {
                checks.add(
                    [.text(file), .text(evaluation.report.title, style: SheetStyle.wrapped)] + worded.cells(finding))
            }
        }
        let last = max(2, checks.rows.count)
        checks.setWidth(34, column: 1)
        checks.setWidth(nameWidth, column: 3)
        checks.setWidth(80, column: 4)
        checks.setWidth(50, column: 5)
        checks.printedColumns = 6

        var summary = SheetBuilder(name: l.pick("Bilan", "Summary"))
        summary.add(
            [l.pick("Fichier", "File"), l.pick("Candidature", "Application"), "ok", l.pick("Alertes", "Warnings"), l.pick("Échecs", "Failures")]
                .map { .text($0, style: SheetStyle.header) })
        summary.frozenRows = 1
        for (file, evaluation) in document.applications {
            let row = summary.nextRow
            let counts = Finding.Status.allCases.map { status in Int64(evaluation.findings.filter { $0.status == status }.count) }
            let statusCells = Finding.Status.allCases.enumerated().map { index, status in
                let files = SheetBuilder.on(sheetName, "$A$2:$A$\(last)")
                let statuses = SheetBuilder.on(sheetName, "$C$2:$C$\(last)")
                return Cells.count("SUMPRODUCT((\(files)=A\(row))*(\(statuses)=\"\(words.status(status))\"))", counts[index])
            }
            summary.add([.text(file), .text(evaluation.report.title, style: SheetStyle.wrapped)] + statusCells)
        }
        summary.setWidth(50, column: 1)
        return Workbook(sheets: [summary.sheet, checks.sheet])
    }

    /// The header of the identifiers' column: for tools (`enveloppe check --format json` or `csv` give the same `id`), not for a reader.
    var identifierHeader: String { language.pick("Identifiant (pour les outils)", "Identifier (for tools)") }

    /// The width of the names' column; a longer name wraps.
    private let nameWidth = 30

    /// Status, name, sentence, sources and identifier of one finding.
    func cells(_ finding: Finding) -> [Cell] {
        [
            .text(words.status(finding.status), style: SheetStyle.status(finding.status)),
            .text(words.checkName(finding), style: SheetStyle.wrapped), .text(words.sentence(finding), style: SheetStyle.wrapped),
            // Each source once, as a person names it, a field of every operator once (as the other formats cite it),
            // without its quotation (the `run` workbook quotes the passages in its Sources sheet).
            .text(citedOnce(finding.sources).joined(separator: "\n"), style: SheetStyle.wrapped), .text(finding.id),
        ]
    }

    /// The checks sheet of `run`: one row per finding; where the statuses are, for the summary's counts.
    func sheet(_ findings: [Finding]) -> (sheet: SheetBuilder, statuses: String) {
        let l = language
        var sheet = SheetBuilder(name: sheetName)
        sheet.add(
            [
                l.pick("Statut", "Status"), l.pick("Contrôle", "Check"), l.pick("Constat", "Finding"), l.pick("Sources", "Sources"),
                identifierHeader,
            ].map { .text($0, style: SheetStyle.headerLeft) })
        sheet.frozenRows = 1
        for finding in findings { sheet.add(cells(finding)) }
        sheet.setWidth(nameWidth, column: 1)
        sheet.setWidth(80, column: 2)
        sheet.setWidth(50, column: 3)
        sheet.printedColumns = 4
        return (sheet, "$A$2:$A$\(max(2, sheet.rows.count))")
    }
}
