/// An amount paid for a number of unit-months, kept as the call states it.
///
/// "7 000 € pour 12 mois d'accompagnement et par ménage" is 7 000 € per 12
/// household-months; "350 000 € pour 64 logements sur 12 mois" is 350 000 € per
/// 768 dwelling-months. Keeping the pair, never a rounded monthly price, is what
/// lets every amount derived from it be rounded once (DOMAIN.md, "Arithmetic
/// the users expect": 181 measure-months is not 181 × 583,33 €).
///
/// Unit-months are counted in hundredths so that 7,5 ETP × 12 months is exact.
public struct UnitPrice: Sendable, Hashable {
    public let amount: Money
    /// The unit-months `amount` pays for, in hundredths (12 household-months is 1 200).
    public let perUnitMonthHundredths: Int64

    /// - Precondition: `perUnitMonthHundredths > 0`.
    public init(amount: Money, perUnitMonthHundredths: Int64) {
        precondition(perUnitMonthHundredths > 0, "a unit price covers at least some unit-months")
        self.amount = amount
        self.perUnitMonthHundredths = perUnitMonthHundredths
    }

    /// `amount` for `units` units over `months` months (whole units).
    public init(amount: Money, units: Int64, months: Int64) {
        self.init(amount: amount, perUnitMonthHundredths: units * months * 100)
    }

    /// What `unitMonthHundredths` unit-months cost, rounded once.
    public func cost(ofUnitMonthHundredths unitMonthHundredths: Int64, rounding: RoundingRule = .halfAwayFromZero)
        throws -> Money
    {
        try amount.scaled(by: unitMonthHundredths, over: perUnitMonthHundredths, rounding: rounding)
    }

    /// The price of one unit for `months` months (12 for a yearly unit cost, 1 for a monthly one).
    public func perUnit(months: Int64, rounding: RoundingRule = .halfAwayFromZero) throws -> Money {
        try cost(ofUnitMonthHundredths: months * 100, rounding: rounding)
    }
}
