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

    public init(advanceRate: Rate, rounding: RoundingRule = .halfAwayFromZero) {
        self.advanceRate = advanceRate
        self.rounding = rounding
    }
}
