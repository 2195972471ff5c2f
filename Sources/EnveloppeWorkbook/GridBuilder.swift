/// Collects cells at arbitrary positions and lays them out as dense rows, counting every
/// materialised cell (padding included) against the limit so a cell placed at XFD1048576
/// cannot make the reader allocate billions of empty cells.
struct GridBuilder {
    let limit: Int
    private var rows: [[ReadCell?]] = []
    private var cells = 0
    /// Column letters already computed, since every row needs the same ones.
    private var columnNames: [String] = []

    init(limit: Int) {
        self.limit = limit
    }

    /// Places a non-empty cell; a later cell at the same place replaces it.
    mutating func set(row: Int, column: Int, _ value: ReadValue, formula: String?) throws(WorkbookError) {
        guard row >= 0, column >= 0, row < CellReference.maximumRows, column < CellReference.maximumColumns else { return }
        if value == .empty && formula == nil { return }
        if row >= rows.count {
            // Empty rows cost one array each; count them too.
            cells += row + 1 - rows.count
            guard cells <= limit else { throw .tooManyCells(limit: limit) }
            rows += Array(repeating: [], count: row + 1 - rows.count)
        }
        if column >= rows[row].count {
            cells += column + 1 - rows[row].count
            guard cells <= limit else { throw .tooManyCells(limit: limit) }
            rows[row] += Array(repeating: nil, count: column + 1 - rows[row].count)
        }
        while columnNames.count <= column { columnNames.append(CellReference.column(columnNames.count)) }
        rows[row][column] = ReadCell(reference: columnNames[column] + String(row + 1), value: value, formula: formula)
    }

    func build() -> [[ReadCell]] {
        rows.enumerated().map { rowIndex, row in
            row.enumerated().map { columnIndex, cell in
                cell ?? ReadCell(reference: CellReference.name(row: rowIndex, column: columnIndex), value: .empty)
            }
        }
    }
}
