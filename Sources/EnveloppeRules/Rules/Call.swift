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
    /// A name short enough for a table's row or column, with the place and the year (« VIAL, Pas-de-Calais, AMI 1
    /// (2025) »): the title alone often names neither.
    public let shortName: String
    /// Who published it and when, in a few words.
    public let publisher: String
    /// The document the call's rules come from.
    public let source: SourceID

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
    /// One convention for the application, or one per operator.
    public var conventions: Cited<ConventionHolding>
    /// How an accompaniment may be renewed; `nil` when the text provides no renewal.
    public var renewal: RenewalRule?
    /// The first month an advance can arrive, when the call's calendar sets one (a budget vote, a
    /// notification): the tool's default delay never places the advance earlier.
    public var advanceNotBefore: Cited<YearMonth>?
    /// Expenses the call says the envelope must also pay for.
    public var requiredExpenses: [Cited<ExpensePurpose>]
    /// Expenses the call says are funded elsewhere.
    public var excludedExpenses: [Cited<ExpensePurpose>]

    public init(
        id: PresetID, title: String, shortName: String, publisher: String, source: SourceID, lines: [EnvelopeLine],
        envelopeTotal: Cited<Money>?, households: Cited<Int64>?, territoryQuotas: [TerritoryQuota] = [],
        team: TeamRule?, cap: CapRule?, paymentTerms: Cited<PaymentTerms>?, convention: Cited<Period>,
        accompanimentMonths: Cited<Int>, conventions: Cited<ConventionHolding>, renewal: RenewalRule? = nil,
        advanceNotBefore: Cited<YearMonth>? = nil,
        requiredExpenses: [Cited<ExpensePurpose>] = [], excludedExpenses: [Cited<ExpensePurpose>] = []
    ) {
        self.renewal = renewal
        self.conventions = conventions
        self.advanceNotBefore = advanceNotBefore
        self.requiredExpenses = requiredExpenses
        self.excludedExpenses = excludedExpenses
        self.id = id
        self.title = title
        self.shortName = shortName
        self.publisher = publisher
        self.source = source
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

    /// The source as a person names it: title, publisher, date.
    public var sourceName: String { Source.named(source).name }

    /// Every citation the call's values carry, each once, in the order of the fields.
    public var citations: [Citation] {
        var all = [convention.citation, accompanimentMonths.citation]
        for line in lines {
            switch line.pricing {
            case .fixed(let amount, let units, _): all += [units.citation] + (amount.map { [$0.citation] } ?? [])
            case .perUnitYear(let rate): all.append(rate.citation)
            }
        }
        all += [envelopeTotal?.citation, households?.citation, paymentTerms?.citation, conventionPeriods?.citation].compactMap { $0 }
        all += territoryQuotas.map(\.measures.citation)
        if let team { all += [team.requiredFTE.citation] + (team.minimumManagementFTE.map { [$0.citation] } ?? []) }
        if let cap { all += [cap.rate.citation, cap.scope.citation, cap.base.citation] }
        all += requiredExpenses.map(\.citation) + excludedExpenses.map(\.citation)
        if let renewal {
            all += [renewal.allowed] + [renewal.stepMonths, renewal.maximumMonths, renewal.maximumByDerogation].compactMap { $0?.citation }
        }
        if let advanceNotBefore { all.append(advanceNotBefore.citation) }
        all.append(conventions.citation)
        var seen = Set<Citation>()
        return all.filter { seen.insert($0).inserted }
    }

    /// Every convention period of the programme, in order.
    public var periods: [Period] {
        let first = convention.value
        return (0..<(conventionPeriods?.value ?? 1)).map { Period(start: first.start.adding(months: $0 * first.months), months: first.months) }
    }
}
