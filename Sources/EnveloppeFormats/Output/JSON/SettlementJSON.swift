import Enveloppe

/// `enveloppe settle` as JSON: the activity counted against the plan to date, each convention settled,
/// the totals per operator and in all; amounts in cents and as exact decimal strings.
struct SettlementJSON: Worded {
    let words: Wording

    /// - Parameters:
    ///   - call: What the conventions were granted under, as the run's JSON names it (`call`); `null` when unknown.
    ///   - countsFile: The counts file read (`countsFile`), as given to the command; `null` when unknown.
    func render(_ s: Settlement, call: Call? = nil, countsFile: String? = nil) -> JSONText {
        let money = JSONValue.money
        let count = { (value: Int64?) in value.map { JSONValue.number(plain(hundredths: $0)) } ?? .null }
        let totals = { (t: Settlement.Totals) in
            JSONValue.object([
                "grant": money(t.grant), "advance": money(t.advance), "plannedServiceFait": money(t.plannedServiceFait),
                "serviceFaitToDate": money(t.serviceFaitToDate), "serviceFaitForYear": money(t.serviceFaitForYear), "gap": money(t.gap),
                "balance": money(t.balance), "reversement": money(t.reversement),
            ])
        }
        let rows = SettlementRows(words: words)
        return JSONText(
            .object([
                "title": .string(s.title),
                "call": call.map { call in
                    .object([
                        "preset": .string(call.id.rawValue), "title": .string(call.title), "publisher": .string(call.publisher),
                        "source": .string(call.sourceName),
                    ])
                } ?? .null,
                "countsFile": countsFile.map(JSONValue.string) ?? .null,
                "periods": .array(
                    s.periods.map {
                        .object(["start": .string($0.start.description), "end": .string($0.end.description), "months": .number(String($0.months))])
                    }),
                "lastCounted": s.lastCounted.map { .string($0.description) } ?? .null,
                "complete": .bool(s.isComplete), "forecast": .bool(s.isForecast),
                "threshold": .object(["numerator": .number(String(s.threshold.numerator)), "denominator": .number(String(s.threshold.denominator))]),
                "headline": .string(rows.headline(s)),
                // Whether the figures are final, incomplete or a forecast, and the operators no count names, in words.
                "status": .string(rows.status(s)),
                "activity": .array(
                    s.activity.map { a in
                        .object([
                            "operator": .string(a.operatorID.rawValue), "name": .string(a.name),
                            "plannedMeasureMonthsToDate": .number(String(a.plannedMeasureMonthsToDate)),
                            "countedMeasureMonths": .number(String(a.countedMeasureMonths)),
                            "plannedMeasureMonths": .number(String(a.plannedMeasureMonths)),
                            "monthsWithoutCount": .array(a.monthsWithoutCount.map { .string($0.description) }),
                            // No line of the counts names the operator: its months are all taken as zero.
                            "uncounted": .bool(a.isUncounted),
                        ])
                    }),
                "conventions": .array(
                    s.conventions.map { c in
                        .object([
                            "period": .object(["start": .string(c.period.start.description), "end": .string(c.period.end.description)]),
                            "holder": .string(s.holderName(c)), "line": .string(c.line.id.rawValue), "label": .string(c.line.label),
                            "grant": money(c.grant), "advance": money(c.advance), "plannedUnitMonths": count(c.plannedUnitMonths),
                            "unitMonthsToDate": count(c.unitMonthsToDate), "unitMonthsForYear": count(c.unitMonthsForYear),
                            "plannedServiceFait": money(c.plannedServiceFait), "serviceFaitToDate": money(c.serviceFaitToDate),
                            "serviceFaitForYear": money(c.serviceFaitForYear), "gap": money(c.gap), "significant": .bool(c.isSignificant),
                            "balance": money(c.balance), "reversement": money(c.reversement), "explanation": .string(rows.explanation(s, c)),
                        ])
                    }),
                "operatorTotals": .array(
                    s.operatorTotals.map {
                        .object(["operator": .string($0.operatorID.rawValue), "name": .string($0.name), "totals": totals($0.totals)])
                    }),
                "total": totals(s.total),
                "sources": .array(s.sources.uniquedCitations().map(JSONValue.citation)),
            ]))
    }
}
