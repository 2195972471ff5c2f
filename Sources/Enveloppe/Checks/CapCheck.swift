/// The cap on charges, compared exactly (DOMAIN.md: charges × 100 ≤ subsidy × 25).
///
/// VIAL caps "les charges directes et indirectes [...] à hauteur de 25% maximum
/// du montant versé par le Département" (001_cd25dda9c70a8b9c.txt, "3. Modalités
/// de financement"). The finding states the scope and base it applied.
enum CapCheck {
    static func finding(cap: CapRule, charges: RunReport.Charges, subsidy: Money, suffix: String = "") throws -> Finding {
        let capped: Money
        let other: Money
        switch cap.scope.value {
        case .nonStaff:
            capped = try charges.directNonStaff + charges.indirect
            other = charges.staff
        case .indirectOnly:
            capped = charges.indirect
            other = try charges.staff + charges.directNonStaff
        }
        let rate = cap.rate.value
        let base: Money
        let limit: Money
        switch cap.base.value {
        case .subsidy:
            base = subsidy
            limit = try subsidy.multiplied(by: rate, rounding: .down)
        case .otherCharges:
            base = other
            limit = try other.multiplied(by: rate, rounding: .down)
        case .totalCharges:
            // capped ≤ r × (other + capped) ⇔ capped ≤ other × r / (1 − r): closed form, no iteration.
            base = try other + capped
            guard rate < .one else {
                limit = Money(cents: .max)
                break
            }
            limit = try other.scaled(by: rate.numerator, over: rate.denominator - rate.numerator, rounding: .down)
        }
        // `limit` is rounded down, so for whole cents `capped ≤ limit` is the exact comparison.
        let margin = try limit - capped
        return Finding(
            id: "plafond.charges\(suffix)", status: capped <= limit ? .ok : .failure,
            comparison: .cap(
                capped: capped, base: base, rate: rate, limit: limit, margin: margin, scope: cap.scope.value,
                baseKind: cap.base.value, period: charges.period),
            sources: [cap.rate.citation, cap.scope.citation, cap.base.citation].uniqued())
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each kept once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
