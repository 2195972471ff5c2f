/// Measures a call assigns to a territory, e.g. AML 2019: "26 mesures pour
/// l'Artois et 32 mesures pour Lens-Hénin" (appel AML, Pas-de-Calais, 2019, "Contexte").
public struct TerritoryQuota: Sendable, Hashable {
    public let territory: String
    public let measures: Cited<Int64>

    public init(territory: String, measures: Cited<Int64>) {
        self.territory = territory
        self.measures = measures
    }
}
