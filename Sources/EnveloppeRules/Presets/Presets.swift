/// The calls of the source documents, as presets a scenario names in `preset`.
public enum Presets {
    /// Every preset, in the order `enveloppe presets` lists them.
    public static let all: [Call] = [
        bailDabordMontpellier2024, bailDabordMontpellier2023, vialAMI1, vialAMI2, aml2019,
    ]

    public static func named(_ id: PresetID) -> Call? { all.first { $0.id == id } }
}

/// A citation of `section` of `source` quoting `quote` (kept verbatim, so a test can find it).
func cite(_ source: SourceID, _ section: String, _ quote: String) -> Citation {
    .document(source: source, section: section, quote: quote)
}

func euros(_ value: Int64) -> Money { Money(cents: value * 100) }
