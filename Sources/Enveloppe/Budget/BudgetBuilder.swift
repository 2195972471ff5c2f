/// The budget prévisionnel of one convention period, derived from the projection:
/// one charge line per staff post and per cost line, one 74 line per envelope line,
/// the scenario's other income, and the contributions in kind on both sides.
public enum BudgetBuilder {
    /// The budget of each convention period: the candidate's own for the first period when the
    /// scenario gives one, otherwise derived from the projection.
    public static func budgets(resolved: ResolvedScenario, lines: [LineGrant], projection: Projection) throws -> [Budget] {
        let periods = resolved.call.periods
        var purposes: LabelPurposes?
        return try periods.indices.map { index in
            if index == 0, let filed = resolved.scenario.candidateBudget {
                return candidate(filed, call: resolved.call, period: periods[0])
            }
            if purposes == nil { purposes = LabelPurposes(resolved.scenario.operators) }
            return try derived(resolved: resolved, lines: lines, projection: projection, periodIndex: index, purposes: purposes!)
        }
    }

    /// What each post's title and each charge's label show (``ExpensePurpose/inferred(from:)``), found once per
    /// operator rather than once per convention period: `staff[o][j]`, `charges[o][k]`.
    struct LabelPurposes {
        let staff: [[[ExpensePurpose]]]
        let charges: [[[ExpensePurpose]]]

        init(_ operators: [Operator]) {
            staff = operators.map { $0.staff.map { ExpensePurpose.inferred(from: $0.title) } }
            charges = operators.map { $0.charges.map { ExpensePurpose.inferred(from: $0.label) } }
        }
    }

    static func derived(
        resolved: ResolvedScenario, lines: [LineGrant], projection: Projection, periodIndex: Int, purposes inferred: LabelPurposes
    ) throws -> Budget {
        let scenario = resolved.scenario
        let call = resolved.call
        let costs = projection.costs
        let programme = projection.programme
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
                        purposes: purposes + inferred.staff[o][j], origin: "operators[\(o)].staff[\(j)]"))
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
                        purposes: (charge.purpose.map { [$0] } ?? []) + inferred.charges[o][k],
                        origin: "operators[\(o)].charges[\(k)]"))
            }
        }
        for line in lines {
            let funder = line.line.funder
            budget.append(
                BudgetLine(
                    account: .operatingSubsidies, label: "\(funder.name) – \(line.line.label)",
                    amount: line.periods[periodIndex].grant.amount, subsidyLine: funder.subsidyLine, envelopeLine: line.line.id,
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
        // Changed in place: the lines are copied only if one of them is matched (a filed budget may have a million).
        var matched = lines
        for index in lines.indices where lines[index].account == .operatingSubsidies && lines[index].envelopeLine == nil {
            guard let envelopeLine = call.lines.first(where: { $0.funder.isNamed(in: lines[index].label) }) else { continue }
            matched[index].envelopeLine = envelopeLine.id
            matched[index].subsidyLine = matched[index].subsidyLine ?? envelopeLine.funder.subsidyLine
        }
        return Budget(lines: matched, period: period, isSubmitted: true)
    }
}
