/// A post of the team: its role, its FTE and its loaded employer cost.
public struct StaffPost: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Team management (encadrement), e.g. a CAFERUIS team manager.
        case management
        /// Social workers with a state diploma (éducateur, CESF, assistant de service social).
        case socialWork
        /// Care professionals (psychologist, nurse).
        case care
        /// Adapted rental management (gestion locative adaptée).
        case housingManagement
        /// Administrative support.
        case administration

        /// Whether the post belongs to the accompaniment team a call's FTE count: encadrement,
        /// social work and care. Montpellier: « Sur ces 8 ETP, un minimum de 0,5 ETP est attendu
        /// sur un poste d'encadrement […] Sur les ETP restants, des professionnels du travail social
        /// […] et des professionnels du soins » (appel Bail d'abord, 31 octobre 2024, « Objectifs »);
        /// the gestion locative adaptée is funded « outre le financement d'une équipe » (« Financements »),
        /// so it and administrative support are posts beside the team, not in its FTE.
        public var isAccompaniment: Bool {
            switch self {
            case .management, .socialWork, .care: true
            case .housingManagement, .administration: false
            }
        }
    }

    public var title: String
    public var role: Role
    public var fte: FTE
    /// Loaded employer cost of one full-time post for a year (salary and contributions).
    public var annualCostPerFTE: Money
    /// First and last month of the post; `nil` is the programme's first or last month.
    public var start: YearMonth?
    public var end: YearMonth?

    /// What the post also covers among the call's required expenses (e.g. the droit de suite).
    public var purposes: [ExpensePurpose]

    public init(
        title: String, role: Role, fte: FTE, annualCostPerFTE: Money, start: YearMonth? = nil, end: YearMonth? = nil,
        purposes: [ExpensePurpose] = []
    ) {
        self.purposes = purposes
        self.start = start
        self.end = end
        self.title = title
        self.role = role
        self.fte = fte
        self.annualCostPerFTE = annualCostPerFTE
    }

    /// The post's cost for a year: FTE × cost per FTE, rounded once to the cent.
    public func annualCost() throws -> Money {
        try annualCostPerFTE.multiplied(by: fte.rate)
    }
}
