import Enveloppe
import EnveloppeWorkbook

/// `enveloppe allocate` as a workbook: each candidate's measures and amount (measures × the
/// price of a measure), advance (rounded as the terms say) and balance (amount − advance) as
/// formulas, the totals as `SUM`s, what stays unallocated as envelope − total, then the
/// allocation's checks (the territories' quotas, the households described), the rule and the sources.
struct AllocationWorkbook: Worded {
    let words: Wording

    func workbook(_ report: AllocationReport) throws -> Workbook {
        let l = language
        var sheet = SheetBuilder(name: l.pick("Répartition", "Allocation"))
        sheet.note(report.title, style: SheetStyle.title)
        sheet.note(l.pick("Répartition de l'enveloppe — ", "Sharing the envelope — ") + report.call.title, style: SheetStyle.subtitle)
        sheet.note(l.pick("Méthode : ", "Method: ") + words.allocationMethod(report.method))
        if report.appliesQuotas {
            sheet.note(
                l.pick(
                    "Quotas : l'appel fixe les mesures de chaque territoire ; la méthode les partage entre les candidats du territoire.",
                    "Quotas: the call fixes each territory's measures; the method shares them among the territory's candidates."))
        }
        let ranked = report.method == .byRank
        sheet.add(
            [
                l.pick("Candidat", "Candidate"), l.pick("Identifiant", "Identifier"), l.pick("Territoire", "Territory"), l.pick("Rang", "Rank"),
                l.pick("Demandé", "Requested"), l.pick("Mesures", "Measures"), l.pick("Prix d'une mesure", "Price of a measure"),
                l.pick("Montant", "Amount"),
                report.hasInstalments ? l.pick("Taux versé avant le solde", "Rate paid before the balance") : l.pick("Taux d'avance", "Advance rate"),
                words.allocationPaidAhead(report), l.pick("Solde", "Balance"),
            ].map { .text($0, style: SheetStyle.header) })
        sheet.frozenRows = sheet.rows.count
        sheet.frozenColumns = 1
        // The terms of the funder that pays the measures; with instalments, the rate paid before the balance is
        // their cumulative rate, applied once as a convention pays them.
        let rate = report.paidAheadRate
        let rounding = report.terms.value.rounding.spreadsheetFunction
        let frenchRounding = report.terms.value.rounding.frenchSpreadsheetFunction
        let price = report.measurePrice
        let first = sheet.nextRow
        for row in report.orderedRows {
            let r = sheet.nextRow
            let asked: Cell = row.candidate.requested.map { price == nil ? Cells.money(Money(cents: $0)) : Cells.count($0) } ?? .empty
            let advance =
                Cells.decimal(rate) != nil ? "\(rounding)(H\(r)*I\(r),2)" : "\(rounding)(H\(r)*\(rate.numerator)/\(rate.denominator),2)"
            sheet.add([
                .text(row.candidate.name), .text(row.candidate.id), .text(row.candidate.territory ?? ""),
                ranked ? row.candidate.rank.map { Cells.count(Int64($0)) } ?? .empty : .empty, asked,
                row.measures.map { Cells.count($0) } ?? .empty, price.map { Cells.money($0) } ?? .empty,
                price == nil ? Cells.money(row.amount) : Cells.money("F\(r)*G\(r)", row.amount), Cells.rate(rate),
                Cells.money(advance, row.advance), Cells.money("H\(r)-J\(r)", row.balance),
            ])
        }
        let last = sheet.nextRow - 1
        let totals = try report.totals
        let totalRow = sheet.nextRow
        let blank = Cell.text("", style: SheetStyle.labelTotal)
        let range = { (column: String) in "SUM(\(column)\(first):\(column)\(last))" }
        sheet.add([
            .text(l.pick("Total attribué", "Total allocated"), style: SheetStyle.labelTotal), blank, blank, blank, blank,
            totals.measures.map { Cells.count(range("F"), $0, SheetStyle.integerTotal) } ?? blank, blank,
            Cells.money(range("H"), totals.amount, SheetStyle.moneyTotal), blank, Cells.money(range("J"), totals.advance, SheetStyle.moneyTotal),
            Cells.money(range("K"), totals.balance, SheetStyle.moneyTotal),
        ])
        // The envelope: measures × price when it is a whole number of measures, otherwise the amount given.
        let envelopeRow = sheet.nextRow
        let isWhole = price.map { p in report.envelopeMeasures.map { (try? p.multiplied(by: $0)) == report.envelopeAmount } ?? false } ?? false
        sheet.add([
            .text(l.pick("Enveloppe", "Envelope"), style: SheetStyle.bold), .empty, .empty, .empty, .empty,
            report.envelopeMeasures.map { Cells.count($0, Style(format: .integer, bold: true)) } ?? .empty,
            price.map { Cells.money($0) } ?? .empty,
            isWhole
                ? Cells.money("F\(envelopeRow)*G\(envelopeRow)", report.envelopeAmount, SheetStyle.moneyBold)
                : Cells.money(report.envelopeAmount, SheetStyle.moneyBold),
        ])
        sheet.add([
            .text(l.pick("Non attribué", "Unallocated"), style: SheetStyle.bold), .text(FigureID.unallocated.rawValue), .empty, .empty, .empty,
            report.unallocatedMeasures.map {
                Cells.count("F\(envelopeRow)-F\(totalRow)", $0, Style(format: .integer, bold: true))
            } ?? .empty, .empty,
            Cells.money("H\(envelopeRow)-H\(totalRow)", report.unallocatedAmount, SheetStyle.moneyBold),
        ])
        // An amount that is not a whole number of measures: its row is not measures × price, and the note says so.
        if price != nil && !isWhole { sheet.note(l.pick("Enveloppe : ", "Envelope: ") + words.allocationEnvelope(report)) }
        sheet.note(words.unallocated(report))
        for note in words.rankNotes(report) { sheet.note(note) }
        if !report.findings.isEmpty {
            sheet.blank()
            for finding in report.findings {
                sheet.add(
                    [.text(words.status(finding.status), style: SheetStyle.status(finding.status)), .text(words.sentence(finding))], fits: false)
            }
        }
        sheet.blank()
        sheet.note(words.allocationTieRule(report.method))
        let paid = words.allocationPaidAhead(report)
        sheet.note(
            l.pick(
                "Montant = mesures × prix d'une mesure ; \(paid.lowercased()) = \(frenchRounding)(montant × taux ; 2) ; solde = montant − \(paid.lowercased()), à service fait complet.",
                "Amount = measures × price of a measure; \(paid.lowercased()) = \(rounding)(amount × rate; 2); balance = amount − \(paid.lowercased()), at full service fait."
            ))
        for citation in report.sources.uniquedCitations() {
            sheet.note(l.pick("Source : ", "Source: ") + words.citation(citation))
        }
        sheet.setWidth(40, column: 0)
        return Workbook(sheets: [sheet.sheet])
    }
}
