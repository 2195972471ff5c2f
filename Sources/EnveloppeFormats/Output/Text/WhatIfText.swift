import Enveloppe

/// `enveloppe whatif`: the calls side by side: cost per household, what an amount funds,
/// what a number of households needs.
struct WhatIfText: Worded {
    let words: Wording

    func render(_ document: WhatIfDocument) -> String {
        let (rows, amount, households) = (document.rows, document.amount, document.households)
        let l = words.language
        var table = TextTable([.left, .right, .right, .right, .right])
        table.add([
            l.pick("Appel", "Call"), l.pick("Coût par ménage", "Cost per household"),
            amount.map { l.pick("Ménages financés par ", "Households funded by ") + f.money($0) } ?? "",
            amount == nil ? "" : l.pick("Reste", "Left over"),
            households.map { l.pick("Enveloppe pour \(f.count($0)) ménages", "Envelope for \(f.count($0)) households") } ?? "",
        ])
        for row in rows {
            table.add([
                row.call.id.rawValue, f.money(row.costPerHousehold), row.funded.map { f.count($0.households) } ?? "",
                row.funded.map { f.money($0.remainder) } ?? "", row.needed.map(f.money) ?? "",
            ])
        }
        var out = [
            l.pick(
                "Comparaison des appels : un ménage = un accompagnement de la durée de l'appel.",
                "Calls compared: one household = one accompaniment of the call's length."), "", table.rendered(), "",
        ]
        for row in rows {
            let basis =
                row.perHousehold.households == 1
                ? f.money(row.perHousehold.amount) + l.pick(" par ménage", " per household")
                : f.money(row.perHousehold.amount) + " / " + f.count(row.perHousehold.households) + l.pick(" ménages", " households")
            out.append("  \(row.call.id)\(l.pick(" : ", ": "))\(basis)")
            out += sourceLines(row.sources, indent: "      ")
        }
        out.append(
            l.pick(
                "  Montants arrondis une fois au centime ; ce qu'un montant ne finance pas en ménages entiers est donné en « reste ».",
                "  Amounts rounded once to the cent; what an amount does not fund in whole households is given as left over."))
        return out.joined(separator: "\n") + "\n"
    }
}
