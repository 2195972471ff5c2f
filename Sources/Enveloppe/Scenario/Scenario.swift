/// A scenario: which call, the application's operators, and any rule the
/// scenario sets itself. Decoded and validated before anything is computed.
public struct Scenario: Sendable, Hashable {
    public var title: String
    /// The scenario's own words: context and the assumptions it makes.
    public var description: String
    /// The preset's identifier (see ``Presets``).
    public var preset: PresetID
    public var rules: RuleSettings
    public var operators: [Operator]
    /// Cash at the start of the first month, for the treasury.
    public var openingBalance: Money
    /// Income besides the call's grants (own funds, other funders), for the budget of each period.
    public var otherIncome: [BudgetLine]
    /// Contributions in kind (volunteering, premises lent), on both sides of the budget (86 and 87).
    public var contributionsInKind: [BudgetLine]
    /// The budget the candidate submitted, when it is checked as written rather than derived from the costs.
    public var candidateBudget: [BudgetLine]?
    /// Figures the scenario says it should produce (`run` and `check` compare them).
    public var expected: [ExpectedFigure] = []
    /// What a funder shares out among the responses (`enveloppe allocate`).
    public var allocation: AllocationSettings?
    /// What is uncertain, for a simulation of the treasury (`enveloppe risk`).
    public var risk: RiskSettings?
    /// The file the candidate's budget is to be read from (a CSV beside the scenario), before it is read.
    public var candidateBudgetFile: String?

    public init(
        title: String, description: String, preset: PresetID, rules: RuleSettings = RuleSettings(), operators: [Operator],
        openingBalance: Money = .zero, otherIncome: [BudgetLine] = [], contributionsInKind: [BudgetLine] = [],
        candidateBudget: [BudgetLine]? = nil, candidateBudgetFile: String? = nil
    ) {
        self.candidateBudgetFile = candidateBudgetFile
        self.otherIncome = otherIncome
        self.contributionsInKind = contributionsInKind
        self.candidateBudget = candidateBudget
        self.title = title
        self.description = description
        self.preset = preset
        self.rules = rules
        self.operators = operators
        self.openingBalance = openingBalance
    }

    /// Households accompanied by every operator together.
    public var households: Int64 {
        var total: Int64 = 0
        for index in operators.indices { total += operators[index].households }
        return total
    }

    /// Every staff post of every operator, in a new list: the figures below read the posts in place, without making it.
    public var staff: [StaffPost] { operators.flatMap(\.staff) }

    /// Whether some operator describes its costs (a staff post or a charge). A funder's scenario of an allocation
    /// (AML 2019) describes none: its treasury counts the payments alone, and is not judged.
    public var describesCosts: Bool { describesTeam || operators.indices.contains { !operators[$0].charges.isEmpty } }

    /// Whether some operator describes a staff post: a team the outputs can show, rather than « 0 ETP ».
    public var describesTeam: Bool { operators.indices.contains { !operators[$0].staff.isEmpty } }

    /// The accompaniment team's FTE of every operator together (`Operator.teamFTE`).
    public var teamFTE: FTE {
        var total = FTE.zero
        for index in operators.indices { total = total + operators[index].teamFTE }
        return total
    }

    /// The FTE of every post outside the team (`Operator.supportFTE`).
    public var supportFTE: FTE {
        var total = FTE.zero
        for index in operators.indices { total = total + operators[index].supportFTE }
        return total
    }

    /// The FTE of every operator's posts that `include` keeps.
    func fte(of include: (StaffPost) -> Bool) -> FTE {
        var total = FTE.zero
        eachPost { post in if include(post) { total = total + post.fte } }
        return total
    }

    /// Whether some operator has a post that `matches` (read in place, as ``describesTeam`` reads them; the search
    /// stops at the first).
    func hasPost(where matches: (StaffPost) -> Bool) -> Bool {
        operators.indices.contains { operators[$0].staff.contains(where: matches) }
    }

    /// The roles of the posts beside the accompaniment team (`StaffPost.Role.isAccompaniment`), each once, in order.
    public var rolesBesideTeam: [StaffPost.Role] {
        var roles: [StaffPost.Role] = []
        eachPost { post in
            if !post.role.isAccompaniment && post.fte > .zero && !roles.contains(post.role) { roles.append(post.role) }
        }
        return roles
    }

    /// `body` given every operator's posts in order, each read where it lies.
    private func eachPost(_ body: (StaffPost) -> Void) {
        operators.withUnsafeBufferPointer { operators in
            for o in operators.indices {
                operators[o].staff.withUnsafeBufferPointer { posts in for p in posts.indices { body(posts[p]) } }
            }
        }
    }
}
