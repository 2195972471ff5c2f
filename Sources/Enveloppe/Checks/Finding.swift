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
    /// What the rule and the figures rest on, as a reader is given them when a figure sums many operators'
    /// (``Figure/citedSources``: `operators[].households` once, not each operator's). Such a list, with a passage
    /// of a document added, reads the same once collapsed again (``CitedSources/listed(_:)``); a single operator's
    /// field added to it would not fold into its `operators[]` one.
    public let sources: [Citation]
    /// The figures the check computed, each with its explanation (`enveloppe explain`).
    public let figures: [Figure]
    /// The convention period a check of one period's budget is about, when there are several: the sentences
    /// name it, so that two « Coût par ménage » of two conventions are told apart.
    public let period: Period?

    public init(
        id: String, status: Status, comparison: Comparison, sources: [Citation], figures: [Figure] = [], period: Period? = nil
    ) {
        self.id = id
        self.status = status
        self.comparison = comparison
        self.sources = sources
        self.figures = figures
        self.period = period
    }

    /// Whether this is a territory's quota in an allocation (``Comparison/allocationQuota(territory:allocated:measures:quota:)``).
    public var isQuota: Bool { if case .allocationQuota = comparison { true } else { false } }

    /// The facts each kind of check compares.
    public enum Comparison: Sendable, Hashable {
        /// The envelope's lines against its stated total; `scenarioPricesLines` when the scenario sets a line's amount
        /// while the total is the call's (the total that goes with the new amount is then the scenario's to state).
        case envelopeTotal(sumOfLines: Money, stated: Money, scenarioPricesLines: Bool)
        /// The measures an allocation gives the candidates that are also the scenario's operators (`candidates` of them)
        /// against the households the scenario describes for them; `differing` those whose two differ, in the allocation's
        /// order.
        case allocatedHouseholds(allocated: Int64, described: Int64, candidates: Int, differing: [AllocatedHouseholds])
        /// The scenario's households against the call's.
        case households(scenario: Int64, call: Int64)
        /// The households of one territory's operators against its quota.
        case territoryQuota(territory: String, scenario: Int64, quota: Int64)
        /// Measures given to a territory's candidates against the territory's part of the envelope
        /// (`measures`, the call's `quota` when the envelope is the call's).
        case allocationQuota(territory: String, allocated: Int64, measures: Int64, quota: Int64)
        /// One kind of charge of the budget filed against the scenario's costs over the same period; `described`
        /// is `nil` when the scenario describes none and the filed amount is spread month by month.
        case filedBudget(kind: FiledBudgetSpending.Kind, filed: Money, described: Money?, period: Period)
        /// The team's FTE against the FTE the call requires; `beside` is the FTE of posts outside the team, `roles` theirs;
        /// `missing` the kinds of professional the call expects on the team and the scenario has none of (only where the
        /// call says who the team is, `composed`).
        case teamFTE(scenario: FTE, required: FTE, beside: FTE, roles: [StaffPost.Role], missing: [StaffPost.Role], composed: Bool)
        /// Each operator's team against the team its own convention funds (`each`); `differing` lists the operators
        /// whose FTE or households are not those, in the operators' order, among `operators`.
        case operatorTeams(each: OperatorTeam, operators: Int, differing: [OperatorTeamGap])
        /// Management FTE against the call's minimum.
        case managementFTE(scenario: FTE, minimum: FTE)
        /// Households per FTE against the call's ratio (compared exactly, as cross products).
        case householdsPerFTE(households: Int64, fte: FTE, callHouseholds: Int64, callFTE: FTE)
        /// Capped charges against the cap; `limit` is rounded down to the cent, so
        /// `capped ≤ limit` exactly when the exact comparison holds.
        /// `projected` says whether the base is what the projection pays (a derived budget) rather than the
        /// grant requested (a filed one); `otherReading` gives the base and limit the other reading would use.
        case cap(
            capped: Money, base: Money, rate: Rate, limit: Money, margin: Money, scope: CapRule.Scope,
            baseKind: CapRule.Base, period: Period, projected: Bool = false, otherReading: CapReading? = nil,
            conventions: CapConventions? = nil)
        /// A budget's total charges against its total income, and 86 against 87.
        case budgetBalance(charges: Money, income: Money, inKindUsed: Money, inKindReceived: Money, period: Period, submitted: Bool)
        /// The subsidy a budget asks of a funder against what the call gives for the application. When a filed budget
        /// asks nothing of the funder, `unattributed` lists its lines of account 74 that name no funder of the call: one
        /// of them may be this subsidy under another name (« Subvention Préfecture »).
        case subsidyRequested(line: String, funder: String, requested: Money, entitled: Money, unattributed: [BudgetLineAmount] = [])
        /// Charges per household against the call's funding per household.
        case costPerHousehold(cost: Money, funded: Money, households: Int64)
        /// Staff costs as a share of charges (no threshold in the sources: for information).
        case staffShare(staff: Money, charges: Money)
        /// An expense the call says the envelope must pay for, the budget lines that cover it, and what covers it
        /// outside the budget's charges: a deposit (money advanced and returned, in the cash-flow plan), a post of
        /// the scenario's team that a filed budget does not list.
        case requiredExpense(purpose: ExpensePurpose, lines: [String], outsideBudget: [String] = [])
        /// An expense the call says is funded elsewhere, and the budget lines that still include it.
        case excludedExpense(purpose: ExpensePurpose, lines: [String])
        /// A figure the scenario expects against the one computed.
        case expected(id: String, expected: Quantity, computed: Quantity)
        /// Households whose accompaniment runs past the last convention.
        /// `renewalMonths`: the longest renewal an operator's intake gives a measure (0 when none is renewed).
        case measuresAfterEnd(households: Int64, end: YearMonth, accompanimentMonths: Int, renewalMonths: Int = 0)
        /// The payment terms applied, and whether the scenario had to assume them.
        case paymentTerms(advanceRate: Rate, assumed: Bool)
        /// A funder's own terms, which the scenario states (`rules.paymentTerms.funders.<id>`): its advance and the
        /// instalments after it.
        case funderPaymentTerms(funder: String, advanceRate: Rate, laterRates: [Rate])
        /// Service fait against the grant, for one line.
        case serviceFait(line: String, period: Period, serviceFait: Money, grant: Money, reversement: Money)
        /// The treasury's lowest point and the working capital the association must finance.
        /// `shortfall` is what goes below zero with the opening balance; `finalResult` what the action leaves once
        /// everything is paid (a deficit is the part of the need that never comes back); `advanceNotBefore` the call's
        /// earliest advance when it moved the tool's default; `assumedAdvanceDelay` and `assumedBalanceDelay` the
        /// delays the tool assumed, `nil` for those the scenario states.
        case treasury(
            lowest: Money, month: YearMonth, need: Money, shortfall: Money, finalResult: Money, monthsInRed: Int, assumedAdvanceDelay: Int?,
            assumedBalanceDelay: Int?, advanceNotBefore: YearMonth?)
        /// The scenario describes no cost (no staff post, no charge): its treasury and final result count the payments
        /// alone (`due`, what they come to), so neither is judged.
        case costsNotDescribed(due: Money)
        /// What the action leaves once everything is paid: the grants, what is due on them, the charges, and the budget's
        /// other income (own funds, other funders: income not of the envelope's lines), which the treasury does not
        /// count (it follows the envelope's payments).
        case finalResult(result: Money, grants: Money, due: Money, charges: Money, unspent: Money, otherIncome: Money)
        /// One accompaniment's length against the convention period.
        case accompanimentFits(months: Int, convention: Period)
    }
}

/// A candidate of an allocation whose measures are not the households the scenario describes for it.
public struct AllocatedHouseholds: Sendable, Hashable {
    public let name: String
    public let households: Int64
    public let measures: Int64

    public init(name: String, households: Int64, measures: Int64) {
        self.name = name
        self.households = households
        self.measures = measures
    }
}

/// An operator whose team is not the one its convention funds: its name, its team's FTE and its households.
public struct OperatorTeamGap: Sendable, Hashable {
    public let name: String
    public let fte: FTE
    public let households: Int64

    public init(name: String, fte: FTE, households: Int64) {
        self.name = name
        self.fte = fte
        self.households = households
    }
}

/// Each operator's own convention under the cap, when each has one: the cap is on what the funder pays for each
/// operation (VIAL: « 25% maximum du montant versé par le Département pour l'opération »), so an operator over its own
/// cap is over the cap whatever the others leave.
public struct CapConventions: Sendable, Hashable {
    /// One operator's convention over its cap.
    public struct Overrun: Sendable, Hashable {
        public let holder: String
        public let capped: Money
        public let limit: Money

        public init(holder: String, capped: Money, limit: Money) {
            self.holder = holder
            self.capped = capped
            self.limit = limit
        }
    }

    /// How many conventions the period has.
    public let count: Int
    /// Those over their own cap, in the operators' order.
    public let over: [Overrun]

    public init(count: Int, over: [Overrun]) {
        self.count = count
        self.over = over
    }
}

/// The base and the limit a cap would have under another reading of its text, shown beside the one applied.
public struct CapReading: Sendable, Hashable {
    public let base: Money
    public let limit: Money
    /// Whether this reading takes the grant (rather than what is projected to be paid).
    public let onGrant: Bool

    public init(base: Money, limit: Money, onGrant: Bool) {
        self.base = base
        self.limit = limit
        self.onGrant = onGrant
    }
}

/// A budget line as a finding names it: its label and amount.
public struct BudgetLineAmount: Sendable, Hashable {
    public let label: String
    public let amount: Money

    public init(label: String, amount: Money) {
        self.label = label
        self.amount = amount
    }
}
