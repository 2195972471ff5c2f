/// What the action leaves or loses once every payment is made: warns when it ends in deficit,
/// with the amount and its causes (service fait short of the grant, charges beyond the grants), and
/// when the grants due exceed the charges: a grant not spent on the action is paid back, as the
/// budget check says of a forecast whose income exceeds its charges (not said of a scenario that
/// describes no charges, AML's allocation).
enum FinalResultCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        let result = input.treasury.finalResult.amount
        let payments = input.lines.flatMap(\.periods)
        let grants = try Money.sum(payments.map(\.grant.amount))
        let due = try Money.sum(payments.map(\.due.amount))
        let charges = try Money.sum(input.months.map { try $0.staff + $0.directNonStaff + $0.indirect })
        return [
            Finding(
                id: "tresorerie.resultat-final", status: result < .zero || (charges > .zero && due > charges) ? .warning : .ok,
                comparison: .finalResult(result: result, grants: grants, due: due, charges: charges),
                sources: input.lines.flatMap(\.amountSource))
        ]
    }
}
