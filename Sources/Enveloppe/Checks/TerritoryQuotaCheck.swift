/// Each territory's operators take the measures the call gives the territory (AML 2019:
/// « soit 26 mesures pour l'Artois et 32 mesures pour Lens-Hénin »): the call's decision, so
/// departing from it fails.
enum TerritoryQuotaCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        input.call.territoryQuotas.map { quota in
            let inTerritory = input.scenario.operators.filter { $0.territory == quota.territory }.reduce(0) { $0 + $1.households }
            return Finding(
                id: "menages.territoire.\(quota.territory)", status: inTerritory == quota.measures.value ? .ok : .failure,
                comparison: .territoryQuota(territory: quota.territory, scenario: inTerritory, quota: quota.measures.value),
                sources: [quota.measures.citation])
        }
    }
}
