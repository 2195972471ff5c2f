/// The calls of the source documents, as presets a scenario names in `preset`.
public enum Presets {
    /// Every preset, in the order `enveloppe presets` lists them.
    public static let all: [Call] = [
        bailDabordMontpellier2024, bailDabordMontpellier2023, vialAMI1, vialAMI2, aml2019,
    ]

    /// The preset `id` names, made alone: a run reads one call, and making every preset (their rules and citations)
    /// at its start was a hundredth of a national run.
    public static func named(_ id: PresetID) -> Call? {
        let call: Call? =
            switch id.rawValue {
            case "bail-dabord-montpellier-2024": bailDabordMontpellier2024
            case "bail-dabord-montpellier-2023": bailDabordMontpellier2023
            case "vial-pas-de-calais-2025-ami1": vialAMI1
            case "vial-pas-de-calais-2025-ami2": vialAMI2
            case "aml-pas-de-calais-2019": aml2019
            default: nil
            }
        return call?.id == id ? call : nil
    }
}

/// A citation of `section` of `source` quoting `quote` (kept verbatim, so a test can find it).
func cite(_ source: SourceID, _ section: String, _ quote: String) -> Citation {
    .document(source: source, section: section, quote: quote)
}

func euros(_ value: Int64) -> Money { Money(cents: value * 100) }
