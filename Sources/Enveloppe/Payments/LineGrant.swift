/// One envelope line as a scenario uses it: the line after the scenario's settings, its
/// price as the call states it, the grant of one convention period, each operator's share,
/// its unit costs, and its payments in each convention period — one convention for the
/// application, or one per operator when the call (or the scenario) says so.
public struct LineGrant: Sendable, Hashable {
    /// The line after the scenario's settings.
    public let line: EnvelopeLine
    /// What the line pays per unit-month, as the call states it (never a rounded monthly price).
    public let price: UnitPrice
    /// The grant for one convention period.
    public let amount: Figure
    /// Each operator's share of `amount`, in the scenario's order (largest remainder for a fixed line).
    public let shares: [Figure]
    public let perUnitYear: Figure
    public let perUnitMonth: Figure
    /// The payments of each convention period, in order: the application's convention, or the line's
    /// totals over its operators' conventions.
    public let periods: [LinePayments]
    /// The operators' own conventions, when each has one.
    public let own: OwnConventions?

    /// Each operator's own convention in each period, when each has one (empty otherwise): made the first time it is
    /// asked (``OwnConventions``).
    public var conventions: [[LinePayments]] { own?.conventions ?? [] }

    /// The amounts of each operator's own convention in each period, when each has one (empty otherwise).
    public var ownAmounts: [[ConventionAmounts]] { own?.amounts ?? [] }

    /// The first period's payments.
    public var first: LinePayments { periods[0] }

    /// Whether each operator is paid on its own convention.
    public var isPerOperator: Bool { own != nil }

    /// - Throws: ``InputError`` when the line's amount is left to a scenario that does not give it.
    public init(_ line: EnvelopeLine, resolved: ResolvedScenario, projection: Projection) throws {
        let call = resolved.call
        let operators = resolved.scenario.operators
        let unit = line.unit
        let conventionMonths = Explained.parameter(call.convention) { .months(Int64($0.months)) }
        let accompaniment = Explained.parameter(call.accompanimentMonths) { .months(Int64($0)) }
        // The line's price as the call states it: an amount for a number of unit-months.
        let priceAmount: Explained
        let pricedUnitMonths: Explained
        let planned: Explained
        switch line.pricing {
        case .fixed(let amount, let unitHundredths, let months):
            guard let amount else { throw InputError("rules.lines.\(line.id).amount", .missing) }
            priceAmount = .parameter(amount) { .money($0) }
            let funded = Explained.parameter(unitHundredths) { .units(hundredths: $0, unit: unit) }
            pricedUnitMonths = .product(funded, .parameter(.months(months), unitHundredths.citation), as: unit)
            planned = .product(funded, conventionMonths, as: unit)
        case .perUnitYear(let rate):
            priceAmount = .parameter(rate) { .money($0) }
            pricedUnitMonths = .product(.constant(.units(hundredths: 100, unit: unit)), .parameter(.months(12), rate.citation), as: unit)
            planned = .product(
                .field(.units(hundredths: resolved.scenario.households * 100, unit: unit), path: "operators[].households"), accompaniment,
                as: unit)
        }
        price = UnitPrice(amount: priceAmount.money, perUnitMonthHundredths: pricedUnitMonths.integer)
        // A fixed amount for exactly the convention's unit-months is the grant as it stands; otherwise it is scaled.
        let grant =
            planned.value == pricedUnitMonths.value ? priceAmount : try Explained.scaled(priceAmount, by: planned, over: pricedUnitMonths)
        self.line = line
        let perOperator = call.conventions.value == .perOperator && operators.count > 1
        let shares: [Figure]
        if perOperator, case .perUnitYear(let rate) = line.pricing {
            // Each operator's own convention at the call's rate; the line is what they are granted, to the cent.
            shares = try LineGrant.ownGrants(rate: rate, line: line, operators: operators, accompaniment: accompaniment)
            amount = Figure(id: .lineAmount(line.id), kind: .lineAmount, subject: line.label, explained: try .sum(shares.map(\.asOperand)))
        } else {
            amount = Figure(id: .lineAmount(line.id), kind: .lineAmount, subject: line.label, explained: grant)
            shares = try LineGrant.shares(of: amount, line: line, operators: operators)
        }
        self.shares = shares
        // What each operator's own convention funds: its households (or FTE) over the convention's length.
        // (Operators read by index here and below: a closure given each operator would copy it, its strings and arrays.)
        let funded = operators.indices.map { index -> Explained in
            let op = (households: operators[index].households, teamFTE: operators[index].teamFTE)
            return switch line.pricing {
            case .fixed where unit == .fte:
                .product(
                    .field(.units(hundredths: op.teamFTE.hundredths, unit: .fte), path: Operator.path(index, Operator.teamFTEPath)),
                    conventionMonths, as: unit
                )
            case .fixed:
                .product(
                    .field(.units(hundredths: op.households * 100, unit: unit), path: Operator.path(index, "households")), conventionMonths, as: unit)
            case .perUnitYear:
                .product(
                    .field(.units(hundredths: op.households * 100, unit: unit), path: Operator.path(index, "households")), accompaniment, as: unit)
            }
        }
        let deliveredPath = unit == .fte ? "operators[].staff[]" : "operators[].intake"
        let terms = resolved.terms(of: line.id)
        let own =
            perOperator
            ? try OwnConventions(
                line: line, periods: call.periods, operators: operators, shares: shares, funded: funded, price: priceAmount,
                pricedUnitMonths: pricedUnitMonths,
                delivered: call.periods.map { period in
                    operators.indices.map { projection.unitMonths(of: line, over: period, operatorAt: $0) }
                }, terms: terms) : nil
        var periods: [LinePayments] = []
        for (index, period) in call.periods.enumerated() {
            let delivered = Explained.projection(
                .unitMonths(hundredths: projection.unitMonths(of: line, over: period), unit: unit), of: deliveredPath)
            if let own {
                periods.append(try LinePayments(summing: own, period: index, line: line, planned: planned, delivered: delivered))
            } else {
                periods.append(
                    try LinePayments(
                        line: line, period: period, periodIndex: index, holder: nil, subject: line.label, grant: amount.asOperand,
                        price: (priceAmount, pricedUnitMonths), planned: planned, delivered: delivered, terms: terms))
            }
        }
        self.periods = periods
        self.own = own
        perUnitYear = Figure(
            id: .perUnitYear(line.id), kind: .linePerUnitYear, subject: line.label,
            explained: try .scaled(priceAmount, by: .constant(.unitMonths(hundredths: 1_200, unit: unit)), over: pricedUnitMonths), unit: unit)
        perUnitMonth = Figure(
            id: .perUnitMonth(line.id), kind: .linePerUnitMonth, subject: line.label,
            explained: try .scaled(priceAmount, by: .constant(.unitMonths(hundredths: 100, unit: unit)), over: pricedUnitMonths), unit: unit)
    }

    /// Each operator's part of a line paid on one convention for the application: split pro rata of households
    /// (or of FTE for a line paid on FTE) by largest remainder, so the parts add up to the line to the cent.
    static func shares(of amount: Figure, line: EnvelopeLine, operators: [Operator]) throws -> [Figure] {
        let keys = operators.map(\.id.rawValue)
        let byFTE = line.unit == .fte
        var weights = operators.enumerated().map { position, other in
            Explained.field(
                byFTE ? .units(hundredths: other.teamFTE.hundredths, unit: .fte) : .units(hundredths: other.households * 100, unit: line.unit),
                path: byFTE ? Operator.path(position, Operator.teamFTEPath) : Operator.path(position, "households"))
        }
        // No household or FTE anywhere to weigh by: the line is shared equally.
        if weights.allSatisfy({ $0.integer == 0 }) { weights = weights.map { _ in .constant(.count(1)) } }
        let parts = try Explained.shares(of: amount.asOperand, weights: weights, keys: keys)
        return zip(operators, parts).map { op, part in
            Figure(id: .operatorShare(op.id, line.id), kind: .operatorShare, subject: op.name, explained: part)
        }
    }

    /// Each operator's own grant at a yearly rate, on its own convention: households × rate × months / 12, rounded once.
    static func ownGrants(rate: Cited<Money>, line: EnvelopeLine, operators: [Operator], accompaniment: Explained) throws -> [Figure] {
        try operators.indices.map { index in
            let explained = try Explained.scaled(
                .parameter(rate) { .money($0) },
                by: .product(
                    .field(.units(hundredths: operators[index].households * 100, unit: line.unit), path: Operator.path(index, "households")),
                    accompaniment,
                    as: line.unit),
                over: .constant(.unitMonths(hundredths: 1_200, unit: line.unit)))
            return Figure(
                id: .operatorShare(operators[index].id, line.id), kind: .operatorShare, subject: operators[index].name, explained: explained)
        }
    }
}
