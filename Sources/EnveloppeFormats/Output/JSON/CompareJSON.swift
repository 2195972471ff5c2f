import Enveloppe

/// `enveloppe compare` as JSON: each application's key figures, like with like, amounts in cents and as
/// exact decimal strings.
extension CompareRows {
    func json(_ summaries: [(file: String, summary: ApplicationSummary)]) -> JSONText {
        let money = JSONValue.money
        return JSONText(
            .object([
                "applications": .array(
                    summaries.map { file, s in
                        .object([
                            "file": .string(file), "shortName": .string(s.shortName), "title": .string(s.title), "call": .string(s.call),
                            "households": .number(String(s.households)), "fte": .string(plain(hundredths: s.fte.hundredths)),
                            "grant": money(s.grant),
                            "grants": .array(
                                s.grants.map { g in
                                    .object([
                                        "line": .string(g.line), "funder": .string(g.funder), "requested": money(g.requested),
                                        "provided": money(g.provided),
                                    ])
                                }),
                            "cap": s.cap.map { c in
                                .object([
                                    "capped": money(c.capped), "base": money(c.base),
                                    "rate": .object([
                                        "numerator": .number(String(c.rate.numerator)), "denominator": .number(String(c.rate.denominator)),
                                    ]),
                                    "limit": money(c.limit), "margin": money(c.margin),
                                ])
                            } ?? .null,
                            "budget": .object([
                                "charges": money(s.budgetCharges), "income": money(s.budgetIncome), "filed": .bool(s.budgetFiled),
                                "balanced": .bool(s.budgetCharges == s.budgetIncome),
                            ]),
                            "costPerHousehold": money(s.costPerHousehold),
                            "treasury": .object([
                                "opening": money(s.openingBalance), "cashNeed": money(s.cashNeed), "lowPoint": money(s.treasuryLowPoint),
                                "lowPointMonth": .string(s.treasuryLowMonth.description), "finalResult": money(s.finalResult),
                                "unspentGrants": money(s.unspentGrants),
                            ]),
                            "failures": .number(String(s.failures)), "warnings": .number(String(s.warnings)),
                            "failing": .array(
                                s.failing.map { .object(["id": .string($0.id), "name": .string(words.checkName($0))]) }),
                        ])
                    })
            ]))
    }
}
