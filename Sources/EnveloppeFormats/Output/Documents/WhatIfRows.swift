import Enveloppe

/// What every format of `enveloppe whatif` shows, worded once: the headers and each call's cells.
struct WhatIfRows: Worded {
    let words: Wording

    func headers(_ document: WhatIfDocument) -> [String] {
        let l = language
        return [l.pick("Appel", "Call"), l.pick("Coût par ménage", "Cost per household")]
            + (document.amount.map { [l.pick("Ménages financés par ", "Households funded by ") + f.money($0), l.pick("Reste", "Left over")] } ?? [])
            + (document.households.map { [l.pick("Enveloppe pour \(f.count($0)) ménages", "Envelope for \(f.count($0)) households")] } ?? [])
    }

    func cells(_ row: WhatIf.Row, _ document: WhatIfDocument) -> [String] {
        [row.call.shortName, f.money(row.costPerHousehold)]
            + (document.amount == nil ? [] : [row.funded.map { f.count($0.households) } ?? "", row.funded.map { f.money($0.remainder) } ?? ""])
            + (document.households == nil ? [] : [row.needed.map(f.money) ?? ""])
    }

    /// How a call's cost per household is computed: « 577 000,00 € / 64 ménages », « 7 000,00 € par ménage ». Where
    /// the cost is a quotient, what an amount funds is computed from the exact quotient, rounded once: said, so that
    /// the remainder can be checked (25 households cost 577 000 × 25 / 64 = 225 390,63 €, not 25 × 9 015,63 €).
    func basis(_ row: WhatIf.Row) -> String {
        guard row.perHousehold.households != 1 else { return f.money(row.perHousehold.amount) + language.pick(" par ménage", " per household") }
        let quotient = f.money(row.perHousehold.amount) + " / " + f.count(row.perHousehold.households) + language.pick(" ménages", " households")
        // Said only where rounding once differs from multiplying the rounded cost (never for a cost that divides exactly).
        guard let funded = row.funded, funded.households > 1, let amount = try? row.costOfFunded,
            (try? row.costPerHousehold.multiplied(by: funded.households)) != amount
        else { return quotient }
        let count = f.count(funded.households)
        return quotient
            + language.pick(
                " ; \(count) ménages : \(f.money(row.perHousehold.amount)) × \(count) / \(f.count(row.perHousehold.households)) = \(f.money(amount)), arrondi une fois (pas \(count) × \(f.money(row.costPerHousehold)))",
                "; \(count) households: \(f.money(row.perHousehold.amount)) × \(count) / \(f.count(row.perHousehold.households)) = \(f.money(amount)), rounded once (not \(count) × \(f.money(row.costPerHousehold)))"
            )
    }

    var heading: String {
        language.pick(
            "Comparaison des appels : un ménage = un accompagnement de la durée de l'appel.",
            "Calls compared: one household = one accompaniment of the call's length.")
    }

    var note: String {
        language.pick(
            "Montants arrondis une fois au centime ; ce qu'un montant ne finance pas en ménages entiers est donné en « reste ».",
            "Amounts rounded once to the cent; what an amount does not fund in whole households is given as left over.")
    }
}
