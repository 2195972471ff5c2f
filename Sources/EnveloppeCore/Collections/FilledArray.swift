extension Array {
    /// `count` copies of `value`, as `init(repeating:count:)` makes them, allocated where the element type is known.
    ///
    /// The standard library's `init(repeating:count:)` allocates in a function it never specialises, which looks the
    /// storage's type up in the runtime at each call: about 400 instructions, more than filling 42 months. The
    /// projection makes thousands of such arrays for a national programme (docs/performance.md, fourteenth pass).
    @inlinable package init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
