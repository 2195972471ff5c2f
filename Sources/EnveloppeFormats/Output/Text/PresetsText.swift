import Enveloppe

/// `enveloppe presets`: each call with its parameters and their sources.
struct PresetsText: Worded {
    let words: Wording

    func render(_ calls: [Call]) -> String {
        let l = words.language
        let f = words.format
        let colon = l.pick(" : ", ": ")
        var out: [String] = []
        for call in calls {
            out.append("\(call.id)")
            out.append("  \(call.title)")
            out += "\(call.publisher) — source\(colon)\(call.sourceName)".wrapped(first: "  ", then: "    ")
            var rows: [(String, String, Citation?)] = []
            for line in call.lines {
                switch line.pricing {
                case .fixed(let amount, let units, let months):
                    let value =
                        amount.map { f.money($0.value) }
                        ?? l.pick("montant non fixé, à donner dans le scénario", "amount not stated, to be given in the scenario")
                    rows.append(
                        (
                            "\(line.label) (\(line.funder.name))",
                            "\(value) — \(f.units(hundredths: units.value, unit: line.unit)) × \(months) \(l.pick("mois", "months"))",
                            amount?.citation ?? units.citation
                        ))
                case .perUnitYear(let rate):
                    rows.append(
                        (
                            "\(line.label) (\(line.funder.name))", f.money(rate.value) + l.pick(" par ménage et par an", " per household per year"),
                            rate.citation
                        ))
                }
            }
            if let total = call.envelopeTotal { rows.append((l.pick("Enveloppe totale", "Envelope total"), f.money(total.value), total.citation)) }
            if let households = call.households { rows.append((l.pick("Ménages", "Households"), f.count(households.value), households.citation)) }
            for quota in call.territoryQuotas {
                rows.append((l.pick("Mesures ", "Measures ") + quota.territory, f.count(quota.measures.value), quota.measures.citation))
            }
            if let team = call.team {
                rows.append((l.pick("Équipe", "Team"), f.fte(team.requiredFTE.value), team.requiredFTE.citation))
                if let minimum = team.minimumManagementFTE {
                    rows.append((l.pick("Encadrement minimum", "Minimum management"), f.fte(minimum.value), minimum.citation))
                }
            }
            if let cap = call.cap {
                rows.append(
                    (
                        l.pick("Plafond des charges", "Cap on charges"),
                        "\(f.rate(cap.rate.value)) \(words.capBaseText(cap.base.value)), \(l.pick("sur les", "on")) \(words.capScopeText(cap.scope.value))",
                        cap.rate.citation
                    ))
            }
            if let terms = call.paymentTerms {
                rows.append((l.pick("Avance", "Advance"), f.rate(terms.value.advanceRate), terms.citation))
            } else {
                rows.append(
                    (
                        l.pick("Conditions de versement", "Payment terms"),
                        l.pick(
                            "non fixées par le texte, à donner dans le scénario (rules.paymentTerms)",
                            "not stated by the text, to be given in the scenario (rules.paymentTerms)"), nil
                    ))
            }
            rows.append((l.pick("Convention", "Convention"), f.period(call.convention.value), call.convention.citation))
            rows.append(
                (
                    l.pick("Accompagnement", "Accompaniment"), "\(call.accompanimentMonths.value) \(l.pick("mois", "months"))",
                    call.accompanimentMonths.citation
                ))
            for (label, value, citation) in rows {
                out += "\(label)\(colon)\(value)".wrapped(first: "  - ", then: "    ")
                if let citation { out += words.citation(citation).wrapped(first: "      ", then: "        ") }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
