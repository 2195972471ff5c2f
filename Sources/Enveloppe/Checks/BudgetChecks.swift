/// The checks of one period's budget prévisionnel: balanced, subsidies asked for
/// against what the call gives, the cap on charges, cost per household, staff share,
/// advance and balance arithmetic.
enum BudgetChecks {
    static func findings(
        budget: Budget, suffix: String, scenario: Scenario, call: Call, lines: [LineReport], periodIndex: Int
    ) throws -> [Finding] {
        var findings: [Finding] = []
        // Each line of the budget as an operand: a field of the file the candidate submitted, or a projection.
        let operand = { (line: BudgetLine) -> Explained in
            budget.isSubmitted
                ? .field(.money(line.amount), path: "budget: \(line.origin), « \(line.label) »")
                : .projection(.money(line.amount), of: line.origin)
        }
        let chargesTotal = try Explained.sum(budget.charges.map(operand))
        let charges = chargesTotal.money
        // A scenario that describes no cost has no budget to check.
        guard budget.isSubmitted || charges > .zero else { return [] }
        let incomeTotal = try Explained.sum(budget.income.map(operand))
        let income = incomeTotal.money
        let used = try budget.total(budget.contributionsUsed)
        let received = try budget.total(budget.contributionsReceived)
        let chargesFigure = Figure(id: "budget.charges\(suffix)", kind: .budgetCharges, explained: chargesTotal)
        let incomeFigure = Figure(id: "budget.produits\(suffix)", kind: .budgetIncome, explained: incomeTotal)
        findings.append(
            Finding(
                id: "budget.equilibre\(suffix)", status: try budget.isBalanced ? .ok : budget.isSubmitted ? .failure : .warning,
                comparison: .budgetBalance(
                    charges: charges, income: income, inKindUsed: used, inKindReceived: received, period: budget.period,
                    submitted: budget.isSubmitted),
                sources: [], figures: [chargesFigure, incomeFigure]))
        // The cap's base is what the funders would pay: each request up to what the call gives.
        var payable: [Explained] = []
        for line in lines {
            let period = line.periods[periodIndex]
            let requestedTerm = try Explained.sum(budget.lines.filter { $0.envelopeLine == line.line.id }.map(operand))
            let requestedFigure = Figure(id: "subvention.\(line.line.id)\(suffix).demandee", kind: .subsidyRequested, subject: line.line.label, explained: requestedTerm)
            let requested = requestedTerm.money
            payable.append(.minimum(requestedFigure.asOperand, period.payments[0].asOperand))
            let status: Finding.Status =
                requested == period.schedule.grant ? .ok : requested > period.schedule.grant || requested == .zero ? .failure : .warning
            findings.append(
                Finding(
                    id: "subvention.\(line.line.id)\(suffix)", status: status,
                    comparison: .subsidyRequested(
                        line: line.line.label, funder: line.line.funder.name, requested: requested, entitled: period.schedule.grant),
                    sources: line.amount.sources, figures: [requestedFigure]))
        }
        let staff = try Explained.sum(budget.charges.filter { $0.account == .staff }.map(operand))
        let indirect = try Explained.sum(budget.charges.filter { $0.account == .indirectCharges }.map(operand))
        let direct = try Explained.sum(budget.charges.filter { $0.account != .staff && $0.account != .indirectCharges }.map(operand))
        if let cap = call.cap {
            findings.append(
                try CapCheck.finding(
                    cap: cap, staff: staff, direct: direct, indirect: indirect, subsidy: try .sum(payable), period: budget.period,
                    suffix: suffix))
        }
        if scenario.households > 0, charges > .zero {
            let grants = try Money.sum(lines.map { $0.periods[periodIndex].schedule.grant })
            let households = Explained.field(.count(scenario.households), path: "operators[].households")
            let perHousehold = Figure(
                id: "cout.menage.charges\(suffix)", kind: .chargesPerHousehold,
                explained: try .scaled(chargesFigure.asOperand, by: .constant(.count(1)), over: households))
            findings.append(
                Finding(
                    id: "cout.menage\(suffix)", status: charges <= grants ? .ok : .warning,
                    comparison: .costPerHousehold(
                        cost: perHousehold.explanation!.money,
                        funded: try grants.scaled(by: 1, over: scenario.households), households: scenario.households),
                    sources: lines.flatMap { Array($0.amount.sources.prefix(1)) }, figures: [perHousehold]))
            findings.append(
                Finding(
                    id: "personnel.part\(suffix)", status: .ok,
                    comparison: .staffShare(staff: staff.money, charges: charges), sources: []))
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
