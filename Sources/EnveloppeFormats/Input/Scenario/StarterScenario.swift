import Enveloppe

/// The scenario `enveloppe init PRESET FILE` writes: small, valid, and
/// computable as it is, with example values to replace.
public enum StarterScenario {
    /// Amounts a starter needs where the source states none. The 2023 report
    /// gives no amounts; the example takes the 2024 call's unit costs for 60
    /// dwellings and 7,5 ETP (350 000 € × 60/64, 227 000 € × 7,5/8).
    static let exampleAmounts: [String: [String: String]] = [
        "bail-dabord-montpellier-2023": ["iml": "328 125", "fsl": "212 812,50"]
    ]

    public static func json(for presetID: String) -> String? {
        guard let call = Presets.named(PresetID(presetID)) else { return nil }
        var rules: [JSONValue.Member] = []
        let missing = call.lines.filter { if case .fixed(nil, _, _) = $0.pricing { return true } else { return false } }
        if !missing.isEmpty {
            rules.append(
                .init(
                    key: "lines",
                    value: .object(
                        missing.map { line in
                            .init(key: line.id.rawValue, value: .object(["amount": .string(exampleAmounts[presetID]?[line.id.rawValue] ?? "0")]))
                        })))
        }
        if call.paymentTerms == nil {
            rules.append(.init(key: "paymentTerms", value: .object(["advanceRate": .string("60 %")])))
        }
        var members: [JSONValue.Member] = [
            .init(key: "title", value: .string("Nouveau scénario : \(call.title)")),
            .init(
                key: "description",
                value: .string(
                    "Scénario de départ écrit par `enveloppe init` : remplacez les structures, ménages, postes et coûts d'exemple par les vôtres, et dites ici vos hypothèses."
                        + (call.paymentTerms == nil
                            ? " L'appel ne fixe pas les conditions de versement : l'avance de 60 % est une hypothèse à confirmer." : "")
                        + (missing.isEmpty ? "" : " Le texte source ne donne pas les montants : ceux d'exemple sont à remplacer."))),
            .init(key: "preset", value: .string(call.id.rawValue)),
        ]
        if !rules.isEmpty { members.append(.init(key: "rules", value: .object(rules))) }
        members.append(.init(key: "operators", value: .array(operators(for: call))))
        return JSONWriter.write(.object(members))
    }

    private static func operators(for call: Call) -> [JSONValue] {
        if !call.territoryQuotas.isEmpty {
            return call.territoryQuotas.enumerated().map { index, quota in
                .object([
                    "id": .string("structure-\(index + 1)"), "name": .string("Structure \(index + 1) (à renommer)"),
                    "territory": .string(quota.territory), "households": .number(String(quota.measures.value)),
                ])
            }
        }
        var staff: [JSONValue] = []
        if let team = call.team {
            let management = team.minimumManagementFTE?.value.hundredths ?? 50
            staff.append(post("Chef·fe de service (CAFERUIS)", "management", management, "67 000"))
            staff.append(post("Travailleur·se social·e diplômé·e d'État", "socialWork", team.requiredFTE.value.hundredths - management, "52 000"))
        } else {
            staff.append(post("Travailleur·se social·e diplômé·e d'État", "socialWork", 100, "52 000"))
        }
        return [
            .object([
                "id": .string("association"), "name": .string("Votre association (à renommer)"),
                "households": .number(String(call.households?.value ?? 10)), "staff": .array(staff),
            ])
        ]
    }

    private static func post(_ title: String, _ role: String, _ hundredths: Int64, _ cost: String) -> JSONValue {
        .object([
            "title": .string(title), "role": .string(role), "fte": .number(plain(hundredths: hundredths)),
            "annualCostPerFTE": .string(cost),
        ])
    }
}
