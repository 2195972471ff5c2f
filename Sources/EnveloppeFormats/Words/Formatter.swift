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

    static let groupSeparator = "\u{202F}"
    static let noBreakSpace = "\u{00A0}"

    /// `346 200,00 €` / `€346,200.00`.
    public func money(_ amount: Money) -> String {
        let sign = amount.cents < 0 ? "-" : ""
        let magnitude = amount.cents.magnitude
        let body = grouped(magnitude / 100) + (language == .fr ? "," : ".") + twoDigits(magnitude % 100)
        return language == .fr ? "\(sign)\(body)\(Formatter.noBreakSpace)€" : "\(sign)€\(body)"
    }

    /// `1 234` / `1,234`.
    public func count(_ value: Int64) -> String {
        (value < 0 ? "-" : "") + grouped(value.magnitude)
    }

    /// `0,5` / `0.5`: hundredths without trailing zeros.
    public func decimal(hundredths: Int64) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        var fraction = magnitude % 100 == 0 ? "" : twoDigits(magnitude % 100)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = grouped(magnitude / 100)
        return sign + whole + (fraction.isEmpty ? "" : (language == .fr ? "," : ".") + fraction)
    }

    /// `8 ETP`, `0,5 ETP` / `0.5 FTE`.
    public func fte(_ value: FTE) -> String {
        decimal(hundredths: value.hundredths) + Formatter.noBreakSpace + language.pick("ETP", "FTE")
    }

    /// `60 %`, `12,5 %`; a rate with no finite decimal is shown as a fraction (`1/3`).
    public func rate(_ rate: Rate) -> String {
        guard let (scaled, digits) = rate.percentage(fractionDigits: 4) else {
            return "\(rate.numerator)/\(rate.denominator)"
        }
        var text = String(scaled.magnitude / 10_000)
        var fraction = String(scaled.magnitude % 10_000)
        fraction = String(repeating: "0", count: digits - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if !fraction.isEmpty { text += (language == .fr ? "," : ".") + fraction }
        return (scaled < 0 ? "-" : "") + text + Formatter.noBreakSpace + "%"
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
        "\(month(period.start)) – \(month(period.end)) (\(period.months) \(language.pick("mois", period.months == 1 ? "month" : "months")))"
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
        let plural = hundredths > 100
        let name: String
        switch unit {
        case .household: name = language.pick(plural ? "ménages" : "ménage", plural ? "households" : "household")
        case .dwelling: name = language.pick(plural ? "logements" : "logement", plural ? "dwellings" : "dwelling")
        case .fte: name = language.pick("ETP", "FTE")
        }
        return decimal(hundredths: hundredths) + Formatter.noBreakSpace + name
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

    private func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += language == .fr ? Formatter.groupSeparator : "," }
            text.append(digit)
        }
        return text
    }

    private func twoDigits(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
