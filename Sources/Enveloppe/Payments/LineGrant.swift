/// One envelope line as a scenario uses it: the line after the scenario's settings,
/// its price as the call states it, the grant of one convention period, its unit
/// costs, and its payments in each convention period.
public struct LineGrant: Sendable, Hashable {
    /// The line after the scenario's settings.
    public let line: EnvelopeLine
    /// What the line pays per unit-month, as the call states it (never a rounded monthly price).
    public let price: UnitPrice
    /// The grant for one convention period.
    public let amount: Figure
    public let perUnitYear: Figure
    public let perUnitMonth: Figure
    /// The payments of each convention period, in order.
    public let periods: [LinePayments]

    /// The first period's payments.
    public var first: LinePayments { periods[0] }

    /// - Throws: ``InputError`` when the line's amount is left to a scenario that does not give it.
    public init(_ line: EnvelopeLine, resolved: ResolvedScenario, projection: Projection) throws {
        let call = resolved.call
        let unit = line.unit
        let conventionMonths = Explained.parameter(call.convention) { .months(Int64($0.months)) }
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
            pricedUnitMonths = .product(
                .constant(.units(hundredths: 100, unit: unit)), .parameter(.months(12), rate.citation), as: unit)
            planned = .product(
                .field(.units(hundredths: resolved.scenario.households * 100, unit: unit), path: "operators[].households"),
                .parameter(call.accompanimentMonths) { .months(Int64($0)) }, as: unit)
        }
        price = UnitPrice(amount: priceAmount.money, perUnitMonthHundredths: pricedUnitMonths.integer)
        // A fixed amount for exactly the convention's unit-months is the grant as it stands; otherwise it is scaled.
        let grant =
            planned.value == pricedUnitMonths.value ? priceAmount : try Explained.scaled(priceAmount, by: planned, over: pricedUnitMonths)
        let deliveredPath = unit == .fte ? "operators[].staff[]" : "operators[].intake"
        periods = try call.periods.enumerated().map { index, period in
            let delivered = Explained.projection(
                .unitMonths(hundredths: projection.unitMonths(of: line, over: period), unit: unit), of: deliveredPath)
            return try LinePayments(
                line: line, period: period, periodIndex: index, grant: grant, price: (priceAmount, pricedUnitMonths),
                planned: planned, delivered: delivered, terms: resolved.terms)
        }
        self.line = line
        amount = Figure(id: .lineAmount(line.id), kind: .lineAmount, subject: line.label, explained: grant)
        perUnitYear = Figure(
            id: .perUnitYear(line.id), kind: .linePerUnitYear, subject: line.label,
            explained: try .scaled(priceAmount, by: .constant(.unitMonths(hundredths: 1_200, unit: unit)), over: pricedUnitMonths),
            unit: unit)
        perUnitMonth = Figure(
            id: .perUnitMonth(line.id), kind: .linePerUnitMonth, subject: line.label,
            explained: try .scaled(priceAmount, by: .constant(.unitMonths(hundredths: 100, unit: unit)), over: pricedUnitMonths),
            unit: unit)
    }
}
