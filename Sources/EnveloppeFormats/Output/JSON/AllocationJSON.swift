import Enveloppe

/// `enveloppe allocate` as JSON, amounts in cents and as exact decimal strings.
struct AllocationJSON: Worded {
    let words: Wording

    func render(_ report: AllocationReport) -> String {
        let money = JSONValue.money
        return JSONWriter.write(
            .object([
                "title": .string(report.title), "preset": .string(report.call.id.rawValue), "method": .string(report.method.rawValue),
                "envelope": money(report.envelopeAmount),
                "envelopeMeasures": report.envelopeMeasures.map { .number(String($0)) } ?? .null,
                "candidates": .array(
                    report.rows.map { row in
                        .object([
                            "id": .string(row.candidate.id), "name": .string(row.candidate.name),
                            "measures": row.measures.map { .number(String($0)) } ?? .null,
                            "amount": money(row.amount), "advance": money(row.advance), "balance": money(row.balance),
                        ])
                    }),
                "unallocatedMeasures": report.unallocatedMeasures.map { .number(String($0)) } ?? .null,
                "unallocated": money(report.unallocatedAmount),
            ]))
    }
}
