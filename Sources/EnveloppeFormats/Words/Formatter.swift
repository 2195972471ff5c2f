import Enveloppe

/// Formats exact values for people, without Foundation's number formatting
/// (which rounds half to even and does not know our types).
///
/// French follows what Foundation's fr_FR locale prints, checked by a test:
/// `1 234 567,89 €` with a narrow no-break space (U+202F) between groups and a
/// no-break space (U+00A0) before `€` and `%`. English: `€1,234,567.89`.
public struct Formatter: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    static let groupSeparator = groupSeparatorUTF8.description
    static let noBreakSpace = noBreakSpaceUTF8.description
    // The bytes a number is written with, as static strings: read in place, with no array to set up on first use,
    // retain or check the bounds of (a report writes thousands of numbers).
    private static let groupSeparatorUTF8: StaticString = "\u{202F}"
    private static let minusUTF8: StaticString = "-"
    private static let euroUTF8: StaticString = "€"
    private static let noBreakSpaceUTF8: StaticString = "\u{00A0}"
    private static let spacedEuroUTF8: StaticString = "\u{00A0}€"
    private static let spacedETPUTF8: StaticString = "\u{00A0}ETP"
    private static let spacedFTEUTF8: StaticString = "\u{00A0}FTE"

    /// `346 200,00 €` / `€346,200.00`.
    public func money(_ amount: Money) -> String {
        // Written byte by byte into one string: a report formats hundreds of thousands of amounts.
        String(unsafeUninitializedCapacity: 48) { write(amount, into: $0) }
    }

    /// Whole euros (an amount already rounded to the euro, as the CERFA form asks): « 6 500 € », "€6,500".
    public func wholeEuros(_ amount: Money) -> String {
        let euros = amount.cents / 100
        guard language == .en else { return count(euros) + "\u{00A0}€" }
        // cents / 100 is never Int64.min: its negation fits.
        return euros < 0 ? "-€" + count(-euros) : "€" + count(euros)
    }

    /// ``money(_:)``'s bytes appended to `bytes`, with no string made (a text report writes thousands in a row).
    func money(_ amount: Money, appendingTo bytes: inout [UInt8]) {
        Formatter.append(to: &bytes, capacity: 48) { write(amount, into: $0) }
    }

    /// Writes ``money(_:)``'s bytes at the start of `buffer` (48 bytes); returns their count.
    private func write(_ amount: Money, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let french = language == .fr
        let magnitude = amount.cents.magnitude
        let euros = magnitude / 100
        let cents = Int(magnitude % 100)
        var at = 0
        if amount.cents < 0 { at = Formatter.put(Formatter.minusUTF8, into: buffer, at: at) }
        if !french { at = Formatter.put(Formatter.euroUTF8, into: buffer, at: at) }
        at = writeGrouped(euros, into: buffer, at: at)
        buffer[at] = french ? UInt8(ascii: ",") : UInt8(ascii: ".")
        buffer[at + 1] = UInt8(ascii: "0") + UInt8(cents / 10)
        buffer[at + 2] = UInt8(ascii: "0") + UInt8(cents % 10)
        at += 3
        if french { at = Formatter.put(Formatter.spacedEuroUTF8, into: buffer, at: at) }
        return at
    }

    /// `1 234` / `1,234`.
    public func count(_ value: Int64) -> String {
        String(unsafeUninitializedCapacity: 40) { write(count: value, into: $0) }
    }

    /// ``count(_:)``'s bytes appended to `bytes`, with no string made.
    func count(_ value: Int64, appendingTo bytes: inout [UInt8]) {
        Formatter.append(to: &bytes, capacity: 40) { write(count: value, into: $0) }
    }

    /// Writes ``count(_:)``'s bytes at the start of `buffer` (40 bytes); returns their count.
    private func write(count value: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let at = value < 0 ? Formatter.put(Formatter.minusUTF8, into: buffer, at: 0) : 0
        return writeGrouped(value.magnitude, into: buffer, at: at)
    }

    /// `0,5` / `0.5`: hundredths without trailing zeros.
    public func decimal(hundredths: Int64) -> String {
        String(unsafeUninitializedCapacity: 40) { write(hundredths: hundredths, into: $0) }
    }

    /// ``decimal(hundredths:)``'s bytes appended to `bytes`, with no string made.
    func decimal(hundredths: Int64, appendingTo bytes: inout [UInt8]) {
        Formatter.append(to: &bytes, capacity: 40) { write(hundredths: hundredths, into: $0) }
    }

    /// Writes ``decimal(hundredths:)``'s bytes at the start of `buffer` (40 bytes); returns their count.
    private func write(hundredths: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let magnitude = hundredths.magnitude
        let fraction = Int(magnitude % 100)
        var at = hundredths < 0 ? Formatter.put(Formatter.minusUTF8, into: buffer, at: 0) : 0
        at = writeGrouped(magnitude / 100, into: buffer, at: at)
        if fraction != 0 {
            buffer[at] = language == .fr ? UInt8(ascii: ",") : UInt8(ascii: ".")
            buffer[at + 1] = UInt8(ascii: "0") + UInt8(fraction / 10)
            at += 2
            if fraction % 10 != 0 {
                buffer[at] = UInt8(ascii: "0") + UInt8(fraction % 10)
                at += 1
            }
        }
        return at
    }

    /// `8 ETP`, `0,5 ETP` / `0.5 FTE`.
    public func fte(_ value: FTE) -> String {
        String(unsafeUninitializedCapacity: 48) { write(fte: value, into: $0) }
    }

    /// ``fte(_:)``'s bytes appended to `bytes`, with no string made.
    func fte(_ value: FTE, appendingTo bytes: inout [UInt8]) {
        Formatter.append(to: &bytes, capacity: 48) { write(fte: value, into: $0) }
    }

    /// Writes ``fte(_:)``'s bytes at the start of `buffer` (48 bytes: a decimal's 40 and its unit); returns their count.
    private func write(fte value: FTE, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let at = write(hundredths: value.hundredths, into: buffer)
        return Formatter.put(language == .fr ? Formatter.spacedETPUTF8 : Formatter.spacedFTEUTF8, into: buffer, at: at)
    }

    /// `60 %`, `12,5 %`; a rate with no finite decimal is shown as a fraction (`1/3`).
    public func rate(_ rate: Rate) -> String {
        guard let (scaled, digits) = rate.percentage(fractionDigits: 4) else {
            return "\(rate.numerator)/\(rate.denominator)"
        }
        // Written byte by byte into one string: a national programme's page shows tens of thousands of rates.
        return String(unsafeUninitializedCapacity: 48) { write(percent: scaled, fractionDigits: digits, into: $0) }
    }

    /// Writes ``rate(_:)``'s bytes for a percentage of `fractionDigits` decimals (`scaled` is the percentage times
    /// 10^`fractionDigits`, at most 4) at the start of `buffer` (48 bytes): its whole part without groups, its decimals
    /// without trailing zeros, « 60 % » with a no-break space in French, "60%" in English; returns their count.
    private func write(percent scaled: Int64, fractionDigits: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var unit: UInt64 = 1
        for _ in 0..<fractionDigits { unit *= 10 }
        let magnitude = scaled.magnitude
        var at = scaled < 0 ? Formatter.put(Formatter.minusUTF8, into: buffer, at: 0) : 0
        var whole = magnitude / unit
        var digits = 1
        var rest = whole / 10
        while rest > 0 {
            rest /= 10
            digits += 1
        }
        for place in stride(from: at + digits - 1, through: at, by: -1) {
            buffer[place] = UInt8(ascii: "0") + UInt8(whole % 10)
            whole /= 10
        }
        at += digits
        var fraction = magnitude % unit
        var fractionCount = fractionDigits
        while fractionCount > 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionCount -= 1
        }
        if fractionCount > 0 {
            buffer[at] = language == .fr ? UInt8(ascii: ",") : UInt8(ascii: ".")
            for place in stride(from: at + fractionCount, through: at + 1, by: -1) {
                buffer[place] = UInt8(ascii: "0") + UInt8(fraction % 10)
                fraction /= 10
            }
            at += fractionCount + 1
        }
        if language == .fr { at = Formatter.put(Formatter.noBreakSpaceUTF8, into: buffer, at: at) }
        buffer[at] = UInt8(ascii: "%")
        return at + 1
    }

    static let frenchMonths = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ]
    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `sept. 2025` / `Sep 2025`.
    public func month(_ month: YearMonth) -> String {
        let names = language == .fr ? Formatter.frenchMonths : Formatter.englishMonths
        return "\(names[month.month - 1]) \(month.year)"
    }

    /// `sept. 2025 – août 2026 (12 mois)`.
    public func period(_ period: Period) -> String {
        "\(span(period)) (\(period.months) \(language.pick("mois", period.months == 1 ? "month" : "months")))"
    }

    /// The programme's conventions for a report's header: `sept. 2025 – août 2026 (12 mois)` for one;
    /// `2 conventions successives de 12 mois, nov. 2025 – oct. 2027` for a convention renewed (after « Conventions : »).
    public func conventions(_ periods: [Period]) -> String {
        guard periods.count > 1, let first = periods.first, let last = periods.last else { return periods.first.map(period) ?? "" }
        let whole = "\(month(first.start)) – \(month(last.end))"
        return language == .fr
            ? "\(periods.count) conventions successives de \(first.months) mois, \(whole)"
            : "\(periods.count) conventions in succession, \(first.months) \(first.months == 1 ? "month" : "months") each, \(whole)"
    }

    /// `sept. 2025 – août 2026`, without the month count, for use inside a sentence.
    public func span(_ period: Period) -> String { "\(month(period.start)) – \(month(period.end))" }

    /// `768 logements-mois`, `96 ETP-mois`.
    public func unitMonths(hundredths: Int64, unit: PaidUnit) -> String {
        decimal(hundredths: hundredths) + " " + unitMonthName(unit)
    }

    public func unitMonthName(_ unit: PaidUnit) -> String {
        switch unit {
        case .household: language.pick("mesures-mois", "household-months")
        case .dwelling: language.pick("logements-mois", "dwelling-months")
        case .fte: language.pick("ETP-mois", "FTE-months")
        }
    }

    /// `64 logements`, `8 ETP`, `20 ménages`.
    public func units(hundredths: Int64, unit: PaidUnit) -> String {
        decimal(hundredths: hundredths) + Formatter.noBreakSpace + unitName(unit, plural: hundredths > 100)
    }

    private func unitName(_ unit: PaidUnit, plural: Bool) -> String {
        switch unit {
        case .household: language.pick(plural ? "ménages" : "ménage", plural ? "households" : "household")
        case .dwelling: language.pick(plural ? "logements" : "logement", plural ? "dwellings" : "dwelling")
        case .fte: language.pick("ETP", "FTE")
        }
    }

    /// ``quantity(_:)``'s bytes appended to `bytes`: an amount, a count, FTE, unit-months or units written in place,
    /// with no string made (a derivation's leaves, by the hundred thousand on a national programme's page).
    func quantity(_ quantity: Quantity, appendingTo bytes: inout [UInt8]) {
        switch quantity {
        case .money(let amount): money(amount, appendingTo: &bytes)
        case .count(let value): count(value, appendingTo: &bytes)
        case .fte(let value): fte(value, appendingTo: &bytes)
        case .unitMonths(let hundredths, let unit):
            decimal(hundredths: hundredths, appendingTo: &bytes)
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: unitMonthName(unit).utf8)
        case .units(let hundredths, let unit):
            decimal(hundredths: hundredths, appendingTo: &bytes)
            Formatter.noBreakSpaceUTF8.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: unitName(unit, plural: hundredths > 100).utf8)
        default: bytes.append(contentsOf: self.quantity(quantity).utf8)
        }
    }

    public func quantity(_ quantity: Quantity) -> String {
        switch quantity {
        case .money(let amount): money(amount)
        case .count(let value): count(value)
        case .fte(let value): fte(value)
        case .rate(let value): rate(value)
        case .ratio(let value): decimal(hundredths: Formatter.hundredths(of: value))
        case .unitMonths(let hundredths, let unit): unitMonths(hundredths: hundredths, unit: unit)
        case .units(let hundredths, let unit): units(hundredths: hundredths, unit: unit)
        case .months(let count): "\(count)\u{00A0}" + language.pick("mois", count == 1 ? "month" : "months")
        }
    }

    /// A ratio to the hundredth, rounded half away from zero, for display (8,53 households per FTE).
    static func hundredths(of ratio: Rate) -> Int64 {
        Int64(RoundingRule.halfAwayFromZero.divide(Int128(ratio.numerator) * 100, by: Int128(ratio.denominator)))
    }

    /// Writes `value`'s digits in groups of three at `start`, from the right; returns the end.
    private func writeGrouped(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let separator = language == .fr ? Formatter.groupSeparatorUTF8 : ","
        let separatorCount = separator.utf8CodeUnitCount
        let end = start + digits + (digits - 1) / 3 * separatorCount
        // From the last digit back: a separator before every third digit that has one more before it.
        var at = end
        var value = value
        var inGroup = 0
        while true {
            at -= 1
            buffer[at] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
            value /= 10
            if value == 0 { break }
            inGroup += 1
            if inGroup == 3 {
                inGroup = 0
                at -= separatorCount
                _ = Formatter.put(separator, into: buffer, at: at)
            }
        }
        return end
    }

    /// Appends to `bytes` what `write` writes at the start of a buffer of `capacity` bytes (returning their count),
    /// with no string made: a text report writes thousands of numbers in a row.
    private static func append(
        to bytes: inout [UInt8], capacity: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<write(buffer)]))
        }
    }

    /// Writes `bytes` at `start`; returns the end.
    private static func put(_ bytes: StaticString, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        assert(start + bytes.utf8CodeUnitCount <= buffer.count)
        (buffer.baseAddress! + start).initialize(from: bytes.utf8Start, count: bytes.utf8CodeUnitCount)
        return start + bytes.utf8CodeUnitCount
    }
}
