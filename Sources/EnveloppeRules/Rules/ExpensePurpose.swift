/// What an expense is for, in the words of the Montpellier call's list of what
/// the envelope must also pay for, and of what it does not pay for
/// (appel Bail d'abord, Montpellier, 31 octobre 2024, "Financements").
public enum ExpensePurpose: String, Sendable, Hashable, CaseIterable {
    /// "le minimum nécessaire pour équiper le logement".
    case equipment
    /// "une aide logistique pour le déménagement".
    case moving
    /// "l'ouverture des compteurs eau/gaz/électricité".
    case meters
    /// "les frais relatifs aux transports pour certaines démarches accompagnées".
    case transport
    /// "l'ancrage dans le quartier et l'accompagnement réalisé dans des lieux extérieurs".
    case neighbourhood
    /// "la caution requise par le bailleur à la signature du bail glissant".
    case deposit
    /// "une gestion locative adaptée, internalisée par la structure candidate".
    case housingManagement
    /// "un droit de suite après le glissement du bail".
    case followUp
    /// "sessions mensuelles d'analyse de pratiques professionnelles, financées dans le cadre du plan".
    case practiceAnalysis
    /// The nurse of the Plateforme Logement d'abord, attached to the SIAO.
    case platformNurse

    /// Words that show the purpose in a label written by people (lower-cased, accents kept).
    /// A line whose purpose is not stated is matched on these.
    public var keywords: [[String]] {
        switch self {
        case .equipment: [["équipement"], ["equipement"], ["mobilier"], ["ameublement"]]
        case .moving: [["déménagement"], ["demenagement"]]
        case .meters: [["compteur"]]
        case .transport: [["transport"], ["déplacement"], ["deplacement"]]
        case .neighbourhood: [["quartier"], ["ancrage"], ["activité"], ["activite"], ["sortie"]]
        case .deposit: [["caution"], ["dépôt de garantie"], ["depot de garantie"]]
        case .housingManagement: [["gestion locative"]]
        case .followUp: [["droit de suite"]]
        case .practiceAnalysis: [["analyse", "pratique"]]
        case .platformNurse: [["infirmi", "plateforme"]]
        }
    }

    /// The purposes a label shows (every word of one keyword group must appear):
    /// "Transports et activités d'ancrage" shows both transport and neighbourhood.
    public static func inferred(from label: String) -> [ExpensePurpose] {
        // An ASCII label is lowered byte by byte, without the intermediate string `lowercased()` makes.
        let ascii = label.utf8.allSatisfy { $0 < 0x80 }
        let text = ascii ? label.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 } : Array(label.lowercased().utf8)
        return keywordBytes.compactMap { purpose, groups in
            groups.contains { group in group.allSatisfy { text.containsBytes($0) } } ? purpose : nil
        }
    }

    /// Every purpose's keywords as bytes, made once (labels are matched by the million in a large budget file).
    private static let keywordBytes: [(ExpensePurpose, [[[UInt8]]])] = allCases.map { purpose in
        (purpose, purpose.keywords.map { group in group.map { Array($0.utf8) } })
    }
}

extension Array where Element == UInt8 {
    /// Whether `word`'s UTF-8 bytes appear in these bytes: a plain search, without the hash table
    /// the standard library's `String.contains` builds for every call (DOMAIN.md asks for linear work).
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        return withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { word in
                for start in 0...(text.count - word.count) where text[start] == first {
                    var offset = 1
                    while offset < word.count && text[start + offset] == word[offset] { offset += 1 }
                    if offset == word.count { return true }
                }
                return false
            }
        }
    }
}
