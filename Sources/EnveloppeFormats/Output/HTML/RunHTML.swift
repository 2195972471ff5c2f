import Enveloppe

/// One self-contained HTML page (no external file, font or script), in the order a committee reads it: the
/// outcome of the checks (each failure named and linked), the key figures, the envelope, the payments, charts
/// of the treasury and of service fait against payments received, every check with its source (failures
/// first), the monthly table (in print on the same portrait pages, or on a landscape page when its amounts are too
/// wide); then, on screen only, every figure's derivation.
/// It formats the report's figures and computes none.
struct RunHTML: Worded {
    let words: Wording
    var date: PrintDate?

    /// The longest cell (in characters) with which the monthly table's nine columns fit across a portrait A4 page
    /// in print: « -1 234 567,89 € » is 15. Measured in Chromium with DejaVu Sans, a wide face: the table then
    /// takes 670 of the page's 703 pixels, its headers being the widest part of most columns.
    static let portraitCellLength = 15

    /// The page as a string.
    func render(_ evaluation: Evaluation) -> String { String(decoding: bytes(evaluation), as: UTF8.self) }

    /// The page's bytes, as written: a national programme's page is tens of megabytes, which a string would check
    /// again, byte by byte, and copy twice on its way out (more than half the time of writing the page).
    func bytes(_ evaluation: Evaluation) -> [UInt8] {
        let report = evaluation.report
        let e = HTML.escape
        let l = language
        var body = ""
        let call = report.call
        body += "<header><p class=\"kicker\">\(e(call.title)) · \(e(call.publisher))</p>"
        body += "<h1>\(e(report.title))</h1>"
        body +=
            "<p class=\"meta\">\(call.periods.count > 1 ? l.pick("Conventions", "Conventions") : "Convention") \(e(f.conventions(call.periods)))"
        if call.periods.count > 1 { body += " × \(call.periods.count)" }
        body +=
            " · \(e(f.count(report.households))) \(l.pick("ménages", "households")) · \(e(l.pick("équipe ", "team ") + words.team(of: report))) · \(l.pick("préréglage", "preset")) <code>\(e(call.id.rawValue))</code></p>"
        if !report.description.isEmpty { body += "<p class=\"description\">\(e(report.description))</p>" }
        body += "</header>"
        let checks = ChecksHTML(words: words)
        body += checks.outcome(evaluation.findings)

        // What the scenario or the tool assumes of the payments: the same sentences as the text's schedule.
        let schedule = PaymentRows(words: words)
        let ownTerms = !report.resolved.lineTerms.isEmpty
        let delays = schedule.delays(report)
        if let terms = call.paymentTerms, terms.isFromScenario || ownTerms || delays != nil {
            body += "<aside class=\"assumption\"><strong>\(l.pick("Hypothèses", "Assumptions"))</strong> "
            if terms.isFromScenario || ownTerms { body += e(schedule.terms(report).joined(separator: " ") + " ") }
            if let delays { body += e(delays) }
            body += "</aside>"
        }

        // Key figures.
        let t = report.paymentTotals
        var cards: [(String, Figure, String)] = [
            (l.pick("Enveloppe", "Envelope"), report.envelopeTotal, envelopeNote(report)),
            (l.pick("Avance", "Advance"), t.advance, advanceWhen(report)),
            (l.pick("Service fait", "Service fait"), t.serviceFait, l.pick("activité projetée", "projected activity")),
        ]
        if t.reversement.amount > .zero {
            cards.append((l.pick("Reversement", "Repayment"), t.reversement, l.pick("avance non couverte", "advance not earned")))
        } else {
            cards.append((l.pick("Solde", "Balance"), t.balance, l.pick("sur service fait", "on service fait")))
        }
        cards.append((l.pick("Point bas de la trésorerie", "Treasury low point"), report.treasury.lowest, f.month(report.treasury.lowestMonth)))
        cards.append((words.label(report.treasury.workingCapitalNeed), report.treasury.workingCapitalNeed, beyondOpening(report.treasury)))
        // A deficit once everything is paid is a key figure of its own: the part of the need that never comes back.
        let treasury = report.treasury
        if let deficit = words.deficitNote(need: treasury.workingCapitalNeed.amount, finalResult: treasury.finalResult.amount) {
            cards.append((words.label(treasury.finalResult), treasury.finalResult, deficit))
        }
        body += "<section class=\"cards\">"
        for (title, figure, note) in cards {
            let negative = figure.amount < .zero
            body +=
                "<div class=\"card\"><div class=\"card-title\">\(e(title))</div><div class=\"card-value\(negative ? " negative" : "")\">\(e(f.quantity(figure.value)))</div><div class=\"card-note\">\(e(note))</div></div>"
        }
        body += "</section>"

        // Envelope.
        body +=
            "<section><h2>\(l.pick("L'enveloppe", "The envelope"))</h2><table><thead><tr><th>\(l.pick("Ligne", "Line"))</th><th>\(l.pick("Financeur", "Funder"))</th><th class=\"num\">\(l.pick("Montant", "Amount"))</th><th>\(l.pick("Source", "Source"))</th></tr></thead><tbody>"
        for line in report.lines {
            body +=
                "<tr><td>\(e(line.line.label))</td><td>\(e(line.line.funder.name))</td><td class=\"num\">\(e(f.quantity(line.amount.value)))</td><td class=\"source\">\(sources(line.amount.sources))</td></tr>"
        }
        body +=
            "<tr class=\"total\"><td>Total</td><td></td><td class=\"num\">\(e(f.quantity(report.envelopeTotal.value)))</td><td></td></tr></tbody></table>"
        body += "<h3>\(l.pick("Coûts unitaires", "Unit costs"))</h3><table><tbody>"
        for figure in report.unitCosts {
            body +=
                "<tr><td>\(e(words.label(figure)))</td><td class=\"num\">\(e(f.quantity(figure.value)))</td><td class=\"source\">\(sources(figure.sources))</td></tr>"
        }
        body += "</tbody></table></section>"

        if report.operators.count > 1 {
            // A team the scenario does not describe (a funder's allocation) gets no column of zeros.
            let team = report.scenario.describesTeam
            let fte = { (value: FTE) in team ? "<td class=\"num\">\(e(f.fte(value)))</td>" : "" }
            body +=
                "<section><h2>\(l.pick("Répartition entre structures", "Split between operators"))</h2><table><thead><tr><th>\(l.pick("Structure", "Operator"))</th><th class=\"num\">\(l.pick("Ménages", "Households"))</th>"
                + (team ? "<th class=\"num\">\(l.pick("ETP de l'équipe", "Team FTE"))</th>" : "")
            for line in report.lines { body += "<th class=\"num\">\(e(line.line.label))</th>" }
            body += "<th class=\"num\">Total</th></tr></thead><tbody>"
            for share in report.operators {
                body +=
                    "<tr><td>\(e(share.name))</td><td class=\"num\">\(e(f.count(share.households)))</td>\(fte(share.fte))"
                for figure in share.shares { body += "<td class=\"num\">\(e(f.quantity(figure.value)))</td>" }
                body += "<td class=\"num\">\(e(f.quantity(share.total.value)))</td></tr>"
            }
            // The shares add up to each line and to the envelope, to the cent: the total row is the report's figures.
            body +=
                "<tr class=\"total\"><td>Total</td><td class=\"num\">\(e(f.count(report.households)))</td>\(fte(report.teamFTE))"
            for line in report.lines { body += "<td class=\"num\">\(e(f.quantity(line.amount.value)))</td>" }
            body += "<td class=\"num\">\(e(f.quantity(report.envelopeTotal.value)))</td></tr>"
            body += "</tbody></table></section>"
        }

        // Payments; instalments after the advance in a column of their own, so that each row adds up to what is due.
        let instalments = PaymentRows.hasInstalments(report)
        body +=
            "<section><h2>\(l.pick("Échéancier des paiements", "Payment schedule"))</h2><table><thead><tr><th>\(l.pick("Ligne", "Line"))</th><th>Convention</th><th class=\"num\">\(l.pick("Subvention", "Grant"))</th><th class=\"num\">\(l.pick("Avance", "Advance"))</th>\(instalments ? "<th class=\"num\">" + l.pick("Acomptes", "Instalments") + "</th>" : "")<th class=\"num\">\(l.pick("Service fait", "Service fait"))</th><th class=\"num\">\(l.pick("Solde", "Balance"))</th><th class=\"num\">\(l.pick("Reversement", "Repayment"))</th></tr></thead><tbody>"
        for row in schedule.rows(report) {
            let p = row.payments
            let when = { (month: YearMonth?) in month.map { "<div class=\"when\">\(e(f.month($0)))</div>" } ?? "" }
            body += "<tr\(row.isTotal ? " class=\"total\"" : "")><td>\(e(row.label))</td><td>\(e(row.period.map(f.period) ?? ""))</td>"
            body += "<td class=\"num\">\(e(f.quantity(p.grant)))</td>"
            body += "<td class=\"num\">\(e(f.quantity(p.advance)))\(when(p.advanceMonth))</td>"
            if instalments {
                body += "<td class=\"num\">\(e(f.money(p.instalments)))\(p.instalmentMonths.map { when($0) }.joined())</td>"
            }
            body += "<td class=\"num\">\(e(f.quantity(p.serviceFait)))</td>"
            body += "<td class=\"num\">\(e(f.quantity(p.balance)))\(when(p.balanceMonth))</td>"
            body += "<td class=\"num\">\(e(f.quantity(p.reversement)))</td></tr>"
        }
        body += "</tbody></table>"
        // How each convention's service fait is computed: the text's sentences, one paragraph each.
        var serviceFait = TextLines()
        ServiceFaitText(words: words).write(report, into: &serviceFait, indent: "")
        for sentence in RunHTML.paragraphs(serviceFait.text) { body += "<p class=\"source\">\(e(sentence))</p>" }
        body += "</section>"

        // Charts.
        let months = report.months.map(\.month)
        let treasuryChart = SVGChart(
            months: months,
            series: [
                SVGChart.Series(
                    name: l.pick("Trésorerie en fin de mois", "Treasury at month end"), color: "#1f5fa8", values: report.months.map(\.treasury))
            ],
            format: f,
            marker: report.months.firstIndex { $0.month == report.treasury.lowestMonth }.map {
                ($0, l.pick("point bas ", "low point ") + f.money(report.treasury.lowest.amount))
            })
        let earnedChart = SVGChart(
            months: months,
            series: [
                SVGChart.Series(
                    name: l.pick("Service fait cumulé", "Service fait to date"), color: "#2e8540", values: report.months.map(\.serviceFaitToDate)),
                SVGChart.Series(
                    name: l.pick("Paiements reçus cumulés", "Payments received to date"), color: "#c05621",
                    values: report.months.map(\.paymentsToDate), stepped: true),
            ],
            format: f)
        // One association's treasury, or the structures' together (the opening cash is theirs, pooled).
        let whose =
            report.operators.count > 1
            ? l.pick("Trésorerie des structures", "The operators' treasury") : l.pick("Trésorerie de l'association", "The association's treasury")
        body += "<section class=\"charts\"><h2>\(whose)</h2>"
        body += treasuryChart.render(title: l.pick("Trésorerie en fin de mois", "Treasury at month end"))
        body += chartSource(
            l.pick(
                "tableau « Mois par mois », trésorerie de départ + encaissements − décaissements",
                "month-by-month table, opening cash + receipts − expenses"), report)
        if !report.scenario.describesCosts { body += "<p class=\"source\">\(e(words.paymentsOnlyNote))</p>" }
        body += "<h2>\(l.pick("Service fait et paiements reçus", "Service fait and payments received"))</h2>"
        body += earnedChart.render(title: l.pick("Service fait cumulé et paiements reçus cumulés", "Service fait and payments received, to date"))
        body += chartSource(
            l.pick(
                "service fait = unités-mois à date × montant de la convention / unités-mois financées",
                "service fait = unit-months to date × the convention's amount / unit-months funded"), report)
        body += "</section>"

        // Checks, failures first.
        body += "<section><h2>\(l.pick("Contrôles", "Checks"))</h2>" + checks.list(evaluation.findings) + "</section>"

        // Monthly table: nine columns; a negative treasury in red, that cell only. In print it follows the checks on
        // the same portrait pages, in small print, while its widest cell fits (up to « -1 234 567,89 € »); wider
        // amounts take a landscape page of their own.
        let table = MonthlyTable(words: words)
        let rows = report.months.map { ($0, table.cells($0)) }
        let isWide = rows.contains { $0.1.contains { $0.count > RunHTML.portraitCellLength } }
        body +=
            "<section class=\"\(isWide ? "monthly-section wide" : "monthly-section")\"><h2>\(l.pick("Mois par mois", "Month by month"))</h2><div class=\"scroll\"><table class=\"monthly\"><thead><tr>"
        body += table.headers.enumerated().map { "<th\($0.offset == 0 ? "" : " class=\"num\"")>\(e($0.element))</th>" }.joined()
        body += "</tr></thead><tbody>"
        for (row, cells) in rows {
            body +=
                "<tr>"
                + cells.enumerated().map { index, cell in
                    let red = index == cells.count - 1 && row.treasury < .zero
                    return "<td\(index == 0 ? "" : " class=\"num\(red ? " red" : "")\"")>\(e(cell))</td>"
                }.joined() + "</tr>"
        }
        body += "</tbody></table></div><p class=\"source\">\(e(table.noteWithNet))</p></section>"

        // Every figure, unfolded on demand to its derivation: on screen only.
        body +=
            "<section class=\"screen-only\"><h2>\(l.pick("D'où viennent les chiffres", "Where the figures come from"))</h2><p class=\"source\">\(e(l.pick("Chaque chiffre se déplie jusqu'aux champs du scénario et \(words.toRulesText) (comme enveloppe explain).", "Each figure unfolds down to the scenario's fields and \(words.toRulesText) (as enveloppe explain does).")))</p>"
        // The derivations are most of the page for a large programme: written as bytes, with the rest around them.
        var page = HTMLWriter()
        page.markup(HTMLPage.head(title: report.title, kind: l.pick("Rapport de candidature", "Application report"), language: l, date: date))
        page.markup(body)
        writeDerivations(evaluation.allFigures, into: &page)
        page.markup("</section>")
        // The closing footer last, on screen and in print: after the monthly table and the derivations.
        page.markup(
            "<footer>\(e(l.pick("Montants exacts au centime, arrondis une seule fois (au plus proche, la moitié en s'éloignant de zéro). Chaque règle cite son document source et sa section. Produit par enveloppe.", "Exact amounts to the cent, rounded once (to nearest, halves away from zero). Every rule cites its source document and section. Produced by enveloppe.")))</footer>"
        )
        page.markup(HTMLPage.tail)
        return page.bytes
    }

    /// The lines of `text`, empty ones left out, as splitting its characters at « \n » gives them (a « \r\n » is one
    /// character, not cut), found in its bytes: cutting a national programme's text character by character cost more
    /// than the page's tables.
    static func paragraphs(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && (index == 0 || bytes[index - 1] != UInt8(ascii: "\r")) {
                if index > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if start < bytes.count { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return lines
        }
    }

    /// What the envelope's amount is for, as the report pays it: « 5 conventions, une par structure » when each
    /// operator has its own convention (then « par période : … » when there are several periods), « par période de
    /// convention » for several periods of one convention, « par convention » otherwise.
    func envelopeNote(_ report: RunReport) -> String {
        let l = language
        let periods = report.call.periods.count
        if report.lines.contains(where: \.isPerOperator) {
            let conventions = report.lines.map { $0.conventions.first?.count ?? 0 }.max() ?? 0
            let each = l.pick(
                "\(f.count(Int64(conventions))) conventions, une par structure", "\(f.count(Int64(conventions))) conventions, one per operator")
            return periods > 1 ? l.pick("par période : ", "per period: ") + each : each
        }
        return periods > 1 ? l.pick("par période de convention", "per convention period") : l.pick("par convention", "per convention")
    }

    /// When the advance arrives, as the schedule says: « versée en nov. 2025 », or each month when there are several.
    private func advanceWhen(_ report: RunReport) -> String {
        var months: [YearMonth] = []
        for row in PaymentRows(words: words).rows(report) where !row.isTotal {
            if let month = row.payments.advanceMonth, !months.contains(month) { months.append(month) }
        }
        guard !months.isEmpty else { return language.pick("à la signature", "at signature") }
        return language.pick("versée en ", "paid in ") + months.sorted().map(f.month).joined(separator: language.pick(" et ", " and "))
    }

    /// Under the working-capital need, what of it the opening cash leaves to finance: « couvert par la trésorerie
    /// de départ », or « dont 176 683,90 € à financer au-delà de la trésorerie de départ » (the shortfall).
    private func beyondOpening(_ treasury: TreasurySummary) -> String {
        let shortfall = treasury.shortfall.amount
        guard shortfall > .zero else {
            return language.pick("couvert par la trésorerie de départ", "covered by the opening cash")
        }
        let amount = f.money(shortfall)
        return language.pick("dont \(amount) à financer au-delà de la trésorerie de départ", "of which \(amount) to finance beyond the opening cash")
    }

    /// The one line under a chart: what its curves are drawn from, and the payment terms they follow (the tool's
    /// delays said when no text sets them).
    private func chartSource(_ drawnFrom: String, _ report: RunReport) -> String {
        let resolved = report.resolved
        let terms = citedOnce([resolved.terms.citation] + report.lines.compactMap { resolved.lineTerms[$0.line.id]?.citation })
        let delays = AssumedDelays(resolved).isEmpty ? "" : language.pick(", délais supposés par l'outil", ", delays assumed by the tool")
        let text = language.pick(
            "Source : \(drawnFrom) ; versements : \(terms.joined(separator: " ; "))\(delays).",
            "Source: \(drawnFrom); payments: \(terms.joined(separator: "; "))\(delays).")
        return "<p class=\"source chart-source\">" + HTML.escape(text) + "</p>"
    }

    /// Each figure folded over its derivation.
    private func writeDerivations(_ figures: [Figure], into page: inout HTMLWriter) {
        var derivation = DerivationHTML(words: words)
        for figure in figures {
            page.markup("<details class=\"derivation\"><summary><code>")
            page.text(figure.id.rawValue)
            page.markup("</code> ")
            page.text(words.label(figure))
            page.markup(" : <strong>")
            page.text(f.quantity(figure.value))
            page.markup("</strong></summary><pre>")
            derivation.write(figure, into: &page)
            page.markup("</pre></details>")
        }
    }

    private func sources(_ citations: [Citation]) -> String {
        citedOnce(citations).map(HTML.escape).joined(separator: "<br>")
    }
}
