import EnveloppeCore
import Testing

@Suite struct FilledArrayTests {
    /// The projection's months are made by `init(filledWith:count:)`: the same array as the standard library's
    /// `init(repeating:count:)`, whatever the count (none, one, a programme's 42 months, more) and the element.
    @Test(arguments: [0, 1, 2, 12, 42, 1_000])
    func fillsAsRepeatingDoes(_ count: Int) {
        #expect([Money](filledWith: .zero, count: count) == [Money](repeating: .zero, count: count))
        #expect([Money](filledWith: Money(cents: -7), count: count) == [Money](repeating: Money(cents: -7), count: count))
        #expect([Int64](filledWith: 3, count: count) == [Int64](repeating: 3, count: count))
        #expect([[Money]](filledWith: [Money(cents: 1)], count: count) == [[Money]](repeating: [Money(cents: 1)], count: count))
    }

    /// Each element is a copy of its own: writing one month leaves the others as they were.
    @Test func eachElementIsItsOwn() {
        var months = [Money](filledWith: .zero, count: 42)
        months[5] = Money(cents: 100)
        #expect(months.filter { $0 != .zero } == [Money(cents: 100)])
        #expect(months.count == 42)
    }
}
