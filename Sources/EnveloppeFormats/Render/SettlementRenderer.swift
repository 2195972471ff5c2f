import Enveloppe

extension Wording {
    /// One line for a bad line of a counts file: `FILE: ligne 5, colonne 3 (mesures) : …`.
    public func message(_ failure: ActualsCSV.Failure, file: String) -> String {
        let location = csvLocation(
            line: failure.line, column: failure.column,
            columns: [language.pick("mois", "month"), language.pick("opérateur", "operator"), language.pick("mesures", "measures")])
        let what: String
        switch failure.problem {
        case .notUTF8: what = language.pick("le fichier n'est pas en UTF-8", "the file is not UTF-8")
        case .unterminatedQuote: what = language.pick("guillemet ouvrant sans guillemet fermant", "opening quote without a closing quote")
        case .empty: what = language.pick("aucun comptage", "no count")
        case .columnCount(let found):
            what = language.pick("attendu 3 colonnes séparées par « ; » (mois;opérateur;mesures), trouvé \(found)",
                                 "expected 3 columns separated by ';' (month;operator;measures), found \(found)")
        case .invalidMonth(let text):
            what = language.pick("attendu un mois AAAA-MM (par ex. 2023-03), trouvé « \(text) »", "expected a month YYYY-MM (e.g. 2023-03), found '\(text)'")
        case .emptyOperator: what = language.pick("identifiant d'opérateur vide", "empty operator identifier")
        case .invalidCount(let text): what = language.pick("attendu un nombre de ménages, trouvé « \(text) »", "expected a number of households, found '\(text)'")
        case .negativeCount(let text): what = language.pick("attendu un nombre positif ou nul, trouvé « \(text) »", "expected zero or more, found '\(text)'")
        case .notWhole(let text): what = language.pick("attendu un nombre entier de ménages, trouvé « \(text) »", "expected a whole number of households, found '\(text)'")
        }
        return "\(file): \(location)\(language.pick(" : ", ": "))\(what)"
    }

    /// One line for a count that cannot be settled.
    public func message(_ error: ActualsError, file: String) -> String {
        let what: String
        switch error.problem {
        case .unknownOperator(let id, let known):
            what = language.pick("opérateur inconnu « \(id) » ; opérateurs du scénario : \(known.joined(separator: ", "))",
                                 "unknown operator '\(id)'; the scenario's operators: \(known.joined(separator: ", "))")
        case .monthOutsideConvention(let month, let programme):
            what = language.pick("\(format.month(month)) est hors de la convention (\(format.period(programme)))",
                                 "\(format.month(month)) is outside the convention (\(format.period(programme)))")
        case .duplicate(let first):
            what = language.pick("ce mois est déjà compté pour cet opérateur, ligne \(first)", "this month is already counted for this operator, line \(first)")
        case .aboveCapacity(let measures, let capacity):
            what = language.pick("\(measures) ménages dépassent les \(capacity) places de l'opérateur", "\(measures) households exceed the operator's \(capacity) places")
        }
        return "\(file): " + language.pick("ligne \(error.line) : ", "line \(error.line): ") + what
    }
}

/// `enveloppe settle`: planned and actual side by side, per operator and line, with the
/// balance or reversement, the shape of the compte-rendu financier (CERFA 15059).
public struct SettlementRenderer: Sendable {
    let words: Wording
    var f: Formatter { words.format }
    var language: Language { words.language }

    public init(_ language: Language) { words = Wording(language) }

    func percent(_ gap: Money, of planned: Money) -> String {
        guard planned.cents != 0 else { return "" }
        return f.rate(Rate(gap.cents, over: planned.cents).rounded(toPercentDecimals: 1))
    }

    func explanation(_ op: Settlement.OperatorSettlement, _ line: Settlement.LineSettlement) -> String {
        let l = language
        var parts: [String] = []
        if let planned = line.plannedUnitMonths, let actual = line.unitMonthsForYear, planned != actual {
            let difference = (actual - planned) / 100
            parts.append(l.pick("\(f.count(abs(difference))) mesures-mois \(difference < 0 ? "de moins" : "de plus") que prévu",
                                "\(f.count(abs(difference))) household-months \(difference < 0 ? "fewer" : "more") than planned"))
        }
        if line.line.unit == .fte { parts.append(l.pick("ligne en ETP : réglée sur le plan", "FTE line: settled on the plan")) }
        if !op.monthsWithoutCount.isEmpty && line.line.unit != .fte {
            parts.append(l.pick("mois sans comptage (comptés zéro) : ", "months without a count (taken as zero): ") + op.monthsWithoutCount.map(f.month).joined(separator: ", "))
        }
        if line.isSignificant { parts.insert(l.pick("ÉCART SIGNIFICATIF à expliquer", "SIGNIFICANT GAP to explain"), at: 0) }
        return parts.joined(separator: " ; ")
    }

    /// Whether the figures are final, incomplete or a forecast.
    func status(_ s: Settlement) -> String {
        let l = language
        if s.isComplete { return l.pick("Tous les mois sont comptés : chiffres définitifs.", "Every month is counted: final figures.") }
        if s.isForecast {
            return l.pick("Comptages jusqu'en \(s.lastCounted.map(f.month) ?? "—") ; au-delà, le plan : chiffres de l'année prévisionnels.",
                          "Counted up to \(s.lastCounted.map(f.month) ?? "—"); beyond, the plan: the year's figures are a forecast.")
        }
        return l.pick("Comptages jusqu'en \(s.lastCounted.map(f.month) ?? "—"), mais des mois manquent (comptés zéro, signalés ci-dessous) : chiffres à compléter.",
                      "Counted up to \(s.lastCounted.map(f.month) ?? "—"), but months are missing (taken as zero, flagged below): figures to complete.")
    }

    public func text(_ s: Settlement) -> String {
        let l = language
        var out = [s.title, l.pick("Service fait et solde, d'après les comptages mensuels — convention ", "Service fait and balance, from the monthly counts — convention ") + f.period(s.period)]
        out.append(status(s))
        out.append(l.pick("Écart significatif : à partir de \(f.rate(s.threshold)) du prévu (seuil choisi, aucun texte n'en fixe).",
                          "Significant gap: from \(f.rate(s.threshold)) of the plan (a chosen threshold; no text sets one)."))
        for op in s.operators {
            out.append("")
            out.append(op.name + l.pick(" — mesures-mois : prévu \(f.count(op.plannedMeasureMonths)), compté \(f.count(op.countedMeasureMonths))",
                                        " — household-months: planned \(f.count(op.plannedMeasureMonths)), counted \(f.count(op.countedMeasureMonths))"))
            var table = TextTable([.left, .right, .right, .right, .right, .right, .right, .right, .right])
            table.add([l.pick("Ligne", "Line"), l.pick("Prévu", "Planned"), l.pick("Réalisé à date", "Actual to date"),
                       l.pick("Année", "Year"), l.pick("Écart", "Gap"), "%", l.pick("Avance", "Advance"), l.pick("Solde", "Balance"),
                       l.pick("Reversement", "Repayment")])
            for line in op.lines {
                table.add([line.line.label, f.money(line.plannedServiceFait), f.money(line.serviceFaitToDate), f.money(line.serviceFaitForYear),
                           f.money(line.gap), percent(line.gap, of: line.plannedServiceFait), f.money(line.advance), f.money(line.balance),
                           f.money(line.reversement)])
            }
            out.append(table.rendered())
            for line in op.lines {
                let text = explanation(op, line)
                if !text.isEmpty { out.append("    " + line.line.label + l.pick(" : ", ": ") + text) }
            }
        }
        out.append("")
        out.append(l.pick("  Service fait = mesures-mois comptées × prix de la ligne, arrondi une fois ; dû = min(service fait, subvention) ; solde = dû − avance, ou reversement = avance − dû.",
                          "  Service fait = household-months counted × the line's price, rounded once; due = min(service fait, grant); balance = due − advance, or repayment = advance − due."))
        for source in s.sources.uniquedCitations() { out.append("  " + l.pick("Source : ", "Source: ") + words.citation(source)) }
        return out.joined(separator: "\n") + "\n"
    }

    public func csv(_ s: Settlement) -> [UInt8] {
        let l = language
        let euros = { (m: Money) in CSVRenderer.decimalComma(plain(cents: m.cents)) }
        var rows = [[l.pick("opérateur", "operator"), l.pick("ligne", "line"), l.pick("prévu", "planned"), l.pick("réalisé à date", "actual to date"),
                     l.pick("année", "year"), l.pick("écart", "gap"), l.pick("écart (%)", "gap (%)"), l.pick("avance", "advance"),
                     l.pick("solde", "balance"), l.pick("reversement", "repayment"), l.pick("explication", "explanation")]]
        for op in s.operators {
            for line in op.lines {
                let pct = percent(line.gap, of: line.plannedServiceFait).split(separator: "\u{00A0}").first.map(String.init) ?? ""
                rows.append([op.name, line.line.label, euros(line.plannedServiceFait), euros(line.serviceFaitToDate), euros(line.serviceFaitForYear),
                             euros(line.gap), pct, euros(line.advance), euros(line.balance), euros(line.reversement), explanation(op, line)])
            }
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }

    public func html(_ s: Settlement) -> String {
        let e = HTML.escape
        let l = language
        var body = "<header><p class=\"kicker\">\(e(l.pick("Compte-rendu financier : prévu et réalisé (CERFA 15059)", "Financial report: planned and actual (CERFA 15059)")))</p><h1>\(e(s.title))</h1><p class=\"meta\">\(e(f.period(s.period)))</p></header>"
        if !s.isComplete { body += "<aside class=\"assumption\">" + e(status(s)) + "</aside>" }
        for op in s.operators {
            body += "<section><h2>\(e(op.name))</h2><table><thead><tr>"
            for header in [l.pick("Ligne", "Line"), l.pick("Prévu", "Planned"), l.pick("Réalisé à date", "To date"), l.pick("Année", "Year"), l.pick("Écart", "Gap"), "%", l.pick("Solde", "Balance"), l.pick("Reversement", "Repayment"), l.pick("Explication", "Explanation")] {
                body += "<th>\(e(header))</th>"
            }
            body += "</tr></thead><tbody>"
            for line in op.lines {
                let cells = [f.money(line.plannedServiceFait), f.money(line.serviceFaitToDate), f.money(line.serviceFaitForYear), f.money(line.gap), percent(line.gap, of: line.plannedServiceFait), f.money(line.balance), f.money(line.reversement)]
                body += "<tr\(line.isSignificant ? " class=\"red\"" : "")><td>\(e(line.line.label))</td>" + cells.map { "<td class=\"num\">\(e($0))</td>" }.joined() + "<td class=\"source\">\(e(explanation(op, line)))</td></tr>"
            }
            body += "</tbody></table></section>"
        }
        return HTMLRenderer.page(title: s.title, language: l, body: body)
    }
}
