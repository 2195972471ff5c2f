import Enveloppe

/// `enveloppe check`: every check of each scenario, with its figures and the source
/// of its rule, and a summary line.
public struct ChecksRenderer: Sendable {
    let words: Wording
    public init(_ language: Language) { words = Wording(language) }

    /// The checks as lines of text (also the CHECKS section of `run`).
    public func lines(_ findings: [Finding]) -> [String] {
        var out: [String] = []
        for finding in findings {
            out.append("  [\(words.status(finding.status))] " + words.sentence(finding))
            // A mismatch with an expected figure shows how the figure was computed.
            if case .expected = finding.comparison, finding.status == .failure, let figure = finding.figures.first {
                out += ExplainRenderer(words.language).tree(figure).split(separator: "\n").map { "      " + $0 }
            }
            for source in finding.sources.uniquedCitations() {
                out.append("      " + words.language.pick("Source : ", "Source: ") + words.citation(source))
            }
        }
        return out
    }

    public func summary(_ findings: [Finding]) -> String {
        let counts = Finding.Status.allCases.map { status in findings.filter { $0.status == status }.count }
        return words.language.pick(
            "Bilan : \(counts[0]) ok, \(counts[1]) alerte(s), \(counts[2]) échec(s).",
            "Summary: \(counts[0]) ok, \(counts[1]) warning(s), \(counts[2]) failure(s).")
    }

    public func text(_ report: RunReport, file: String) -> String {
        ([file + " — " + report.title] + lines(report.findings) + [summary(report.findings), ""]).joined(separator: "\n")
    }
}

/// `enveloppe compare`: several applications side by side, in the order given.
public struct CompareRenderer: Sendable {
    let words: Wording
    var f: Formatter { words.format }
    public init(_ language: Language) { words = Wording(language) }

    var rowNames: [String] {
        let l = words.language
        return [
            l.pick("Subvention (par convention)", "Grant (per convention)"), l.pick("Ménages", "Households"), l.pick("ETP", "FTE"),
            l.pick("Coût par ménage", "Cost per household"), l.pick("Part des charges hors personnel", "Non-staff share of charges"),
            l.pick("Point bas de trésorerie", "Treasury low point"), l.pick("Contrôles en échec", "Checks failed"),
            l.pick("Alertes", "Warnings"),
        ]
    }

    func cells(_ s: ApplicationSummary) -> [String] {
        [
            f.money(s.grant), f.count(s.households), f.fte(s.fte), f.money(s.costPerHousehold),
            f.rate(s.nonStaffShare.rounded(toPercentDecimals: 1)), f.money(s.treasuryLowPoint) + " (" + f.month(s.treasuryLowMonth) + ")",
            String(s.failures), String(s.warnings),
        ]
    }

    public func text(_ summaries: [(file: String, summary: ApplicationSummary)]) -> String {
        var table = TextTable([.left] + summaries.map { _ in .right })
        table.add([""] + summaries.indices.map { "(\($0 + 1))" })
        let columns = summaries.map { cells($0.summary) }
        for (index, name) in rowNames.enumerated() { table.add([name] + columns.map { $0[index] }) }
        var out = [table.rendered(), ""]
        for (index, item) in summaries.enumerated() { out.append("  (\(index + 1)) \(item.file) — \(item.summary.title)") }
        out.append(
            words.language.pick(
                "  Coût par ménage : charges du budget de la première convention / ménages. Part hors personnel : charges directes et indirectes hors personnel / charges.",
                "  Cost per household: first convention's budget charges / households. Non-staff share: direct and indirect non-staff charges / charges."))
        return out.joined(separator: "\n") + "\n"
    }

    public func csv(_ summaries: [(file: String, summary: ApplicationSummary)]) -> [UInt8] {
        let l = words.language
        var rows = [[l.pick("fichier", "file"), l.pick("titre", "title"), l.pick("subvention", "grant"), l.pick("ménages", "households"),
                     l.pick("ETP", "FTE"), l.pick("coût par ménage", "cost per household"), l.pick("part hors personnel (%)", "non-staff share (%)"),
                     l.pick("point bas de trésorerie", "treasury low point"), l.pick("mois du point bas", "low point month"),
                     l.pick("contrôles en échec", "checks failed"), l.pick("alertes", "warnings")]]
        for (file, s) in summaries {
            let percent = s.nonStaffShare.rounded(toPercentDecimals: 1).percentage(fractionDigits: 1).map { plain(hundredths: $0.scaled * 10) } ?? ""
            rows.append([
                file, s.title, CSVRenderer.decimalComma(plain(cents: s.grant.cents)), String(s.households),
                CSVRenderer.decimalComma(plain(hundredths: s.fte.hundredths)), CSVRenderer.decimalComma(plain(cents: s.costPerHousehold.cents)),
                CSVRenderer.decimalComma(percent), CSVRenderer.decimalComma(plain(cents: s.treasuryLowPoint.cents)),
                s.treasuryLowMonth.description, String(s.failures), String(s.warnings),
            ])
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }

    public func html(_ summaries: [(file: String, summary: ApplicationSummary)]) -> String {
        let e = HTML.escape
        let l = words.language
        var body = "<header><p class=\"kicker\">\(e(l.pick("Comparaison de candidatures", "Applications compared")))</p><h1>\(e(l.pick("Chiffres clés, côte à côte", "Key figures, side by side")))</h1></header>"
        body += "<section><table><thead><tr><th></th>" + summaries.map { "<th class=\"num\">\(e($0.summary.title))<div class=\"when\">\(e($0.file))</div></th>" }.joined() + "</tr></thead><tbody>"
        let columns = summaries.map { cells($0.summary) }
        for (index, name) in rowNames.enumerated() {
            body += "<tr><td>\(e(name))</td>" + columns.enumerated().map { column, cells in
                let failing = index == 6 && summaries[column].summary.failures > 0
                return "<td class=\"num\(failing ? " failing" : "")\">\(e(cells[index]))</td>"
            }.joined() + "</tr>"
        }
        body += "</tbody></table></section>"
        return HTMLRenderer.page(title: l.pick("Comparaison de candidatures", "Applications compared"), language: l, body: body, extraStyle: ".failing { color: var(--fail); font-weight: 700; }")
    }
}
