import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

@Suite struct FormatterTests {
    let fr = Formatter(.fr)
    let en = Formatter(.en)

    /// Whole euros as the form asks, in each language's place for the sign: « 6 500 € », "€6,500", "-€3,000".
    @Test func wholeEurosInEachLanguage() {
        #expect(Formatter(.fr).wholeEuros(Money(cents: 650_000)) == "6\u{202F}500\u{00A0}€")
        #expect(Formatter(.fr).wholeEuros(Money(cents: -300_000)) == "-3\u{202F}000\u{00A0}€")
        #expect(Formatter(.en).wholeEuros(Money(cents: 650_000)) == "€6,500")
        #expect(Formatter(.en).wholeEuros(Money(cents: -300_000)) == "-€3,000")
    }

    @Test func frenchMoneyUsesNarrowNoBreakSpacesAndAComma() {
        #expect(fr.money(Money(cents: 34_620_000)) == "346\u{202F}200,00\u{00A0}€")
        #expect(fr.money(Money(cents: 123_456_789)) == "1\u{202F}234\u{202F}567,89\u{00A0}€")
        #expect(fr.money(Money(cents: -5)) == "-0,05\u{00A0}€")
        #expect(en.money(Money(cents: 123_456_789)) == "€1,234,567.89")
    }

    /// Our formatting is Foundation's fr_FR, for amounts Foundation holds exactly (via Decimal).
    @Test(arguments: [0, 1, 99, 100, 45_573, 901_563, 34_620_000, 123_456_789, 99_999_999_999])
    func frenchMoneyMatchesFoundation(_ cents: Int64) {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.numberStyle = .currency
        formatter.currencyCode = "EUR"
        let decimal = NSDecimalNumber(mantissa: UInt64(cents), exponent: -2, isNegative: false)
        #expect(fr.money(Money(cents: cents)) == formatter.string(from: decimal))
    }

    @Test func percentMatchesFoundation() {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.numberStyle = .percent
        #expect(fr.rate(Rate(percent: 25)) == formatter.string(from: 0.25))
        #expect(fr.rate(Rate(1, over: 8)) == "12,5\u{00A0}%")
        #expect(en.rate(Rate(1, over: 8)) == "12.5%")  // English writes no space before the sign
        #expect(fr.rate(Rate(1, over: 3)) == "1/3")
    }

    /// Rates read as a percentage with up to four decimals, whatever their sign, size or decimals, as a person writes
    /// them: the whole part without groups, the decimals without trailing zeros (here from Foundation's exact
    /// decimal text of the percentage, an independent derivation), a fraction when no finite decimal exists.
    @Test func ratesAsPercentages() {
        let percents: [Int64] = [0, 1, 5, 10, 99, 100, 125, 999, 1_000, 9_999, 123_456, 600_000, 1_000_000, 12_345_678, 999_999_999_999]
        for tenThousandths in percents.flatMap({ [$0, -$0] }) {
            let rate = Rate(tenThousandths, over: 1_000_000)
            var text = NSDecimalNumber(mantissa: tenThousandths.magnitude, exponent: -4, isNegative: tenThousandths < 0).stringValue
            if tenThousandths == 0 { text = "0" }
            #expect(fr.rate(rate) == text.replacingOccurrences(of: ".", with: ",") + "\u{00A0}%", "\(tenThousandths)")
            #expect(en.rate(rate) == text + "%", "\(tenThousandths)")
        }
        #expect(fr.rate(Rate(2, over: 3)) == "2/3")
        #expect(fr.rate(Rate(-1, over: 7)) == "-1/7")
        #expect(fr.rate(Rate(7, over: 12)) == "7/12")
        // Past 64 bits in the percentage's product (numerator × 1 000 000): read exactly all the same.
        #expect(fr.rate(Rate(123_456_789_012_345, over: 10_000)) == "1234567890123,45\u{00A0}%")
        #expect(fr.rate(Rate(Int64.max, over: 1)) == "\(Int64.max)/1")
    }

    @Test func monthsAndPeriods() {
        #expect(fr.month(YearMonth(year: 2025, month: 9)) == "sept. 2025")
        #expect(fr.month(YearMonth(year: 2026, month: 8)) == "août 2026")
        #expect(en.month(YearMonth(year: 2025, month: 9)) == "Sep 2025")
        #expect(fr.period(Period(start: YearMonth(year: 2025, month: 11), months: 12)) == "nov. 2025 – oct. 2026 (12 mois)")
    }

    @Test func fteAndUnitMonths() {
        #expect(fr.fte(FTE(hundredths: 50)) == "0,5\u{00A0}ETP")
        #expect(en.fte(FTE(hundredths: 750)) == "7.5\u{00A0}FTE")
        #expect(fr.unitMonths(hundredths: 76_800, unit: .dwelling) == "768 logements-mois")
        #expect(fr.count(1_234_567) == "1\u{202F}234\u{202F}567")
    }

    /// The numbers are written byte by byte for speed: they read as grouping the decimal digits does.
    @Test(arguments: [
        0, 1, 9, 10, 99, 100, 101, 999, 1_000, 99_999, 100_000, 123_456_789, 1_000_000_000_000, Int64.max, Int64.min + 1, Int64.min,
    ])
    func numbersReadAsTheirDigitsGrouped(_ value: Int64) {
        for sign: Int64 in value == Int64.min ? [1] : [1, -1] {
            let value = value * sign
            let minus = value < 0 ? "-" : ""
            let digits = String(value.magnitude / 100)
            let cents = String(value.magnitude % 100)
            let twoDigits = cents.count == 1 ? "0" + cents : cents
            let groupedFrench = Self.grouped(digits, "\u{202F}")
            let groupedEnglish = Self.grouped(digits, ",")
            #expect(fr.money(Money(cents: value)) == minus + groupedFrench + "," + twoDigits + "\u{00A0}€")
            #expect(en.money(Money(cents: value)) == minus + "€" + groupedEnglish + "." + twoDigits)
            #expect(fr.count(value) == minus + Self.grouped(String(value.magnitude), "\u{202F}"))
            #expect(en.count(value) == minus + Self.grouped(String(value.magnitude), ","))
            var fraction = value.magnitude % 100 == 0 ? "" : twoDigits
            while fraction.hasSuffix("0") { fraction.removeLast() }
            #expect(fr.decimal(hundredths: value) == minus + groupedFrench + (fraction.isEmpty ? "" : "," + fraction))
            #expect(plain(cents: value) == minus + digits + "." + twoDigits)
        }
    }

    private static func grouped(_ digits: String, _ separator: String) -> String {
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return text
    }
}

/// A description wrapped for the text report: lines of at most the width, the words as they were, and no break where
/// French typography keeps words together.
@Suite struct WrappingTests {
    @Test func linesKeepTheirWordsAndTheirWidth() {
        let text = "Service fait 174 × 7 000 € / 12 = 101 500 € ; la projection « lui fait » verser : 25 % de plus."
        for width in 10...40 {
            let lines = text.wrapped(width: width)
            #expect(lines.joined(separator: " ") == text)
            for line in lines {
                // A line is within the width unless it is one group that cannot be cut (wrapped again, it stays one line).
                #expect(line.count <= width || line.wrapped(width: width).count == 1, "\(line)")
                #expect(!line.hasPrefix(":") && !line.hasPrefix(";") && !line.hasPrefix("€") && !line.hasPrefix("%") && !line.hasPrefix("»"))
                #expect(!line.hasSuffix("«"))
                #expect(!(line.first?.isNumber == true && lines.firstIndex(of: line).map { $0 > 0 && lines[$0 - 1].last?.isNumber == true } == true))
            }
            // A number keeps its unit: no line but the last ends with one.
            #expect(lines.dropLast().allSatisfy { $0.last?.isNumber != true }, "\(lines)")
        }
        // At a report's width, a formula's signs, a range's dash and « § » keep what follows them: no line ends with
        // one (a cut formula opens its next line with its sign), and a formula does not push the words before it
        // onto a short line.
        let sentences = [
            "Service fait Crédits IML, Association A (fictive) = 136 logements-mois × 65 625,00 € / 144 logements-mois, arrondi une fois ; dû = min(service fait, subvention) ; solde = dû − avance.",
            "Bail d'abord, Montpellier (2024) : 577 000,00 € / 64 ménages ; 25 ménages : 577 000,00 € × 25 / 64 = 225 390,63 €, arrondi au centime, sept. 2019 – déc. 2020 — 31 octobre 2024, § Financements.",
        ]
        for sentence in sentences {
            for width in [60, 80, 96, 100] {
                let lines = sentence.wrapped(width: width)
                #expect(lines.joined(separator: " ") == sentence)
                #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
                #expect(lines.dropLast().allSatisfy { $0.count * 5 >= width * 3 }, "\(width): \(lines)")
                for sign in ["=", "−", "–", "—", "×", "/"] {
                    #expect(!lines.contains { $0.hasSuffix(" " + sign) }, "\(width): \(lines)")
                }
                #expect(!lines.contains { $0.hasSuffix("§") }, "\(width): \(lines)")
            }
        }
        // Nothing to wrap gives no line; spaces in a row count as one; a no-break space keeps words together.
        #expect("".wrapped(width: 10).isEmpty && "   ".wrapped(width: 10).isEmpty)
        #expect("un  deux   trois".wrapped(width: 9) == ["un deux", "trois"])
        #expect("12\u{202F}345,00\u{A0}€ de plus".wrapped(width: 8) == ["12\u{202F}345,00\u{A0}€", "de plus"])
    }

    /// Words found and measured in the bytes (a report's text) cut as they do when their characters are looked at,
    /// and a text with characters of several scalars (a combining accent, an emoji with its skin tone, a joiner) is
    /// measured in characters.
    @Test func bytesAndCharactersCutAlike() {
        let pool = [
            "Service", "fait", "174", "×", "7\u{202F}000\u{A0}€", "/", "12", "=", "101\u{A0}500,00\u{A0}€", ";", ":", "«", "»", "lui",
            "§", "Financements", "25\u{A0}%", "−", "–", "—", "→", "≤", "≥", "÷", "+", "-", "<", ">", "dû", "(fictive)", "½", "²",
            "Ⅳ", "①", "l’équipe", "Hérault", "été", "sept.", "2025", "x", "!", "?", "%", "€", "n°", "…", "•", "«\u{A0}citée\u{A0}»",
        ]
        var generator = TestRandom(state: 12)
        for _ in 0..<2_000 {
            let count = generator.next(below: 40) + 1
            let text = (0..<count).map { _ in pool[generator.next(below: pool.count)] }.joined(separator: " ")
            let width = generator.next(below: 60) + 8
            #expect(text.wrapped(width: width) == text.wrappedLookingAtCharacters(width: width), "\(width): \(text)")
        }
        // Beyond the ranges read in bytes: an accent typed after its letter is one character, an emoji and its tone too.
        #expect("e\u{301}te\u{301} ici".wrapped(width: 4) == ["e\u{301}te\u{301}", "ici"])
        #expect("ab\u{1F44D}\u{1F3FD} cd".wrapped(width: 4) == ["ab\u{1F44D}\u{1F3FD}", "cd"])
        #expect("a\u{200D}b cd".wrapped(width: 3) == ["a\u{200D}b", "cd"])
    }

    /// The wrapping's numbers, told without looking a scalar's properties up in the ranges a report is written in,
    /// are the scalars Unicode gives a numeric value, scalar by scalar.
    @Test func numbersAreTheScalarsWithANumericValue() {
        for range in [0..<0x80, 0x80..<0x300, 0x2000..<0x2070, 0x20A0..<0x2100, 0x2190..<0x2400, 0x2070..<0x20A0, 0x2150..<0x2190] {
            for value in range {
                let scalar = Unicode.Scalar(UInt32(value))!
                #expect(Word.isNumber(UInt32(value)) == (scalar.properties.numericType != nil), "U+\(String(value, radix: 16))")
            }
        }
    }
}
