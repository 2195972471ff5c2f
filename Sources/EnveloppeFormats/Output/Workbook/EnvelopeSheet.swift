import Enveloppe
import EnveloppeWorkbook

/// The envelope sheet of `run`: each line's grant as the call prices it (`ROUND(price ×
/// unit-months planned ÷ unit-months priced, 2)`), the total as a `SUM`, the unit costs from
/// the same cells, and each operator's share when there are several.
struct EnvelopeSheet: Worded {
    let words: Wording

    var name: String { language.pick("Enveloppe", "Envelope") }

    /// Whose amount a line's price is: the call's, or the scenario's when the call states none (the 2023 report)
    /// or the scenario sets its own.
    private func priceWord(_ line: EnvelopeLine, capitalized: Bool = false) -> String {
        let fromScenario: Bool
        switch line.pricing {
        case .fixed(let amount, _, _): fromScenario = amount?.isFromScenario ?? true
        case .perUnitYear(let rate): fromScenario = rate.isFromScenario
        }
        let word =
            fromScenario ? language.pick("montant du scénario", "scenario's amount") : language.pick("montant de l'appel", "call's amount")
        return capitalized ? word.prefix(1).uppercased() + word.dropFirst() : word
    }

    /// The amount column's header: the call's, the scenario's, or either when the lines differ.
    private func priceHeader(_ report: RunReport) -> String {
        let words = Set(report.lines.map { priceWord($0.line, capitalized: true) })
        return words.count == 1 ? words.first! : language.pick("Montant (appel ou scénario)", "Amount (call or scenario)")
    }

    /// The sheet, and where the envelope's total is.
    func sheet(_ report: RunReport) throws -> (sheet: SheetBuilder, total: String) {
        let l = language
        var sheet = SheetBuilder(name: name)
        sheet.noteWidth = SheetBuilder.wideSheetNoteWidth
        sheet.note(
            l.pick("Enveloppe par ligne, pour une convention : ", "Envelope by line, for one convention: ") + f.period(report.call.convention.value),
            style: SheetStyle.title)
        sheet.add(
            [
                l.pick("Ligne", "Line"), l.pick("Financeur", "Funder"), l.pick("Ligne 74 du CERFA", "CERFA line 74"),
                priceHeader(report), l.pick("pour (unités-mois)", "for (unit-months)"), l.pick("Unité", "Unit"),
                l.pick("Unités-mois prévues", "Unit-months planned"), l.pick("Subvention", "Grant"),
                l.pick("Chiffre (enveloppe explain)", "Figure (enveloppe explain)"), l.pick("Source", "Source"),
            ].map { .text($0, style: SheetStyle.header) })
        sheet.frozenRows = 2
        sheet.frozenColumns = 1
        var lineRows: [Int] = []
        for line in report.lines {
            let row = sheet.nextRow
            lineRows.append(row)
            let planned = Cells.hundredths(of: line.first.plannedUnitMonths.value)
            sheet.add([
                .text(line.line.label, style: SheetStyle.bold), .text(line.line.funder.name),
                .text(words.subsidyLineName(line.line.funder.subsidyLine)),
                Cells.money(line.price.amount), Cells.hundredths(line.price.perUnitMonthHundredths),
                .text(f.unitMonthName(line.line.unit), style: SheetStyle.centered),
                Cells.hundredths(planned), Cells.money("ROUND(D\(row)*G\(row)/E\(row),2)", line.amount.amount),
                .text(line.amount.id.rawValue),
                .text(line.amount.firstSource.map { words.citation($0, quoting: false) } ?? "", style: SheetStyle.wrappedNote),
            ])
        }
        let totalRow = sheet.nextRow
        sheet.add([
            .text(l.pick("Total de l'enveloppe", "Envelope total"), style: SheetStyle.labelTotal), .empty, .empty, .empty, .empty, .empty, .empty,
            Cells.money("SUM(H\(lineRows.first!):H\(lineRows.last!))", report.envelopeTotal.amount, SheetStyle.moneyTotal),
            .text(report.envelopeTotal.id.rawValue),
        ])
        let amountWord = priceHeader(report).lowercased()
        sheet.note(
            l.pick(
                "Subvention = ARRONDI(\(amountWord) × unités-mois prévues ÷ unités-mois qu'il finance ; 2) : arrondie une seule fois au centime, la moitié en s'éloignant de zéro.",
                "Grant = ROUND(\(amountWord) × unit-months planned ÷ unit-months it funds; 2): rounded once to the cent, halves away from zero."))

        sheet.blank()
        sheet.add(
            [l.pick("Coût unitaire", "Unit cost"), l.pick("Calcul", "Computation")].map { .text($0, style: SheetStyle.headerLeft) }
                + Array(repeating: .text("", style: SheetStyle.headerLeft), count: 5)
                + [.text(l.pick("Montant", "Amount"), style: SheetStyle.header), .text(l.pick("Chiffre", "Figure"), style: SheetStyle.headerLeft)])
        let total = "H\(totalRow)"
        for figure in report.unitCosts {
            let formula: String
            let computation: String
            var value = Cells.money(figure.money ?? .zero)
            switch figure.kind {
            case .costPerHousehold:
                formula = "ROUND(\(total)/\(report.households),2)"
                computation = l.pick("total de l'enveloppe ÷ ", "envelope total ÷ ") + f.count(report.households) + l.pick(" ménages", " households")
                value = Cells.money(formula, figure.amount)
            case .costPerFTEYear:
                guard let team = report.call.team else { continue }
                let fte = plain(hundredths: team.requiredFTE.value.hundredths)
                formula = "ROUND(\(total)/\(fte),2)"
                computation = l.pick("total de l'enveloppe ÷ ", "envelope total ÷ ") + f.fte(team.requiredFTE.value)
                value = Cells.money(formula, figure.amount)
            case .householdsPerFTE:
                guard case .ratio(let ratio) = figure.value else { continue }
                let fte = plain(hundredths: report.teamFTE.hundredths)
                computation = l.pick("ménages ÷ ETP de l'équipe, à 0,01 près", "households ÷ the team's FTE, to 0.01")
                value = .formula(
                    "ROUND(\(report.households)/\(fte),2)", cached: .number(plain(hundredths: Formatter.hundredths(of: ratio))),
                    style: SheetStyle.hundredths)
            case .linePerUnitYear, .linePerUnitMonth:
                guard let index = report.lines.firstIndex(where: { $0.perUnitYear.id == figure.id || $0.perUnitMonth.id == figure.id }) else {
                    continue
                }
                let row = lineRows[index]
                let year = figure.kind == .linePerUnitYear
                formula = year ? "ROUND(D\(row)*12/E\(row),2)" : "ROUND(D\(row)/E\(row),2)"
                computation =
                    priceWord(report.lines[index].line) + (year ? " × 12" : "") + l.pick(" ÷ unités-mois qu'il finance", " ÷ unit-months it funds")
                value = Cells.money(formula, figure.amount)
            default:
                computation = ""
            }
            sheet.add(
                [.text(words.label(figure)), .text(computation, style: SheetStyle.note)] + Array(repeating: Cell.empty, count: 5) + [
                    value, .text(figure.id.rawValue),
                ], fits: false)
        }

        if report.operators.count > 1 { try shares(report, lineRows: lineRows, to: &sheet) }
        sheet.setWidth(44, column: 0)
        sheet.setWidth(70, column: 9)
        return (sheet, total)
    }

    /// Each operator's share of each line: a line paid per household and year as a formula
    /// (rate × households × months ÷ 12), a fixed line's share as the largest remainder gives it;
    /// then a total row of `SUM`s (households, FTE, each line, the total), cached at the exact sums.
    private func shares(_ report: RunReport, lineRows: [Int], to sheet: inout SheetBuilder) throws {
        let l = language
        sheet.blank()
        sheet.note(l.pick("Répartition entre structures", "Split between operators"), style: SheetStyle.title)
        sheet.add(
            ([
                l.pick("Structure", "Operator"), l.pick("Territoire", "Territory"), l.pick("Ménages", "Households"),
                l.pick("ETP de l'équipe", "Team FTE"),
            ]
                + report.lines.map(\.line.label) + ["Total", l.pick("Chiffre", "Figure")]).map { .text($0, style: SheetStyle.header) })
        let first = sheet.nextRow
        let lastLine = 4 + report.lines.count - 1
        for share in report.operators {
            let row = sheet.nextRow
            var cells: [Cell] = [
                .text(share.name), .text(share.territory ?? ""), Cells.count(share.households), Cells.hundredths(share.fte.hundredths),
            ]
            for (index, line) in report.lines.enumerated() {
                let figure = share.shares[index]
                if case .perUnitYear = line.line.pricing {
                    let months = report.call.accompanimentMonths.value
                    cells.append(Cells.money("ROUND(D\(lineRows[index])*C\(row)*\(months)/12,2)", figure.amount))
                } else {
                    cells.append(Cells.money(figure.amount))
                }
            }
            cells.append(
                Cells.money(
                    "SUM(\(SheetBuilder.cell(4, row)):\(SheetBuilder.cell(lastLine, row)))", share.total.amount, SheetStyle.moneyBold))
            cells.append(.text("operateur.\(share.operatorID)"))
            sheet.add(cells)
        }
        // The total row: households, FTE, each line and the total, each the SUM of the operators' cells.
        let last = sheet.nextRow - 1
        let fte = report.operators.reduce(Int64(0)) { $0 + Int64($1.fte.hundredths) }
        var totals: [Cell] = [
            .text("Total", style: SheetStyle.labelTotal), .text("", style: SheetStyle.labelTotal),
            Cells.count("SUM(C\(first):C\(last))", report.operators.reduce(0) { $0 + $1.households }, SheetStyle.integerTotal),
            .formula(
                "SUM(D\(first):D\(last))", cached: .number(plain(hundredths: fte)),
                style: fte % 100 == 0 ? SheetStyle.integerTotal : SheetStyle.hundredthsTotal),
        ]
        for column in 4...(lastLine + 1) {
            let letter = SheetBuilder.column(column)
            let amounts = report.operators.map { column <= lastLine ? $0.shares[column - 4].amount : $0.total.amount }
            totals.append(Cells.money("SUM(\(letter)\(first):\(letter)\(last))", try Money.sum(amounts), SheetStyle.moneyTotal))
        }
        sheet.add(totals)
        sheet.note(
            l.pick(
                "Lignes à montant fixe réparties au prorata (ménages, ou ETP pour une ligne en ETP) au plus fort reste : les parts font le total de la ligne au centime ; à égalité, le centime va au plus grand poids puis au plus petit identifiant. Lignes au ménage et à l'année : taux × ménages × mois ÷ 12.",
                "Fixed lines split pro rata (households, or FTE for an FTE line) by largest remainder: the parts add up to the line to the cent; ties go to the larger weight, then the smaller identifier. Lines per household and year: rate × households × months ÷ 12."
            ))
    }
}
