/// How a grant is paid: an advance at signature, any later instalments ahead of service
/// fait, then the balance on service fait.
///
/// VIAL: "une avance de 60 % versée dès signature de la convention ; un solde
/// annuel [...] en fonction du service fait" (appel à projets VIAL, Pas-de-Calais, 2025,
/// "Modalités de versement de la participation financière"). The Montpellier
/// call states no terms, so its scenarios must (DOMAIN.md). A funder may also pay in
/// several instalments (60 % at signature, 20 % at mid-term, the balance on service fait):
/// the scenario states them (`rules.paymentTerms.instalments`).
///
/// Instalment k is `grant × (r₁ + … + r_k)` rounded once, less the same for k − 1, so the
/// instalments always add up to the grant × their cumulative rate rounded once; the
/// balance is then derived by subtraction.
public struct PaymentTerms: Sendable, Hashable {
    /// One payment ahead of service fait: its own share of the grant and its month.
    public struct Instalment: Sendable, Hashable {
        /// This instalment's own share of the grant (20 %, not the 80 % paid to date).
        public let rate: Rate
        /// Months from the convention's first month to the payment reaching the account.
        public let delayMonths: Int

        public init(rate: Rate, delayMonths: Int) {
            self.rate = rate
            self.delayMonths = delayMonths
        }
    }

    /// Share of the grant paid as the advance.
    public let advanceRate: Rate
    /// How the advance and the instalments are rounded to the cent (once, on their cumulative rate).
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
    /// Instalments after the advance and before the balance, in order (none by default).
    public let laterInstalments: [Instalment]
    /// Whether a scenario states the advance's delay (its instalments' months with it) and the balance's; when
    /// not, the delay is the tool's default and the reports say so.
    public let advanceDelayStated: Bool
    public let balanceDelayStated: Bool

    /// No call in the sources states these delays: they are the tool's defaults, and
    /// the report says so unless the scenario sets them.
    public static let defaultAdvanceDelayMonths = 1
    public static let defaultBalanceDelayMonths = 6

    public init(
        advanceRate: Rate, rounding: RoundingRule = .halfAwayFromZero,
        advanceDelayMonths: Int = PaymentTerms.defaultAdvanceDelayMonths,
        balanceDelayMonths: Int = PaymentTerms.defaultBalanceDelayMonths, advanceNotBefore: YearMonth? = nil,
        laterInstalments: [Instalment] = [], advanceDelayStated: Bool = false, balanceDelayStated: Bool = false
    ) {
        self.advanceDelayStated = advanceDelayStated
        self.balanceDelayStated = balanceDelayStated
        self.advanceNotBefore = advanceNotBefore
        self.advanceRate = advanceRate
        self.rounding = rounding
        self.advanceDelayMonths = advanceDelayMonths
        self.balanceDelayMonths = balanceDelayMonths
        self.laterInstalments = laterInstalments
    }

    /// Every payment ahead of service fait, the advance first.
    public var instalments: [Instalment] { [Instalment(rate: advanceRate, delayMonths: advanceDelayMonths)] + laterInstalments }

    /// The share of the grant paid to date after each instalment, the advance first (60 %, 80 %).
    public var cumulativeRates: [Rate] {
        var total = Rate.zero
        return instalments.map { instalment in
            total = Rate(
                total.numerator * instalment.rate.denominator + instalment.rate.numerator * total.denominator,
                over: total.denominator * instalment.rate.denominator)
            return total
        }
    }

    /// When the advance of a convention starting in `period` reaches the account.
    public func advanceMonth(of period: Period) -> YearMonth {
        let month = period.start.adding(months: advanceDelayMonths)
        guard let earliest = advanceNotBefore, earliest > month else { return month }
        return earliest
    }

    /// When each instalment after the advance reaches the account: never before the advance.
    public func laterInstalmentMonths(of period: Period) -> [YearMonth] {
        let advance = advanceMonth(of: period)
        return laterInstalments.map { Swift.max(period.start.adding(months: $0.delayMonths), advance) }
    }

    /// When the balance (or the reversement) of a convention ending with `period` is paid.
    public func balanceMonth(of period: Period) -> YearMonth { period.end.adding(months: balanceDelayMonths) }

    /// The last month any payment of a convention over `period` reaches the account.
    public func lastPaymentMonth(of period: Period) -> YearMonth {
        ([balanceMonth(of: period), advanceMonth(of: period)] + laterInstalmentMonths(of: period)).max()!
    }
}
