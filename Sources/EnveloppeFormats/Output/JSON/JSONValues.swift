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

    /// `citations` each once (``Swift/Array/uniquedCitations()``), as an array; `cited` keeps each citation's value,
    /// built once and shared by every figure that cites it.
    static func sources(_ citations: [Citation], cited: inout [Citation: JSONValue]) -> JSONValue {
        .array(
            citations.uniquedCitations().map { citation in
                if let value = cited[citation] { return value }
                let value = JSONValue.citation(citation)
                cited[citation] = value
                return value
            })
    }

    /// An amount: `{"cents": 34620000, "euros": "346200.00"}`.
    static func money(_ amount: Money) -> JSONValue { quantity(.money(amount)) }
}
