/// What a funder pays on one grant: the advance, then the balance on service
/// fait, or the reversement when the advance exceeds what is due.
///
/// VIAL: "une avance de 60 % versée dès signature de la convention ; un solde
/// annuel [...] en fonction du service fait" (001_cd25dda9c70a8b9c.txt,
/// "4. Modalités de versement de la participation financière").
///
/// Properties: `advance + balance − reversement = due = min(serviceFait, grant)`;
/// at most one of `balance` and `reversement` is non-zero; the balance is derived
/// by subtraction, never from a second percentage (DOMAIN.md).
public struct PaymentSchedule: Sendable, Hashable {
    public let grant: Money
    public let advance: Money
    public let serviceFait: Money
    /// `min(serviceFait, grant)`: the funder never pays beyond the grant.
    public let due: Money
    public let balance: Money
    public let reversement: Money

    public init(grant: Money, serviceFait: Money, terms: PaymentTerms) throws {
        self.grant = grant
        self.serviceFait = serviceFait
        advance = try grant.multiplied(by: terms.advanceRate, rounding: terms.rounding)
        due = min(serviceFait, grant)
        if due >= advance {
            balance = try due - advance
            reversement = .zero
        } else {
            balance = .zero
            reversement = try advance - due
        }
    }
}
