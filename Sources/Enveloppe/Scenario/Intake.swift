/// How an operator's households come and go, month by month.
///
/// Households enter (an explicit list, or a ramp-up of N a month up to the
/// operator's capacity), are accompanied for the call's length plus any
/// renewals, may leave early, and free their place for another household
/// after a delay. VIAL: 12 months, renewable by 6 up to 24 months, 30 by
/// derogation; accompaniment may start up to 3 months before entering the
/// dwelling (appel à projets VIAL, Pas-de-Calais, 2025, "5. Résultat(s) attendu(s)").
public struct Intake: Sendable, Hashable {
    public enum Entries: Sendable, Hashable {
        /// Households entering each month, from `start`.
        case explicit([Int64])
        /// Up to this many a month, as long as a place is free.
        case rampUp(perMonth: Int64)
    }

    /// A number of households leaving before the end of their accompaniment.
    public struct EarlyExit: Sendable, Hashable {
        /// The first month they are no longer accompanied.
        public var month: YearMonth
        public var households: Int64
        public init(month: YearMonth, households: Int64) {
            self.month = month
            self.households = households
        }
    }

    /// First month of entries; `nil` is the programme's first month.
    public var start: YearMonth?
    /// Households already accompanied when the programme starts (no entry costs).
    public var initial: Int64
    public var entries: Entries
    /// Last month a ramp-up takes new households; `nil` is the programme's last month.
    public var lastEntry: YearMonth?
    /// Months added to the call's accompaniment by renewals, within the call's limits (``RenewalRule``).
    public var renewalMonths: Int
    /// Whether the renewals go beyond the call's maximum by the derogation it provides (VIAL: 18 months in place of 12).
    public var derogation: Bool
    /// Months of accompaniment before the household enters its dwelling (0 to 3).
    public var monthsBeforeDwelling: Int
    /// Early exits, taken from the households accompanied longest.
    public var earlyExits: [EarlyExit]
    /// Months before a freed place is taken again by the ramp-up.
    public var refillDelayMonths: Int

    public init(
        start: YearMonth? = nil, initial: Int64 = 0, entries: Entries, lastEntry: YearMonth? = nil, renewalMonths: Int = 0,
        derogation: Bool = false, monthsBeforeDwelling: Int = 0, earlyExits: [EarlyExit] = [], refillDelayMonths: Int = 0
    ) {
        self.start = start
        self.initial = initial
        self.entries = entries
        self.lastEntry = lastEntry
        self.renewalMonths = renewalMonths
        self.derogation = derogation
        self.monthsBeforeDwelling = monthsBeforeDwelling
        self.earlyExits = earlyExits
        self.refillDelayMonths = refillDelayMonths
    }

    /// The plan when a scenario gives no intake: every household enters in the first month.
    public static func fullStart(households: Int64) -> Intake { Intake(entries: .explicit([households])) }

    /// The most renewal months the format accepts (10 years); each call sets its own limit below it.
    public static let maximumRenewalMonths = 120
    public static let maximumMonthsBeforeDwelling = 3
}
