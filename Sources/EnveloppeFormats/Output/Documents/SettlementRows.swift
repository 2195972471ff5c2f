import Enveloppe

/// What every format of `enveloppe settle` says beside the figures: the gap in percent, the
/// explanation of each convention's line, whether the figures are final, the groups shown.
struct SettlementRows: Worded {
    let words: Wording
    /// Whether some convention settled was paid instalments after its advance: its « advance » is then everything
    /// paid before the balance, and the column and the rule say « avance et acomptes ».
    var instalments = false

    func percent(_ gap: Money, of planned: Money) -> String {
        guard planned.cents != 0 else { return "" }
        return f.rate(Rate(gap.cents, over: planned.cents).rounded(toPercentDecimals: 1))
    }

    /// The conventions settled, grouped by period and holder, in order: one table each.
    func groups(_ s: Settlement) -> [(period: Period, holder: String, rows: [Settlement.ConventionSettlement])] {
        // One pass: conventions come by period, then line, then holder; each (period, holder) keeps its first place.
        struct Key: Hashable {
            let period: Int
            let holder: OperatorID?
        }
        var order: [Key] = []
        var rows: [Key: [Settlement.ConventionSettlement]] = [:]
        for c in s.conventions {
            let key = Key(period: c.periodIndex, holder: c.holder)
            if rows[key] == nil { order.append(key) }
            rows[key, default: []].append(c)
        }
        return order.map { key in
            let group = rows[key]!
            return (group[0].period, s.holderName(group[0]), group)
        }
    }

    /// A convention's heading: its period and holder, then, when counts are missing for it (months before the last
    /// counted, taken as zero), « à compléter » and those months, and when its months go on past the last counted,
    /// « prévisionnel » from then: in either case its balance is not yet what is owed.
    func heading(_ s: Settlement, _ group: (period: Period, holder: String, rows: [Settlement.ConventionSettlement])) -> String {
        let l = language
        let period = group.period
        let missing = monthsWithoutCount(s, group.rows.first?.holder, in: period)
        var note =
            missing.isEmpty
            ? ""
            : l.pick(" — à compléter : ", " — to complete: ") + missing.map(f.month).joined(separator: ", ")
                + l.pick(" sans comptage", " without a count")
        if let last = s.lastCounted, last < period.end {
            note += l.pick(" — prévisionnel après ", " — forecast after ") + f.month(last)
        }
        return l.pick("Convention ", "Convention ") + f.period(period) + " — " + group.holder + note
    }

    /// A totals row's name, « (à compléter) » after it when months of its counts are missing (`operatorID` for an
    /// operator's own, `nil` for the whole settlement), « (prévisionnel) » when the conventions go on past the last
    /// month counted.
    func totalName(_ s: Settlement, _ name: String, _ operatorID: OperatorID?) -> String {
        let mark = provisionalMarks(s, operatorID)
        return mark.isEmpty ? name : name + " (" + mark + ")"
    }

    /// « à compléter » when months of the counts of `operatorID` (of any operator: `nil`) are missing, « prévisionnel »
    /// when the months after the last counted come from the plan, both when both; empty for final figures.
    func provisionalMarks(_ s: Settlement, _ operatorID: OperatorID?) -> String {
        var marks: [String] = []
        if !monthsWithoutCount(s, operatorID).isEmpty { marks.append(language.pick("à compléter", "to complete")) }
        if s.isForecast { marks.append(language.pick("prévisionnel", "forecast")) }
        return marks.joined(separator: ", ")
    }

    /// The months without a count (taken as zero) of an operator, or of every operator (`nil`), in order, each once;
    /// with `period`, only those of that convention (a month missing in the next one leaves this one final).
    private func monthsWithoutCount(_ s: Settlement, _ operatorID: OperatorID?, in period: Period? = nil) -> [YearMonth] {
        let all = operatorID.map { s.activityByOperator[$0]?.monthsWithoutCount ?? [] } ?? s.activity.flatMap(\.monthsWithoutCount)
        return Array(Set(all)).filter { month in period.map { $0.contains(month) } ?? true }.sorted()
    }

    func explanation(_ s: Settlement, _ c: Settlement.ConventionSettlement) -> String {
        let l = language
        var parts: [String] = []
        if let planned = c.plannedUnitMonths, let actual = c.unitMonthsForYear, planned != actual {
            let difference = (actual - planned) / 100
            parts.append(
                l.pick(
                    "\(f.count(abs(difference))) \(f.unitMonthName(c.line.unit)) \(difference < 0 ? "de moins" : "de plus") que prévu",
                    "\(f.count(abs(difference))) \(f.unitMonthName(c.line.unit)) \(difference < 0 ? "fewer" : "more") than planned"))
        }
        if c.line.unit == .fte {
            parts.append(
                l.pick(
                    "ligne financée en ETP, soldée sur l'équipe prévue, sans comptage",
                    "line funded per FTE, settled on the planned team, without counts"))
        }
        let missing = monthsWithoutCount(s, c.holder, in: c.period)
        if !missing.isEmpty && c.line.unit != .fte {
            parts.append(
                l.pick("mois sans comptage (comptés zéro) : ", "months without a count (taken as zero): ")
                    + missing.map(f.month).joined(separator: ", "))
        }
        if c.isSignificant { parts.insert(l.pick("ÉCART SIGNIFICATIF à expliquer", "SIGNIFICANT GAP to explain"), at: 0) }
        return parts.joined(separator: listSeparator)
    }

    /// Whether the figures are final, incomplete or a forecast; then the operators the counts never name.
    func status(_ s: Settlement) -> String {
        let l = language
        let last = s.lastCounted.map(f.month) ?? "—"
        let uncounted = s.activity.filter(\.isUncounted).map(\.name)
        let none =
            uncounted.isEmpty
            ? ""
            : l.pick(
                " Aucun comptage pour \(uncounted.joined(separator: ", ")) : \(uncounted.count > 1 ? "leurs" : "ses") mois jusqu'en \(last) sont comptés zéro ; vérifiez que \(uncounted.count > 1 ? "leurs" : "ses") lignes n'ont pas été oubliées dans le fichier.",
                " No count for \(uncounted.joined(separator: ", ")): \(uncounted.count > 1 ? "their" : "its") months up to \(last) are taken as zero; check that \(uncounted.count > 1 ? "their" : "its") lines were not left out of the file."
            )
        if s.isComplete { return l.pick("Tous les mois sont comptés : chiffres définitifs.", "Every month is counted: final figures.") }
        if s.isForecast {
            return l.pick(
                "Comptages jusqu'en \(last) ; au-delà, le plan : chiffres de l'année prévisionnels.",
                "Counted up to \(last); beyond, the plan: the year's figures are a forecast.") + none
        }
        return l.pick(
            "Comptages jusqu'en \(last), mais des mois manquent (comptés zéro, signalés ci-dessous) : chiffres à compléter.",
            "Counted up to \(last), but months are missing (taken as zero, flagged below): figures to complete.") + none
    }

    /// From what share of the plan a gap is significant, and that no text sets it.
    func threshold(_ s: Settlement) -> String {
        language.pick(
            "Écart significatif : à partir de \(f.rate(s.threshold)) du prévu (seuil choisi, aucun texte n'en fixe).",
            "Significant gap: from \(f.rate(s.threshold)) of the plan (a chosen threshold; no text sets one).")
    }

    /// The activity table's title, headers and each operator's row: household-months counted against the plan to date.
    var activityTitle: String { language.pick("Activité (mesures-mois)", "Activity (household-months)") }

    var activityHeaders: [String] {
        let l = language
        return [
            l.pick("Structure", "Operator"), l.pick("Prévu à date", "Planned to date"), l.pick("Compté", "Counted"), l.pick("Écart", "Gap"),
            l.pick("Prévu (conventions)", "Planned (conventions)"),
        ]
    }

    /// The column the workbook and the CSV add after ``activityHeaders``: the months taken as zero.
    var monthsWithoutCountHeader: String {
        language.pick("Mois sans comptage (comptés zéro)", "Months without a count (taken as zero)")
    }

    func activityCells(_ a: Settlement.OperatorActivity) -> [String] {
        [
            a.name, f.count(a.plannedMeasureMonthsToDate), f.count(a.countedMeasureMonths),
            f.count(a.countedMeasureMonths - a.plannedMeasureMonthsToDate), f.count(a.plannedMeasureMonths),
        ]
    }

    /// The headline: the households counted to date against the plan to date, not the whole year.
    func headline(_ s: Settlement) -> String {
        let planned = s.activity.reduce(0) { $0 + $1.plannedMeasureMonthsToDate }
        let counted = s.activity.reduce(0) { $0 + $1.countedMeasureMonths }
        let last = s.lastCounted.map(f.month) ?? "—"
        return language.pick(
            "Jusqu'en \(last) : \(f.count(counted)) mesures-mois comptées pour \(f.count(planned)) prévues à date (\(percent(Money(cents: counted - planned), of: Money(cents: planned)))).",
            "Up to \(last): \(f.count(counted)) household-months counted for \(f.count(planned)) planned to date (\(percent(Money(cents: counted - planned), of: Money(cents: planned))))."
        )
    }

    /// What the report is, from which counts, over which conventions: the text's, the page's and the workbook's heading.
    func heading(_ s: Settlement, countsFile: String?) -> String {
        let l = language
        let counts =
            countsFile.map { l.pick("d'après les comptages mensuels de \($0)", "from the monthly counts in \($0)") }
            ?? l.pick("d'après les comptages mensuels", "from the monthly counts")
        return l.pick("Service fait et solde, \(counts) — conventions : ", "Service fait and balance, \(counts) — conventions: ")
            + s.periods.map(f.period).joined(separator: ", ")
    }

    /// The columns of a convention's table, named as the workbook names them (and the CSV, in small letters).
    var headers: [String] {
        let l = language
        return [
            l.pick("Ligne", "Line"), l.pick("Subvention", "Grant"), l.pick("Service fait prévu", "Planned service fait"),
            l.pick("Service fait à date", "Service fait to date"), l.pick("Service fait de l'année", "Service fait for the year"),
            l.pick("Écart", "Gap"), l.pick("Écart en %", "Gap in %"), paidBefore, l.pick("Solde", "Balance"), l.pick("Reversement", "Repayment"),
        ]
    }

    /// ``headers`` in the text's hundred characters and on an A4 page: the three service fait by what tells them apart
    /// (« Prévu », « À date », « Année »), which ``compactLegend`` says.
    var compactHeaders: [String] {
        let l = language
        return [
            l.pick("Ligne", "Line"), l.pick("Subvention", "Grant"), l.pick("Prévu", "Planned"), l.pick("À date", "To date"),
            l.pick("Année", "Year"), l.pick("Écart", "Gap"), "%", paidBefore, l.pick("Solde", "Balance"), l.pick("Reversement", "Repayment"),
        ]
    }

    /// What the text's short column names stand for.
    var compactLegend: String {
        language.pick(
            "Prévu, À date, Année : le service fait prévu, à date et de l'année ; % : l'écart en % du service fait prévu.",
            "Planned, To date, Year: the service fait planned, to date and for the year; %: the gap in % of the planned service fait.")
    }

    /// Where what was paid begins among ``headers`` (``paidBefore``): a table too wide for the page is cut there.
    let firstPaymentColumn = 7

    /// What was paid before the balance, as a column names it: « Avance », or « Avance et acomptes » when some
    /// convention was paid instalments after its advance.
    var paidBefore: String { words.paidAhead(instalments: instalments) }

    /// A convention's amounts, in the order of ``headers`` (after the line's name).
    func cells(_ c: Settlement.ConventionSettlement) -> [String] {
        [
            f.money(c.grant), f.money(c.plannedServiceFait), f.money(c.serviceFaitToDate), f.money(c.serviceFaitForYear), f.money(c.gap),
            percent(c.gap, of: c.plannedServiceFait), f.money(c.advance), f.money(c.balance), f.money(c.reversement),
        ]
    }

    /// Totals' amounts, in the order of ``headers`` (after the name).
    func cells(_ t: Settlement.Totals) -> [String] {
        [
            f.money(t.grant), f.money(t.plannedServiceFait), f.money(t.serviceFaitToDate), f.money(t.serviceFaitForYear), f.money(t.gap),
            percent(t.gap, of: t.plannedServiceFait), f.money(t.advance), f.money(t.balance), f.money(t.reversement),
        ]
    }

    /// The rule and its sources, in one sentence.
    var rule: String {
        let paid = words.paidAheadTerm(instalments: instalments)
        return language.pick(
            "Service fait = unités-mois comptées × montant de la convention / unités-mois qu'il finance, arrondi une fois ; dû = min(service fait, subvention) ; solde = dû − \(paid), ou reversement = \(paid) − dû.",
            "Service fait = unit-months counted × the convention's amount / the unit-months it funds, rounded once; due = min(service fait, grant); balance = due − \(paid), or repayment = \(paid) − due."
        )
    }
}
