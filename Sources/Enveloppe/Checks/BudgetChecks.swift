/// The checks of one period's budget prévisionnel: balanced, subsidies asked for
/// against what the call gives, the cap on charges, cost per household, staff share,
/// advance and balance arithmetic.
enum BudgetChecks {
    static func findings(
        budget: Budget, suffix: String, scenario: Scenario, call: Call, lines: [LineReport], periodIndex: Int
    ) throws -> [Finding] {
        var findings: [Finding] = []
        let charges = try budget.totalCharges
        // A scenario that describes no cost has no budget to check.
        guard budget.isSubmitted || charges > .zero else { return [] }
        let income = try budget.totalIncome
        let used = try budget.total(budget.contributionsUsed)
        let received = try budget.total(budget.contributionsReceived)
        findings.append(
            Finding(
                id: "budget.equilibre\(suffix)", status: try budget.isBalanced ? .ok : budget.isSubmitted ? .failure : .warning,
                comparison: .budgetBalance(
                    charges: charges, income: income, inKindUsed: used, inKindReceived: received, period: budget.period,
                    submitted: budget.isSubmitted),
                sources: []))
        // The cap's base is what the funders would pay: each request up to what the call gives.
        var payable = Money.zero
        for line in lines {
            let period = line.periods[periodIndex]
            let requested = try Money.sum(budget.lines.filter { $0.envelopeLine == line.line.id }.map(\.amount))
            payable = try payable + min(requested, period.schedule.grant)
            let status: Finding.Status =
                requested == period.schedule.grant ? .ok : requested > period.schedule.grant || requested == .zero ? .failure : .warning
            findings.append(
                Finding(
                    id: "subvention.\(line.line.id)\(suffix)", status: status,
                    comparison: .subsidyRequested(
                        line: line.line.label, funder: line.line.funder.name, requested: requested, entitled: period.schedule.grant),
                    sources: line.amount.sources))
        }
        let kinds = try budget.chargesByKind
        let periodCharges = RunReport.Charges(period: budget.period, staff: kinds.staff, directNonStaff: kinds.directNonStaff, indirect: kinds.indirect)
        if let cap = call.cap, !periodCharges.isEmpty {
            findings.append(try CapCheck.finding(cap: cap, charges: periodCharges, subsidy: payable, suffix: suffix))
        }
        if scenario.households > 0, charges > .zero {
            let grants = try Money.sum(lines.map { $0.periods[periodIndex].schedule.grant })
            findings.append(
                Finding(
                    id: "cout.menage\(suffix)", status: charges <= grants ? .ok : .warning,
                    comparison: .costPerHousehold(
                        cost: try charges.scaled(by: 1, over: scenario.households),
                        funded: try grants.scaled(by: 1, over: scenario.households), households: scenario.households),
                    sources: lines.flatMap { Array($0.amount.sources.prefix(1)) }))
            findings.append(
                Finding(
                    id: "personnel.part\(suffix)", status: .ok,
                    comparison: .staffShare(staff: kinds.staff, charges: charges), sources: []))
        }
        if periodIndex == 0, let terms = call.paymentTerms {
            for line in lines {
                let schedule = line.schedule
                findings.append(
                    Finding(
                        id: "paiement.\(line.line.id).arithmetique",
                        status: try schedule.advance + (schedule.grant - schedule.advance) == schedule.grant ? .ok : .failure,
                        comparison: .paymentArithmetic(
                            line: line.line.label, grant: schedule.grant, rate: terms.value.advanceRate, advance: schedule.advance,
                            balanceAtFullServiceFait: try schedule.grant - schedule.advance),
                        sources: [terms.citation]))
            }
        }
        return findings
    }
}
