import Enveloppe

/// The whole report as JSON for programs. Amounts are given both as integer
/// cents and as an exact decimal string (`"346200.00"`), never as a float.
struct RunJSON: Worded {
    let words: Wording

    func render(_ evaluation: Evaluation) -> JSONText {
        let report = evaluation.report
        let call = report.call
        return JSONText(
            .object([
                "scenario": .object(["title": .string(report.title), "description": .string(report.description)]),
                "call": .object([
                    "preset": .string(call.id.rawValue), "title": .string(call.title), "publisher": .string(call.publisher),
                    "source": .string(call.sourceName), "convention": period(call.convention.value),
                    "paymentTermsAssumed": .bool(call.paymentTerms?.isFromScenario ?? false),
                ]),
                "households": .number(String(report.households)),
                "fte": .string(plain(hundredths: report.staffFTE.hundredths)),
                "figures": figures(evaluation.allFigures),
                "months": .array(report.months.map(month)),
                "treasury": .object([
                    "lowestMonth": .string(report.treasury.lowestMonth.description),
                    "monthsInRed": .array(report.treasury.monthsInRed.map { .string($0.description) }),
                ]),
                "checks": .array(evaluation.findings.map(finding)),
                "summary": .object([
                    "ok": .number(String(evaluation.findings.filter { $0.status == .ok }.count)),
                    "warning": .number(String(evaluation.findings.filter { $0.status == .warning }.count)),
                    "failure": .number(String(evaluation.findings.filter { $0.status == .failure }.count)),
                ]),
            ]))
    }

    /// Each figure with its sources. The sources of a figure are gathered once, not again inside every figure above
    /// it, and each cited passage's value is built once for the thousands of figures citing it; both are let go before
    /// the text is written.
    private func figures(_ figures: [Figure]) -> JSONValue {
        var sources = FigureSources()
        var cited: [Citation: JSONValue] = [:]
        return .array(figures.map { figure($0, sources: sources.of($0), cited: &cited) })
    }

    private func figure(_ figure: Figure, sources: [Citation], cited: inout [Citation: JSONValue]) -> JSONValue {
        .object([
            "id": .string(figure.id.rawValue), "label": .string(words.label(figure)), "value": JSONValue.quantity(figure.value),
            "text": .string(words.format.quantity(figure.value)),
            "sources": .sources(sources, cited: &cited),
        ])
    }

    private func month(_ row: MonthRow) -> JSONValue {
        let money = { (amount: Money) in JSONValue.string(plain(cents: amount.cents)) }
        return .object([
            "month": .string(row.month.description), "inProgramme": .bool(row.isInProgramme),
            "households": .number(String(row.accompanied)), "entries": .number(String(row.entries)),
            "exits": .number(String(row.exits)), "housed": .number(String(row.housed)),
            "measureMonthsToDate": .number(String(row.measureMonthsToDate)), "fte": .string(plain(hundredths: row.fteHundredths)),
            "advances": money(row.advances), "balances": money(row.balances), "depositsReturned": money(row.depositsReturned),
            "staff": money(row.staff), "directCharges": money(row.directNonStaff), "indirectCharges": money(row.indirect),
            "depositsPaid": money(row.depositsPaid), "reversements": money(row.reversements),
            "serviceFaitToDate": money(row.serviceFaitToDate), "paymentsToDate": money(row.paymentsToDate),
            "treasury": money(row.treasury),
        ])
    }

    private func finding(_ finding: Finding) -> JSONValue {
        .object([
            "id": .string(finding.id), "status": .string(finding.status.rawValue),
            "message": .string(words.sentence(finding)),
            "sources": .array(finding.sources.uniquedCitations().map(JSONValue.citation)),
        ])
    }

    private func period(_ period: Period) -> JSONValue {
        .object([
            "start": .string(period.start.description), "end": .string(period.end.description),
            "months": .number(String(period.months)),
        ])
    }
}
