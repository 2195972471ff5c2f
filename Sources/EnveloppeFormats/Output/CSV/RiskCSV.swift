import Enveloppe

/// `enveloppe risk` as CSV for French spreadsheets: one table with a row per figure and share,
/// a row per figure of each input alone, then a row per month: P10, median, P90, the mean (the expected cost of
/// bridging), the scenario as written, the values of an input alone, the share of runs.
struct RiskCSV: Worded {
    let words: Wording

    func render(_ r: RiskReport) -> [UInt8] {
        let l = language
        let figure = l.pick("chiffre", "figure")
        let alone = l.pick("entrée seule", "input alone")
        var rows = [
            [
                l.pick("partie", "part"), l.pick("libellé", "label"), "P10", "P50", "P90", l.pick("moyenne", "mean"),
                l.pick("tel qu'écrit", "as written"),
                l.pick("à la valeur basse", "at the low value"), l.pick("à la valeur haute", "at the high value"),
                l.pick("part des tirages (%)", "share of runs (%)"),
            ]
        ]
        /// The cells are P10, P50, P90, the mean, as written, at the low value, at the high value.
        func row(_ part: String, _ label: String, _ cells: [Money?] = Array(repeating: nil, count: 7), share: RunShare? = nil) {
            // Hundredths of a percent, always two decimals: 80,20.
            let percent = share.flatMap { $0.rate.rounded(toPercentDecimals: 2).percentage(fractionDigits: 2) }.map {
                CSV.decimalComma(plain(cents: $0.scaled))
            }
            rows.append([part, label] + cells.map { $0.map(CSV.euros) ?? "" } + [percent ?? ""])
        }
        row(
            figure, l.pick("point bas de la trésorerie", "treasury low point"),
            [r.lowest.p10, r.lowest.p50, r.lowest.p90, nil, r.asWritten.lowest, nil, nil])
        row(
            figure, l.pick("résultat une fois tout versé", "result once everything is paid"),
            [r.finalResult.p10, r.finalResult.p50, r.finalResult.p90, nil, r.asWritten.finalResult, nil, nil])
        row(figure, l.pick("sous zéro", "below zero"), share: r.belowZero)
        if let beyond = r.beyondOverdraftLimit { row(figure, l.pick("au-delà du découvert autorisé", "beyond the overdraft limit"), share: beyond) }
        row(figure, l.pick("reversement", "repayment"), [nil, nil, r.reversementP90, nil, r.asWritten.reversement, nil, nil], share: r.reversement)
        if let cost = r.expectedBridgingCost {
            row(
                figure, l.pick("coût attendu du portage", "expected cost of bridging"), [nil, nil, nil, cost, r.asWritten.bridgingCost, nil, nil])
        }
        for s in r.sensitivity {
            let label =
                words.riskInput(s.input, funders: r.funderNames) + " ("
                + words.riskValue(s.low, of: s.input.kind) + " → " + words.riskValue(s.high, of: s.input.kind) + ")"
            row(alone, label + l.pick(" : point bas", ": low point"), [nil, nil, nil, nil, nil, s.atLow.lowest, s.atHigh.lowest])
            row(
                alone, label + l.pick(" : coût par ménage accompagné", ": cost per household accompanied"),
                [nil, nil, nil, nil, nil, s.atLow.costPerHousehold, s.atHigh.costPerHousehold])
            row(alone, label + l.pick(" : reversement", ": repayment"), [nil, nil, nil, nil, nil, s.atLow.reversement, s.atHigh.reversement])
            if r.settings.bridging != nil {
                row(
                    alone, label + l.pick(" : coût du portage", ": cost of bridging"),
                    [nil, nil, nil, nil, nil, s.atLow.bridgingCost, s.atHigh.bridgingCost])
            }
        }
        for m in r.months {
            row(
                l.pick("trésorerie du mois", "month-end treasury"), m.month.description,
                [m.treasury.p10, m.treasury.p50, m.treasury.p90, nil, m.asWritten, nil, nil])
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
