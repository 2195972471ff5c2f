/// Who pays an envelope line, such as the DDETS (State) or the Métropole.
public struct Funder: Sendable, Hashable {
    /// A short, stable identifier (`ddets`, `metropole`, `departement`).
    public let id: String
    /// The name as people know it, e.g. "DDETS de l'Hérault".
    public let name: String
    /// The line of account 74 on the CERFA 12156 form this funder's subsidy goes on.
    public let subsidyLine: SubsidyLine
    /// Words (lower-cased) by which a budget written by people names this funder's subsidy.
    public let keywords: [String]

    public init(id: String, name: String, subsidyLine: SubsidyLine, keywords: [String]) {
        self.id = id
        self.name = name
        self.subsidyLine = subsidyLine
        self.keywords = keywords
    }

    /// Whether a budget line's label names this funder.
    public func isNamed(in label: String) -> Bool {
        let text = label.lowercased()
        return keywords.contains { text.containsBytes($0) }
    }
}
