extension String {
    /// The parts one after the other, copied in one pass into a string made at their size.
    ///
    /// Each `+` or `+=` of a string is a call into the standard library that checks both strings, grows the first
    /// and copies: about 300 instructions, where a national programme names tens of thousands of things this way
    /// (figures, field paths, budget lines). Up to five parts; an empty one costs nothing.
    public static func joined(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "") -> String {
        let count = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var next = buffer.baseAddress!
            func write(_ part: String) {
                // A native string lends its bytes where they lie (a short one, kept in the string's own bits, from a
                // copy on the stack: still less than reading it byte by byte).
                let lent: Void? = part.utf8.withContiguousStorageIfAvailable { bytes in
                    guard let base = bytes.baseAddress else { return }
                    next.initialize(from: base, count: bytes.count)
                    next += bytes.count
                }
                if lent == nil {
                    for byte in part.utf8 {
                        next.initialize(to: byte)
                        next += 1
                    }
                }
            }
            write(a)
            write(b)
            if !c.isEmpty { write(c) }
            if !d.isEmpty { write(d) }
            if !e.isEmpty { write(e) }
            return next - buffer.baseAddress!
        }
    }
}
