/// A figure a scenario says it should produce, written the way people write it
/// (`"49 000,00 €"`, `49000`, `"49000.00"`, or a count), compared exactly with the
/// computed one by `run` and `check`.
public struct ExpectedFigure: Sendable, Hashable {
    /// The figure's identifier, as `enveloppe explain` lists it.
    public let id: String
    /// The value as written in the file.
    public let text: String
    /// The field path of the value, for messages.
    public let path: String

    public init(id: String, text: String, path: String) {
        self.id = id
        self.text = text
        self.path = path
    }

    /// The expected value read as the same kind as `computed` (an amount, a count, unit-months…).
    public func value(like computed: Quantity) throws(InputError) -> Quantity {
        do {
            switch computed {
            case .money: return .money(try Money(parsing: text))
            case .count: return .count(try DecimalText.parse(text, fractionDigits: 0))
            case .months: return .months(try DecimalText.parse(text, fractionDigits: 0))
            case .fte: return .fte(FTE(hundredths: try DecimalText.parse(text, fractionDigits: 2)))
            case .units(_, let unit): return .units(hundredths: try DecimalText.parse(text, fractionDigits: 2), unit: unit)
            case .unitMonths(_, let unit): return .unitMonths(hundredths: try DecimalText.parse(text, fractionDigits: 2), unit: unit)
            case .rate: return .rate(try Rate(parsing: text))
            case .ratio: return .ratio(Rate(try DecimalText.parse(text, fractionDigits: 4), over: 10_000))
            }
        } catch {
            let expected: InputError.Expected =
                switch computed {
                case .money: .amount
                case .rate: .rate
                case .ratio: .units
                case .fte, .units, .unitMonths: .units
                default: .integer
                }
            throw InputError(path, .invalidNumber(expected: expected, text: text, failure: error))
        }
    }
}
