import Enveloppe

/// The words of `enveloppe risk`: the uncertain inputs, their values and laws, shares of runs.
extension Wording {
    /// « Retard de l'avance — État – DDETS de l'Hérault ».
    func riskInput(_ input: RiskInput, funders: [String: String]) -> String {
        switch input.kind {
        case .advanceDelay(let funder):
            language.pick("Retard de l'avance et des versements", "Advance and instalments late") + " — " + (funders[funder] ?? funder)
        case .balanceDelay(let funder): language.pick("Retard du solde", "Balance late") + " — " + (funders[funder] ?? funder)
        case .rampUp: language.pick("Entrées par mois (montée en charge)", "Households entering per month (ramp-up)")
        case .earlyExitRate: language.pick("Sorties anticipées (part des places, par convention)", "Early exits (share of places, per convention)")
        case .refillDelay: language.pick("Place libérée restant vide", "Freed place left empty")
        case .staffVacancy: language.pick("Vacance de chaque poste à son ouverture", "Each post vacant when it opens")
        }
    }

    /// A value of an input in its unit: « 3 mois », « 4 ménages par mois », « 5 % ».
    func riskValue(_ value: Int64, of kind: RiskInput.Kind) -> String {
        switch kind {
        case .earlyExitRate: format.rate(Rate(value, over: 10_000))
        case .rampUp: format.count(value) + language.pick(" par mois", " a month")
        default: format.count(value) + language.pick(" mois", value == 1 ? " month" : " months")
        }
    }

    /// The law of an input, as the scenario states it: « de 0 à 6 mois, 2 le plus probable ».
    func riskLaw(_ distribution: Distribution, of kind: RiskInput.Kind) -> String {
        let number = { (v: Int64) in kind == .earlyExitRate ? self.format.rate(Rate(v, over: 10_000)) : self.format.count(v) }
        let unit =
            switch kind {
            case .earlyExitRate: ""
            case .rampUp: language.pick(" par mois", " a month")
            default: language.pick(" mois", " months")
            }
        let list = { (items: [String]) in
            items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + self.language.pick(" ou ", " or ") + items.last!
        }
        switch distribution {
        case .fixed(let v): return riskValue(v, of: kind)
        case .uniform(let min, let max):
            return language.pick(
                "de \(number(min)) à \(number(max))\(unit), chaque valeur également probable",
                "\(number(min)) to \(number(max))\(unit), all values equally likely")
        case .triangular(let min, let likely, let max):
            return language.pick(
                "de \(number(min)) à \(number(max))\(unit), \(number(likely)) le plus probable",
                "\(number(min)) to \(number(max))\(unit), most likely \(number(likely))")
        case .weighted(let items):
            let weights = items.map { format.count($0.weight) }
            return list(items.map { number($0.value) }) + unit
                + (Set(weights).count == 1
                    ? language.pick(", également probables", ", equally likely")
                    : language.pick(", poids ", ", weights ") + weights.joined(separator: language.pick(" : ", ":")))
        }
    }

    /// What bridging costs, as the scenario states it.
    func bridging(_ bridging: RiskSettings.Bridging) -> String {
        switch bridging {
        case .overdraft(let rate):
            language.pick(
                "découvert à \(format.rate(rate)) l'an, un douzième par mois sur chaque fin de mois sous zéro",
                "overdraft at \(format.rate(rate)) a year, a twelfth a month on each month-end below zero")
        case .assignment(let rate):
            language.pick(
                "cession de créance à \(format.rate(rate)) du montant le plus haut à trouver",
                "assignment of the grant at \(format.rate(rate)) of the largest amount to find")
        }
    }

    /// A share of runs, to a tenth of a percent: « 85,7 % ».
    func share(_ share: RunShare) -> String { format.rate(share.rate.rounded(toPercentDecimals: 1)) }
}
