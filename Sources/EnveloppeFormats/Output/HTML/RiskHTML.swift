import Enveloppe

/// `enveloppe risk` as a self-contained page: the key shares, a fan chart of the treasury by
/// month (10th to 90th percentile, the median, the scenario as written, the overdraft limit), what
/// the figures mean for the operators' reserve, a tornado chart of each input alone, the tables.
struct RiskHTML: Worded {
    let words: Wording
    var date: PrintDate?

    func render(_ r: RiskReport) -> String {
        let e = HTML.escape
        let l = language
        let rows = RiskRows(words: words)
        var body =
            "<header><p class=\"kicker\">\(e(l.pick("Risque de trésorerie · enveloppe risk", "Treasury risk · enveloppe risk")))</p><h1>\(e(r.title))</h1>"
        body += "<p class=\"meta\">\(e(l.pick("Simulation : ", "Simulation: ") + rows.runs(r)))</p></header>"

        var cards: [(String, String, String, Bool)] = [
            (
                l.pick("Point bas, 1 cas sur 10 (P10)", "Low point, 1 case in 10 (P10)"), f.money(r.lowest.p10), l.pick("ou plus bas", "or lower"),
                r.lowest.p10 < .zero
            ),
            (
                l.pick("Point bas médian (P50)", "Median low point (P50)"), f.money(r.lowest.p50),
                l.pick("tel qu'écrit : ", "as written: ") + f.money(r.asWritten.lowest), r.lowest.p50 < .zero
            ),
            (l.pick("Sous zéro", "Below zero"), words.share(r.belowZero), l.pick("des tirages", "of the runs"), r.belowZero.count > 0),
        ]
        if let limit = r.settings.overdraftLimit, let beyond = r.beyondOverdraftLimit {
            cards.append(
                (
                    l.pick("Au-delà du découvert", "Beyond the overdraft"), words.share(beyond), l.pick("autorisé : ", "limit: ") + f.money(limit),
                    beyond.count > 0
                ))
        }
        cards.append(
            (
                l.pick("Reversement", "Repayment"), words.share(r.reversement),
                r.reversementP90.map { l.pick("des tirages ; P90 du montant ", "of the runs; P90 of the amount ") + f.money($0) }
                    ?? l.pick("des tirages", "of the runs"),
                false
            ))
        if let cost = r.expectedBridgingCost {
            cards.append(
                (
                    l.pick("Coût attendu du portage", "Expected cost of bridging"), f.money(cost),
                    l.pick("moyenne des tirages", "mean over the runs"), false
                ))
        }
        body += "<section class=\"cards\">"
        for (title, value, note, negative) in cards {
            body +=
                "<div class=\"card\"><div class=\"card-title\">\(e(title))</div><div class=\"card-value\(negative ? " negative" : "")\">\(e(value))</div><div class=\"card-note\">\(e(note))</div></div>"
        }
        body += "</section>"

        // The fan chart.
        var series = [
            SVGChart.Series(name: l.pick("Médiane", "Median"), color: "#1f5fa8", values: r.months.map(\.treasury.p50)),
            SVGChart.Series(
                name: l.pick("Scénario tel qu'écrit", "Scenario as written"), color: "#1b2430", values: r.months.map(\.asWritten), dashed: true),
        ]
        if let limit = r.settings.overdraftLimit {
            series.append(
                SVGChart.Series(
                    name: l.pick("Découvert autorisé", "Overdraft limit"), color: "#c53030", values: r.months.map { _ in Money(cents: -limit.cents) },
                    dashed: true))
        }
        let fan = SVGChart(
            months: r.months.map(\.month), series: series, format: f,
            bands: [
                SVGChart.Band(
                    name: l.pick("P10 – P90 (8 tirages sur 10)", "P10 – P90 (8 runs in 10)"), color: "#1f5fa8", low: r.months.map(\.treasury.p10),
                    high: r.months.map(\.treasury.p90))
            ], height: 320, labelEvery: (r.months.count + 7) / 8)
        body += "<section class=\"charts\"><h2>\(e(l.pick("Trésorerie en fin de mois", "Treasury at month end")))</h2>"
        body += fan.render(
            title: l.pick(
                "Trésorerie en fin de mois : P10 à P90, médiane, scénario tel qu'écrit",
                "Treasury at month end: P10 to P90, median, scenario as written"))
        body += "</section>"

        body += "<section><h2>\(e(l.pick("Ce que cela veut dire pour la trésorerie", "What it means for the treasury")))</h2>"
        body += table(rows.percentileHeaders, rows.percentiles(r))
        body += "<ul>" + (rows.findings(r) + [rows.reserve(r)]).map { "<li>\(e($0))</li>" }.joined() + "</ul></section>"

        body += "<section><h2>\(e(l.pick("Ce qui est incertain", "What is uncertain")))</h2>"
        body += table(
            [l.pick("Entrée", "Input"), l.pick("Loi", "Distribution"), l.pick("Valeur centrale", "Central value")],
            rows.inputs(r).map { [$0.label, $0.law, $0.central] }, numeric: false)
        if let bridging = r.settings.bridging {
            body += "<p class=\"source\">\(e(l.pick("Coût du portage : ", "Cost of bridging: ") + words.bridging(bridging)))</p>"
        }
        body += "</section>"

        if !r.sensitivity.isEmpty {
            let tornado = RiskTornado(
                rows: r.sensitivity.map { s in
                    (
                        words.riskInput(s.input, funders: r.funderNames), words.riskValue(s.low, of: s.input.kind),
                        words.riskValue(s.high, of: s.input.kind), s.atLow.lowest, s.atHigh.lowest
                    )
                }, central: r.central.lowest, format: f, noEffect: l.pick("aucun effet", "no effect"))
            body += "<section class=\"charts\"><h2>\(e(l.pick("Chaque incertitude seule", "Each uncertainty alone")))</h2>"
            body += "<p class=\"source\">\(e(rows.sensitivityNote(r)))</p>"
            body += tornado.render(
                title: l.pick("Point bas de la trésorerie selon chaque entrée seule", "Treasury low point with each input alone"),
                lowLegend: l.pick("à sa plus petite valeur", "at its smallest value"),
                highLegend: l.pick("à sa plus grande valeur", "at its largest value"),
                centralLegend: l.pick("valeurs centrales :", "central values:"))
            body += sensitivityTable(r, rows) + "</section>"
        }

        body += "<section><h2>\(e(l.pick("Mois par mois", "Month by month")))</h2><div class=\"scroll\">"
        body += table(rows.monthHeaders, r.months.map(rows.month), className: "monthly") + "</div></section>"
        body += "<footer>" + rows.method.map { "<p>\(e($0))</p>" }.joined() + "</footer>"
        return HTMLPage.page(title: r.title, kind: l.pick("Risque de trésorerie", "Treasury risk"), language: l, body: body, date: date)
    }

    /// Each input alone: a row at its smallest value and one at its largest, the input named once.
    private func sensitivityTable(_ r: RiskReport, _ rows: RiskRows) -> String {
        let e = HTML.escape
        let l = language
        let bridging = r.settings.bridging != nil
        var headers = [l.pick("Entrée seule", "Input alone"), l.pick("Valeur", "Value")] + Array(rows.sensitivityHeaders(r).dropFirst(2))
        if !bridging { headers = Array(headers.prefix(5)) }
        var html = "<table><thead><tr>" + headers.enumerated().map { "<th\($0.offset > 1 ? " class=\"num\"" : "")>\(e($0.element))</th>" }.joined()
        html += "</tr></thead><tbody>"
        for s in r.sensitivity {
            for (index, (value, at)) in [(s.low, s.atLow), (s.high, s.atHigh)].enumerated() {
                html += "<tr>"
                if index == 0 { html += "<td rowspan=\"2\">\(e(words.riskInput(s.input, funders: r.funderNames)))</td>" }
                let amounts = [at.lowest, at.costPerHousehold, at.reversement] + (bridging ? [at.bridgingCost] : [])
                html +=
                    "<td style=\"white-space: nowrap\">\(e(words.riskValue(value, of: s.input.kind)))</td>"
                    + amounts.map { "<td class=\"num\">\(e(f.money($0)))</td>" }.joined()
                html += "</tr>"
            }
        }
        return html + "</tbody></table>"
    }

    /// A table whose first column is text and the others amounts (or text when `numeric` is false).
    private func table(_ headers: [String], _ rows: [[String]], numeric: Bool = true, className: String? = nil) -> String {
        let e = HTML.escape
        let cell = { (index: Int) in index > 0 && numeric ? " class=\"num\"" : "" }
        var html = "<table\(className.map { " class=\"\($0)\"" } ?? "")><thead><tr>"
        html += headers.enumerated().map { "<th\(cell($0.offset))>\(e($0.element))</th>" }.joined() + "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>" + row.enumerated().map { "<td\(cell($0.offset))>\(e($0.element))</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table>"
    }
}
