import Enveloppe

/// How the tool's values are written in JSON: amounts as integer cents and an exact
/// decimal string, never a float; rates as a fraction; citations by document or field.
extension JSONValue {
    static func quantity(_ quantity: Quantity) -> JSONValue {
        switch quantity {
        case .money(let amount):
            return .object(["cents": .number(String(amount.cents)), "euros": .string(plain(cents: amount.cents))])
        case .count(let value): return .number(String(value))
        case .fte(let value): return .object(["fte": .string(plain(hundredths: value.hundredths))])
        case .ratio(let rate):
            return .object(["ratio": .object(["numerator": .number(String(rate.numerator)), "denominator": .number(String(rate.denominator))])])
        case .rate(let rate):
            return .object(["numerator": .number(String(rate.numerator)), "denominator": .number(String(rate.denominator))])
        case .unitMonths(let hundredths, let unit):
            return .object(["unitMonths": .string(plain(hundredths: hundredths)), "unit": .string(unit.rawValue)])
        case .units(let hundredths, let unit):
            return .object(["units": .string(plain(hundredths: hundredths)), "unit": .string(unit.rawValue)])
        case .months(let count): return .object(["months": .number(String(count))])
        }
    }

    static func citation(_ citation: Citation) -> JSONValue {
        switch citation {
        case .document(let id, let section, let quote):
            let source = Source.named(id)
            return .object([
                "source": .string(source.title), "publisher": .string(source.publisher), "date": .string(source.date),
                "section": .string(section), "quote": .string(quote),
            ])
        case .scenario(let path):
            return .object(["scenario": .string(path)])
        }
    }

    /// An amount: `{"cents": 34620000, "euros": "346200.00"}`.
    static func money(_ amount: Money) -> JSONValue { quantity(.money(amount)) }
}

/// The same values written straight into a ``JSONStream``, byte for byte as the ``JSONValue`` above are written.
extension JSONStream {
    mutating func quantity(_ quantity: Quantity) {
        switch quantity {
        case .money(let amount): money(amount)
        case .count(let value): number(value)
        case .fte(let value): object { $0.plainString("fte", hundredths: value.hundredths) }
        case .ratio(let rate): object { $0.object("ratio") { $0.fraction(rate) } }
        case .rate(let rate): object { $0.fraction(rate) }
        case .unitMonths(let hundredths, let unit):
            object {
                $0.plainString("unitMonths", hundredths: hundredths)
                $0.string("unit", unit.rawValue)
            }
        case .units(let hundredths, let unit):
            object {
                $0.plainString("units", hundredths: hundredths)
                $0.string("unit", unit.rawValue)
            }
        case .months(let count): object { $0.number("months", count) }
        }
    }

    /// An amount: `{"cents": 34620000, "euros": "346200.00"}`.
    mutating func money(_ amount: Money) {
        object {
            $0.number("cents", amount.cents)
            $0.plainString("euros", cents: amount.cents)
        }
    }

    /// A rate's members: `"numerator": 3, "denominator": 5`.
    private mutating func fraction(_ rate: Rate) {
        number("numerator", rate.numerator)
        number("denominator", rate.denominator)
    }

    mutating func citation(_ citation: Citation) {
        switch citation {
        case .document(let id, let section, let quote):
            let source = Source.named(id)
            object {
                $0.string("source", source.title)
                $0.string("publisher", source.publisher)
                $0.string("date", source.date)
                $0.string("section", section)
                $0.string("quote", quote)
            }
        case .scenario(let path):
            object { $0.string("scenario", path) }
        }
    }

    /// `citations` each once (``Swift/Array/uniquedCitations()``), as an array.
    mutating func sources(_ citations: [Citation]) {
        array(citations.uniquedCitations()) { $0.citation($1) }
    }
}
