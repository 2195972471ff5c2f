extension UnsafeBufferPointer<UInt8> {
    /// Whether `needle` appears in these bytes: a plain search, without the work the standard library's
    /// `String.contains` does for every call (a searcher over characters, some 20 000 instructions for a short path).
    /// Its time is the text's length times the needle's at worst: the needles are the tool's own short words.
    package func containsBytes(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        for start in 0...(count - needle.count) where self[start] == first {
            var offset = 1
            while offset < needle.count && self[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }

    /// Whether these bytes are `other`'s, compared eight at a time (compared as collections, they went byte by byte
    /// through the collections' iterators).
    package func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard let mine = baseAddress.map(UnsafeRawPointer.init), let theirs = other.baseAddress.map(UnsafeRawPointer.init) else { return true }
        var offset = 0
        while offset + 8 <= count {
            guard mine.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == theirs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        while offset < count {
            guard self[offset] == other[offset] else { return false }
            offset += 1
        }
        return true
    }
}

extension String {
    /// Whether `needle`'s UTF-8 bytes appear in this text's. Equal to `contains` for the texts the tool searches its
    /// own ASCII names in (field paths, lowercased labels); unlike it, blind to characters a combining mark would
    /// change after the match.
    package func containsBytes(_ needle: String) -> Bool {
        var (text, needle) = (self, needle)
        return text.withUTF8 { text in needle.withUTF8 { text.containsBytes($0) } }
    }
}
