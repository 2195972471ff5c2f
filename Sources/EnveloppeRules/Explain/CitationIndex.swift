/// The places of a list's citations, to tell whether a citation is listed already without a `Set<Citation>`.
///
/// A line's total in a programme of 440 operators cites every operator's fields: gathering its sources meets
/// thousands of citations. A `Set` paid, for each, a seeded hasher and the copies of the citation it keeps; this
/// table keeps each citation's place in the list and a hash of its bytes (FNV-1a over the field path, or over the
/// document's identifier), and compares with `==` only when two hashes are equal.
public struct CitationIndex: Sendable {
    /// Each slot: 0 when free, else the citation's place in the list plus one.
    private var slots: [Int32]
    private var hashes: [UInt64]
    private var count = 0

    /// An index of `list`, each of its citations assumed listed once.
    public init(_ list: [Citation], capacity: Int) {
        var size = 16
        while size < 2 * max(capacity, list.count) { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        hashes = [UInt64](repeating: 0, count: size)
        for position in list.indices { place(position, hash: Self.hash(list[position])) }
    }

    /// Adds `citation` at the end of `list` unless it is there already; whether it was added.
    public mutating func insert(_ citation: Citation, into list: inout [Citation]) -> Bool {
        let hash = Self.hash(citation)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            if hashes[slot] == hash, list[Int(slots[slot]) - 1] == citation { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
        list.append(citation)
        if 2 * (count + 1) > slots.count {
            grow(list)
        } else {
            slots[slot] = Int32(list.count)
            hashes[slot] = hash
            count += 1
        }
        return true
    }

    private mutating func place(_ place: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(place + 1)
        hashes[slot] = hash
        count += 1
    }

    private mutating func grow(_ list: [Citation]) {
        self = CitationIndex(list, capacity: 2 * list.count)
    }

    /// FNV-1a over a field's path, or over a document's identifier (as ``Citation``'s own hash, a section's words
    /// are left to `==`: the few sections of one document are told apart there).
    ///
    /// Equal citations must hash alike, and `==` compares strings as Swift does, by canonical equivalence (« é »
    /// written as one character or as « e » and an accent): a text with any byte beyond ASCII adds only its mark, and
    /// so does one with `K`, `;` or `` ` ``, the ASCII characters another one equals (the Kelvin sign, the Greek
    /// question mark, the Greek varia).
    static func hash(_ citation: Citation) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        switch citation {
        case .scenario(let path):
            mix(path, into: &hash)
        case .document(let source, _, _):
            hash ^= 0xff
            mix(source.rawValue, into: &hash)
        }
        // The low bits pick the slot: fold the high ones in.
        return hash ^ (hash >> 29)
    }

    /// Mixes a text's bytes into `hash` (functions of their own rather than nested in ``hash(_:)``: a nested one
    /// would capture `hash` in a box and check each access to it at run time).
    private static func mix(_ text: String, into hash: inout UInt64) {
        // The bytes where the string keeps them (a native string always does), else one by one.
        if let mixed = text.utf8.withContiguousStorageIfAvailable({ [hash] in mixed(hash, $0) }) {
            hash = mixed
        } else {
            hash = mixed(hash, text.utf8)
        }
    }

    private static func mixed<Bytes: Sequence<UInt8>>(_ start: UInt64, _ bytes: Bytes) -> UInt64 {
        var mixed = start
        for byte in bytes {
            guard byte < 0x80 && byte != UInt8(ascii: "K") && byte != UInt8(ascii: ";") && byte != UInt8(ascii: "`") else {
                return (start ^ 0x80) &* 0x100_0000_01b3
            }
            mixed = (mixed ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return mixed
    }
}
