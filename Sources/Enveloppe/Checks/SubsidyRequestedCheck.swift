/// Each line's subsidy asked of its funder in the budget (account 74) against the grant
/// the call gives: more, or none, fails; less warns.
enum SubsidyRequestedCheck {
    static func findings(_ b: BudgetCheckInput) throws -> [Finding] {
        zip(b.input.lines, b.requested).map { line, figure in
            let entitled = line.periods[b.periodIndex].grant.amount
            let asked = figure.amount
            return Finding(
                id: "subvention.\(line.line.id)\(b.suffix)",
                status: asked == entitled ? .ok : asked > entitled || asked == .zero ? .failure : .warning,
                comparison: .subsidyRequested(line: line.line.label, funder: line.line.funder.name, requested: asked, entitled: entitled),
                sources: line.amount.citedSources.citations, figures: [figure], period: b.namedPeriod)
        }
    }
}
