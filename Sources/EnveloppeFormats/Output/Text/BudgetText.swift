import Enveloppe

/// `enveloppe budget` as text: the CERFA 12156 grid, charges then income, then 86 and 87.
struct BudgetText: Worded {
    let words: Wording

    /// Written as bytes, line by line: a filed budget of a million lines is never held as a table of strings.
    func render(_ document: BudgetDocument) throws -> [UInt8] {
        let (budget, title, wholeEuros) = (document.budget, document.title, document.wholeEuros)
        let l = language
        var out = [
            title,
            l.pick("BUDGET PRÉVISIONNEL DE L'ACTION (CERFA 12156), ", "FORECAST BUDGET OF THE ACTION (CERFA 12156), ") + f.period(budget.period),
        ]
        if wholeEuros {
            out.append(
                l.pick(
                    "Montants en euros entiers, arrondis pour que le budget reste équilibré.",
                    "Amounts in whole euros, rounded so that the budget still balances."))
        }
        let money = { (amount: Money) in BudgetDocument.amount(amount, wholeEuros: wholeEuros, self.f) }
        // Each section's table is measured first, then all are written into bytes sized once: a filed budget
        // of a million lines is never held as a table of strings, nor copied as its text grows.
        struct Section {
            let heading: String
            let groups: [(account: CerfaAccount, positions: [Int], total: Money)]
            /// The row where each group's heading is; its lines follow, the total comes last.
            let starts: [Int]
            let total: (label: String, amount: Money)
            var rows: Int { (starts.last ?? 0) + (groups.last.map { $0.positions.count + 1 } ?? 0) + 1 }

            /// The layout, without formatting every line's amount: a formatted amount is as wide as its digits and
            /// sign, so the widest of the lines' is that of their largest or smallest (two rows measured but not
            /// written); the lines' amounts are formatted once, as they are written.
            func layout(words: Wording, money: (Money) -> String, lines: [BudgetLine]) -> TextTable.Layout {
                var (largest, smallest) = (Money.zero, Money.zero)
                for group in groups {
                    for position in group.positions {
                        largest = max(largest, lines[position].amount)
                        smallest = min(smallest, lines[position].amount)
                    }
                }
                let extremes = [money(largest), money(smallest)]
                let measured = TextTable.measure([.left, .right], rows: rows + 2) { number, row in
                    guard number < rows else {
                        row.cells += ["", extremes[number - rows]]
                        return
                    }
                    self.row(number, &row, words: words, money: money, lines: lines, linesAmounts: false)
                }
                // The amounts left out were counted by their width; their bytes beyond it (no-break spaces, €) are added.
                let extra = extremes.map { $0.utf8.count - TextTable.width($0) }.max() ?? 0
                return TextTable.Layout(rows: rows, widths: measured.widths, bytes: measured.bytes + rows * extra)
            }

            func row(
                _ number: Int, _ row: inout TextTable.Row, words: Wording, money: (Money) -> String, lines: [BudgetLine], linesAmounts: Bool = true
            ) {
                guard number < rows - 1 else {
                    row.cells += [total.label, money(total.amount)]
                    return
                }
                let g = starts.lastIndex { $0 <= number }!
                if number == starts[g] {
                    row.cells += [words.accountHeading(groups[g].account), money(groups[g].total)]
                    return
                }
                let position = groups[g].positions[number - starts[g] - 1]
                row.lead = 4
                // Two appends, no array made for each line; the line read in place, not copied to be passed.
                row.cells.append(lines[position].subsidyLine == nil ? lines[position].label : words.budgetLabel(lines[position]))
                row.cells.append(linesAmounts ? money(lines[position].amount) : "")
            }
        }
        func section(_ heading: String, totalLabel: String, where include: (BudgetLine) -> Bool) throws -> Section {
            let groups = try BudgetDocument.groups(in: budget.lines, where: include)
            let starts = groups.dropLast().reduce(into: [0]) { $0.append($0.last! + 1 + $1.positions.count) }
            return Section(
                heading: heading, groups: groups, starts: groups.isEmpty ? [] : starts, total: (totalLabel, try Money.sum(groups.map(\.total))))
        }
        var sections = [
            try section(l.pick("CHARGES", "CHARGES"), totalLabel: l.pick("TOTAL DES CHARGES", "TOTAL CHARGES"), where: Budget.isCharge),
            try section(l.pick("PRODUITS", "INCOME"), totalLabel: l.pick("TOTAL DES PRODUITS", "TOTAL INCOME"), where: Budget.isIncome),
        ]
        if budget.lines.contains(where: \.account.isContributionInKind) {
            sections.append(
                try section(
                    l.pick("CONTRIBUTIONS VOLONTAIRES EN NATURE (sous les totaux)", "CONTRIBUTIONS IN KIND (below the totals)"), totalLabel: "",
                    where: \.account.isContributionInKind))
        }
        let layouts = sections.map { $0.layout(words: words, money: money, lines: budget.lines) }
        let head = Array((out.joined(separator: "\n") + "\n").utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(head.count + layouts.reduce(1_024) { $0 + $1.bytes } + sections.reduce(0) { $0 + $1.heading.utf8.count + 3 })
        bytes += head
        for (section, layout) in zip(sections, layouts) {
            bytes.append(contentsOf: ("\n" + section.heading + "\n").utf8)
            TextTable.write([.left, .right], layout: layout, into: &bytes) { section.row($0, &$1, words: words, money: money, lines: budget.lines) }
            bytes.append(0x0A)
        }
        out = []
        out.append("")
        let balanced = try budget.isBalanced
        let gap = try budget.totalIncome - budget.totalCharges
        out.append(
            balanced
                ? l.pick("Équilibre : oui, total des charges = total des produits.", "Balanced: yes, total charges = total income.")
                : l.pick("Équilibre : NON, écart produits − charges = \(money(gap)).", "Balanced: NO, gap income − charges = \(money(gap))."))
        if budget.depositsAdvanced > .zero {
            out.append(
                l.pick(
                    "Cautions avancées aux bailleurs sur la période (hors charges, restituées au glissement du bail) : \(money(budget.depositsAdvanced)).",
                    "Deposits advanced to landlords in the period (not charges, returned when the lease slides): \(money(budget.depositsAdvanced))."))
        }
        bytes.append(contentsOf: (out.joined(separator: "\n") + "\n").utf8)
        return bytes
    }
}
