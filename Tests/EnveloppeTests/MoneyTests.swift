import Testing

@testable import Enveloppe

@Suite struct MoneyTests {
    struct ParseCase: Sendable, CustomTestStringConvertible {
        let text: String
        let cents: Int64
        var testDescription: String { "\"\(text)\" is \(cents) cents" }
    }

    @Test(arguments: [
        ParseCase(text: "49000", cents: 4_900_000),
        ParseCase(text: "49 000", cents: 4_900_000),
        ParseCase(text: "49 000,00 €", cents: 4_900_000),
        ParseCase(text: "49000.00", cents: 4_900_000),
        ParseCase(text: "49\u{202F}000,5", cents: 4_900_050),
        ParseCase(text: "49\u{00A0}000,05\u{00A0}€", cents: 4_900_005),
        ParseCase(text: "0.1", cents: 10),
        ParseCase(text: "-12,34", cents: -1_234),
        ParseCase(text: "  7 000 ", cents: 700_000),
        ParseCase(text: "1 234 567,89", cents: 123_456_789),
        ParseCase(text: "\t+12\n", cents: 1_200),
    ])
    func parsesWhatUsersWrite(_ c: ParseCase) throws {
        #expect(try Money(parsing: c.text).cents == c.cents)
    }

    @Test(arguments: [
        ("12,345", DecimalText.Failure.tooManyFractionDigits(allowed: 2)),
        ("1.234", .thousandsPoint), ("1.234,56", .thousandsPoint), ("1.2345", .tooManyFractionDigits(allowed: 2)),
        ("12,000.00", .thousandsComma), ("1,234,567.89", .thousandsComma), ("12,0000.5", .tooManyFractionDigits(allowed: 2)),
        ("0.125", .tooManyFractionDigits(allowed: 2)),
        ("52 000 euros", .word("euros")), ("12 k€", .word("k")), ("12e", .word("e")),
        ("1e3", .exponent),
        ("", .empty),
        ("12,3,4", .unexpectedCharacter(",")),
        ("douze", .unexpectedCharacter("d")), ("60 pour cent", .word("pour cent")),
        ("12,", .unexpectedCharacter(",")),
        ("99999999999999999999", .tooLarge),
        ("1 23 4", .misgrouped),
        ("12 34,5", .misgrouped),
        ("1234 567", .misgrouped),
        ("1 2345", .misgrouped),
        ("1 234 56,00", .misgrouped),
        ("1\u{00A0}23", .misgrouped),
        ("12 ,5", .unexpectedCharacter(",")),
        ("- 5", .unexpectedCharacter(" ")),
        // A word after the decimals and a space is said as the word, not as the space.
        ("1 234,56 EUR", .word("EUR")), ("1234,56  EUR", .word("EUR")), ("12,5 e", .word("e")),
    ])
    func refusesWhatCouldBeMisread(_ text: String, _ failure: DecimalText.Failure) {
        #expect(throws: failure) { try Money(parsing: text) }
    }

    @Test func pointOnePlusPointTwoIsThirtyCents() throws {
        let sum = try Money(parsing: "0.1") + Money(parsing: "0.2")
        #expect(sum == Money(cents: 30))
    }

    @Test func overflowThrowsInsteadOfTrapping() {
        let largest = Money(cents: .max)
        #expect(throws: ArithmeticError.self) { try largest + Money(cents: 1) }
        #expect(throws: ArithmeticError.self) { try Money(cents: .min) - Money(cents: 1) }
        #expect(throws: ArithmeticError.self) { try largest.multiplied(by: 2) }
        #expect(throws: ArithmeticError.self) { try largest.scaled(by: 3, over: 2) }
        #expect(throws: ArithmeticError.self) { try Money(euros: .max / 10) }
    }

    @Test func scalingComputesInOneHundredTwentyEightBitsAndRoundsOnce() throws {
        // 10¹² € × 7 / 12 overflows 64 bits in the product but not in the result.
        let huge = try Money(euros: 1_000_000_000_000)
        #expect(try huge.scaled(by: 7, over: 12).cents == 58_333_333_333_333)  // …333,33 (…,333 rounds down)
        #expect(try Money(euros: 577_000).multiplied(by: Rate(percent: 60)) == Money(euros: 346_200))
    }

    @Test func divisionByZeroIsAnError() {
        #expect(throws: ArithmeticError.self) { try Money(cents: 100).scaled(by: 1, over: 0) }
        #expect(throws: ArithmeticError.self) { try Money(cents: 100).quotientAndRemainder(dividingBy: .zero) }
    }

    @Test(arguments: [-100_000, -1, 0, 1, 99, 100, 12_345, 1_000_000_007])
    func negationOfScalingIsSymmetric(_ cents: Int64) throws {
        // Half away from zero rounds −x exactly as it rounds x, negated.
        let positive = try Money(cents: cents).scaled(by: 1, over: 8)
        let negative = try Money(cents: -cents).scaled(by: 1, over: 8)
        #expect(positive.cents == -negative.cents)
    }
}
