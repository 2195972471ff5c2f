/// The key figures of one application, for comparing several side by side
/// (`enveloppe compare`): what a jury reads first.
public struct ApplicationSummary: Sendable, Hashable {
    public let title: String
    /// The call's grants for one convention period.
    public let grant: Money
    public let households: Int64
    public let fte: FTE
    /// The first period's budget charges per household, rounded once.
    public let costPerHousehold: Money
    /// Non-staff charges (direct and indirect) over all charges, exact.
    public let nonStaffShare: Rate
    public let treasuryLowPoint: Money
    public let treasuryLowMonth: YearMonth
    public let failures: Int
    public let warnings: Int

    public init(_ evaluation: Evaluation) throws {
        let report = evaluation.report
        title = report.title
        grant = report.envelopeTotal.amount
        households = report.households
        fte = report.staffFTE
        let budget = report.budgets[0]
        let charges = try budget.totalCharges
        let kinds = try budget.chargesByKind
        costPerHousehold = report.households > 0 ? try charges.scaled(by: 1, over: report.households) : .zero
        let nonStaff = try kinds.directNonStaff + kinds.indirect
        nonStaffShare = charges.cents > 0 ? Rate(nonStaff.cents, over: charges.cents) : .zero
        treasuryLowPoint = report.treasury.lowest.amount
        treasuryLowMonth = report.treasury.lowestMonth
        failures = evaluation.findings.filter { $0.status == .failure }.count
        warnings = evaluation.findings.filter { $0.status == .warning }.count
    }
}
