import Enveloppe

/// The whole report as JSON for programs. Amounts are given both as integer cents and as an exact decimal string
/// (`"346200.00"`), never as a float.
///
/// Written straight into bytes as it goes (``JSONStream``): the national report is 12 MB of JSON, and a tree of
/// values built first, then measured and walked, cost more than the writing itself.
struct RunJSON: Worded {
    let words: Wording

    func render(_ evaluation: Evaluation) -> JSONText {
        let report = evaluation.report
        let call = report.call
        // Room for about twice the text (a national figure takes 1 KB, a month 700 bytes), so the buffer is never
        // grown and copied: pages never written are never touched, and cost no memory.
        var json = JSONStream(capacity: 4_096 + 2_048 * (evaluation.allFigures.count + report.months.count + evaluation.findings.count))
        json.object { json in
            json.object("scenario") { json in
                json.string("title", report.title)
                json.string("description", report.description)
            }
            json.object("call") { json in
                json.string("preset", call.id.rawValue)
                json.string("title", call.title)
                json.string("publisher", call.publisher)
                json.string("source", call.sourceName)
                json.key("convention")
                period(call.convention.value, into: &json)
                json.bool("paymentTermsAssumed", call.paymentTerms?.isFromScenario ?? false)
            }
            json.number("households", report.households)
            // The team's FTE (encadrement, social work, care); the posts outside it apart.
            json.plainString("fte", hundredths: report.teamFTE.hundredths)
            json.plainString("fteOutsideTeam", hundredths: report.supportFTE.hundredths)
            json.key("figures")
            figures(evaluation.allFigures, into: &json)
            json.array("months", report.months) { month($1, into: &$0) }
            json.object("treasury") { json in
                json.string("lowestMonth", report.treasury.lowestMonth.description)
                json.array("monthsInRed", report.treasury.monthsInRed) { $0.string($1.description) }
            }
            json.array("checks", evaluation.findings) { finding($1, into: &$0) }
            json.object("summary") { json in
                json.number("ok", evaluation.findings.filter { $0.status == .ok }.count)
                json.number("warning", evaluation.findings.filter { $0.status == .warning }.count)
                json.number("failure", evaluation.findings.filter { $0.status == .failure }.count)
            }
        }
        return json.text()
    }

    /// Each figure with its sources (each figure's gathered once and kept, ``Figure/sources``); each cited passage or field is written once and its bytes copied for every later
    /// figure citing it (the national report's 11 500 figures cite 40 000 of them, 900 different).
    private func figures(_ figures: [Figure], into json: inout JSONStream) {
        var written: [Citation: JSONStream.Kept] = [:]
        json.array(figures) { json, figure in
            json.object { json in
                json.string("id", figure.id.rawValue)
                json.string("label", words.label(figure))
                json.key("value")
                json.quantity(figure.value)
                json.string("text", words.format.quantity(figure.value))
                json.array("sources", figure.sources.uniquedCitations()) { json, citation in
                    if let kept = written[citation] {
                        json.again(kept)
                    } else {
                        written[citation] = json.keeping { $0.citation(citation) }
                    }
                }
            }
        }
    }

    private func month(_ row: MonthRow, into json: inout JSONStream) {
        json.object { json in
            json.string("month", row.month.description)
            json.bool("inProgramme", row.isInProgramme)
            json.number("households", row.accompanied)
            json.number("entries", row.entries)
            json.number("exits", row.exits)
            json.number("housed", row.housed)
            json.number("measureMonthsToDate", row.measureMonthsToDate)
            json.plainString("fte", hundredths: row.fteHundredths)
            json.plainString("advances", cents: row.advances.cents)
            json.plainString("balances", cents: row.balances.cents)
            json.plainString("depositsReturned", cents: row.depositsReturned.cents)
            json.plainString("staff", cents: row.staff.cents)
            json.plainString("directCharges", cents: row.directNonStaff.cents)
            json.plainString("indirectCharges", cents: row.indirect.cents)
            json.plainString("depositsPaid", cents: row.depositsPaid.cents)
            json.plainString("reversements", cents: row.reversements.cents)
            json.plainString("serviceFaitToDate", cents: row.serviceFaitToDate.cents)
            json.plainString("paymentsToDate", cents: row.paymentsToDate.cents)
            json.plainString("treasury", cents: row.treasury.cents)
        }
    }

    private func finding(_ finding: Finding, into json: inout JSONStream) {
        json.object { json in
            json.string("id", finding.id)
            json.string("status", finding.status.rawValue)
            json.string("message", words.sentence(finding))
            json.key("sources")
            json.sources(finding.sources)
        }
    }

    private func period(_ period: Period, into json: inout JSONStream) {
        json.object { json in
            json.string("start", period.start.description)
            json.string("end", period.end.description)
            json.number("months", period.months)
        }
    }
}
