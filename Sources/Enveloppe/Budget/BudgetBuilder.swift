/// The budget prévisionnel of one convention period, derived from the projection:
/// one charge line per staff post and per cost line, one 74 line per envelope line,
/// the scenario's other income, and the contributions in kind on both sides.
enum BudgetBuilder {
    static func derived(
        scenario: Scenario, call: Call, lines: [LineReport], costs: [CostProjection], programme: Period, periodIndex: Int
    ) throws -> Budget {
        let period = call.periods[periodIndex]
        let first = programme.start.months(to: period.start)
        let range = first..<(first + period.months)
        let several = scenario.operators.count > 1
        var budget: [BudgetLine] = []
        var deposits = Money.zero
        for (o, op) in scenario.operators.enumerated() {
            let suffix = several ? " (\(op.name))" : ""
            for (j, post) in op.staff.enumerated() {
                let purposes = post.purposes + (post.role == .housingManagement ? [.housingManagement] : [])
                budget.append(
                    BudgetLine(
                        account: .staff, label: post.title + suffix, amount: try Money.sum(costs[o].posts[j][range]),
                        purposes: purposes + ExpensePurpose.inferred(from: post.title), origin: "operators[\(o)].staff[\(j)]"))
            }
            for (k, charge) in op.charges.enumerated() {
                let amount = try Money.sum(costs[o].chargeLines[k][range])
                if case .refundableDeposit = charge.basis {
                    deposits = try deposits + amount
                    continue
                }
                let account: CerfaAccount =
                    charge.kind == .indirect ? .indirectCharges : CerfaAccount(rawValue: String(charge.account)) ?? .otherExternalServices
                budget.append(
                    BudgetLine(
                        account: account, label: charge.label + suffix, amount: amount,
                        purposes: (charge.purpose.map { [$0] } ?? []) + ExpensePurpose.inferred(from: charge.label),
                        origin: "operators[\(o)].charges[\(k)]"))
            }
        }
        for line in lines {
            let funder = line.line.funder
            budget.append(
                BudgetLine(
                    account: .operatingSubsidies, label: "\(funder.name) – \(line.line.label)",
                    amount: line.periods[periodIndex].schedule.grant, subsidyLine: funder.subsidyLine, envelopeLine: line.line.id,
                    purposes: [], origin: "preset \(call.id)"))
        }
        budget += scenario.otherIncome
        for contribution in scenario.contributionsInKind {
            var used = contribution
            used.account = .contributionsInKindUsed
            var received = contribution
            received.account = .contributionsInKindReceived
            budget += [used, received]
        }
        return Budget(lines: budget, period: period, depositsAdvanced: deposits)
    }

    /// The candidate's own budget, its 74 lines matched to the call's envelope lines by the funders' names.
    static func candidate(_ lines: [BudgetLine], call: Call, period: Period) -> Budget {
        let matched = lines.map { line -> BudgetLine in
            guard line.account == .operatingSubsidies, line.envelopeLine == nil,
                let envelopeLine = call.lines.first(where: { $0.funder.isNamed(in: line.label) })
            else { return line }
            var copy = line
            copy.envelopeLine = envelopeLine.id
            copy.subsidyLine = copy.subsidyLine ?? envelopeLine.funder.subsidyLine
            return copy
        }
        return Budget(lines: matched, period: period, isSubmitted: true)
    }
}
