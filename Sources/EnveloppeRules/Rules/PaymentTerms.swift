/// How a grant is paid: an advance at signature, then the balance on service fait.
///
/// VIAL: "une avance de 60 % versée dès signature de la convention ; un solde
/// annuel [...] en fonction du service fait" (001_cd25dda9c70a8b9c.txt,
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

    /// No call in the sources states these delays: they are the tool's defaults, and
    /// the report says so unless the scenario sets them.
    public static let defaultAdvanceDelayMonths = 1
    public static let defaultBalanceDelayMonths = 6

    public init(
        advanceRate: Rate, rounding: RoundingRule = .halfAwayFromZero,
        advanceDelayMonths: Int = PaymentTerms.defaultAdvanceDelayMonths,
        balanceDelayMonths: Int = PaymentTerms.defaultBalanceDelayMonths
    ) {
        self.advanceRate = advanceRate
        self.rounding = rounding
        self.advanceDelayMonths = advanceDelayMonths
        self.balanceDelayMonths = balanceDelayMonths
    }
}
