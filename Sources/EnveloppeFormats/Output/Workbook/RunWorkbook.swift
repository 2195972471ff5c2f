import Enveloppe
import EnveloppeWorkbook

/// `enveloppe run` as a workbook: Synthèse, Enveloppe, Paiements, Mois par mois, Budget
/// prévisionnel, Contrôles, Sources. Wherever a person would check the arithmetic the cell is
/// a live formula; its cached value is always the report's own figure, so opening the file
/// shows the tool's figures and recalculating it gives them again, to the cent.
struct RunWorkbook: Worded {
    let words: Wording

    func workbook(_ evaluation: Evaluation) throws -> Workbook {
        let report = evaluation.report
        let envelope = try EnvelopeSheet(words: words).sheet(report)
        let payments = try PaymentsSheet(words: words).sheet(report)
        let months = MonthsSheet(words: words).sheet(report)
        let budgetWorkbook = BudgetWorkbook(words: words)
        var budget = SheetBuilder(name: budgetWorkbook.sheetName)
        budget.note(report.title, style: SheetStyle.title)
        var budgetTotals: [BudgetWorkbook.Totals] = []
        for (index, period) in report.budgets.enumerated() {
            if index > 0 { budget.blank() }
            budgetTotals.append(try budgetWorkbook.add(period, wholeEuros: false, to: &budget, freezing: report.budgets.count == 1))
        }
        let checks = ChecksWorkbook(words: words).sheet(evaluation.findings)
        let summary = try self.summary(
            evaluation, envelope: envelope.total, payments: payments.totalRow, months: months.anchors, budgets: budgetTotals,
            checks: checks.statuses)
        return Workbook(sheets: [
            summary.sheet, envelope.sheet.sheet, payments.sheet.sheet, months.sheet.sheet, budget.sheet, checks.sheet.sheet,
            sources(evaluation).sheet,
        ])
    }

    var summaryName: String { language.pick("Synthèse", "Summary") }

    /// The key figures, each a reference to the sheet that computes it, or a formula over it.
    private func summary(
        _ evaluation: Evaluation, envelope: String, payments totalRow: Int, months: MonthsSheet.Anchors, budgets: [BudgetWorkbook.Totals],
        checks: String
    ) throws -> SheetBuilder {
        let report = evaluation.report
        let call = report.call
        let l = language
        var sheet = SheetBuilder(name: summaryName)
        sheet.note(report.title, style: SheetStyle.title)
        sheet.note(words.titleAndPublisher(call), style: SheetStyle.subtitle)
        let info: [(String, Cell)] =
            [
                (l.pick("Préréglage", "Preset"), .text(call.id.rawValue)),
                (l.pick("Convention", "Convention"), .text(call.periods.map(f.period).joined(separator: ", "))),
                (l.pick("Ménages", "Households"), Cells.count(report.households)),
                (l.pick("ETP de l'équipe", "Team FTE"), Cells.hundredths(report.teamFTE.hundredths)),
            ]
            + (report.supportFTE > .zero ? [(l.pick("ETP hors équipe", "FTE outside the team"), Cells.hundredths(report.supportFTE.hundredths))] : [])
        for (label, cell) in info { sheet.add([.text(label, style: SheetStyle.bold), cell], fits: false) }
        if let terms = call.paymentTerms {
            sheet.add(
                [
                    .text(
                        report.resolved.lineTerms.isEmpty
                            ? l.pick("Avance", "Advance") : l.pick("Avance (conditions générales)", "Advance (general terms)"),
                        style: SheetStyle.bold), Cells.rate(terms.value.advanceRate),
                    .text(
                        terms.isFromScenario
                            ? l.pick("hypothèse du scénario (rules.paymentTerms)", "assumed by the scenario (rules.paymentTerms)")
                            : words.citation(terms.citation, quoting: false), style: SheetStyle.wrappedNote),
                ], fits: false)
        }
        // A funder's own terms (rules.paymentTerms.funders): its advance, and the instalments after it.
        for line in report.lines {
            guard let own = report.resolved.lineTerms[line.line.id] else { continue }
            let path = if case .scenario(let path) = own.citation { path } else { "rules.paymentTerms.funders" }
            sheet.add(
                [
                    .text(l.pick("Avance : ", "Advance: ") + line.line.label, style: SheetStyle.bold), Cells.rate(own.value.advanceRate),
                    .text(
                        l.pick("hypothèse du scénario (", "assumed by the scenario (") + path + ")"
                            + (own.value.laterInstalments.isEmpty
                                ? ""
                                : l.pick(", puis ", ", then ") + own.value.laterInstalments.map { f.rate($0.rate) }.joined(separator: ", ")
                                    + l.pick(" avant le solde (feuille Paiements)", " before the balance (Payments sheet)")),
                        style: SheetStyle.wrappedNote),
                ], fits: false)
        }
        sheet.blank()
        sheet.add(
            [l.pick("Chiffre", "Figure"), l.pick("Valeur", "Value"), l.pick("Calcul", "Computation"), l.pick("Identifiant", "Identifier")].map {
                .text($0, style: SheetStyle.headerLeft)
            })
        sheet.frozenRows = sheet.rows.count

        let paymentsName = language.pick("Paiements", "Payments")
        let envelopeName = language.pick("Enveloppe", "Envelope")
        let monthsName = language.pick("Mois par mois", "Month by month")
        let budgetName = BudgetWorkbook(words: words).sheetName
        let checksName = ChecksWorkbook(words: words).sheetName
        func add(_ figure: Figure, _ formula: String, _ computation: String, style: Style = SheetStyle.moneyBold) -> Int {
            sheet.add([
                .text(words.label(figure)), Cells.money(formula, figure.amount, style), .text(computation, style: SheetStyle.wrappedNote),
                .text(figure.id.rawValue),
            ])
        }
        _ = add(report.envelopeTotal, SheetBuilder.on(envelopeName, envelope), l.pick("feuille Enveloppe", "Envelope sheet"))
        let t = report.paymentTotals
        for (index, part) in PaymentPart.allCases.enumerated() {
            let cell = SheetBuilder.on(paymentsName, "\(PaymentsSheet.partColumns[part]!)\(totalRow)")
            _ = add(t.figures[index], cell, l.pick("feuille Paiements, ligne Total", "Payments sheet, Total row"))
        }
        let treasury = report.treasury
        let monthsRange = SheetBuilder.on(monthsName, months.treasury)
        let openingRow = add(
            treasury.opening, SheetBuilder.on(monthsName, months.opening), l.pick("feuille Mois par mois", "Month by month sheet"))
        let lowRow = add(treasury.lowest, "MIN(\(monthsRange))", l.pick("la plus basse des trésoreries de fin de mois", "lowest month-end treasury"))
        sheet.add([
            .text(l.pick("Mois du point bas", "Month of the low point")),
            .formula(
                "INDEX(\(SheetBuilder.on(monthsName, months.months)),MATCH(B\(lowRow),\(monthsRange),0))",
                cached: .date(year: treasury.lowestMonth.year, month: treasury.lowestMonth.month, day: 1), style: SheetStyle.month),
            .text(l.pick("le premier mois où elle est atteinte", "the first month it is reached"), style: SheetStyle.wrappedNote),
        ])
        _ = add(
            treasury.workingCapitalNeed, "MAX(B\(openingRow)-MIN(B\(lowRow),B\(openingRow)),0)",
            l.pick("trésorerie de départ − point bas (s'il est plus bas)", "opening − low point (when lower)"))
        _ = add(
            treasury.shortfall, "MAX(-MIN(B\(lowRow),0),0)", l.pick("ce que le point bas passe sous zéro", "how far the low point goes below zero"))
        sheet.add([
            .text(l.pick("Mois dans le rouge", "Months in the red")),
            Cells.count("COUNTIF(\(monthsRange),\"<0\")", Int64(treasury.monthsInRed.count), Style(format: .integer, bold: true)),
            .text(l.pick("mois où la trésorerie de fin de mois est négative", "months ending below zero"), style: SheetStyle.wrappedNote),
        ])
        let depositsRow = sheet.nextRow
        sheet.add([
            .text(words.label(treasury.depositsOutstanding)), Cells.money(treasury.depositsOutstanding.amount, SheetStyle.moneyBold),
            .text(l.pick("restituées après le dernier mois du tableau", "returned after the table's last month"), style: SheetStyle.wrappedNote),
            .text(treasury.depositsOutstanding.id.rawValue),
        ])
        _ = add(
            treasury.finalResult, "\(SheetBuilder.on(monthsName, months.lastTreasury))+B\(depositsRow)-B\(openingRow)",
            l.pick("trésorerie du dernier mois + cautions à revenir − trésorerie de départ", "last month's treasury + deposits to come − opening")
                + " (" + f.month(treasury.closingMonth) + ")")
        for (index, totals) in budgets.enumerated() {
            let budget = report.budgets[index]
            let suffix = report.budgets.count > 1 ? " (" + f.span(budget.period) + ")" : ""
            for (id, label, cell, amount) in [
                (
                    FigureID.budgetCharges(period: index), l.pick("Budget : total des charges", "Budget: total charges"), totals.charges,
                    try budget.totalCharges
                ),
                (
                    FigureID.budgetIncome(period: index), l.pick("Budget : total des produits", "Budget: total income"), totals.income,
                    try budget.totalIncome
                ),
            ] {
                sheet.add([
                    .text(label + suffix), Cells.money(SheetBuilder.on(budgetName, cell), amount, SheetStyle.moneyBold),
                    .text(l.pick("feuille Budget prévisionnel", "Forecast budget sheet"), style: SheetStyle.wrappedNote), .text(id.rawValue),
                ])
            }
        }
        let findings = evaluation.findings
        for status in Finding.Status.allCases {
            let label =
                switch status {
                case .ok: l.pick("Contrôles ok", "Checks ok")
                case .warning: l.pick("Contrôles en alerte", "Checks with a warning")
                case .failure: l.pick("Contrôles en échec", "Checks failed")
                }
            sheet.add([
                .text(label),
                Cells.count(
                    "COUNTIF(\(SheetBuilder.on(checksName, checks)),\"\(words.status(status))\")",
                    Int64(findings.filter { $0.status == status }.count),
                    SheetStyle.status(status)),
                .text(l.pick("feuille Contrôles", "Checks sheet"), style: SheetStyle.wrappedNote),
            ])
        }
        if !report.description.isEmpty {
            sheet.blank()
            sheet.add([.text(l.pick("Hypothèses du scénario", "The scenario's assumptions"), style: SheetStyle.bold)], fits: false)
            for line in SheetBuilder.lines(report.description, width: 160) { sheet.add([.text(line)], fits: false) }
        }
        sheet.setWidth(56, column: 0)
        sheet.setWidth(18, column: 1)
        sheet.setWidth(64, column: 2)
        sheet.setWidth(40, column: 3)
        return sheet
    }

    /// Every passage of the sources the report cites, once, with the words quoted; then the values the
    /// scenario sets in their place (`rules.…`). Read from the lines, the payments of each line, the unit
    /// costs, the treasury and the checks: an operator's own convention cites what its line cites.
    private func sources(_ evaluation: Evaluation) -> SheetBuilder {
        let l = language
        let report = evaluation.report
        var figures: [Figure] = report.lines.flatMap { [$0.amount] + $0.periods.flatMap(\.figures) }
        figures += report.unitCosts + report.paymentTotals.figures + (evaluation.allocation?.figures ?? [])
        let treasury = report.treasury
        figures += [treasury.opening, treasury.lowest, treasury.workingCapitalNeed, treasury.shortfall, treasury.finalResult]
        var citations: [Citation] = [report.call.convention.citation]
        if let terms = report.call.paymentTerms { citations.append(terms.citation) }
        citations += figures.flatMap(\.sources) + evaluation.findings.flatMap(\.sources)
        let unique = citations.uniquedCitations()
        let documents = unique.filter { if case .document = $0 { true } else { false } }
        let rules = unique.filter {
            guard case .scenario(let path) = $0 else { return false }
            // A field of the scenario's own (not its operators' data, nor a figure the projection computed).
            return !path.hasPrefix("operators") && !path.hasPrefix("expected") && !path.contains(" ") && words.monthlyTable(path) == nil
        }
        var sheet = SheetBuilder(name: "Sources")
        sheet.add([l.pick("Source", "Source"), l.pick("Passage cité", "Passage quoted")].map { .text($0, style: SheetStyle.headerLeft) })
        sheet.frozenRows = 1
        for citation in documents + rules {
            var quote = l.pick(
                "valeur fixée par le scénario, à la place du texte de l'appel ou faute de texte",
                "value set by the scenario, in place of the call's text or for want of one")
            if case .document(_, _, let text) = citation { quote = (l == .fr ? "« " + text + " »" : "\"" + text + "\"") }
            sheet.add([.text(words.citation(citation, quoting: false), style: SheetStyle.wrapped), .text(quote, style: SheetStyle.wrapped)])
        }
        sheet.setWidth(70, column: 0)
        sheet.setWidth(90, column: 1)
        return sheet
    }
}
