/// How a grant is paid: an advance at signature, then the balance on service fait.
///
/// VIAL: "une avance de 60 % versée dès signature de la convention ; un solde
/// annuel [...] en fonction du service fait" (appel à projets VIAL, Pas-de-Calais, 2025,
/// "Modalités de versement de la participation financière"). The Montpellier
/// call states no terms, so its scenarios must (DOMAIN.md).
public struct PaymentTerms: Sendable, Hashable {
    /// Share of the grant paid as the advance.
    public let advanceRate: Rate
    /// How the advance is rounded to the cent (once).
    public let rounding: RoundingRule
    /// Months from the convention's first month to the advance reaching the account.
    public let advanceDelayMonths: Int
    /// Months from the convention's last month to the balance (or the reversement):
    /// the report, its review and the payment. The compte-rendu financier is due
    /// within six months of the year's end (CERFA 15059, DOMAIN.md).
    public let balanceDelayMonths: Int
    /// The first month the advance can arrive, when the call's calendar sets one and the scenario
    /// leaves the delay to the tool (VIAL AMI 1: not before the budget vote of March 2025).
    public let advanceNotBefore: YearMonth?

    /// No call in the sources states these delays: they are the tool's defaults, and
    /// the report says so unless the scenario sets them.
    public static let defaultAdvanceDelayMonths = 1
    public static let defaultBalanceDelayMonths = 6

    public init(
        advanceRate: Rate, rounding: RoundingRule = .halfAwayFromZero,
        advanceDelayMonths: Int = PaymentTerms.defaultAdvanceDelayMonths,
        balanceDelayMonths: Int = PaymentTerms.defaultBalanceDelayMonths, advanceNotBefore: YearMonth? = nil
    ) {
        self.advanceNotBefore = advanceNotBefore
        self.advanceRate = advanceRate
        self.rounding = rounding
        self.advanceDelayMonths = advanceDelayMonths
        self.balanceDelayMonths = balanceDelayMonths
    }

    /// When the advance of a convention starting in `period` reaches the account.
    public func advanceMonth(of period: Period) -> YearMonth {
        let month = period.start.adding(months: advanceDelayMonths)
        guard let earliest = advanceNotBefore, earliest > month else { return month }
        return earliest
    }

    /// When the balance (or the reversement) of a convention ending with `period` is paid.
    public func balanceMonth(of period: Period) -> YearMonth { period.end.adding(months: balanceDelayMonths) }
}
