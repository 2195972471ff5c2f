import Enveloppe
import EnveloppeWorkbook

/// The payments sheet of `run`: one row per convention, its arithmetic as formulas a funder
/// can follow — service fait = `ROUND(unit-months delivered × amount ÷ unit-months funded, 2)`,
/// advance = grant × rate rounded as the line's terms say, due = `MIN(service fait, grant)`,
/// balance = `MAX(due − advance, 0)`, reversement = `MAX(advance − due, 0)` — then, for a line paid on
/// each operator's own convention, the line's total as the `SUM` of what is paid, and the total.
///
/// A convention paid in instalments has one row per instalment after the advance, its own share
/// in the rate column: instalment k = `ROUND(grant × SUM(rates to k), 2) − SUM(paid before)`, the
/// grant × the cumulative rate rounded once less the previous total, as ``LinePayments`` computes
/// it; the balance and the reversement then count every payment ahead of service fait.
struct PaymentsSheet: Worded {
    let words: Wording

    var name: String { language.pick("Paiements", "Payments") }

    /// The columns of the figures, in the order of ``PaymentPart``: grant, advance, service fait, due, balance, reversement.
    static let partColumns: [PaymentPart: String] = [
        .grant: "I", .advance: "K", .serviceFait: "M", .due: "N", .balance: "O", .reversement: "P",
    ]

    /// The sheet, and the row of the total over lines and periods.
    func sheet(_ report: RunReport) throws -> (sheet: SheetBuilder, totalRow: Int) {
        let l = language
        let terms = report.resolved.terms.value
        var sheet = SheetBuilder(name: name)
        sheet.noteWidth = SheetBuilder.wideSheetNoteWidth
        sheet.note(l.pick("Échéancier des paiements, par convention", "Payment schedule, by convention"), style: SheetStyle.title)
        sheet.add(
            [
                l.pick("Convention", "Convention"), l.pick("Début", "Start"), l.pick("Fin", "End"), l.pick("Unité", "Unit"),
                l.pick("Unités-mois prévues", "Unit-months planned"), l.pick("Unités-mois réalisées", "Unit-months delivered"),
                l.pick("Montant de base du service fait", "Service fait's base amount"),
                l.pick("Unités-mois que ce montant finance", "Unit-months that amount funds"), l.pick("Subvention", "Grant"),
                l.pick("Taux d'avance", "Advance rate"), l.pick("Avance", "Advance"), l.pick("Avance versée en", "Advance paid in"),
                l.pick("Service fait", "Service fait"), l.pick("Dû (service fait plafonné)", "Due (capped service fait)"),
                l.pick("Solde", "Balance"), l.pick("Reversement", "Repayment"), l.pick("Solde réglé en", "Settled in"),
                l.pick("Chiffres (enveloppe explain)", "Figures (enveloppe explain)"),
            ].map { .text($0, style: SheetStyle.header) })
        sheet.frozenRows = 2
        sheet.frozenColumns = 1
        var lineRows: [Int] = []
        for line in report.lines {
            let lineTerms = report.resolved.terms(of: line.line.id).value
            for (index, period) in line.periods.enumerated() {
                if line.isPerOperator {
                    let first = sheet.nextRow
                    let conventions = line.conventions[index].map { own in
                        add(own, label: own.grant.subject ?? line.line.label, unit: line.line.unit, terms: lineTerms, to: &sheet)
                    }
                    lineRows.append(
                        total(
                            period, label: line.line.label + " (total)", unit: line.line.unit, rows: first...(sheet.nextRow - 1),
                            conventions: conventions, to: &sheet))
                } else {
                    lineRows.append(add(period, label: line.line.label, unit: line.line.unit, terms: lineTerms, to: &sheet).row)
                }
            }
        }
        // The total over lines and periods: the sum of each line's figures.
        let totalRow = sheet.nextRow
        let t = report.paymentTotals
        var cells: [Cell] = [.text("Total", style: SheetStyle.labelTotal)] + Array(repeating: .text("", style: SheetStyle.labelTotal), count: 7)
        for part in [PaymentPart.grant, nil, .advance, nil, .serviceFait, .due, .balance, .reversement] {
            guard let part else {
                cells.append(.text("", style: SheetStyle.labelTotal))
                continue
            }
            let column = PaymentsSheet.partColumns[part]!
            let figure = t.figures[PaymentPart.allCases.firstIndex(of: part)!]
            cells.append(Cells.money(SheetBuilder.sum(lineRows.map { "\(column)\($0)" }), figure.amount, SheetStyle.moneyTotal))
        }
        cells += [.text("", style: SheetStyle.labelTotal), .text("paiement.total")]
        sheet.add(cells)
        sheet.blank()
        let rule = terms.rounding.spreadsheetFunction
        let règle = terms.rounding.frenchSpreadsheetFunction
        sheet.note(
            l.pick(
                "Service fait = ARRONDI(unités-mois réalisées × montant de base ÷ unités-mois qu'il finance ; 2), arrondi une seule fois ; avance = \(règle)(subvention × taux ; 2) ; dû = MIN(service fait ; subvention) ; solde = MAX(dû − avance ; 0) ; reversement = MAX(avance − dû ; 0).",
                "Service fait = ROUND(unit-months delivered × base amount ÷ unit-months it funds; 2), rounded once; advance = \(rule)(grant × rate; 2); due = MIN(service fait; grant); balance = MAX(due − advance; 0); repayment = MAX(advance − due; 0)."
            ))
        if report.lines.contains(where: { line in line.periods.contains { !$0.instalments.isEmpty } }) {
            sheet.note(
                l.pick(
                    "Versement k = \(règle)(subvention × (taux de l'avance + … + taux du versement k) ; 2) − ce qui a été versé avant : chaque versement est arrondi une seule fois sur son taux cumulé ; solde = MAX(dû − avance − versements ; 0) ; reversement = MAX(avance + versements − dû ; 0).",
                    "Instalment k = \(rule)(grant × (advance rate + … + rate of instalment k); 2) − what was paid before: each instalment is rounded once on its cumulative rate; balance = MAX(due − advance − instalments; 0); repayment = MAX(advance + instalments − due; 0)."
                ))
        }
        if report.lines.contains(where: \.isPerOperator) {
            sheet.note(
                l.pick(
                    "Chaque structure a sa propre convention, arrondie à part : le total d'une ligne est la somme de ce qui est versé.",
                    "Each operator has its own convention, rounded on its own: a line's total is the sum of what is paid."))
        }
        if let terms = report.call.paymentTerms {
            sheet.note(
                l.pick("Conditions de versement : ", "Payment terms: ") + words.citation(terms.citation)
                    + (terms.isFromScenario
                        ? l.pick(
                            " (hypothèse du scénario : le texte de l'appel n'en fixe pas)", " (assumed by the scenario: the call's text sets none)")
                        : ""))
        }
        for line in report.lines {
            guard let own = report.resolved.lineTerms[line.line.id] else { continue }
            sheet.note(
                l.pick("Conditions de versement (", "Payment terms (") + line.line.label + l.pick(") : ", "): ") + words.citation(own.citation)
                    + l.pick(
                        " (hypothèse du scénario, à la place des conditions générales)", " (assumed by the scenario, in place of the general terms)"))
        }
        if let delays = PaymentRows(words: words).delays(report) { sheet.note(delays) }
        return (sheet, totalRow)
    }

    /// Where a convention's figures are: its row, and the row of each instalment after the advance.
    struct ConventionRows {
        let row: Int
        let instalments: [Int]
    }

    /// One convention's row, then one row per instalment after its advance.
    @discardableResult
    private func add(_ p: LinePayments, label: String, unit: PaidUnit, terms: PaymentTerms, to sheet: inout SheetBuilder) -> ConventionRows {
        let row = sheet.nextRow
        let last = row + p.instalments.count
        // Every payment ahead of service fait: the advance, and the instalments in the rows below it.
        let paidAhead = p.instalments.isEmpty ? "K\(row)" : "SUM(K\(row):K\(last))"
        let basis = p.serviceFaitBasis!
        let delivered = Cells.hundredths(of: p.deliveredUnitMonths.value)
        let serviceFait: Cell =
            basis.perUnitMonthHundredths > 0
            ? Cells.money("ROUND(F\(row)*G\(row)/H\(row),2)", p.serviceFait.amount) : Cells.money(p.serviceFait.amount)
        let rate = terms.advanceRate
        let rounding = terms.rounding.spreadsheetFunction
        let advance =
            Cells.decimal(rate) != nil
            ? "\(rounding)(I\(row)*J\(row),2)" : "\(rounding)(I\(row)*\(rate.numerator)/\(rate.denominator),2)"
        sheet.add([
            .text(label), Cells.month(p.period.start), Cells.month(p.period.end), .text(f.unitMonthName(unit), style: SheetStyle.centered),
            Cells.hundredths(Cells.hundredths(of: p.plannedUnitMonths.value)), Cells.hundredths(delivered), Cells.money(basis.amount),
            Cells.hundredths(basis.perUnitMonthHundredths), Cells.money(p.grant.amount), Cells.rate(rate),
            Cells.money(advance, p.advance.amount), Cells.month(p.advanceMonth), serviceFait,
            Cells.money("MIN(M\(row),I\(row))", p.due.amount), Cells.money("MAX(N\(row)-\(paidAhead),0)", p.balance.amount),
            Cells.money("MAX(\(paidAhead)-N\(row),0)", p.reversement.amount), Cells.month(p.balanceMonth), .text(stem(p.grant.id)),
        ])
        var instalments: [Int] = []
        let cumulative = terms.cumulativeRates
        for (index, instalment) in p.instalments.enumerated() {
            let r = sheet.nextRow
            let own = terms.laterInstalments[index].rate
            // The grant × the cumulative rate to this instalment, rounded once, less what was paid before it.
            let toDate =
                Cells.decimal(own) != nil && Cells.decimal(cumulative[index + 1]) != nil
                ? "\(rounding)(I$\(row)*SUM(J$\(row):J\(r)),2)"
                : "\(rounding)(I$\(row)*\(cumulative[index + 1].numerator)/\(cumulative[index + 1].denominator),2)"
            var cells = Array(repeating: Cell.empty, count: 18)
            cells[0] = .text(label + language.pick(" : versement \(index + 2)", ": instalment \(index + 2)"))
            cells[9] = Cells.rate(own)
            cells[10] = Cells.money("\(toDate)-SUM(K$\(row):K\(r - 1))", instalment.amount)
            cells[11] = Cells.month(p.instalmentMonths[index])
            cells[17] = .text(instalment.id.rawValue)
            sheet.add(cells)
            instalments.append(r)
        }
        return ConventionRows(row: row, instalments: instalments)
    }

    /// A line's total over its operators' conventions: each amount the `SUM` of theirs, the advance and
    /// each instalment the sum of the operators' own rows.
    private func total(
        _ p: LinePayments, label: String, unit: PaidUnit, rows: ClosedRange<Int>, conventions: [ConventionRows], to sheet: inout SheetBuilder
    ) -> Int {
        let row = sheet.nextRow
        let sum = { (column: String, figure: Figure) in
            Cells.money("SUM(\(column)\(rows.lowerBound):\(column)\(rows.upperBound))", figure.amount, SheetStyle.moneyTotal)
        }
        let advances =
            p.instalments.isEmpty
            ? sum("K", p.advance) : Cells.money(SheetBuilder.sum(conventions.map { "K\($0.row)" }), p.advance.amount, SheetStyle.moneyTotal)
        let blank = Cell.text("", style: SheetStyle.labelTotal)
        var planned = Cells.hundredths(Cells.hundredths(of: p.plannedUnitMonths.value), total: true)
        var delivered = Cells.hundredths(Cells.hundredths(of: p.deliveredUnitMonths.value), total: true)
        planned.style.fill = .total
        delivered.style.fill = .total
        sheet.add([
            .text(label, style: SheetStyle.labelTotal), Cells.month(p.period.start, SheetStyle.monthTotal),
            Cells.month(p.period.end, SheetStyle.monthTotal),
            .text(f.unitMonthName(unit), style: Style(bold: true, fill: .total, alignment: .center)), planned, delivered,
            blank, blank, sum("I", p.grant), blank, advances, Cells.month(p.advanceMonth, SheetStyle.monthTotal),
            sum("M", p.serviceFait), sum("N", p.due), sum("O", p.balance), sum("P", p.reversement),
            Cells.month(p.balanceMonth, SheetStyle.monthTotal), .text(stem(p.grant.id)),
        ])
        for (index, instalment) in p.instalments.enumerated() {
            var cells = Array(repeating: Cell.empty, count: 18)
            cells[0] = .text(label + language.pick(" : versement \(index + 2)", ": instalment \(index + 2)"), style: SheetStyle.labelTotal)
            cells[10] = Cells.money(
                SheetBuilder.sum(conventions.map { "K\($0.instalments[index])" }), instalment.amount, SheetStyle.moneyTotal)
            cells[11] = Cells.month(p.instalmentMonths[index], SheetStyle.monthTotal)
            cells[17] = .text(instalment.id.rawValue)
            sheet.add(cells)
        }
        return row
    }

    /// `paiement.iml.association-a` of `paiement.iml.association-a.subvention`: add `.avance`, `.solde`… for `enveloppe explain`.
    private func stem(_ id: FigureID) -> String {
        let raw = id.rawValue
        guard let dot = raw.lastIndex(of: ".") else { return raw }
        return String(raw[..<dot])
    }
}
