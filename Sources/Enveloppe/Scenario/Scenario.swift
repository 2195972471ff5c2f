/// A scenario: which call, the application's operators, and any rule the
/// scenario sets itself. Decoded and validated before anything is computed.
public struct Scenario: Sendable, Hashable {
    public var title: String
    /// The scenario's own words: context and the assumptions it makes.
    public var description: String
    /// The preset's identifier (see ``Presets``).
    public var preset: String
    public var rules: RuleSettings
    public var activity: Activity
    public var operators: [Operator]

    public init(
        title: String, description: String, preset: String, rules: RuleSettings = RuleSettings(),
        activity: Activity = Activity(), operators: [Operator]
    ) {
        self.title = title
        self.description = description
        self.preset = preset
        self.rules = rules
        self.activity = activity
        self.operators = operators
    }

    /// Households accompanied by every operator together.
    public var households: Int64 { operators.reduce(0) { $0 + $1.households } }

    /// Every staff post of every operator.
    public var staff: [StaffPost] { operators.flatMap(\.staff) }
}

/// What the scenario says was (or will be) done, for the service fait.
public struct Activity: Sendable, Hashable {
    /// Household-months accompanied over the convention; `nil` means the plan
    /// is fully carried out (every household for the whole convention).
    public var measureMonths: Int64?

    public init(measureMonths: Int64? = nil) { self.measureMonths = measureMonths }
}
