import Enveloppe
import EnveloppeWorkbook

/// `enveloppe settle` as a workbook, in the shape of the compte-rendu financier (CERFA 15059):
/// each convention's service fait planned, to date and for the year from the unit-months
/// counted (`ROUND(unit-months × amount ÷ unit-months funded, 2)`), the gap in euros and in
/// percent, what is due, the balance or the reversement, as formulas; each operator's totals
/// as `SUMIF`s and the total as `SUM`s; then the activity counted against the plan.
struct SettlementWorkbook: Worded {
    let words: Wording
    /// Whether some convention was paid instalments after its advance: the « Avance » column is then everything
    /// paid before the balance, and says so.
    var instalments = false

    /// - Parameter countsFile: the file of counts read, named in the heading as the text and the page name it.
    func workbook(_ s: Settlement, countsFile: String? = nil) throws -> Workbook {
        let rows = SettlementRows(words: words, instalments: instalments)
        let l = language
        var sheet = SheetBuilder(name: l.pick("Solde des conventions", "Settlement"))
        // 21 columns: printed across several pages.
        sheet.noteWidth = SheetBuilder.wideSheetNoteWidth
        sheet.note(s.title, style: SheetStyle.title)
        sheet.note(rows.heading(s, countsFile: countsFile), style: SheetStyle.subtitle)
        sheet.note(rows.headline(s), style: SheetStyle.bold)
        sheet.note(rows.status(s))
        sheet.note(rows.threshold(s))
        sheet.add(
            [
                l.pick("Convention (début)", "Convention (start)"), l.pick("Structure", "Operator"), l.pick("Identifiant", "Identifier"),
                l.pick("Ligne", "Line"), l.pick("Unité", "Unit"), l.pick("Subvention", "Grant"), rows.paidBefore,
                l.pick("Unités-mois prévues", "Unit-months planned"), l.pick("Unités-mois comptées à date", "Unit-months counted to date"),
                l.pick("Unités-mois de l'année", "Unit-months for the year"), l.pick("Montant de base", "Base amount"),
                l.pick("Unités-mois que ce montant finance", "Unit-months it funds"), l.pick("Service fait prévu", "Planned service fait"),
                l.pick("Service fait à date", "Service fait to date"), l.pick("Service fait de l'année", "Service fait for the year"),
                l.pick("Écart", "Gap"), l.pick("Écart en %", "Gap in %"), l.pick("Dû", "Due"), l.pick("Solde", "Balance"),
                l.pick("Reversement", "Repayment"), l.pick("Explication", "Explanation"),
                l.pick("Chiffres (enveloppe explain)", "Figures (enveloppe explain)"),
            ].map { .text($0, style: SheetStyle.header) })
        sheet.frozenRows = sheet.rows.count
        sheet.frozenColumns = 2
        let first = sheet.nextRow
        for c in s.conventions {
            let r = sheet.nextRow
            let units = { (value: Int64?) in value.map { Cells.hundredths($0) } ?? .empty }
            let byFormula = c.basis != nil && c.plannedUnitMonths != nil && (c.basis?.perUnitMonthHundredths ?? 0) > 0
            let serviceFait = { (column: String, amount: Money) in
                byFormula ? Cells.money("ROUND(\(column)\(r)*K\(r)/L\(r),2)", amount) : Cells.money(amount)
            }
            let explanation = rows.explanation(s, c)
            sheet.add([
                Cells.month(c.period.start), .text(s.holderName(c)), .text(c.holder?.rawValue ?? ""), .text(c.line.label),
                .text(f.unitMonthName(c.line.unit), style: SheetStyle.centered), Cells.money(c.grant), Cells.money(c.advance),
                units(c.plannedUnitMonths),
                units(c.unitMonthsToDate), units(c.unitMonthsForYear), c.basis.map { Cells.money($0.amount) } ?? .empty,
                c.basis.map { Cells.hundredths($0.perUnitMonthHundredths) } ?? .empty, serviceFait("H", c.plannedServiceFait),
                serviceFait("I", c.serviceFaitToDate), serviceFait("J", c.serviceFaitForYear),
                Cells.money("O\(r)-M\(r)", c.gap, c.isSignificant ? Style(format: .currency, bold: true, fill: .warning) : SheetStyle.money),
                percent("P\(r)", "M\(r)", c.gap, c.plannedServiceFait), Cells.money("MIN(O\(r),F\(r))", min(c.serviceFaitForYear, c.grant)),
                Cells.money("MAX(R\(r)-G\(r),0)", c.balance), Cells.money("MAX(G\(r)-R\(r),0)", c.reversement),
                .text(explanation, style: SheetStyle.wrapped), .text(stem(c)),
            ])
        }
        let last = max(first, sheet.nextRow - 1)
        let blank = Cell.text("", style: SheetStyle.labelTotal)
        // The names' column as wide as its longest total (« Total Association C (fictive) (à compléter) »), within reason.
        var namesWidth = 30
        func totals(_ label: String, _ t: Settlement.Totals, id: String?) {
            namesWidth = min(max(namesWidth, label.count + 2), 60)
            let r = sheet.nextRow
            let sum = { (column: String, amount: Money) -> Cell in
                let range = "\(column)$\(first):\(column)$\(last)"
                let formula = id.map { "SUMIF($C$\(first):$C$\(last),\"\($0)\",\(range))" } ?? "SUM(\(range))"
                return Cells.money(formula, amount, SheetStyle.moneyTotal)
            }
            var cells: [Cell] = [blank, .text(label, style: SheetStyle.labelTotal), .text(id ?? "", style: SheetStyle.labelTotal), blank, blank]
            cells += [sum("F", t.grant), sum("G", t.advance), blank, blank, blank, blank, blank]
            cells += [sum("M", t.plannedServiceFait), sum("N", t.serviceFaitToDate), sum("O", t.serviceFaitForYear), sum("P", t.gap)]
            var share = percent("P\(r)", "M\(r)", t.gap, t.plannedServiceFait)
            share.style.bold = true
            share.style.fill = .total
            cells += [share, blank, sum("S", t.balance), sum("T", t.reversement)]
            sheet.add(cells)
        }
        for t in s.operatorTotals {
            totals(rows.totalName(s, l.pick("Total ", "Total ") + t.name, t.operatorID), t.totals, id: t.operatorID.rawValue)
        }
        totals(rows.totalName(s, l.pick("Total", "Total"), nil), s.total, id: nil)
        sheet.blank()
        sheet.note(rows.rule)
        sheet.note(l.pick("Écart en % = écart ÷ service fait prévu, à 0,1 % près.", "Gap in % = gap ÷ planned service fait, to 0.1 %."))
        for citation in s.sources.uniquedCitations() { sheet.note(l.pick("Source : ", "Source: ") + words.citation(citation)) }
        sheet.setWidth(namesWidth, column: 1)
        sheet.setWidth(50, column: 20)

        var activity = SheetBuilder(name: l.pick("Activité", "Activity"))
        activity.note(
            l.pick("Activité (mesures-mois) : comptée et prévue", "Activity (household-months): counted and planned"), style: SheetStyle.title)
        activity.add(
            (rows.activityHeaders + [rows.monthsWithoutCountHeader])
                .map { .text($0, style: SheetStyle.header) })
        activity.frozenRows = 2
        for a in s.activity {
            let r = activity.nextRow
            activity.add([
                .text(a.name), Cells.count(a.plannedMeasureMonthsToDate), Cells.count(a.countedMeasureMonths),
                Cells.count("C\(r)-B\(r)", a.countedMeasureMonths - a.plannedMeasureMonthsToDate), Cells.count(a.plannedMeasureMonths),
                .text(a.monthsWithoutCount.map(f.month).joined(separator: ", "), style: SheetStyle.wrapped),
            ])
        }
        activity.setWidth(40, column: 5)
        return Workbook(sheets: [sheet.sheet, activity.sheet])
    }

    /// `ROUND(gap ÷ planned, 3)`: the gap in percent to 0,1 %, as every format shows it; empty when nothing was planned.
    private func percent(_ gap: String, _ planned: String, _ amount: Money, _ plan: Money) -> Cell {
        guard plan.cents != 0 else { return .empty }
        let rate = Rate(amount.cents, over: plan.cents).rounded(toPercentDecimals: 1)
        return .formula("ROUND(\(gap)/\(planned),3)", cached: .number(Cells.decimal(rate)!), style: Style(format: .percent(places: 1)))
    }

    /// `solde-annuel.association-a.iml` of `solde-annuel.association-a.iml.service-fait`.
    private func stem(_ c: Settlement.ConventionSettlement) -> String {
        let raw = FigureID.settlement(c.line.id, period: c.periodIndex, holder: c.holder, "").rawValue
        return String(raw.dropLast())
    }
}
