import Enveloppe

/// The whole report as JSON for programs. Amounts are given both as integer
/// cents and as an exact decimal string (`"346200.00"`), never as a float.
public struct JSONReportRenderer: Sendable {
    let words: Wording
    public init(_ language: Language) { words = Wording(language) }

    public func render(_ report: RunReport) -> String {
        let call = report.call
        return JSONWriter.write(
            .object([
                "scenario": .object(["title": .string(report.title), "description": .string(report.description)]),
                "call": .object([
                    "preset": .string(call.id), "title": .string(call.title), "publisher": .string(call.publisher),
                    "document": .string(call.document), "convention": period(call.convention.value),
                    "paymentTermsAssumed": .bool(call.paymentTerms?.isFromScenario ?? false),
                ]),
                "households": .number(String(report.households)),
                "fte": .string(plain(hundredths: report.staffFTE.hundredths)),
                "figures": .array(report.allFigures.map(figure)),
                "months": .array(report.months.map(month)),
                "treasury": .object([
                    "lowestMonth": .string(report.treasury.lowestMonth.description),
                    "monthsInRed": .array(report.treasury.monthsInRed.map { .string($0.description) }),
                ]),
                "checks": .array(report.findings.map(finding)),
                "summary": .object([
                    "ok": .number(String(report.findings.filter { $0.status == .ok }.count)),
                    "warning": .number(String(report.findings.filter { $0.status == .warning }.count)),
                    "failure": .number(String(report.findings.filter { $0.status == .failure }.count)),
                ]),
            ]))
    }


    private func figure(_ figure: Figure) -> JSONValue {
        .object([
            "id": .string(figure.id), "label": .string(words.label(figure)), "value": quantity(figure.value),
            "text": .string(words.format.quantity(figure.value)),
            "sources": .array(figure.sources.uniquedCitations().map(citation)),
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
            "sources": .array(finding.sources.uniquedCitations().map(citation)),
        ])
    }

    func quantity(_ quantity: Quantity) -> JSONValue {
        switch quantity {
        case .money(let amount):
            return .object(["cents": .number(String(amount.cents)), "euros": .string(plain(cents: amount.cents))])
        case .count(let value): return .number(String(value))
        case .fte(let value): return .object(["fte": .string(plain(hundredths: value.hundredths))])
        case .rate(let rate):
            return .object(["numerator": .number(String(rate.numerator)), "denominator": .number(String(rate.denominator))])
        case .unitMonths(let hundredths, let unit):
            return .object(["unitMonths": .string(plain(hundredths: hundredths)), "unit": .string(unit.rawValue)])
        case .units(let hundredths, let unit):
            return .object(["units": .string(plain(hundredths: hundredths)), "unit": .string(unit.rawValue)])
        case .months(let count): return .object(["months": .number(String(count))])
        }
    }

    private func citation(_ citation: Citation) -> JSONValue {
        switch citation {
        case .document(let file, let section, let quote):
            return .object(["document": .string(file), "section": .string(section), "quote": .string(quote)])
        case .scenario(let path):
            return .object(["scenario": .string(path)])
        }
    }

    private func period(_ period: Period) -> JSONValue {
        .object([
            "start": .string(period.start.description), "end": .string(period.end.description),
            "months": .number(String(period.months)),
        ])
    }
}

/// `346200.00`: cents as a plain decimal, for machines.
func plain(cents: Int64) -> String {
    let magnitude = cents.magnitude
    let fraction = magnitude % 100
    return (cents < 0 ? "-" : "") + "\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

/// `7.5` from 750 hundredths; whole values without decimals.
func plain(hundredths: Int64) -> String {
    hundredths % 100 == 0 ? String(hundredths / 100) : plain(cents: hundredths)
}
