/// The cap on charges, compared exactly (DOMAIN.md: charges × 100 ≤ subsidy × 25).
///
/// VIAL caps « les charges directes et indirectes, plafonnées à hauteur de 25% maximum du
/// montant versé par le Département » (Appel à projets VIAL, Département du Pas-de-Calais,
/// 2025, § 3). The text is read two ways, so the scope and the base are parameters and the
/// finding states which reading it applied. Fails above the cap.
enum CapCheck {
    static func findings(_ b: BudgetCheckInput) throws -> [Finding] {
        guard let cap = b.input.call.cap else { return [] }
        let capped: Explained
        let other: Explained
        switch cap.scope.value {
        case .nonStaff:
            capped = try .sum([b.direct, b.indirect])
            other = b.staff
        case .indirectOnly:
            capped = b.indirect
            other = try .sum([b.staff, b.direct])
        }
        let id = { (name: String) in FigureID.cap(name, period: b.periodIndex) }
        let cappedFigure = Figure(id: id("charges-plafonnees"), kind: .cappedCharges, explained: capped)
        let rate = Explained.parameter(cap.rate) { .rate($0) }
        let base: Explained
        let limit: Explained
        var projected = false
        var otherReading: CapReading?
        switch cap.base.value {
        case .paidAmount where !b.budget.isSubmitted:
            // What the funders are projected to pay: each line's due, min(service fait, grant).
            base = try .sum(b.input.lines.map { $0.periods[b.periodIndex].due.asOperand })
            limit = try .rated(base, rate, rounding: .down)
            projected = true
            let grant = try b.payable
            otherReading = CapReading(base: grant.money, limit: try Explained.rated(grant, rate, rounding: .down).money, onGrant: true)
        case .paidAmount, .subsidy:
            base = try b.payable
            limit = try .rated(base, rate, rounding: .down)
        case .otherCharges:
            base = other
            limit = try .rated(base, rate, rounding: .down)
        case .totalCharges:
            // capped ≤ r × (other + capped) ⇔ capped ≤ other × r / (1 − r): closed form, no iteration.
            base = try .sum([other, cappedFigure.asOperand])
            let r = cap.rate.value
            limit =
                r < .one
                ? try .scaled(
                    other, by: .parameter(.count(r.numerator), cap.rate.citation),
                    over: .parameter(.count(r.denominator - r.numerator), cap.rate.citation), rounding: .down)
                : .constant(.money(Money(cents: .max)))
        }
        let baseFigure = Figure(id: id("base"), kind: .capBase, explained: base)
        // `limit` is rounded down, so for whole cents `capped ≤ limit` is the exact comparison.
        let limitFigure = Figure(id: id("limite"), kind: .capLimit, explained: limit)
        let margin = Figure(id: id("marge"), kind: .capMargin, explained: try .difference(limitFigure.asOperand, cappedFigure.asOperand))
        let conventions = try ownConventions(b, cap: cap)
        return [
            Finding(
                id: "plafond.charges\(b.suffix)",
                status: capped.money <= limit.money && (conventions?.over.isEmpty ?? true) ? .ok : .failure,
                comparison: .cap(
                    capped: capped.money, base: base.money, rate: cap.rate.value, limit: limit.money, margin: margin.amount,
                    scope: cap.scope.value, baseKind: cap.base.value, period: b.budget.period, projected: projected,
                    otherReading: otherReading, conventions: conventions),
                sources: [cap.rate.citation, cap.scope.citation, cap.base.citation].uniqued(),
                figures: [cappedFigure, baseFigure, limitFigure, margin])
        ]
    }

    /// Each operator's convention against its own cap, when each operator has one and the budget is the projection's
    /// (a filed budget is one application's): its charges over the period's months, from its own costs, against the
    /// cap's rate of its own base (what its convention is paid, its grant, or its other charges), rounded down.
    static func ownConventions(_ b: BudgetCheckInput, cap: CapRule) throws -> CapConventions? {
        let lines = b.input.lines
        guard !b.budget.isSubmitted, lines.contains(where: \.isPerOperator) else { return nil }
        let projection = b.input.projection
        let operators = b.input.scenario.operators
        let months = projection.tableMonths(of: b.budget.period)
        let period = b.periodIndex
        let rate = cap.rate.value
        // The period's amounts of each line paid per operator, taken once (each is read for every operator).
        let ownAmounts = lines.indices.compactMap { lines[$0].own?.amounts[period] }
        var over: [CapConventions.Overrun] = []
        for index in operators.indices {
            let (staff, direct, indirect) = try projection.charges(ofOperator: index, over: months)
            let (capped, other) = cap.scope.value == .nonStaff ? (try direct + indirect, staff) : (indirect, try staff + direct)
            // Each convention's amounts read in place.
            var (paid, granted) = (Money.zero, Money.zero)
            for amounts in ownAmounts.indices {
                paid = try paid + ownAmounts[amounts][index].due
                granted = try granted + ownAmounts[amounts][index].grant
            }
            let limit: Money
            switch cap.base.value {
            case .paidAmount: limit = try paid.multiplied(by: rate, rounding: .down)
            case .subsidy: limit = try granted.multiplied(by: rate, rounding: .down)
            case .otherCharges: limit = try other.multiplied(by: rate, rounding: .down)
            case .totalCharges:
                guard rate < .one else { continue }
                limit = try other.multiplied(by: Rate(rate.numerator, over: rate.denominator - rate.numerator), rounding: .down)
            }
            if capped > limit { over.append(CapConventions.Overrun(holder: operators[index].name, capped: capped, limit: limit)) }
        }
        return CapConventions(count: operators.count, over: over)
    }
}
