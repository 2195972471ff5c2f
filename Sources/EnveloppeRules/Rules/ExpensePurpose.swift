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
        var label = label
        return label.withUTF8(inferred(utf8:))
    }

    /// The same, from the label's UTF-8 bytes (a budget file's million labels are matched before any
    /// string is made of them).
    public static func inferred(utf8 label: UnsafeBufferPointer<UInt8>) -> [ExpensePurpose] {
        // An ASCII label is read in one pass that also tells whether it is ASCII, only the places where a keyword may
        // begin lowered and compared; another is lowered by the standard library first, then read again.
        let index = KeywordIndex.shared
        var (keywords, ascii) = index.keywords(in: label)
        if !ascii {
            var lowered = String(decoding: label, as: UTF8.self).lowercased()
            keywords = lowered.withUTF8 { index.keywords(in: $0).found }
        }
        guard keywords != 0 else { return [] }
        var found = index.purposes(showing: keywords)
        if found.contains(.equipment) && isOwnSmallEquipment(String(decoding: label, as: UTF8.self).lowercased()) {
            found.removeAll { $0 == .equipment }
        }
        return found
    }

    /// « Petit équipement et fournitures » is the association's own small equipment (CERFA 60, « achats »), not « le
    /// minimum nécessaire pour équiper le logement »: unless it names the dwelling or the household, it is not that.
    /// Read word by word: « ménage » inside « déménagement » or « ménagers » names no household.
    static func isOwnSmallEquipment(_ lowered: String) -> Bool {
        let words = lowered.split { !$0.isLetter }.map(String.init)
        let small = zip(words, words.dropFirst()).contains { first, second in
            ["petit", "petits"].contains(first) && (second.hasPrefix("équipement") || second.hasPrefix("equipement"))
        }
        let home: Set<String> = ["logement", "logements", "ménage", "ménages", "menage", "menages", "mobilier", "ameublement"]
        return small && !words.contains(where: home.contains)
    }
}

/// Every purpose's keywords, made once and indexed by their first byte: a label is read once, and
/// at each of its bytes only the few keywords that begin with it are compared (labels are matched by
/// the million in a large budget file).
private struct KeywordIndex: Sendable {
    static let shared = KeywordIndex()

    /// The keywords' bytes end to end; keyword `k` is `bytes[starts[k]..<starts[k + 1]]`.
    let bytes: [UInt8]
    let starts: [Int]
    /// The keywords that begin with byte `b`: `byFirstByte[offsets[b]..<offsets[b + 1]]`.
    let byFirstByte: [Int]
    let offsets: [Int]
    /// The keywords' first two bytes, a bit for each pair of bytes as a label may write them (an ASCII capital for
    /// its lower case: every pair that ``lowered`` makes a keyword's): most places of a label begin no keyword and are
    /// passed over on one test, without lowering its bytes.
    let pairs: [UInt64]
    /// Each purpose's groups of keyword numbers (a group is shown when all its keywords are).
    let groups: [(ExpensePurpose, [[Int]])]

    init() {
        var words: [[UInt8]] = []
        groups = ExpensePurpose.allCases.map { purpose in
            (
                purpose,
                purpose.keywords.map { group in
                    group.map { word in
                        words.append(Array(word.utf8))
                        return words.count - 1
                    }
                }
            )
        }
        bytes = words.flatMap { $0 }
        starts = words.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        var buckets = [[Int]](repeating: [], count: 256)
        for (k, word) in words.enumerated() { buckets[Int(word[0])].append(k) }
        byFirstByte = buckets.flatMap { $0 }
        offsets = buckets.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        var pairs = [UInt64](repeating: 0, count: 1024)
        for word in words {
            precondition(word.count >= 2, "a keyword has two bytes at least")
            for first in KeywordIndex.writings(of: word[0]) {
                for second in KeywordIndex.writings(of: word[1]) {
                    let pair = Int(first) << 8 | Int(second)
                    pairs[pair >> 6] |= 1 << (pair & 63)
                }
            }
        }
        self.pairs = pairs
        precondition(words.count <= 64, "a keyword is a bit of a 64-bit set")
    }

    /// Each byte as it is compared: an ASCII capital as its lower case, any other byte as it is (a label beyond
    /// ASCII is lowered by the standard library before it is read, so this changes nothing in it).
    let lowered: [UInt8] = (0...255).map { byte in byte >= 0x41 && byte <= 0x5A ? UInt8(byte | 0x20) : UInt8(byte) }

    /// The bytes ``lowered`` reads as a keyword's `byte`: a small ASCII letter and its capital, no byte for a capital
    /// (none is read as one), any other byte itself.
    static func writings(of byte: UInt8) -> [UInt8] {
        switch byte {
        case 0x61...0x7A: [byte, byte - 0x20]
        case 0x41...0x5A: []
        default: [byte]
        }
    }

    /// The keywords found in `text` (bit `k` for keyword `k`), ASCII capitals read as lower case, and whether every
    /// byte of `text` is ASCII: one pass, a byte read once and most places passed over on one test of their pair.
    func keywords(in text: UnsafeBufferPointer<UInt8>) -> (found: UInt64, ascii: Bool) {
        guard text.count >= 2 else { return (0, text.first.map { $0 < 0x80 } ?? true) }  // every keyword has two bytes at least
        var found: UInt64 = 0
        var high = text[0]
        pairs.withUnsafeBufferPointer { pairs in
            var previous = Int(text[0])
            for place in 1..<text.count {
                let byte = text[place]
                high |= byte
                let pair = previous << 8 | Int(byte)
                if pairs[pair >> 6] & (1 << (pair & 63)) != 0 { found |= keywords(startingAt: place - 1, in: text, already: found) }
                previous = Int(byte)
            }
        }
        return (found, high < 0x80)
    }

    /// The keywords not yet found that begin at `start` of `text` (its first two bytes are a keyword's first two),
    /// kept apart from the pass over the label so that its few registers hold the pass alone.
    @inline(never)
    private func keywords(startingAt start: Int, in text: UnsafeBufferPointer<UInt8>, already found: UInt64) -> UInt64 {
        var more: UInt64 = 0
        let first = Int(lowered[Int(text[start])])
        for candidate in offsets[first]..<offsets[first + 1] {
            let k = byFirstByte[candidate]
            let word = starts[k]..<starts[k + 1]
            guard found & (1 << k) == 0, start + word.count <= text.count else { continue }
            var offset = 1
            while offset < word.count, lowered[Int(text[start + offset])] == bytes[word.lowerBound + offset] { offset += 1 }
            if offset == word.count { more |= 1 << k }
        }
        return more
    }

    /// The purposes a set of found keywords shows: those with a group whose every keyword is found.
    func purposes(showing found: UInt64) -> [ExpensePurpose] {
        groups.compactMap { purpose, groups in
            groups.contains { group in group.allSatisfy { found & (1 << $0) != 0 } } ? purpose : nil
        }
    }
}
