import Enveloppe

/// `enveloppe explain --format json`: the figures, or one figure's derivation as a tree of operations.
struct ExplainJSON: Worded {
    let words: Wording

    /// Every figure with its identifier, value and label.
    func list(_ figures: [Figure], title: String) -> JSONText {
        JSONText(
            .object([
                "title": .string(title),
                "figures": .array(
                    figures.map {
                        .object(["id": .string($0.id.rawValue), "label": .string(words.label($0)), "value": .quantity($0.value)])
                    }),
            ]))
    }

    func tree(_ figure: Figure) -> JSONText {
        let text = ExplainText(words: words)
        func node(_ e: Explained) -> JSONValue {
            let value = JSONValue.quantity(e.value)
            switch e.derivation {
            case .parameter(let citation):
                if case .scenario(let path) = citation { return .object(["value": value, "field": .string(path)]) }
                return .object(["value": value, "parameter": .citation(citation)])
            case .field(let path): return .object(["value": value, "field": .string(path)])
            case .projection(let path): return .object(["value": value, "projection": .string(path)])
            case .apportionment(let step): return .object(["value": value, "apportionment": .string(step.rawValue)])
            case .constant: return .object(["value": value, "constant": .bool(true)])
            case .figure(let figure): return .object(["value": value, "figure": .string(figure.id.rawValue), "derivation": node(figure.inner)])
            case .operation(let op, let operands):
                return .object([
                    "value": value, "operation": .string(ExplainJSON.name(op)), "text": .string(text.operation(op, operands)),
                    "operands": .array(operands.map(node)),
                ])
            }
        }
        return JSONText(
            .object(["id": .string(figure.id.rawValue), "label": .string(words.label(figure)), "derivation": figure.explanation.map(node) ?? .null]))
    }

    static func name(_ op: Operation) -> String {
        switch op {
        case .sum: "sum"
        case .difference: "difference"
        case .positiveDifference: "positiveDifference"
        case .minimum: "minimum"
        case .scaled(let r): "scaled(\(r.rawValue))"
        case .rated(let r): "rated(\(r.rawValue))"
        case .product: "product"
        case .ratio: "ratio"
        case .share(let key): "share(\(key))"
        }
    }
}
