/// The registry of coherence checks, in the order reports list them. A new check is
/// one file with a `findings` function, added here at its place in the report.
public enum Checks {
    enum Entry: Sendable {
        /// A check of the whole application.
        case application(@Sendable (CheckInput) throws -> [Finding])
        /// Checks of each convention period's budget, run period by period, in this order.
        case budget([@Sendable (BudgetCheckInput) throws -> [Finding]])
    }

    static let registry: [Entry] = [
        .application(EnvelopeTotalCheck.findings),
        .application(HouseholdsCheck.findings),
        .application(TerritoryQuotaCheck.findings),
        .application(TeamFTECheck.findings),
        .application(OperatorTeamCheck.findings),
        .application(ManagementCheck.findings),
        .application(HouseholdsPerFTECheck.findings),
        .budget([
            BudgetBalanceCheck.findings, SubsidyRequestedCheck.findings, CapCheck.findings, CostPerHouseholdCheck.findings,
            StaffShareCheck.findings,
        ]),
        .application(FiledBudgetCheck.findings),
        .application(RequiredExpenseCheck.findings),
        .application(ExcludedExpenseCheck.findings),
        .application(PaymentTermsCheck.findings),
        .application(ServiceFaitCheck.findings),
        .application(TreasuryCheck.findings),
        .application(FinalResultCheck.findings),
        .application(AccompanimentLengthCheck.findings),
        .application(MeasuresAfterEndCheck.findings),
    ]

    /// Every check's findings, in report order.
    public static func findings(_ input: CheckInput) throws -> [Finding] {
        var findings: [Finding] = []
        for entry in registry {
            switch entry {
            case .application(let check): findings += try check(input)
            case .budget(let checks):
                for index in input.budgets.indices {
                    guard let budget = try BudgetCheckInput(input, periodIndex: index) else { continue }
                    for check in checks { findings += try check(budget) }
                }
            }
        }
        return findings
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each kept once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension LineGrant {
    /// The citation of the line's amount, for a finding's sources.
    var amountSource: [Citation] { amount.firstSource.map { [$0] } ?? [] }
}
