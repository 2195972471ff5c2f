/// The cap on charges, compared exactly (DOMAIN.md: charges × 100 ≤ subsidy × 25).
///
/// VIAL caps "les charges directes et indirectes [...] à hauteur de 25% maximum
/// du montant versé par le Département" (001_cd25dda9c70a8b9c.txt, "3. Modalités
/// de financement"). The finding states the scope and base it applied.
enum CapCheck {
    /// - Parameters:
    ///   - staff, direct, indirect: the period's charges by kind, explained.
    ///   - subsidy: what the funders would pay (each request up to what the call gives), explained.
    static func finding(
        cap: CapRule, staff: Explained, direct: Explained, indirect: Explained, subsidy: Explained, period: Period, suffix: String
    ) throws -> Finding {
        let capped: Explained
        let other: Explained
        switch cap.scope.value {
        case .nonStaff:
            capped = try .sum([direct, indirect])
            other = staff
        case .indirectOnly:
            capped = indirect
            other = try .sum([staff, direct])
        }
        let id = { (name: String) in "plafond.\(name)\(suffix)" }
        let cappedFigure = Figure(id: id("charges-plafonnees"), kind: .cappedCharges, explained: capped)
        let rate = Explained.parameter(cap.rate) { .rate($0) }
        let base: Explained
        let limit: Explained
        switch cap.base.value {
        case .subsidy:
            base = subsidy
            limit = try .rated(base, rate, rounding: .down)
        case .otherCharges:
            base = other
            limit = try .rated(base, rate, rounding: .down)
        case .totalCharges:
            // capped ≤ r × (other + capped) ⇔ capped ≤ other × r / (1 − r): closed form, no iteration.
            base = try .sum([other, cappedFigure.asOperand])
            let r = cap.rate.value
            limit = r < .one
                ? try .scaled(
                    other, by: .parameter(.count(r.numerator), cap.rate.citation),
                    over: .parameter(.count(r.denominator - r.numerator), cap.rate.citation), rounding: .down)
                : .constant(.money(Money(cents: .max)))
        }
        let baseFigure = Figure(id: id("base"), kind: .capBase, explained: base)
        // `limit` is rounded down, so for whole cents `capped ≤ limit` is the exact comparison.
        let limitFigure = Figure(id: id("limite"), kind: .capLimit, explained: limit)
        let margin = Figure(id: id("marge"), kind: .capMargin, explained: try .difference(limitFigure.asOperand, cappedFigure.asOperand))
        return Finding(
            id: "plafond.charges\(suffix)", status: capped.money <= limit.money ? .ok : .failure,
            comparison: .cap(
                capped: capped.money, base: base.money, rate: cap.rate.value, limit: limit.money, margin: margin.explanation!.money,
                scope: cap.scope.value, baseKind: cap.base.value, period: period),
            sources: [cap.rate.citation, cap.scope.citation, cap.base.citation].uniqued(),
            figures: [cappedFigure, baseFigure, limitFigure, margin])
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each kept once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
