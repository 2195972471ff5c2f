/// A scenario: which call, the application's operators, and any rule the
/// scenario sets itself. Decoded and validated before anything is computed.
public struct Scenario: Sendable, Hashable {
    public var title: String
    /// The scenario's own words: context and the assumptions it makes.
    public var description: String
    /// The preset's identifier (see ``Presets``).
    public var preset: String
    public var rules: RuleSettings
    public var operators: [Operator]
    /// Cash at the start of the first month, for the treasury.
    public var openingBalance: Money

    public init(
        title: String, description: String, preset: String, rules: RuleSettings = RuleSettings(), operators: [Operator],
        openingBalance: Money = .zero
    ) {
        self.title = title
        self.description = description
        self.preset = preset
        self.rules = rules
        self.operators = operators
        self.openingBalance = openingBalance
    }

    /// Households accompanied by every operator together.
    public var households: Int64 { operators.reduce(0) { $0 + $1.households } }

    /// Every staff post of every operator.
    public var staff: [StaffPost] { operators.flatMap(\.staff) }
}
