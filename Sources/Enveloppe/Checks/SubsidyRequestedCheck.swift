/// Each line's subsidy asked of its funder in the budget (account 74) against the grant
/// the call gives: more, or none, fails; less warns. When a filed budget asks nothing of a funder, the finding names
/// its lines of account 74 that name no funder of the call (``Funder/isNamed(in:)``): the subsidy may be there under
/// another name, which the person then writes so that it counts.
enum SubsidyRequestedCheck {
    static func findings(_ b: BudgetCheckInput) throws -> [Finding] {
        // Read only when some line asks nothing: most budgets name every funder.
        let unattributed = { () -> [BudgetLineAmount] in
            guard b.budget.isSubmitted else { return [] }
            return b.budget.lines.filter { $0.account == .operatingSubsidies && $0.envelopeLine == nil }.map {
                BudgetLineAmount(label: $0.label, amount: $0.amount)
            }
        }
        return zip(b.input.lines, b.requested).map { line, figure in
            let entitled = line.periods[b.periodIndex].grant.amount
            let asked = figure.amount
            return Finding(
                id: "subvention.\(line.line.id)\(b.suffix)",
                status: asked == entitled ? .ok : asked > entitled || asked == .zero ? .failure : .warning,
                comparison: .subsidyRequested(
                    line: line.line.label, funder: line.line.funder.name, requested: asked, entitled: entitled,
                    unattributed: asked == .zero ? unattributed() : []),
                sources: line.amount.citedSources.citations, figures: [figure], period: b.namedPeriod)
        }
    }
}
