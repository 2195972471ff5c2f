/// The key figures of one application, for comparing several side by side
/// (`enveloppe compare`): what a jury reads first, like with like.
public struct ApplicationSummary: Sendable, Hashable {
    /// One line of the envelope: the grant the budget asks for against the grant the call provides.
    public struct Grant: Sendable, Hashable {
        public let line: String
        public let funder: String
        /// What the first convention's budget asks of the funder (account 74).
        public let requested: Money
        /// What the call provides for the application.
        public let provided: Money
    }

    /// The cap on charges, on the base this application's check used (the grant requested for a filed
    /// budget, what is projected to be paid otherwise).
    public struct Cap: Sendable, Hashable {
        public let capped: Money
        public let base: Money
        public let rate: Rate
        public let limit: Money
        /// limit − capped: negative when the charges are over the cap, by that much.
        public let margin: Money
        /// Each operator's own convention against its own cap, when each has one (``CapConventions``).
        public let conventions: CapConventions?
    }

    public let title: String
    /// A name short enough for a column's head: the title's part before « : » (« Candidature A »), or the
    /// whole title when it has none.
    public let shortName: String
    /// The call the application answers, by its short name (« Bail d'abord, Montpellier (2024) »): applications to
    /// different calls follow different rules.
    public let call: String
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
    /// How many checks fail.
    public var failures: Int { failing.count }
    public let warnings: Int
    /// Each line's grant requested against the grant provided (first convention).
    public let grants: [Grant]
    /// The cap's result on its own base (first convention); `nil` when the call sets no cap.
    public let cap: Cap?
    /// The first convention's budget: total charges and total income (balanced when equal).
    public let budgetCharges: Money
    public let budgetIncome: Money
    /// Whether the budget was filed by the candidate (rather than derived from the scenario's costs).
    public let budgetFiled: Bool
    /// Whether the scenario describes its costs (``Scenario/describesCosts``): without them, its treasury counts the
    /// payments alone, and a budget derived from them has no charges.
    public let describesCosts: Bool
    /// Whether the scenario describes a team (a staff post).
    public let describesTeam: Bool
    public let openingBalance: Money
    /// The cash the action needs before the payments catch up with the expenses (besoin en fonds de roulement).
    public let cashNeed: Money
    /// What the action leaves once everything is paid.
    public let finalResult: Money
    /// Of the grants due, what each convention would pay back, not spent on its action (``FinalResultCheck``).
    public let unspentGrants: Money
    /// The checks that fail, in report order.
    public let failing: [Finding]

    public init(_ evaluation: Evaluation) throws {
        let report = evaluation.report
        title = report.title
        shortName = ApplicationSummary.shortName(of: report.title)
        call = report.call.shortName
        grant = report.envelopeTotal.amount
        households = report.households
        fte = report.teamFTE
        let budget = report.budgets[0]
        let charges = try budget.totalCharges
        let kinds = try budget.chargesByKind
        costPerHousehold = report.households > 0 ? try charges.scaled(by: 1, over: report.households) : .zero
        let nonStaff = try kinds.directNonStaff + kinds.indirect
        nonStaffShare = charges.cents > 0 ? Rate(nonStaff.cents, over: charges.cents) : .zero
        treasuryLowPoint = report.treasury.lowest.amount
        treasuryLowMonth = report.treasury.lowestMonth
        warnings = evaluation.findings.filter { $0.status == .warning }.count
        // The first convention's findings come first in report order: the first of each kind is its.
        var grants: [Grant] = []
        var cap: Cap?
        var unspent = Money.zero
        for finding in report.findings {
            switch finding.comparison {
            case .subsidyRequested(let line, let funder, let requested, let entitled, _) where !grants.contains(where: { $0.line == line }):
                grants.append(Grant(line: line, funder: funder, requested: requested, provided: entitled))
            case .cap(let capped, let base, let rate, let limit, let margin, _, _, _, _, _, let conventions) where cap == nil:
                cap = Cap(capped: capped, base: base, rate: rate, limit: limit, margin: margin, conventions: conventions)
            case .finalResult(_, _, _, _, let paidBack, _): unspent = paidBack
            default: break
            }
        }
        self.grants = grants
        self.cap = cap
        budgetCharges = charges
        budgetIncome = try budget.totalIncome
        budgetFiled = budget.isSubmitted
        describesCosts = report.scenario.describesCosts
        describesTeam = report.scenario.describesTeam
        openingBalance = report.treasury.opening.amount
        cashNeed = report.treasury.workingCapitalNeed.amount
        finalResult = report.treasury.finalResult.amount
        unspentGrants = unspent
        failing = evaluation.findings.filter { $0.status == .failure }
    }

    /// The part of `title` before its first « : » when there is one and it is short (40 characters at most);
    /// otherwise its first words up to 40 characters and « … » (the whole title is said beside, with the file).
    static func shortName(of title: String) -> String {
        if let colon = title.firstIndex(of: ":") {
            let head = title[..<colon].trimmingWhitespace
            if !head.isEmpty && head.count <= 40 { return head }
        }
        guard title.count > 40 else { return title }
        var words: [Substring] = []
        for word in title.split(separator: " ") {
            guard (words + [word]).joined(separator: " ").count <= 39 else { break }
            words.append(word)
        }
        var head = words.joined(separator: " ")
        // A quotation opened and not closed within the words is left out with them (« Appel « Création d'une… »).
        if head.filter({ $0 == "«" }).count > head.filter({ $0 == "»" }).count, let open = head.lastIndex(of: "«") {
            head = String(head[..<open])
        }
        while let last = head.last, ",;:–-".contains(last) || last == " " { head.removeLast() }
        return (head.isEmpty ? String(title.prefix(39)) : head) + "…"
    }
}
