extension String {
    /// The parts one after the other, copied in one pass into a string made at their size.
    ///
    /// Each `+` or `+=` of a string is a call into the standard library that checks both strings, grows the first
    /// and copies: about 300 instructions, where a national programme names tens of thousands of things this way
    /// (figures, field paths, budget lines). Up to five parts; the last three are skipped when empty.
    public static func joined(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "") -> String {
        let count = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var next = buffer.baseAddress!
            copy(a, to: &next)
            copy(b, to: &next)
            if !c.isEmpty { copy(c, to: &next) }
            if !d.isEmpty { copy(d, to: &next) }
            if !e.isEmpty { copy(e, to: &next) }
            return next - buffer.baseAddress!
        }
    }

    /// `a`, the decimal digits of `number`, then `b` and `c`: an index written in a path where it lies
    /// (`operators[3].households`), without making the number's text first (a derivation names thousands of an
    /// operator's fields, and a number's text was a string made, measured and copied).
    ///
    /// - Precondition: `number` is 0 or more (an index).
    public static func joined(_ a: String, number: Int, _ b: String, _ c: String = "") -> String {
        precondition(number >= 0, "an index")
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return String(unsafeUninitializedCapacity: a.utf8.count + digits + b.utf8.count + c.utf8.count) { buffer in
            var next = buffer.baseAddress!
            copy(a, to: &next)
            var value = number
            for place in (0..<digits).reversed() {
                next[place] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            next += digits
            copy(b, to: &next)
            if !c.isEmpty { copy(c, to: &next) }
            return next - buffer.baseAddress!
        }
    }

    /// Copies `part`'s bytes to `next` and moves it past them. A native string lends its bytes where they lie (a short
    /// one, kept in the string's own bits, from a copy on the stack: still less than reading it byte by byte). A
    /// function of its own rather than one nested in ``joined(_:_:_:_:_:)``: a nested one would capture `next` in a
    /// box and check each access to it at run time.
    private static func copy(_ part: String, to next: inout UnsafeMutablePointer<UInt8>) {
        let lent: UnsafeMutablePointer<UInt8>? = part.utf8.withContiguousStorageIfAvailable { [next] bytes in
            guard let base = bytes.baseAddress else { return next }
            next.initialize(from: base, count: bytes.count)
            return next + bytes.count
        }
        if let lent {
            next = lent
            return
        }
        for byte in part.utf8 {
            next.initialize(to: byte)
            next += 1
        }
    }
}
