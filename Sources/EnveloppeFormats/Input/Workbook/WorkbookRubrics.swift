import Enveloppe
import EnveloppeWorkbook

/// A rubric of a sheet laid out as label / value rows (Candidature, the top of Risque): found by
/// its label in column A, whatever the case and accents, its value in column B.
protocol WorkbookRubric: CaseIterable, Hashable {
    var label: String { get }
    /// The scenario field the value fills, for errors located at its cell.
    var path: String { get }
    /// The scenario blocks an error may name instead of the field, located at the same cell.
    var blocks: [String] { get }
}

extension WorkbookRubric {
    var blocks: [String] { [] }
}

extension WorkbookContext {
    /// Each rubric's value cell, empty or not. A label written twice is an error at its second
    /// row; a value beside a label the format does not know is one too (a typo must not be
    /// silently ignored); the row of headings (Rubrique, Votre valeur…) is passed over.
    func rubricCells<Rubric: WorkbookRubric>(
        _ rows: some Sequence<[ReadCell]>, sheet: String, of _: Rubric.Type
    ) -> [Rubric: WorkbookCell] {
        let labels = Rubric.allCases.map { (WorkbookText.folded($0.label), $0) }
        let heading = WorkbookText.folded(ScenarioWorkbookLayout.rubricHeading)
        var cells: [Rubric: WorkbookCell] = [:]
        for (index, row) in rows.enumerated() {
            let label = WorkbookCell(row.first, path: WorkbookPath.cell(sheet, 0, index + 1))
            let value = WorkbookCell(row.count > 1 ? row[1] : nil, path: WorkbookPath.cell(sheet, 1, index + 1))
            guard case .text(let text) = label.value else { continue }
            let folded = WorkbookText.folded(text)
            if folded == heading { continue }
            if let rubric = labels.first(where: { $0.0 == folded })?.1 {
                guard cells[rubric] == nil else {
                    reading.record(InputError(label.path, .duplicateField))
                    continue
                }
                cells[rubric] = value
                locate(rubric.path, value.path)
                for block in rubric.blocks { locate(block, value.path) }
            } else if !value.isEmpty {
                reading.record(InputError(label.path, .notOneOf(text: text, allowed: Rubric.allCases.map(\.label))))
            }
        }
        return cells
    }
}
