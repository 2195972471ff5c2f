/// Values a scenario sets in place of the preset's, or that the preset lacks.
///
/// Each one is cited as `rules.…` in every report, so a reader sees at once
/// which figures rest on the call's text and which on the scenario.
public struct RuleSettings: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        /// A fixed line's amount.
        public var amount: Money?
        /// A rate line's yearly rate per unit.
        public var annualRate: Money?
        /// A fixed line's quantity of units, in hundredths (64 dwellings is 6 400).
        public var unitHundredths: Int64?
        /// The line of account 74 the funder's subsidy goes on, in place of the preset's.
        public var subsidyLine: SubsidyLine?
        public init(amount: Money? = nil, annualRate: Money? = nil, unitHundredths: Int64? = nil, subsidyLine: SubsidyLine? = nil) {
            self.subsidyLine = subsidyLine
            self.amount = amount
            self.annualRate = annualRate
            self.unitHundredths = unitHundredths
        }
    }

    /// Payment terms a scenario states for one funder, in place of the general ones field by field.
    public struct Terms: Sendable, Hashable {
        public var advanceRate: Rate?
        public var rounding: RoundingRule?
        public var advanceDelayMonths: Int?
        public var balanceDelayMonths: Int?
        /// Every payment ahead of service fait, the advance first (in place of `advanceRate` and `advanceDelayMonths`).
        public var instalments: [PaymentTerms.Instalment]?
        public init(
            advanceRate: Rate? = nil, rounding: RoundingRule? = nil, advanceDelayMonths: Int? = nil, balanceDelayMonths: Int? = nil,
            instalments: [PaymentTerms.Instalment]? = nil
        ) {
            self.advanceRate = advanceRate
            self.rounding = rounding
            self.advanceDelayMonths = advanceDelayMonths
            self.balanceDelayMonths = balanceDelayMonths
            self.instalments = instalments
        }
    }

    public var households: Int64?
    public var envelopeTotal: Money?
    /// By line identifier (`iml`, `fsl`, `vial`, `aml`).
    public var lines: [LineID: Line]
    public var requiredFTE: FTE?
    public var minimumManagementFTE: FTE?
    public var capRate: Rate?
    public var capScope: CapRule.Scope?
    public var capBase: CapRule.Base?
    public var advanceRate: Rate?
    public var advanceRounding: RoundingRule?
    public var advanceDelayMonths: Int?
    public var balanceDelayMonths: Int?
    /// Every payment ahead of service fait, the advance first (in place of `advanceRate` and `advanceDelayMonths`).
    public var instalments: [PaymentTerms.Instalment]?
    /// Terms of one funder, by its identifier (`ddets`, `metropole`, `departement`).
    public var funderTerms: [String: Terms] = [:]
    public var convention: Period?
    /// Consecutive convention periods of the programme (a renewed convention); 1 by default.
    public var conventionPeriods: Int?
    public var accompanimentMonths: Int?
    /// One convention for the application, or one per operator, in place of the call's.
    public var conventions: ConventionHolding?

    public init(
        households: Int64? = nil, envelopeTotal: Money? = nil, lines: [LineID: Line] = [:], requiredFTE: FTE? = nil,
        minimumManagementFTE: FTE? = nil, capRate: Rate? = nil, capScope: CapRule.Scope? = nil,
        capBase: CapRule.Base? = nil, advanceRate: Rate? = nil, advanceRounding: RoundingRule? = nil,
        advanceDelayMonths: Int? = nil, balanceDelayMonths: Int? = nil, convention: Period? = nil,
        conventionPeriods: Int? = nil, accompanimentMonths: Int? = nil
    ) {
        self.conventionPeriods = conventionPeriods
        self.advanceRate = advanceRate
        self.advanceRounding = advanceRounding
        self.advanceDelayMonths = advanceDelayMonths
        self.balanceDelayMonths = balanceDelayMonths
        self.households = households
        self.envelopeTotal = envelopeTotal
        self.lines = lines
        self.requiredFTE = requiredFTE
        self.minimumManagementFTE = minimumManagementFTE
        self.capRate = capRate
        self.capScope = capScope
        self.capBase = capBase
        self.convention = convention
        self.accompanimentMonths = accompanimentMonths
    }
}
