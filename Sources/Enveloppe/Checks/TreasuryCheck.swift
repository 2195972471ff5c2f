/// The treasury's low point and the working capital the association must finance.
/// Warns when the treasury goes below zero.
enum TreasuryCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        let treasury = input.treasury
        return [
            Finding(
                id: "tresorerie.point-bas", status: treasury.monthsInRed.isEmpty ? .ok : .warning,
                comparison: .treasury(
                    lowest: treasury.lowest.amount, month: treasury.lowestMonth, need: treasury.workingCapitalNeed.amount,
                    monthsInRed: treasury.monthsInRed.count, delaysAssumed: input.call.paymentDelaysSource == nil),
                sources: input.call.paymentDelaysSource.map { [$0] } ?? [])
        ]
    }
}
