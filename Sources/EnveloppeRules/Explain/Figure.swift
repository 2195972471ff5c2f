/// A value the tool reports, with a stable identifier and the sources it rests on.
///
/// Identifiers (`enveloppe.total`, `paiement.vial.solde`) are what a scenario's
/// expected figures and `enveloppe explain` will name; they never change meaning
/// (``FigureID`` builds them).
public struct Figure: Sendable, Hashable {
    public let id: FigureID
    public let kind: Kind
    /// What the figure is about, when it is one of several (a line, an operator).
    public let subject: String?
    public let value: Quantity
    /// The unit a per-unit figure is priced in (a line's unit cost), if any.
    public let unit: PaidUnit?
    /// The rule parameters and scenario fields the value comes from, read from the explanation when first asked
    /// and kept (a report holds thousands of figures; only those printed or checked need their sources).
    public var sources: [Citation] { node?.sources ?? givenSources }
    private let givenSources: [Citation]
    /// ``sources`` as a reader is given them (``CitedSources``), made from the figures inside the explanation (their
    /// lists where kept, else their trees): a line's total over a thousand operators cites `operators[].households`
    /// without listing each operator's.
    public var citedSources: CitedSources { node?.cited ?? CitedSources(givenSources) }
    /// The first of ``sources``, without gathering the others.
    public var firstSource: Citation? { node.map(\.inner.firstSource) ?? givenSources.first }
    /// How the value was computed, down to the scenario's fields and the call's text.
    public var explanation: Explained? { node?.inner }
    /// The explanation's node, made once so that every tree the figure enters as an operand shares its sources. Kept as
    /// the node alone (a figure is copied into tables and lists: a reference is one word to copy and retain, where the
    /// explained value around it was seven).
    @usableFromInline let node: FigureNode?

    public init(
        id: FigureID, kind: Kind, subject: String? = nil, value: Quantity, unit: PaidUnit? = nil, sources: [Citation] = []
    ) {
        self.id = id
        self.unit = unit
        self.kind = kind
        self.subject = subject
        self.value = value
        self.givenSources = sources
        node = nil
    }

    /// A figure computed as `explained`: its value and its sources come from the computation.
    public init(id: FigureID, kind: Kind, subject: String? = nil, explained: Explained, unit: PaidUnit? = nil) {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.value = explained.value
        self.unit = unit
        self.givenSources = []
        node = FigureNode(id: id, explained)
    }

    /// A figure whose value is known and whose explanation is made the first time it is asked.
    package init(id: FigureID, kind: Kind, subject: String? = nil, value: Quantity, deferred: any DeferredExplanation, unit: PaidUnit? = nil) {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.value = value
        self.unit = unit
        self.givenSources = []
        node = FigureNode(id: id, deferred: deferred)
    }

    /// This figure as an operand of another (its identifier and explanation kept). Inlined so that a caller reading
    /// a figure where it lies (a convention's grant among thousands) loads only its node, without copying the figure.
    @inlinable public var asOperand: Explained {
        if let node { return Explained(value, .figure(node)) }
        return Explained.field(value, path: "").asFigure(id)
    }

    /// Equal figures have equal identifiers, values, explanations and given sources (`node` is `explanation`).
    public static func == (a: Figure, b: Figure) -> Bool {
        a.id == b.id && a.kind == b.kind && a.subject == b.subject && a.value == b.value && a.unit == b.unit
            && a.givenSources == b.givenSources && a.explanation == b.explanation
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(kind)
        hasher.combine(value)
    }

    /// What a figure means, for the renderers' labels.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case lineAmount, envelopeTotal
        case costPerHousehold, costPerFTEYear
        case linePerUnitYear, linePerUnitMonth
        case grant, advance, instalment, plannedUnitMonths, deliveredUnitMonths, serviceFait, amountDue, balance, reversement
        case operatorShare, operatorTotal
        case treasuryOpening, treasuryLowest, workingCapitalNeed, treasuryShortfall, finalResult, depositsOutstanding
        case householdsPerFTE
        case budgetCharges, budgetIncome, subsidyRequested, cappedCharges, capBase, capLimit, capMargin, chargesPerHousehold
        case allocatedMeasures, allocatedAmount, unallocated
        case settledPlanned, settledToDate, settledYear, settledGap
    }

    /// The money amount, when the figure is one.
    public var money: Money? {
        if case .money(let amount) = value { return amount }
        return nil
    }

    /// The amount of a figure that is money by construction (a grant, a payment, a treasury
    /// figure). Asking it of another kind is a programming error, not bad input.
    public var amount: Money {
        guard case .money(let amount) = value else { preconditionFailure("figure \(id) is not an amount: \(value)") }
        return amount
    }
}

/// A reported value: an amount, a count, FTE, a rate or unit-months.
public enum Quantity: Sendable, Hashable {
    case money(Money)
    case count(Int64)
    case fte(FTE)
    case rate(Rate)
    /// Unit-months in hundredths, e.g. 768 dwelling-months is 76 800.
    case unitMonths(hundredths: Int64, unit: PaidUnit)
    /// Units in hundredths, e.g. 64 dwellings is 6 400, 7,5 ETP is 750.
    case units(hundredths: Int64, unit: PaidUnit)
    /// A number of months.
    case months(Int64)
    /// An exact quotient of two quantities, such as households per FTE (64 / 8 = 8).
    case ratio(Rate)
}
