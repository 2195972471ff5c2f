/// Scalars beyond ASCII that are each a character on its own, found in UTF-8 bytes: what a report is written in
/// (Latin letters with their accents, « » € ×, the spaces of amounts, the punctuation and signs of U+2000 to
/// U+2FFF). Text made of them and of ASCII is measured and cut in bytes, a character being a scalar (a table's
/// cells, the words of a sentence); any other text is looked at in characters (``String/count``).
enum LoneScalars {
    /// The length in bytes of the scalar beyond ASCII at `index` when it is one of these; `nil` for any other (a
    /// combining accent, a joiner, a variation selector, a scalar of another script), or an ASCII byte.
    static func size(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        // U+0080 to U+02FF: no combining mark before U+0300.
        if (0xC2...0xCB).contains(byte) { return index + 1 < bytes.count ? 2 : nil }
        // U+2000 to U+2FFF, but for the scalars that join others.
        if byte == 0xE2, index + 2 < bytes.count, !mayJoin(scalar(bytes, at: index)) { return 3 }
        return nil
    }

    /// The scalar of two or three bytes at `index` (U+0080 to U+FFFF).
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        let (b0, b1) = (UInt32(bytes[index]), UInt32(bytes[index + 1]) & 0x3F)
        if b0 < 0xE0 { return (b0 & 0x1F) << 6 | b1 }
        return (b0 & 0x0F) << 12 | b1 << 6 | UInt32(bytes[index + 2]) & 0x3F
    }

    /// Scalars of U+2000 to U+2FFF that may join the character before or after them (joiners, marks of direction,
    /// combining marks for symbols, Coptic and Cyrillic combining letters), or that are invisible.
    private static func mayJoin(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0x20D0...0x20FF, 0x2CEF...0x2CF1, 0x2D7F, 0x2DE0...0x2DFF: true
        default: false
        }
    }
}
