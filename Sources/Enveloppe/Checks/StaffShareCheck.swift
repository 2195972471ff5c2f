/// Staff costs as a share of the budget's charges, for information: no text sets a threshold.
enum StaffShareCheck {
    static func findings(_ b: BudgetCheckInput) throws -> [Finding] {
        let charges = b.chargesTotal.money
        guard b.input.scenario.households > 0, charges > .zero else { return [] }
        return [
            Finding(
                id: "personnel.part\(b.suffix)", status: .ok, comparison: .staffShare(staff: b.staff.money, charges: charges),
                sources: [], period: b.namedPeriod)
        ]
    }
}
