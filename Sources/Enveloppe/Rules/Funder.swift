/// Who pays an envelope line, such as the DDETS (State) or the Métropole.
public struct Funder: Sendable, Hashable {
    /// A short, stable identifier (`ddets`, `metropole`, `departement`).
    public let id: String
    /// The name as people know it, e.g. "DDETS de l'Hérault".
    public let name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
