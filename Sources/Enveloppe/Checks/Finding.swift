/// The result of one coherence check: a status, the figures compared, and the
/// source of the rule. A finding is a result, never an error.
public struct Finding: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Comparable, CaseIterable {
        case ok, warning, failure

        public static func < (lhs: Status, rhs: Status) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Stable identifier, e.g. `equipe.encadrement`.
    public let id: String
    public let status: Status
    /// What was compared, with the figures; the renderers word it.
    public let comparison: Comparison
    public let sources: [Citation]
    /// The figures the check computed, each with its explanation (`enveloppe explain`).
    public let figures: [Figure]

    public init(id: String, status: Status, comparison: Comparison, sources: [Citation], figures: [Figure] = []) {
        self.id = id
        self.status = status
        self.comparison = comparison
        self.sources = sources
        self.figures = figures
    }

    /// The facts each kind of check compares.
    public enum Comparison: Sendable, Hashable {
        /// The envelope's lines against its stated total.
        case envelopeTotal(sumOfLines: Money, stated: Money)
        /// The scenario's households against the call's.
        case households(scenario: Int64, call: Int64)
        /// The households of one territory's operators against its quota.
        case territoryQuota(territory: String, scenario: Int64, quota: Int64)
        /// The team's FTE against the FTE the call requires.
        case teamFTE(scenario: FTE, required: FTE)
        /// Management FTE against the call's minimum.
        case managementFTE(scenario: FTE, minimum: FTE)
        /// Households per FTE against the call's ratio (compared exactly, as cross products).
        case householdsPerFTE(households: Int64, fte: FTE, callHouseholds: Int64, callFTE: FTE)
        /// Capped charges against the cap; `limit` is rounded down to the cent, so
        /// `capped ≤ limit` exactly when the exact comparison holds.
        case cap(
            capped: Money, base: Money, rate: Rate, limit: Money, margin: Money, scope: CapRule.Scope,
            baseKind: CapRule.Base, period: Period)
        /// A budget's total charges against its total income, and 86 against 87.
        case budgetBalance(charges: Money, income: Money, inKindUsed: Money, inKindReceived: Money, period: Period, submitted: Bool)
        /// The subsidy a budget asks of a funder against what the call gives for the application.
        case subsidyRequested(line: String, funder: String, requested: Money, entitled: Money)
        /// Charges per household against the call's funding per household.
        case costPerHousehold(cost: Money, funded: Money, households: Int64)
        /// Staff costs as a share of charges (no threshold in the sources: for information).
        case staffShare(staff: Money, charges: Money)
        /// An expense the call says the envelope must pay for, and the budget lines that cover it.
        case requiredExpense(purpose: ExpensePurpose, lines: [String])
        /// An expense the call says is funded elsewhere, and the budget lines that still include it.
        case excludedExpense(purpose: ExpensePurpose, lines: [String])
        /// A figure the scenario expects against the one computed.
        case expected(id: String, expected: Quantity, computed: Quantity)
        /// Households whose accompaniment runs past the last convention.
        case measuresAfterEnd(households: Int64, end: YearMonth)
        /// The payment terms applied, and whether the scenario had to assume them.
        case paymentTerms(advanceRate: Rate, assumed: Bool)
        /// Service fait against the grant, for one line.
        case serviceFait(line: String, period: Period, serviceFait: Money, grant: Money, reversement: Money)
        /// The treasury's lowest point and the working capital the association must finance.
        case treasury(lowest: Money, month: YearMonth, need: Money, monthsInRed: Int, delaysAssumed: Bool)
        /// One accompaniment's length against the convention period.
        case accompanimentFits(months: Int, convention: Period)
    }
}
