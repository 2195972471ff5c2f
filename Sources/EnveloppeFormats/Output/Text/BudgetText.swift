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
        var result: [UInt8] = []
        if let note = document.roundingNote(l) { out += note.wrapped(width: Wording.textWidth) }
        let money = { (amount: Money) in BudgetDocument.amount(amount, wholeEuros: wholeEuros, self.f) }
        // One pass groups the lines by account; each section is measured, then all are written into bytes sized
        // once, row by row: a filed budget of a million lines is never held as a table of strings, nor copied.
        let groups = try BudgetDocument.groups(in: budget.lines)
        func section(_ heading: String, totalLabel: String?, where include: (CerfaAccount) -> Bool) throws -> Section {
            let kept = groups.filter { include($0.account) }
            return Section(heading: heading, groups: kept, total: try totalLabel.map { ($0, try Money.sum(kept.map(\.total))) })
        }
        var sections = [
            try section(l.pick("CHARGES", "CHARGES"), totalLabel: l.pick("TOTAL DES CHARGES", "TOTAL CHARGES"), where: Budget.isCharge),
            try section(l.pick("PRODUITS", "INCOME"), totalLabel: l.pick("TOTAL DES PRODUITS", "TOTAL INCOME"), where: Budget.isIncome),
        ]
        if groups.contains(where: { $0.account.isContributionInKind }) {
            sections.append(
                try section(
                    l.pick("CONTRIBUTIONS VOLONTAIRES EN NATURE (sous les totaux)", "CONTRIBUTIONS IN KIND (below the totals)"), totalLabel: nil,
                    where: \.isContributionInKind))
        }
        budget.lines.withUnsafeBufferPointer { lines in
            // One width for every section's labels and amounts: charges and income read in the same columns, within
            // the text's width (a longer label continues on the lines below, its amount on its last).
            let measured = sections.map { $0.layout(words: words, money: money, lines: lines) }
            let amounts = measured.map(\.amounts).max() ?? 0
            let labels = min(measured.map(\.labels).max() ?? 0, max(Wording.textWidth - Section.indent - 2 - amounts, Section.shortest))
            let layouts = measured.map {
                Section.Layout(
                    labels: labels, amounts: amounts, rows: $0.rows, bytes: $0.bytes + $0.rows * (max(0, labels - $0.labels) + amounts - $0.amounts))
            }
            let head = Array((out.joined(separator: "\n") + "\n").utf8)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(head.count + layouts.reduce(1_024) { $0 + $1.bytes } + sections.reduce(0) { $0 + $1.heading.utf8.count + 3 })
            bytes += head
            for (section, layout) in zip(sections, layouts) {
                bytes.append(contentsOf: ("\n" + section.heading + "\n").utf8)
                section.write(layout, words: words, money: money, lines: lines, into: &bytes)
                bytes.append(0x0A)
            }
            result = bytes
        }
        out = []
        out.append("")
        let balanced = try budget.isBalanced
        let gap = try budget.totalIncome - budget.totalCharges
        out.append(
            balanced
                ? l.pick("Équilibre : oui, total des charges = total des produits.", "Balanced: yes, total charges = total income.")
                : l.pick("Équilibre : NON, écart produits − charges = \(money(gap)).", "Balanced: NO, gap income − charges = \(money(gap))."))
        if let deposits = document.depositsSentence(l, money: money) { out += deposits.wrapped(width: Wording.textWidth) }
        result.append(contentsOf: (out.joined(separator: "\n") + "\n").utf8)
        return result
    }

    /// A section of the form: its account groups, each a heading row with the group's subtotal then a row per
    /// line (indented), and the section's total last (none for the contributions in kind: 86 and 87 balance each other,
    /// their sum is no figure); two columns, the label left, the amount right-aligned.
    private struct Section {
        let heading: String
        let groups: [(account: CerfaAccount, positions: [Int], total: Money)]
        let total: (label: String, amount: Money)?

        /// The columns' widths, and at most how many bytes the rows take.
        struct Layout {
            let labels: Int
            let amounts: Int
            let rows: Int
            let bytes: Int
        }

        static let indent = 2
        static let lineIndent = 4
        /// The narrowest the labels' column gets, however wide the amounts.
        static let shortest = 40

        /// A line's label as the form shows it (a 74 line named with its subsidy line).
        static func label(_ line: borrowing BudgetLine, _ words: Wording) -> String {
            line.subsidyLine == nil ? line.label : words.budgetLabel(line)
        }

        /// Measured without formatting every line's amount: a formatted amount is as wide as its digits and sign,
        /// so the widest of the lines' is that of their largest or smallest; each is formatted once, as it is written.
        func layout(words: Wording, money: (Money) -> String, lines: UnsafeBufferPointer<BudgetLine>) -> Layout {
            var (largest, smallest) = (Money.zero, Money.zero)
            let (totalLabel, totalAmount) = total.map { ($0.label, money($0.amount)) } ?? ("", "")
            var labels = TextTable.width(totalLabel)
            var amounts = TextTable.width(totalAmount)
            var rows = 1
            var beyondWidth = totalLabel.utf8.count - labels + totalAmount.utf8.count - amounts  // bytes wider than their columns
            for group in groups {
                let (heading, amount) = (words.accountHeading(group.account), money(group.total))
                labels = max(labels, TextTable.width(heading))
                amounts = max(amounts, TextTable.width(amount))
                beyondWidth += heading.utf8.count - TextTable.width(heading) + amount.utf8.count - TextTable.width(amount)
                rows += 1 + group.positions.count
                for position in group.positions {
                    largest = max(largest, lines[position].amount)
                    smallest = min(smallest, lines[position].amount)
                    let label = Section.label(lines[position], words)
                    let width = TextTable.width(label)
                    labels = max(labels, Section.lineIndent + width)
                    beyondWidth += label.utf8.count - width
                }
            }
            var amountBeyond = 0
            for extreme in [money(largest), money(smallest)] {
                amounts = max(amounts, TextTable.width(extreme))
                amountBeyond = max(amountBeyond, extreme.utf8.count - TextTable.width(extreme))
            }
            return Layout(
                labels: labels, amounts: amounts, rows: rows, bytes: beyondWidth + rows * (Section.indent + labels + 2 + amounts + amountBeyond + 1))
        }

        /// The rows, separated by line ends (the last has none).
        func write(
            _ layout: Layout, words: Wording, money: (Money) -> String, lines: UnsafeBufferPointer<BudgetLine>, into out: inout [UInt8]
        ) {
            let spaces = [UInt8](repeating: 0x20, count: max(layout.labels, layout.amounts) + Section.indent + 2)
            func row(lead: Int, _ label: String, _ amount: String) {
                var label = label
                if TextTable.width(label) > layout.labels - lead {
                    // Its first lines alone, the next ones two spaces further in; the last with the amount.
                    let parts = label.wrapped(width: layout.labels - lead, first: "", then: "  ")
                    for part in parts.dropLast() {
                        out.append(contentsOf: spaces[0..<(Section.indent + lead)])
                        TextTable.append(part, to: &out)
                        out.append(0x0A)
                    }
                    label = parts.last ?? label
                }
                out.append(contentsOf: spaces[0..<(Section.indent + lead)])
                TextTable.append(label, to: &out)
                out.append(contentsOf: spaces[0..<(max(0, layout.labels - lead - TextTable.width(label)) + 2)])
                out.append(contentsOf: spaces[0..<max(0, layout.amounts - TextTable.width(amount))])  // (a cell wider than measured is never cut)
                TextTable.append(amount, to: &out)
                out.append(0x0A)
            }
            for group in groups {
                row(lead: 0, words.accountHeading(group.account), money(group.total))
                for position in group.positions {
                    row(lead: Section.lineIndent, Section.label(lines[position], words), money(lines[position].amount))
                }
            }
            if let total { row(lead: 0, total.label, money(total.amount)) }
            out.removeLast()
        }
    }
}
