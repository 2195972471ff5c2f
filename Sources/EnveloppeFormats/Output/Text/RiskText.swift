import Enveloppe

/// `enveloppe risk` as text: what is uncertain, the percentiles and what they mean for the
/// operators' cash, each input alone, the treasury month by month, and how it is computed.
struct RiskText: Worded {
    let words: Wording

    /// - Parameter operators: How many structures share the treasury: « de l'association » for one, « des
    ///   structures » for several.
    func render(_ r: RiskReport, operators: Int) -> String {
        let l = language
        let rows = RiskRows(words: words)
        let whose =
            operators > 1
            ? l.pick("Simulation de la trésorerie des structures : ", "Simulation of the operators' treasury: ")
            : l.pick("Simulation de la trésorerie de l'association : ", "Simulation of the association's treasury: ")
        // Sentences wrapped at the text's width, a paragraph flush left, a note indented; a table wider than the text
        // reads as a block per row.
        let note = { (text: String) in text.wrapped(first: "  ", then: "  ") }
        var out = [r.title] + (whose + rows.runs(r) + ".").wrapped(width: Wording.textWidth)
        out += ["", l.pick("CE QUI EST INCERTAIN", "WHAT IS UNCERTAIN")]
        var inputs = TextTable([.left, .left, .left])
        inputs.add([l.pick("Entrée", "Input"), l.pick("Loi", "Distribution"), l.pick("Valeur centrale", "Central value")])
        for input in rows.inputs(r) { inputs.add([input.label, input.law, input.central]) }
        if !r.inputs.isEmpty { out.append(inputs.rendered(within: Wording.textWidth)) }
        if r.inputs.isEmpty {
            out.append(l.pick("  Rien : chaque tirage est le scénario tel qu'écrit.", "  Nothing: every run is the scenario as written."))
        }
        var settings: [String] = []
        if let limit = r.settings.overdraftLimit {
            settings.append(l.pick("découvert autorisé \(f.money(limit))", "overdraft limit \(f.money(limit))"))
        }
        if let bridging = r.settings.bridging { settings.append(l.pick("coût du portage : ", "cost of bridging: ") + words.bridging(bridging)) }
        if !settings.isEmpty { out += note(settings.joined(separator: l.pick(" ; ", "; ")).capitalizedFirst + ".") }

        out += ["", l.pick("RÉSULTATS", "RESULTS")]
        // A column per result and a row per percentile (the page's table has them the other way): the results' names
        // head their columns, so the table keeps within the text's width.
        let results = rows.percentiles(r)
        var percentiles = TextTable([.left] + results.map { _ in .right })
        percentiles.add([""] + results.map { $0.first ?? "" })
        for (column, heading) in rows.percentileHeaders.enumerated().dropFirst() {
            percentiles.add([heading] + results.map { column < $0.count ? $0[column] : "" })
        }
        out.append(percentiles.rendered(within: Wording.textWidth))
        out += rows.findings(r).flatMap(note)
        out += note(rows.reserve(r))

        if !r.sensitivity.isEmpty {
            out += ["", l.pick("SENSIBILITÉ", "SENSITIVITY")] + note(rows.sensitivityNote(r))
            var swings = TextTable([.left, .left] + Array(repeating: .right, count: rows.sensitivityHeaders(r).count - 2))
            swings.add(rows.sensitivityHeaders(r))
            for row in rows.sensitivity(r) { swings.add(row) }
            out.append(swings.rendered(within: Wording.textWidth))
        }

        out += ["", l.pick("TRÉSORERIE EN FIN DE MOIS", "TREASURY AT MONTH END")]
        var months = TextTable([.left, .right, .right, .right, .right])
        months.add(rows.monthHeaders)
        for month in r.months { months.add(rows.month(month)) }
        out.append(months.rendered(within: Wording.textWidth))
        out += [""] + rows.method.flatMap(note)
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text with its first letter in capitals.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
