/// A document the rules are taken from, as a person names it: its title, who published
/// it and when. Reports cite « Appel à projets VIAL, Département du Pas-de-Calais, 2025,
/// § 3. Modalités de financement », never a file name; `file` is only the text the tests
/// check every quoted sentence against (the project's `../shared/seeds/`).
public struct Source: Sendable, Hashable {
    public let id: SourceID
    public let title: String
    public let publisher: String
    public let date: String
    /// The text the quotes were checked against; never shown to a user.
    public let file: String

    /// `Appel à projets VIAL (…), Département du Pas-de-Calais, 2025`.
    public var name: String { "\(title), \(publisher), \(date)" }

    /// Every source of the presets.
    public static let all: [Source] = [
        Source(
            id: "montpellier-2024", title: "Appel à candidatures « Création d'une équipe Bail d'abord »",
            publisher: "Préfet de l'Hérault et Montpellier Méditerranée Métropole", date: "31 octobre 2024", file: "000_c9903f690f8cc4d8.txt"),
        Source(
            id: "vial-2025", title: "Appel à projets VIAL (Vers l'Insertion et l'Autonomie en Logement)",
            publisher: "Département du Pas-de-Calais", date: "2025", file: "001_cd25dda9c70a8b9c.txt"),
        Source(
            id: "dihal-2020", title: "Logement d'abord : deux ans d'actions dans les territoires de mise en œuvre accélérée",
            publisher: "Délégation interministérielle à l'hébergement et à l'accès au logement (DIHAL)", date: "septembre 2020",
            file: "002_b852ced9a432d841.txt"),
        Source(
            id: "aml-2019", title: "Appel à candidature « Aide à la Médiation Locative » – Logement d'abord, cahier des charges",
            publisher: "Département du Pas-de-Calais", date: "2019", file: "003_7eca10643e983386.txt"),
        Source(
            id: "montpellier-2023", title: "Plan Logement d'abord : rapport d'exécution de la convention pluriannuelle d'objectifs 2023",
            publisher: "Montpellier Méditerranée Métropole", date: "2024", file: "004_e010fada4f7901dc.txt"),
    ]

    public static func named(_ id: SourceID) -> Source {
        guard let source = all.first(where: { $0.id == id }) else { preconditionFailure("no source \(id) in the registry") }
        return source
    }
}

extension IdentifierTag {
    public enum Source {}
}

/// A source document of the registry (``Source/all``).
public typealias SourceID = Identifier<IdentifierTag.Source>
