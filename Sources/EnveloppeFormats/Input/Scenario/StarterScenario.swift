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

    /// The starter as JSON, its title, description and example names in `language` (the workbook's template, whose
    /// sheets a reader finds by their French names, stays French).
    public static func json(for presetID: String, language: Language = .fr) -> String? {
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
            .init(key: "title", value: .string(language.pick("Nouveau scénario : ", "New scenario: ") + call.title)),
            .init(
                key: "description",
                value: .string(
                    language.pick(
                        "Scénario de départ écrit par `enveloppe init` : remplacez les structures, ménages, postes et coûts d'exemple par les vôtres, et dites ici vos hypothèses.",
                        "Starter scenario written by `enveloppe init`: replace the example operators, households, posts and costs with yours, and state your assumptions here."
                    )
                        + (call.paymentTerms == nil
                            ? language.pick(
                                " L'appel ne fixe pas les conditions de versement : l'avance de 60 % est une hypothèse à confirmer.",
                                " The call does not set the payment terms: the 60% advance is an assumption to confirm.") : "")
                        + (missing.isEmpty
                            ? ""
                            : language.pick(
                                " Le texte source ne donne pas les montants : ceux d'exemple sont à remplacer.",
                                " The source text gives no amounts: the example ones are to be replaced.")))),
            .init(key: "preset", value: .string(call.id.rawValue)),
        ]
        if !rules.isEmpty { members.append(.init(key: "rules", value: .object(rules))) }
        members.append(.init(key: "operators", value: .array(operators(for: call, language))))
        return JSONWriter.write(.object(members))
    }

    private static func operators(for call: Call, _ language: Language) -> [JSONValue] {
        if !call.territoryQuotas.isEmpty {
            return call.territoryQuotas.enumerated().map { index, quota in
                .object([
                    "id": .string("structure-\(index + 1)"),
                    "name": .string(language.pick("Structure \(index + 1) (à renommer)", "Operator \(index + 1) (to rename)")),
                    "territory": .string(quota.territory), "households": .number(String(quota.measures.value)),
                ])
            }
        }
        var staff: [JSONValue] = []
        let socialWorker = language.pick("Travailleur·se social·e diplômé·e d'État", "State-qualified social worker")
        if let team = call.team {
            let management = team.minimumManagementFTE?.value.hundredths ?? 50
            staff.append(post(language.pick("Chef·fe de service (CAFERUIS)", "Head of service (CAFERUIS)"), "management", management, "67 000"))
            staff.append(post(socialWorker, "socialWork", team.requiredFTE.value.hundredths - management, "52 000"))
        } else {
            staff.append(post(socialWorker, "socialWork", 100, "52 000"))
        }
        return [
            .object([
                "id": .string("association"), "name": .string(language.pick("Votre association (à renommer)", "Your association (to rename)")),
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
