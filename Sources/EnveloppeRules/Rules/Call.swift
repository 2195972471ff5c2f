/// A call for projects as rules: every parameter with its citation.
///
/// A preset is a `Call` as the source documents state it; a scenario's
/// overrides produce another `Call` whose changed values cite the scenario.
/// Values the source does not state are `nil`, and a scenario must supply them
/// (the Montpellier call's payment terms, the 2023 envelope amounts).
public struct Call: Sendable, Hashable {
    /// Preset identifier, as written in a scenario's `preset` field.
    public let id: PresetID
    /// The call's title as published.
    public let title: String
    /// Who published it and when, in a few words.
    public let publisher: String
    /// The source document (a file of `../shared/seeds/`).
    public let document: String

    public var lines: [EnvelopeLine]
    /// The envelope's stated total, when the call states one (577 000 €, 290 000 €).
    public var envelopeTotal: Cited<Money>?
    /// The households (measures) the envelope is for, when stated.
    public var households: Cited<Int64>?
    public var territoryQuotas: [TerritoryQuota]
    public var team: TeamRule?
    public var cap: CapRule?
    public var paymentTerms: Cited<PaymentTerms>?
    /// Where the payment delays come from; `nil` when the tool's defaults apply
    /// (no source states them), which the report says.
    public var paymentDelaysSource: Citation?
    /// The first convention period.
    public var convention: Cited<Period>
    /// How many consecutive periods the programme runs (a renewed convention), 1 unless the scenario says.
    public var conventionPeriods: Cited<Int>?
    /// Length of one household's accompaniment.
    public var accompanimentMonths: Cited<Int>
    /// Expenses the call says the envelope must also pay for.
    public var requiredExpenses: [Cited<ExpensePurpose>]
    /// Expenses the call says are funded elsewhere.
    public var excludedExpenses: [Cited<ExpensePurpose>]

    public init(
        id: PresetID, title: String, publisher: String, document: String, lines: [EnvelopeLine],
        envelopeTotal: Cited<Money>?, households: Cited<Int64>?, territoryQuotas: [TerritoryQuota] = [],
        team: TeamRule?, cap: CapRule?, paymentTerms: Cited<PaymentTerms>?, convention: Cited<Period>,
        accompanimentMonths: Cited<Int>, requiredExpenses: [Cited<ExpensePurpose>] = [],
        excludedExpenses: [Cited<ExpensePurpose>] = []
    ) {
        self.requiredExpenses = requiredExpenses
        self.excludedExpenses = excludedExpenses
        self.id = id
        self.title = title
        self.publisher = publisher
        self.document = document
        self.lines = lines
        self.envelopeTotal = envelopeTotal
        self.households = households
        self.territoryQuotas = territoryQuotas
        self.team = team
        self.cap = cap
        self.paymentTerms = paymentTerms
        self.paymentDelaysSource = nil
        self.convention = convention
        self.conventionPeriods = nil
        self.accompanimentMonths = accompanimentMonths
    }

    /// Every convention period of the programme, in order.
    public var periods: [Period] {
        let first = convention.value
        return (0..<(conventionPeriods?.value ?? 1)).map { Period(start: first.start.adding(months: $0 * first.months), months: first.months) }
    }
}
