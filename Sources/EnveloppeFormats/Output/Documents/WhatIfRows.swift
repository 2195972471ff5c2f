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
        [row.call.id.rawValue, f.money(row.costPerHousehold)]
            + (document.amount == nil ? [] : [row.funded.map { f.count($0.households) } ?? "", row.funded.map { f.money($0.remainder) } ?? ""])
            + (document.households == nil ? [] : [row.needed.map(f.money) ?? ""])
    }

    /// How a call's cost per household is computed: « 577 000,00 € / 64 ménages », « 7 000,00 € par ménage ».
    func basis(_ row: WhatIf.Row) -> String {
        row.perHousehold.households == 1
            ? f.money(row.perHousehold.amount) + language.pick(" par ménage", " per household")
            : f.money(row.perHousehold.amount) + " / " + f.count(row.perHousehold.households) + language.pick(" ménages", " households")
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
