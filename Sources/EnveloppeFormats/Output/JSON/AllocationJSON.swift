import Enveloppe

/// `enveloppe allocate` as JSON, amounts in cents and as exact decimal strings.
struct AllocationJSON: Worded {
    let words: Wording

    func render(_ report: AllocationReport) throws -> JSONText {
        let money = JSONValue.money
        let totals = try report.totals
        return JSONText(
            .object([
                "title": .string(report.title), "preset": .string(report.call.id.rawValue), "method": .string(report.method.rawValue),
                "envelope": money(report.envelopeAmount),
                "envelopeMeasures": report.envelopeMeasures.map { .number(String($0)) } ?? .null,
                "candidates": .array(
                    report.rows.map { row in
                        .object([
                            "id": .string(row.candidate.id), "name": .string(row.candidate.name),
                            "measures": row.measures.map { .number(String($0)) } ?? .null,
                            "territory": row.candidate.territory.map { .string($0) } ?? .null,
                            "rank": row.candidate.rank.map { .number(String($0)) } ?? .null,
                            "amount": money(row.amount), "advance": money(row.advance), "balance": money(row.balance),
                        ])
                    }),
                "unallocatedMeasures": report.unallocatedMeasures.map { .number(String($0)) } ?? .null,
                "unallocated": money(report.unallocatedAmount),
                "totals": .object([
                    "measures": totals.measures.map { .number(String($0)) } ?? .null, "amount": money(totals.amount),
                    "advance": money(totals.advance), "balance": money(totals.balance),
                ]),
                "checks": .array(
                    report.findings.map { finding in
                        .object([
                            "id": .string(finding.id), "status": .string(finding.status.rawValue), "message": .string(words.sentence(finding)),
                            "sources": .array(finding.sources.uniquedCitations().map(JSONValue.citation)),
                        ])
                    }),
            ]))
    }
}
