/// The budget's charges per household against the call's funding per household.
/// Warns when the charges exceed the grants.
enum CostPerHouseholdCheck {
    static func findings(_ b: BudgetCheckInput) throws -> [Finding] {
        let households = b.input.scenario.households
        let charges = b.chargesTotal.money
        guard households > 0, charges > .zero else { return [] }
        let grants = try Money.sum(b.input.lines.map { $0.periods[b.periodIndex].grant.amount })
        let chargesFigure = Figure(id: .budgetCharges(period: b.periodIndex), kind: .budgetCharges, explained: b.chargesTotal)
        let perHousehold = Figure(
            id: .chargesPerHousehold(period: b.periodIndex), kind: .chargesPerHousehold,
            explained: try .scaled(
                chargesFigure.asOperand, by: .constant(.count(1)), over: .field(.count(households), path: "operators[].households")))
        return [
            Finding(
                id: "cout.menage\(b.suffix)", status: charges <= grants ? .ok : .warning,
                comparison: .costPerHousehold(
                    cost: perHousehold.amount, funded: try grants.scaled(by: 1, over: households), households: households),
                sources: b.input.lines.flatMap(\.amountSource), figures: [perHousehold], period: b.namedPeriod)
        ]
    }
}
