/// The budget prévisionnel balances: total charges = total income, and 86 = 87 (CERFA
/// 12156). A filed budget that does not balance fails; a derived one warns (the gap is
/// money to find, or to give back).
enum BudgetBalanceCheck {
    static func findings(_ b: BudgetCheckInput) throws -> [Finding] {
        let budget = b.budget
        let used = try budget.total(of: .contributionsInKindUsed)
        let received = try budget.total(of: .contributionsInKindReceived)
        // Budget.isBalanced, from the totals already made (a filed budget may have a million lines).
        let balanced = b.chargesTotal.money == b.incomeTotal.money && used == received
        let charges = Figure(id: .budgetCharges(period: b.periodIndex), kind: .budgetCharges, explained: b.chargesTotal)
        let income = Figure(id: .budgetIncome(period: b.periodIndex), kind: .budgetIncome, explained: b.incomeTotal)
        return [
            Finding(
                id: "budget.equilibre\(b.suffix)", status: balanced ? .ok : budget.isSubmitted ? .failure : .warning,
                comparison: .budgetBalance(
                    charges: b.chargesTotal.money, income: b.incomeTotal.money, inKindUsed: used, inKindReceived: received,
                    period: budget.period, submitted: budget.isSubmitted),
                sources: [], figures: [charges, income])
        ]
    }
}
