import Enveloppe

/// What every format of `enveloppe risk` shows, worded once: the inputs, the percentiles, the
/// sentences that read them, the swings. The renderers lay these out; none computes a figure.
struct RiskRows: Worded {
    let words: Wording

    /// « 10 000 tirages, graine 1 ».
    func runs(_ r: RiskReport) -> String {
        language.pick(
            "\(f.count(Int64(r.runs))) tirage\(r.runs > 1 ? "s" : ""), graine \(r.seed)",
            "\(f.count(Int64(r.runs))) run\(r.runs == 1 ? "" : "s"), seed \(r.seed)")
    }

    /// Each input: its label, its law, its central value.
    func inputs(_ r: RiskReport) -> [(label: String, law: String, central: String)] {
        r.inputs.map { input in
            (
                words.riskInput(input, funders: r.funderNames), words.riskLaw(input.distribution, of: input.kind),
                words.riskValue(input.distribution.median, of: input.kind)
            )
        }
    }

    /// The headers of the percentile table.
    var percentileHeaders: [String] {
        [
            "", language.pick("P10", "P10"), language.pick("P50 (médiane)", "P50 (median)"), language.pick("P90", "P90"),
            language.pick("Scénario tel qu'écrit", "Scenario as written"),
        ]
    }

    /// The low point and the final result: P10, P50, P90 and the scenario as written.
    func percentiles(_ r: RiskReport) -> [[String]] {
        [
            [language.pick("Point bas de la trésorerie", "Treasury low point")] + cells(r.lowest) + [f.money(r.asWritten.lowest)],
            [language.pick("Résultat de l'action une fois tout versé", "Result of the action once everything is paid")] + cells(r.finalResult)
                + [f.money(r.asWritten.finalResult)],
        ]
    }

    func cells(_ p: Percentiles) -> [String] { [f.money(p.p10), f.money(p.p50), f.money(p.p90)] }

    /// The shares and amounts a reader looks for, one sentence each.
    func findings(_ r: RiskReport) -> [String] {
        var out = [
            language.pick(
                "La trésorerie passe sous zéro dans \(words.share(r.belowZero)) des tirages (\(f.count(Int64(r.belowZero.count))) sur \(f.count(Int64(r.runs)))).",
                "The treasury goes below zero in \(words.share(r.belowZero)) of the runs (\(f.count(Int64(r.belowZero.count))) of \(f.count(Int64(r.runs))))."
            )
        ]
        if let limit = r.settings.overdraftLimit, let beyond = r.beyondOverdraftLimit {
            out.append(
                language.pick(
                    "Elle descend au-delà du découvert autorisé (\(f.money(limit))) dans \(words.share(beyond)) des tirages.",
                    "It goes beyond the overdraft limit (\(f.money(limit))) in \(words.share(beyond)) of the runs."))
        }
        if let p90 = r.reversementP90 {
            out.append(
                language.pick(
                    "Un reversement est dû dans \(words.share(r.reversement)) des tirages ; quand il l'est, 9 fois sur 10 il ne dépasse pas \(f.money(p90)) (P90).",
                    "A repayment (reversement) is due in \(words.share(r.reversement)) of the runs; when it is, 9 times in 10 it is at most \(f.money(p90)) (P90)."
                ))
        } else {
            out.append(language.pick("Aucun tirage ne finit par un reversement.", "No run ends in a repayment (reversement)."))
        }
        if let cost = r.expectedBridgingCost, let bridging = r.settings.bridging {
            out.append(
                language.pick(
                    "Coût du portage : \(f.money(cost)) en moyenne sur les tirages (le coût attendu), \(f.money(r.asWritten.bridgingCost)) pour le scénario tel qu'écrit (\(words.bridging(bridging))).",
                    "Cost of bridging: \(f.money(cost)) on average over the runs (the expected cost), \(f.money(r.asWritten.bridgingCost)) for the scenario as written (\(words.bridging(bridging)))."
                ))
        }
        return out
    }

    /// The reserve that keeps the account above zero in 9 runs in 10, and above the overdraft limit.
    func reserve(_ r: RiskReport) -> String {
        var text = language.pick(
            "Réserve pour rester au-dessus de zéro dans 9 tirages sur 10 : \(f.money(r.reserve)) de plus que la trésorerie de départ du scénario (l'opposé du P10 du point bas).",
            "Reserve to stay above zero in 9 runs in 10: \(f.money(r.reserve)) more than the scenario's opening cash (the P10 low point, sign reversed)."
        )
        if let limit = r.settings.overdraftLimit, let beyond = r.reserveBeyondOverdraft {
            text += language.pick(
                " Avec le découvert autorisé de \(f.money(limit)), il reste \(f.money(beyond)) à trouver.",
                " With the overdraft limit of \(f.money(limit)), \(f.money(beyond)) is left to find.")
        }
        return text
    }

    /// The headers of the sensitivity table.
    func sensitivityHeaders(_ r: RiskReport) -> [String] {
        [
            language.pick("Entrée seule", "Input alone"), language.pick("de → à", "from → to"),
            language.pick("Point bas", "Low point"), language.pick("Coût par ménage accompagné", "Cost per household accompanied"),
            language.pick("Reversement", "Repayment"),
        ] + (r.settings.bridging == nil ? [] : [language.pick("Coût du portage", "Cost of bridging")])
    }

    /// One row per input: its two values, then each figure at the one and at the other.
    func sensitivity(_ r: RiskReport) -> [[String]] {
        r.sensitivity.map { s in
            [
                words.riskInput(s.input, funders: r.funderNames),
                words.riskValue(s.low, of: s.input.kind) + " → " + words.riskValue(s.high, of: s.input.kind),
                f.money(s.atLow.lowest) + " → " + f.money(s.atHigh.lowest),
                f.money(s.atLow.costPerHousehold) + " → " + f.money(s.atHigh.costPerHousehold),
                f.money(s.atLow.reversement) + " → " + f.money(s.atHigh.reversement),
            ] + (r.settings.bridging == nil ? [] : [f.money(s.atLow.bridgingCost) + " → " + f.money(s.atHigh.bridgingCost)])
        }
    }

    /// What the sensitivity table holds fixed.
    func sensitivityNote(_ r: RiskReport) -> String {
        language.pick(
            "Chaque entrée seule, de sa plus petite à sa plus grande valeur, les autres à leur valeur centrale (la médiane de leur loi) : point bas \(f.money(r.central.lowest)), coût par ménage accompagné \(f.money(r.central.costPerHousehold)), reversement \(f.money(r.central.reversement)) ; le scénario tel qu'écrit, aux valeurs de son fichier et non aux médianes, descend à \(f.money(r.asWritten.lowest)). Les plus grands écarts du point bas d'abord.",
            "Each input alone, from its smallest to its largest value, the others at their central value (the median of their distribution): low point \(f.money(r.central.lowest)), cost per household accompanied \(f.money(r.central.costPerHousehold)), repayment \(f.money(r.central.reversement)); the scenario as written, at its file's values rather than the medians, goes down to \(f.money(r.asWritten.lowest)). The widest swings of the low point first."
        )
    }

    /// The headers of the month-by-month table.
    var monthHeaders: [String] {
        [language.pick("Mois", "Month"), "P10", language.pick("Médiane", "Median"), "P90", language.pick("Tel qu'écrit", "As written")]
    }

    func month(_ m: RiskReport.Month) -> [String] { [f.month(m.month)] + cells(m.treasury) + [f.money(m.asWritten)] }

    /// How the figures are computed and how to read them.
    var method: [String] {
        [
            language.pick(
                "Chaque tirage est calculé au centime par le moteur de enveloppe run (ménages, charges, service fait, mois des versements) ; le point bas et le résultat sont les chiffres tresorerie.point-bas et tresorerie.resultat-final de run. Le même fichier et la même graine donnent toujours le même résultat, quel que soit le nombre de cœurs.",
                "Each run is computed to the cent by the engine of enveloppe run (households, charges, service fait, payment months); the low point and the result are run's tresorerie.point-bas and tresorerie.resultat-final. The same file and seed always give the same result, whatever the number of cores."
            ),
            language.pick(
                "P10, P50, P90 : la valeur que 10 %, 50 %, 90 % des tirages n'excèdent pas (la valeur de rang ⌈p × n / 100⌉, jamais une moyenne). Pour le point bas, le P10 est le cas difficile : 1 tirage sur 10 descend plus bas. Le P10 de chaque fin de mois n'est pas celui du point bas : les tirages n'atteignent pas leur point bas le même mois, si bien que le plus bas des P10 mensuels reste au-dessus du P10 du point bas.",
                "P10, P50, P90: the value 10%, 50%, 90% of the runs do not exceed (the value of rank ⌈p × n / 100⌉, never an average). For the low point, P10 is the hard case: 1 run in 10 goes lower. The P10 of each month-end is not that of the low point: runs do not reach their low point in the same month, so the lowest monthly P10 stays above the low point's P10."
            ),
            language.pick(
                "Les retards s'ajoutent aux conditions de versement (rules.paymentTerms) ; un tirage retarde ensemble l'avance et les versements d'un financeur, un autre son solde. Les sorties anticipées sont réparties sur les mois de chaque convention, les places reprises par la montée en charge après le délai tiré. Coût par ménage accompagné : charges de l'action sur le programme / ménages accompagnés (présents au début ou entrés, places reprises comprises) ; ce n'est pas le coût par ménage de run, qui divise les charges d'une convention par les ménages que prévoit l'appel.",
                "Delays add to the payment terms (rules.paymentTerms); one draw delays a funder's advance and instalments together, another its balance. Early exits are spread over each convention's months, places taken again by the ramp-up after the drawn delay. Cost per household accompanied: the action's charges over the programme / households accompanied (there at the start or entering, places taken again included); not run's cost per household, which divides a convention's charges by the households the call plans."
            ),
        ]
    }
}
