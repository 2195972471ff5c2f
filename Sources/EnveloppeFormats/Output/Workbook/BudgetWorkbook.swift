import Enveloppe
import EnveloppeWorkbook

/// `enveloppe budget` as a workbook, and the budget sheet of `run`: the CERFA 12156 grid,
/// charges 60 to 68 and indirect charges on the left, income 70 to 79 on the right (74 by
/// funder), every account of the form shown, each account's total a `SUM` of its lines, the
/// totals, then 86 and 87 below them, and the balance as formulas.
struct BudgetWorkbook: Worded {
    let words: Wording

    /// Where a budget's totals are, for the summary's references.
    struct Totals {
        let charges: String
        let income: String
    }

    func workbook(_ document: BudgetDocument) throws -> Workbook {
        var sheet = SheetBuilder(name: sheetName)
        sheet.note(document.title, style: SheetStyle.title)
        try add(document.budget, wholeEuros: document.wholeEuros, note: document.roundingNote(language), to: &sheet, freezing: true)
        return Workbook(sheets: [sheet.sheet])
    }

    var sheetName: String { language.pick("Budget prévisionnel", "Forecast budget") }

    static let chargeAccounts: [CerfaAccount] = CerfaAccount.allCases.filter { $0.side == .charge && !$0.isContributionInKind }
    static let incomeAccounts: [CerfaAccount] = CerfaAccount.allCases.filter { $0.side == .income && !$0.isContributionInKind }

    /// One budget's block: its heading, the grid side by side, totals, 86 and 87, balance.
    @discardableResult
    func add(_ budget: Budget, wholeEuros: Bool, note: String? = nil, to sheet: inout SheetBuilder, freezing: Bool) throws -> Totals {
        let l = language
        sheet.note(
            l.pick("Budget prévisionnel de l'action (CERFA 12156), ", "Forecast budget of the action (CERFA 12156), ") + f.period(budget.period)
                + (budget.isSubmitted ? l.pick(" — budget déposé par le candidat", " — budget filed by the candidate") : ""),
            style: SheetStyle.bold)
        if let note = note { sheet.note(note) }
        sheet.add([
            .text(l.pick("Charges", "Charges"), style: SheetStyle.headerLeft), .text(l.pick("Montant", "Amount"), style: SheetStyle.header),
            .empty, .text(l.pick("Produits", "Income"), style: SheetStyle.headerLeft), .text(l.pick("Montant", "Amount"), style: SheetStyle.header),
        ])
        if freezing { sheet.frozenRows = sheet.rows.count }
        let first = sheet.nextRow
        let left = try column(budget.charges, accounts: BudgetWorkbook.chargeAccounts, amountColumn: 1, firstRow: first)
        let right = try column(budget.income, accounts: BudgetWorkbook.incomeAccounts, amountColumn: 4, firstRow: first)
        for index in 0..<max(left.cells.count, right.cells.count) {
            let charge = index < left.cells.count ? left.cells[index] : [.empty, .empty]
            let product = index < right.cells.count ? right.cells[index] : [.empty, .empty]
            sheet.add(charge + [.empty] + product)
        }
        // The totals: the sum of the accounts' totals on each side.
        let totalRow = sheet.nextRow
        let charges = try budget.totalCharges
        let income = try budget.totalIncome
        sheet.add([
            .text(l.pick("TOTAL DES CHARGES", "TOTAL CHARGES"), style: SheetStyle.labelTotal),
            Cells.money(SheetBuilder.sum(left.headings), charges, SheetStyle.moneyTotal), .empty,
            .text(l.pick("TOTAL DES PRODUITS", "TOTAL INCOME"), style: SheetStyle.labelTotal),
            Cells.money(SheetBuilder.sum(right.headings), income, SheetStyle.moneyTotal),
        ])
        // 86 and 87 sit below the totals and balance each other.
        let inKindFirst = sheet.nextRow
        let used = try column(
            budget.contributionsUsed, accounts: [.contributionsInKindUsed], amountColumn: 1, firstRow: inKindFirst)
        let received = try column(
            budget.contributionsReceived, accounts: [.contributionsInKindReceived], amountColumn: 4, firstRow: inKindFirst)
        for index in 0..<max(used.cells.count, received.cells.count) {
            let charge = index < used.cells.count ? used.cells[index] : [.empty, .empty]
            let product = index < received.cells.count ? received.cells[index] : [.empty, .empty]
            sheet.add(charge + [.empty] + product)
        }
        let usedTotal = try budget.total(budget.contributionsUsed)
        let receivedTotal = try budget.total(budget.contributionsReceived)
        sheet.add([
            .text("TOTAL", style: SheetStyle.labelTotal),
            Cells.money("B\(totalRow)+" + used.headings[0], try charges + usedTotal, SheetStyle.moneyTotal), .empty,
            .text("TOTAL", style: SheetStyle.labelTotal),
            Cells.money("E\(totalRow)+" + received.headings[0], try income + receivedTotal, SheetStyle.moneyTotal),
        ])
        sheet.blank()
        let balanced = try budget.isBalanced
        sheet.add([
            .text(l.pick("Écart produits − charges", "Gap income − charges"), style: SheetStyle.bold),
            Cells.money("E\(totalRow)-B\(totalRow)", try income - charges, SheetStyle.moneyBold), .empty,
            .text(l.pick("Écart 87 − 86", "Gap 87 − 86"), style: SheetStyle.bold),
            Cells.money("\(received.headings[0])-\(used.headings[0])", try receivedTotal - usedTotal, SheetStyle.moneyBold),
        ])
        let yes = l.pick("Budget équilibré : total des charges = total des produits", "Balanced budget: total charges = total income")
        let no = l.pick("Budget NON équilibré", "Budget NOT balanced")
        sheet.add(
            [
                .formula(
                    "IF(AND(ROUND(E\(totalRow)-B\(totalRow),2)=0,ROUND(\(received.headings[0])-\(used.headings[0]),2)=0),\"\(yes)\",\"\(no)\")",
                    cached: .text(balanced ? yes : no), style: balanced ? Style(bold: true, fill: .ok) : Style(bold: true, fill: .failure))
            ], fits: false)
        if let deposits = BudgetDocument.depositsLabel(of: budget, l) {
            sheet.add([.text(deposits, style: SheetStyle.wrappedNote), Cells.money(budget.depositsAdvanced)])
        }
        sheet.setWidth(3, column: 2)
        return Totals(charges: "B\(totalRow)", income: "E\(totalRow)")
    }

    /// One side of the grid: each account of the form, its total a `SUM` of its lines (0 when it
    /// has none), then its lines indented. The cells of each row, and where each account's total is.
    private func column(_ lines: [BudgetLine], accounts: [CerfaAccount], amountColumn: Int, firstRow: Int) throws -> (
        cells: [[Cell]], headings: [String]
    ) {
        var cells: [[Cell]] = []
        var headings: [String] = []
        let letter = SheetBuilder.column(amountColumn)
        for account in accounts {
            let inAccount = lines.filter { $0.account == account }
            let row = firstRow + cells.count
            headings.append("\(letter)\(row)")
            let total = try Money.sum(inAccount.map(\.amount))
            let heading = Cell.text(words.accountHeading(account), style: SheetStyle.bold)
            if inAccount.isEmpty {
                cells.append([heading, Cells.money(.zero, SheetStyle.moneyBold)])
            } else {
                cells.append([heading, Cells.money("SUM(\(letter)\(row + 1):\(letter)\(row + inAccount.count))", total, SheetStyle.moneyBold)])
            }
            for line in inAccount {
                cells.append([.text("    " + words.budgetLabel(line)), Cells.money(line.amount)])
            }
        }
        return (cells, headings)
    }
}
