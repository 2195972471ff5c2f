/// What the action leaves or loses once every payment is made: warns when it ends in deficit,
/// with the amount and its causes (service fait short of the grant, charges beyond the grants), and
/// when the grants due exceed the charges: a grant not spent on the action may be paid back, as the
/// budget check says of a forecast whose income exceeds its charges (not said of a scenario that
/// describes no charges, AML's allocation).
enum FinalResultCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        // Without costs the result is the payments themselves: ``TreasuryCheck`` says so once for both.
        guard input.scenario.describesCosts else { return [] }
        let result = input.treasury.finalResult.amount
        let payments = input.lines.flatMap(\.periods)
        let grants = try Money.sum(payments.map(\.grant.amount))
        let due = try Money.sum(payments.map(\.due.amount))
        let charges = try Money.sum(input.months.map { try $0.staff + $0.directNonStaff + $0.indirect })
        let unspent = charges > .zero ? try unspentGrants(input) : .zero
        // Income the budgets plan beside the envelope's grants (own funds, another funder): the charges it covers are
        // part of the deficit the treasury shows, planned rather than suffered.
        let otherIncome = try Money.sum(input.budgets.flatMap(\.income).filter { $0.envelopeLine == nil }.map(\.amount))
        return [
            Finding(
                id: "tresorerie.resultat-final", status: result < .zero || unspent > .zero ? .warning : .ok,
                comparison: .finalResult(result: result, grants: grants, due: due, charges: charges, unspent: unspent, otherIncome: otherIncome),
                sources: input.lines.flatMap(\.amountSource))
        ]
    }

    /// What each convention would pay back of a grant not spent on its action: the grants due on the convention less
    /// the charges of its holder over its months, where positive, added up. A convention is settled on its own (an
    /// association's surplus does not pay another's deficit, and one with no charges pays back all it is due); the
    /// caller says nothing of a scenario that describes no charges at all.
    static func unspentGrants(_ input: CheckInput) throws -> Money {
        let projection = input.projection
        let perOperator = input.lines.contains(where: \.isPerOperator)
        var unspent = Money.zero
        for (index, period) in input.call.periods.enumerated() {
            let months = projection.tableMonths(of: period)
            // One holder per operator when each has its own convention, otherwise the application's one.
            let holders: [Int?] = perOperator ? projection.costs.indices.map { $0 } : [nil]
            for holder in holders {
                var due = Money.zero
                // Each line read in place (bound to a loop variable, it was copied for each of the operators).
                for line in input.lines.indices {
                    due = try due + (holder.map { input.lines[line].ownAmounts[index][$0].due } ?? input.lines[line].periods[index].due.amount)
                }
                var charges = Money.zero
                if let holder {
                    let own = try projection.charges(ofOperator: holder, over: months)
                    charges = try own.staff + own.direct + own.indirect
                } else {
                    for t in months.clamped(to: 0..<input.months.count) {
                        charges = try charges + input.months[t].staff + input.months[t].directNonStaff + input.months[t].indirect
                    }
                }
                if due > charges { unspent = try unspent + (due - charges) }
            }
        }
        return unspent
    }
}
