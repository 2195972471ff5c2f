import Enveloppe

/// Escaping for HTML text and attributes.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// One self-contained HTML page (no external file, font or script): the key
/// figures, the envelope, the payments, charts of the treasury and of service
/// fait against payments received, the monthly table and every check with its
/// source. It formats the report's figures and computes none.
public struct HTMLRenderer: Sendable {
    let words: Wording
    var f: Formatter { words.format }
    var language: Language { words.language }

    public init(_ language: Language) { words = Wording(language) }

    public func render(_ report: RunReport) -> String {
        let e = HTML.escape
        let l = language
        var body = ""
        let call = report.call
        body += "<header><p class=\"kicker\">\(e(call.title)) · \(e(call.publisher))</p>"
        body += "<h1>\(e(report.title))</h1>"
        body += "<p class=\"meta\">\(l.pick("Convention", "Convention")) \(e(f.period(call.convention.value)))"
        if call.periods.count > 1 { body += " × \(call.periods.count)" }
        body += " · \(e(f.count(report.households))) \(l.pick("ménages", "households")) · \(e(f.fte(report.staffFTE))) · \(l.pick("préréglage", "preset")) <code>\(e(call.id))</code></p>"
        if !report.description.isEmpty { body += "<p class=\"description\">\(e(report.description))</p>" }
        body += "</header>"

        if let terms = call.paymentTerms, terms.isFromScenario || call.paymentDelaysSource == nil {
            body += "<aside class=\"assumption\"><strong>\(l.pick("Hypothèses", "Assumptions"))</strong> "
            if terms.isFromScenario {
                body += e(l.pick("Le texte de l'appel ne fixe pas les conditions de versement : avance de \(f.rate(terms.value.advanceRate)) supposée par le scénario (rules.paymentTerms). ",
                                 "The call's text sets no payment terms: advance of \(f.rate(terms.value.advanceRate)) assumed by the scenario (rules.paymentTerms). "))
            }
            if call.paymentDelaysSource == nil {
                body += e(l.pick("Délais de versement supposés par l'outil : avance \(terms.value.advanceDelayMonths) mois après le début de la convention, solde \(terms.value.balanceDelayMonths) mois après sa fin.",
                                 "Payment delays assumed by the tool: advance \(terms.value.advanceDelayMonths) month after the convention starts, balance \(terms.value.balanceDelayMonths) months after it ends."))
            }
            body += "</aside>"
        }

        // Key figures.
        let t = report.paymentTotals
        var cards: [(String, Figure, String)] = [
            (l.pick("Enveloppe", "Envelope"), report.envelopeTotal, l.pick("par convention", "per convention")),
            (l.pick("Avance", "Advance"), t[1], l.pick("à la signature", "at signature")),
            (l.pick("Service fait", "Service fait"), t[2], l.pick("activité projetée", "projected activity")),
        ]
        if t[5].money ?? .zero > .zero {
            cards.append((l.pick("Reversement", "Repayment"), t[5], l.pick("avance non couverte", "advance not earned")))
        } else {
            cards.append((l.pick("Solde", "Balance"), t[4], l.pick("sur service fait", "on service fait")))
        }
        cards.append((l.pick("Point bas de trésorerie", "Treasury low point"), report.treasury.lowest, f.month(report.treasury.lowestMonth)))
        cards.append((l.pick("Fonds de roulement à trouver", "Working capital to find"), report.treasury.workingCapitalNeed, l.pick("par l'association", "by the association")))
        body += "<section class=\"cards\">"
        for (title, figure, note) in cards {
            let negative = (figure.money ?? .zero) < .zero
            body += "<div class=\"card\"><div class=\"card-title\">\(e(title))</div><div class=\"card-value\(negative ? " negative" : "")\">\(e(f.quantity(figure.value)))</div><div class=\"card-note\">\(e(note))</div></div>"
        }
        body += "</section>"

        // Envelope.
        body += "<section><h2>\(l.pick("L'enveloppe", "The envelope"))</h2><table><thead><tr><th>\(l.pick("Ligne", "Line"))</th><th>\(l.pick("Financeur", "Funder"))</th><th class=\"num\">\(l.pick("Montant", "Amount"))</th><th>\(l.pick("Source", "Source"))</th></tr></thead><tbody>"
        for line in report.lines {
            body += "<tr><td>\(e(line.line.label))</td><td>\(e(line.line.funder.name))</td><td class=\"num\">\(e(f.quantity(line.amount.value)))</td><td class=\"source\">\(sources(line.amount.sources))</td></tr>"
        }
        body += "<tr class=\"total\"><td>Total</td><td></td><td class=\"num\">\(e(f.quantity(report.envelopeTotal.value)))</td><td></td></tr></tbody></table>"
        body += "<h3>\(l.pick("Coûts unitaires", "Unit costs"))</h3><table><tbody>"
        for figure in report.unitCosts {
            body += "<tr><td>\(e(words.label(figure)))</td><td class=\"num\">\(e(f.quantity(figure.value)))</td><td class=\"source\">\(sources(figure.sources))</td></tr>"
        }
        body += "</tbody></table></section>"

        if report.operators.count > 1 {
            body += "<section><h2>\(l.pick("Répartition entre structures", "Split between operators"))</h2><table><thead><tr><th>\(l.pick("Structure", "Operator"))</th><th class=\"num\">\(l.pick("Ménages", "Households"))</th><th class=\"num\">\(l.pick("ETP", "FTE"))</th>"
            for line in report.lines { body += "<th class=\"num\">\(e(line.line.label))</th>" }
            body += "<th class=\"num\">Total</th></tr></thead><tbody>"
            for share in report.operators {
                body += "<tr><td>\(e(share.name))</td><td class=\"num\">\(e(f.count(share.households)))</td><td class=\"num\">\(e(f.fte(share.fte)))</td>"
                for figure in share.shares { body += "<td class=\"num\">\(e(f.quantity(figure.value)))</td>" }
                body += "<td class=\"num\">\(e(f.quantity(share.total.value)))</td></tr>"
            }
            body += "</tbody></table></section>"
        }

        // Payments.
        body += "<section><h2>\(l.pick("Échéancier des paiements", "Payment schedule"))</h2><table><thead><tr><th>\(l.pick("Ligne", "Line"))</th><th>Convention</th><th class=\"num\">\(l.pick("Subvention", "Grant"))</th><th class=\"num\">\(l.pick("Avance", "Advance"))</th><th class=\"num\">\(l.pick("Service fait", "Service fait"))</th><th class=\"num\">\(l.pick("Solde", "Balance"))</th><th class=\"num\">\(l.pick("Reversement", "Repayment"))</th></tr></thead><tbody>"
        for line in report.lines {
            for period in line.periods {
                let p = period.payments
                body += "<tr><td>\(e(line.line.label))</td><td>\(e(f.period(period.period)))</td>"
                body += "<td class=\"num\">\(e(f.quantity(p[0].value)))</td>"
                body += "<td class=\"num\">\(e(f.quantity(p[1].value)))<div class=\"when\">\(e(f.month(period.advanceMonth)))</div></td>"
                body += "<td class=\"num\">\(e(f.quantity(p[2].value)))</td>"
                body += "<td class=\"num\">\(e(f.quantity(p[4].value)))<div class=\"when\">\(e(f.month(period.balanceMonth)))</div></td>"
                body += "<td class=\"num\">\(e(f.quantity(p[5].value)))</td></tr>"
            }
        }
        body += "</tbody></table></section>"

        // Charts.
        let months = report.months.map(\.month)
        let treasuryChart = SVGChart(
            months: months,
            series: [SVGChart.Series(name: l.pick("Trésorerie en fin de mois", "Treasury at month end"), color: "#1f5fa8", values: report.months.map(\.treasury))],
            format: f,
            marker: report.months.firstIndex { $0.month == report.treasury.lowestMonth }.map {
                ($0, l.pick("point bas ", "low point ") + f.money(report.treasury.lowest.money ?? .zero))
            })
        let earnedChart = SVGChart(
            months: months,
            series: [
                SVGChart.Series(name: l.pick("Service fait cumulé", "Service fait to date"), color: "#2e8540", values: report.months.map(\.serviceFaitToDate)),
                SVGChart.Series(name: l.pick("Paiements reçus cumulés", "Payments received to date"), color: "#c05621", values: report.months.map(\.paymentsToDate), stepped: true),
            ],
            format: f)
        body += "<section class=\"charts\"><h2>\(l.pick("Trésorerie de l'association", "The association's treasury"))</h2>"
        body += treasuryChart.render(title: l.pick("Trésorerie en fin de mois", "Treasury at month end"))
        body += "<h2>\(l.pick("Service fait et paiements reçus", "Service fait and payments received"))</h2>"
        body += earnedChart.render(title: l.pick("Service fait cumulé et paiements reçus cumulés", "Service fait and payments received, to date"))
        body += "</section>"

        // Checks.
        body += "<section><h2>\(l.pick("Contrôles", "Checks"))</h2><ul class=\"checks\">"
        for finding in report.findings {
            body += "<li class=\"\(finding.status.rawValue)\"><span class=\"badge\">\(e(words.status(finding.status)))</span> \(e(words.sentence(finding)))"
            let cited = finding.sources.uniquedCitations()
            if !cited.isEmpty {
                body += "<details><summary>\(l.pick("Source", "Source"))</summary><ul>"
                for citation in cited { body += "<li>\(e(words.citation(citation)))</li>" }
                body += "</ul></details>"
            }
            body += "</li>"
        }
        body += "</ul></section>"

        // Every figure, unfolded on demand to its derivation.
        let explain = ExplainRenderer(l)
        body += "<section><h2>\(l.pick("D'où viennent les chiffres", "Where the figures come from"))</h2><p class=\"source\">\(e(l.pick("Chaque chiffre se déplie jusqu'aux champs du scénario et au texte de l'appel (comme enveloppe explain).", "Each figure unfolds down to the scenario's fields and the call's text (as enveloppe explain does).")))</p>"
        for figure in report.allFigures {
            body += "<details class=\"derivation\"><summary><code>\(e(figure.id))</code> \(e(words.label(figure))) : <strong>\(e(f.quantity(figure.value)))</strong></summary><pre>\(e(explain.tree(figure)))</pre></details>"
        }
        body += "</section>"

        // Monthly table.
        let table = MonthlyTable(words: words)
        body += "<section><h2>\(l.pick("Mois par mois", "Month by month"))</h2><div class=\"scroll\"><table class=\"monthly\"><thead><tr>"
        body += table.headers.map { "<th>\(e($0))</th>" }.joined()
        body += "</tr></thead><tbody>"
        for row in report.months {
            let cells = table.cells(row).enumerated().map { "<td\($0.offset == 0 ? "" : " class=\"num\"")>\(e($0.element))</td>" }
            body += "<tr\(row.treasury < .zero ? " class=\"red\"" : "")>" + cells.joined() + "</tr>"
        }
        body += "</tbody></table></div><p class=\"source\">\(e(table.note))</p></section>"
        body += "<footer>\(e(l.pick("Montants exacts au centime, arrondis une seule fois (au plus proche, la moitié en s'éloignant de zéro). Chaque règle cite son document source et sa section. Produit par enveloppe.", "Exact amounts to the cent, rounded once (to nearest, halves away from zero). Every rule cites its source document and section. Produced by enveloppe.")))</footer>"

        return HTMLRenderer.page(title: report.title, language: l, body: body)
    }

    /// A whole page around `body`, with the report's style: one file, nothing fetched.
    static func page(title: String, language: Language, body: String, extraStyle: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>\(style)\(extraStyle)</style>
        </head>
        <body><main>
        \(body)
        </main></body>
        </html>

        """
    }

    private func sources(_ citations: [Citation]) -> String {
        citations.uniquedCitations().map { HTML.escape(words.citation($0, quoting: false)) }.joined(separator: "<br>")
    }

    static let style = """
        :root { --ink: #1b2430; --muted: #5b6675; --line: #d9dee5; --ok: #2e8540; --warn: #b7791f; --fail: #c53030; --accent: #1f5fa8; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f4f6f9; color: var(--ink); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1040px; margin: 0 auto; padding: 32px 28px 48px; background: #fff; min-height: 100vh; }
        header h1 { margin: 4px 0 6px; font-size: 26px; }
        .kicker { margin: 0; color: var(--accent); font-weight: 600; font-size: 13px; text-transform: uppercase; letter-spacing: .03em; }
        .meta { margin: 0; color: var(--muted); }
        .description { color: var(--muted); font-size: 14px; max-width: 80ch; }
        code { font-size: 13px; background: #eef1f5; padding: 1px 5px; border-radius: 4px; }
        .assumption { margin: 18px 0; padding: 12px 16px; border-left: 4px solid var(--warn); background: #fdf6e7; font-size: 14px; }
        .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 14px; margin: 22px 0 8px; }
        .card { border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
        .card-title { color: var(--muted); font-size: 13px; }
        .card-value { font-size: 24px; font-weight: 700; margin: 4px 0 2px; font-variant-numeric: tabular-nums; }
        .card-value.negative { color: var(--fail); }
        .card-note { color: var(--muted); font-size: 12px; }
        section { margin-top: 28px; }
        h2 { font-size: 18px; margin: 0 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
        h3 { font-size: 15px; margin: 18px 0 8px; }
        table { width: 100%; border-collapse: collapse; font-size: 14px; }
        th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        th { color: var(--muted); font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .02em; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .total td { font-weight: 700; border-top: 2px solid var(--ink); }
        .source { color: var(--muted); font-size: 12px; }
        .when { color: var(--muted); font-size: 12px; }
        .charts svg { width: 100%; height: auto; margin-bottom: 12px; }
        svg .grid { stroke: #e7eaee; } svg .zero { stroke: #8a94a3; stroke-width: 1.2; }
        svg .axis, svg .legend { fill: var(--muted); font-size: 11px; } svg .legend { font-size: 12px; fill: var(--ink); }
        svg .marker { fill: var(--fail); } svg .marker-label { fill: var(--fail); font-size: 12px; font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 4px; }
        .checks { list-style: none; padding: 0; margin: 0; }
        .checks > li { padding: 9px 12px; border-left: 4px solid var(--ok); margin-bottom: 6px; background: #f7faf8; }
        .checks > li.warning { border-color: var(--warn); background: #fdf8ee; }
        .checks > li.failure { border-color: var(--fail); background: #fdf1f1; }
        .badge { display: inline-block; min-width: 52px; font-size: 11px; font-weight: 700; text-transform: uppercase; color: var(--ok); }
        .warning .badge { color: var(--warn); } .failure .badge { color: var(--fail); }
        details { margin-top: 4px; font-size: 12px; color: var(--muted); } details ul { margin: 4px 0 0 16px; padding: 0; }
        .scroll { overflow-x: auto; }
        .monthly td, .monthly th { font-size: 13px; padding: 4px 8px; }
        .monthly td:first-child { white-space: nowrap; }
        tr.red td { color: var(--fail); }
        details.derivation { font-size: 13px; border-bottom: 1px solid var(--line); padding: 4px 0; }
        details.derivation pre { font-size: 12px; line-height: 1.35; overflow-x: auto; background: #f7f8fa; padding: 8px; }
        footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 12px; }
        @media print { body { background: #fff; } main { padding: 0; } .cards { grid-template-columns: repeat(3, 1fr); } }
        """
}
