/// The budget prévisionnel of one convention period, derived from the projection:
/// one charge line per staff post and per cost line, one 74 line per envelope line,
/// the scenario's other income, and the contributions in kind on both sides.
public enum BudgetBuilder {
    /// The budget of each convention period: the candidate's own for the first period when the
    /// scenario gives one, otherwise derived from the projection.
    public static func budgets(resolved: ResolvedScenario, lines: [LineGrant], projection: Projection) throws -> [Budget] {
        let periods = resolved.call.periods
        var operatorLines: [OperatorLines]?
        return try periods.indices.map { index in
            if index == 0, let filed = resolved.scenario.candidateBudget {
                return candidate(filed, call: resolved.call, period: periods[0])
            }
            if operatorLines == nil { operatorLines = OperatorLines.lines(of: resolved.scenario.operators) }
            return try derived(resolved: resolved, lines: lines, projection: projection, periodIndex: index, operatorLines: operatorLines!)
        }
    }

    /// A line an operator's post or charge gives every period's budget: its account, purposes (those the scenario
    /// states, then those its title or label shows, ``ExpensePurpose/inferred(from:)``) and the parts of its label
    /// and origin (joined when read, ``BudgetLine``) depend only on the operator, so they are made once per operator
    /// rather than once per convention period; only the amount, the line's total over the period's months
    /// (``CostProjection/lineTotals``), changes.
    ///
    /// The lines (their amounts left at zero) are read where they lie, each copied once into the budget: kept in the
    /// cases of an enumeration, each was copied with its case, then again out of it, in each period.
    struct OperatorLines {
        /// The operator's posts' lines, then its charges', each with its place in its list.
        var lines: [Placed] = []
        /// The places of its refundable deposits among its charges, `costs.total(charge: k, period:)`: money advanced,
        /// not lines of the budget.
        var deposits: [Int] = []

        /// A line and the place of its post (its totals `costs.total(post: index, period:)`) or charge
        /// (`costs.total(charge: index, period:)`).
        struct Placed {
            let isPost: Bool
            let index: Int
            let line: BudgetLine
        }

        /// Each operator's lines, in the budget's order: its posts, then its charges.
        static func lines(of operators: [Operator]) -> [OperatorLines] {
            let several = operators.count > 1
            // What a title or label shows depends on its words alone: read once per label, not once per operator
            // (a national programme's 440 operators have the same few posts).
            // The label last met in the same place (the same post or charge of an earlier operator) is looked at
            // first: it is mostly the same, and comparing two strings costs less than hashing one.
            // (Labels and purposes in two arrays of types the run has already met: an array of pairs would have its
            // type made at run time, at each start, for more than this saves on a small programme.)
            var inferredByLabel: [String: [ExpensePurpose]] = [:]
            var labelsBefore: [[String]] = [[], []]
            var purposesBefore: [[[ExpensePurpose]]] = [[], []]
            func inferred(_ label: String, at place: Int, in list: Int) -> [ExpensePurpose] {
                if place < labelsBefore[list].count, labelsBefore[list][place] == label { return purposesBefore[list][place] }
                let found: [ExpensePurpose]
                if let known = inferredByLabel[label] {
                    found = known
                } else {
                    found = ExpensePurpose.inferred(from: label)
                    inferredByLabel[label] = found
                }
                if place < labelsBefore[list].count {
                    labelsBefore[list][place] = label
                    purposesBefore[list][place] = found
                } else {
                    labelsBefore[list].append(label)
                    purposesBefore[list].append(found)
                }
                return found
            }
            // Most lines state no purpose: their list is the label's own, shared rather than copied.
            func joined(_ stated: [ExpensePurpose], _ shown: [ExpensePurpose]) -> [ExpensePurpose] {
                stated.isEmpty ? shown : stated + shown
            }
            // (Each operator read by index where it lies: a closure given each one would copy it.)
            return operators.indices.map { o in
                let holder = several ? String.joined(" – ", operators[o].name) : ""  // a dash: names often end in brackets « (fictive) »
                // Posts, then charges, in one array made at once (two arrays added made a third), a little larger
                // than needed when there are deposits.
                var own = OperatorLines()
                own.lines.reserveCapacity(operators[o].staff.count + operators[o].charges.count)
                for (j, post) in operators[o].staff.enumerated() {
                    let stated = post.purposes + (post.role == .housingManagement ? [.housingManagement] : [])
                    own.lines.append(
                        Placed(
                            isPost: true, index: j,
                            line: BudgetLine(
                                account: .staff, title: post.title, holder: holder, item: .init(operatorIndex: o, list: .staff, index: j),
                                purposes: joined(stated, inferred(post.title, at: j, in: 0)))))
                }
                for (k, charge) in operators[o].charges.enumerated() {
                    if case .refundableDeposit = charge.basis {
                        own.deposits.append(k)
                        continue
                    }
                    let account: CerfaAccount =
                        charge.kind == .indirect ? .indirectCharges : CerfaAccount.charge(number: charge.account) ?? .otherExternalServices
                    own.lines.append(
                        Placed(
                            isPost: false, index: k,
                            line: BudgetLine(
                                account: account, title: charge.label, holder: holder, item: .init(operatorIndex: o, list: .charges, index: k),
                                purposes: joined(charge.purpose.map { [$0] } ?? [], inferred(charge.label, at: k, in: 1)))))
                }
                return own
            }
        }
    }

    static func derived(
        resolved: ResolvedScenario, lines: [LineGrant], projection: Projection, periodIndex: Int, operatorLines: [OperatorLines]
    ) throws -> Budget {
        let scenario = resolved.scenario
        let call = resolved.call
        let costs = projection.costs
        let period = call.periods[periodIndex]
        var budget: [BudgetLine] = []
        // Made at its size (a national programme's budget has thousands of lines: grown by doubling, it was copied a
        // dozen times).
        budget.reserveCapacity(
            operatorLines.reduce(0) { $0 + $1.lines.count } + lines.count + scenario.otherIncome.count + 2 * scenario.contributionsInKind.count)
        var deposits = Money.zero
        // Each operator's lines read where they lie (a line taken from the array is copied whole, its strings and
        // purposes retained and released, before it is copied again into the budget).
        try costs.withUnsafeBufferPointer { costs in
            for o in operatorLines.indices {
                operatorLines[o].lines.withUnsafeBufferPointer { own in
                    for entry in own.indices {
                        // The line is copied once, then moved into the budget (appended as it was, it was copied again
                        // and the first copy released).
                        var line = own[entry].line
                        line.amount =
                            own[entry].isPost
                            ? costs[o].total(post: own[entry].index, period: periodIndex)
                            : costs[o].total(charge: own[entry].index, period: periodIndex)
                        budget.append(consume line)
                    }
                }
                for k in operatorLines[o].deposits { deposits = try deposits + costs[o].total(charge: k, period: periodIndex) }
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
