/// The treasury's low point and the working capital the association must finance.
/// Warns when the treasury goes below zero, and when the scenario describes no cost (its treasury then counts the
/// payments alone and is not judged).
enum TreasuryCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        let treasury = input.treasury
        guard input.scenario.describesCosts else {
            // Payments alone never take the treasury below its start: an « ok » would judge what is not described.
            let due = try Money.sum(input.lines.flatMap(\.periods).map(\.due.amount))
            return [
                Finding(
                    id: "tresorerie.couts", status: .warning, comparison: .costsNotDescribed(due: due),
                    sources: input.lines.flatMap(\.amountSource).uniqued())
            ]
        }
        let assumed = AssumedDelays(input.resolved)
        let notBefore = assumed.advanceNotBefore
        return [
            Finding(
                id: "tresorerie.point-bas", status: treasury.monthsInRed.isEmpty ? .ok : .warning,
                comparison: .treasury(
                    lowest: treasury.lowest.amount, month: treasury.lowestMonth, need: treasury.workingCapitalNeed.amount,
                    shortfall: treasury.shortfall.amount, finalResult: treasury.finalResult.amount, monthsInRed: treasury.monthsInRed.count,
                    assumedAdvanceDelay: assumed.advance, assumedBalanceDelay: assumed.balance, advanceNotBefore: notBefore),
                sources: (input.call.paymentDelaysSource.map { [$0] } ?? [])
                    + (notBefore == nil ? [] : input.call.advanceNotBefore.map { [$0.citation] } ?? []))
        ]
    }
}
