/// Every coherence check of a scenario against its call, in the order they are reported.
enum Checks {
    static func findings(
        scenario: Scenario, call: Call, lines: [LineReport], budgets: [Budget], paymentTerms: Cited<PaymentTerms>,
        treasury: TreasurySummary, continuingAfter: Int64
    ) throws -> [Finding] {
        let total = try Money.sum(lines.map(\.schedule.grant))
        let grantSources = lines.flatMap { Array($0.amount.sources.prefix(1)) }
        var findings: [Finding] = []
        if let stated = call.envelopeTotal {
            findings.append(
                Finding(
                    id: "enveloppe.total", status: total == stated.value ? .ok : .failure,
                    comparison: .envelopeTotal(sumOfLines: total, stated: stated.value), sources: [stated.citation] + grantSources))
        }
        if let callHouseholds = call.households {
            findings.append(
                Finding(
                    id: "menages.appel", status: scenario.households == callHouseholds.value ? .ok : .warning,
                    comparison: .households(scenario: scenario.households, call: callHouseholds.value),
                    sources: [callHouseholds.citation]))
        }
        for quota in call.territoryQuotas {
            let inTerritory = scenario.operators.filter { $0.territory == quota.territory }.reduce(0) { $0 + $1.households }
            findings.append(
                Finding(
                    id: "menages.territoire.\(quota.territory)", status: inTerritory == quota.measures.value ? .ok : .warning,
                    comparison: .territoryQuota(territory: quota.territory, scenario: inTerritory, quota: quota.measures.value),
                    sources: [quota.measures.citation]))
        }
        if let team = call.team {
            findings += TeamChecks.findings(scenario: scenario, team: team, callHouseholds: call.households)
        }
        for (index, budget) in budgets.enumerated() {
            findings += try BudgetChecks.findings(
                budget: budget, suffix: index == 0 ? "" : ".periode-\(index + 1)", scenario: scenario, call: call, lines: lines,
                periodIndex: index)
        }
        findings += try ExpenseChecks.findings(call: call, budget: budgets[0], scenario: scenario)
        findings.append(
            Finding(
                id: "paiement.conditions", status: paymentTerms.isFromScenario ? .warning : .ok,
                comparison: .paymentTerms(advanceRate: paymentTerms.value.advanceRate, assumed: paymentTerms.isFromScenario),
                sources: [paymentTerms.citation]))
        for line in lines {
            for (index, period) in line.periods.enumerated() {
                let suffix = index == 0 ? "" : ".periode-\(index + 1)"
                findings.append(
                    Finding(
                        id: "paiement.\(line.line.id)\(suffix).service-fait",
                        status: period.schedule.serviceFait >= period.schedule.grant ? .ok : .warning,
                        comparison: .serviceFait(
                            line: line.line.label, period: period.period, serviceFait: period.schedule.serviceFait,
                            grant: period.schedule.grant, reversement: period.schedule.reversement),
                        sources: period.payments[2].sources + [paymentTerms.citation]))
            }
        }
        findings.append(
            Finding(
                id: "tresorerie.point-bas", status: treasury.monthsInRed.isEmpty ? .ok : .warning,
                comparison: .treasury(
                    lowest: treasury.lowest.money ?? .zero, month: treasury.lowestMonth,
                    need: treasury.workingCapitalNeed.money ?? .zero, monthsInRed: treasury.monthsInRed.count,
                    delaysAssumed: call.paymentDelaysSource == nil),
                sources: call.paymentDelaysSource.map { [$0] } ?? []))
        let months = call.accompanimentMonths.value
        let programmeEnd = call.periods.last!.end
        findings.append(
            Finding(
                id: "convention.duree", status: months <= call.convention.value.months ? .ok : .warning,
                comparison: .accompanimentFits(months: months, convention: call.convention.value),
                sources: [call.accompanimentMonths.citation, call.convention.citation]))
        findings.append(
            Finding(
                id: "convention.mesures-apres-la-fin", status: continuingAfter == 0 ? .ok : .warning,
                comparison: .measuresAfterEnd(households: continuingAfter, end: programmeEnd),
                sources: [call.accompanimentMonths.citation, call.convention.citation]))
        return findings
    }
}
