import Enveloppe

/// `enveloppe whatif` as JSON: each call's cost per household, what the amount funds and what the
/// households need; amounts in cents and as exact decimal strings.
struct WhatIfJSON: Worded {
    let words: Wording

    func render(_ document: WhatIfDocument) -> JSONText {
        let money = JSONValue.money
        return JSONText(
            .object([
                "amount": document.amount.map(money) ?? .null,
                "households": document.households.map { .number(String($0)) } ?? .null,
                "calls": .array(
                    document.rows.map { row in
                        .object([
                            "preset": .string(row.call.id.rawValue), "title": .string(row.call.title),
                            "perHousehold": .object([
                                "amount": money(row.perHousehold.amount), "households": .number(String(row.perHousehold.households)),
                            ]),
                            "costPerHousehold": money(row.costPerHousehold),
                            "funded": row.funded.map {
                                .object(["households": .number(String($0.households)), "remainder": money($0.remainder)])
                            } ?? .null,
                            "needed": row.needed.map(money) ?? .null,
                            "sources": .array(row.sources.uniquedCitations().map(JSONValue.citation)),
                        ])
                    }),
            ]))
    }
}
