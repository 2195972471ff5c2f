/// What a funder pays on one grant, read from the named figures of a convention
/// (``LinePayments``): the advance, then the balance on service fait, or the
/// reversement when the advance exceeds what is due.
///
/// VIAL: "une avance de 60 % versée dès signature de la convention ; un solde
/// annuel [...] en fonction du service fait" (Appel à projets VIAL, Département du
/// Pas-de-Calais, 2025, § 4).
///
/// Properties (computed once, by ``LinePayments``, never here):
/// `advance + instalments + balance − reversement = due = min(serviceFait, grant)`; for one convention at
/// most one of `balance` and `reversement` is non-zero (a line's totals over its operators'
/// conventions may carry both); the balance is derived by subtraction, never from a second
/// percentage (DOMAIN.md).
public struct PaymentSchedule: Sendable, Hashable {
    public let grant: Money
    public let advance: Money
    public let serviceFait: Money
    /// `min(serviceFait, grant)`: the funder never pays beyond the grant.
    public let due: Money
    public let balance: Money
    public let reversement: Money
    /// When the advance reaches the association's account, and when the balance (or the reversement) is paid.
    public let advanceMonth: YearMonth
    public let balanceMonth: YearMonth
    /// The instalments after the advance, each with its month (none unless the terms state them).
    public let instalments: [Instalment]

    /// An instalment paid after the advance and before the balance.
    public struct Instalment: Sendable, Hashable {
        public let amount: Money
        public let month: YearMonth
    }

    /// What is paid ahead of service fait: the advance and the instalments.
    public var paidAhead: Money {
        get throws { try Money.sum([advance] + instalments.map(\.amount)) }
    }
}
