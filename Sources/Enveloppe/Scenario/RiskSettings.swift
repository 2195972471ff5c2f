/// What a scenario says is uncertain, for `enveloppe risk` (the `risk` block): how late each
/// funder pays, how fast places fill, how many households leave early, how long a freed place
/// stays empty, how long posts stay vacant; and the association's overdraft limit and what
/// bridging the gap costs. Every other input keeps the scenario's value.
///
/// Associations carry public grants on their own cash: the advance arrives after the work starts,
/// the balance months after the convention ends, and grants commonly arrive three to six months late.
public struct RiskSettings: Sendable, Hashable {
    /// How many months late a funder pays, beyond the terms of `rules.paymentTerms`.
    public struct PaymentDelay: Sendable, Hashable {
        /// The funder's identifier (`ddets`, `metropole`, `departement`, `ddcs`).
        public var funder: String
        /// Months late of every payment ahead of service fait (the advance and the instalments: one signature).
        public var advance: Distribution?
        /// Months late of the balance, or of the reversement.
        public var balance: Distribution?
        public init(funder: String, advance: Distribution? = nil, balance: Distribution? = nil) {
            self.funder = funder
            self.advance = advance
            self.balance = balance
        }
    }

    /// What carrying the association's cash below zero costs.
    public enum Bridging: Sendable, Hashable {
        /// An overdraft at this yearly rate, charged on each month-end balance below zero (rate / 12 a month).
        case overdraft(annualRate: Rate)
        /// The grant claimed from a bank (cession de créance): this rate of the largest amount to find, once.
        case assignment(rate: Rate)
    }

    /// By funder, in the file's order.
    public var paymentDelays: [PaymentDelay]
    /// Households entering a month, in place of each operator's `intake.rampUp`.
    public var rampUp: Distribution?
    /// Households leaving before the end of their accompaniment in each convention, in hundredths of a
    /// percent of the operator's places (500 is 5 %).
    public var earlyExitRate: Distribution?
    /// Months a freed place stays empty, in place of each operator's `intake.refillDelayMonths`.
    public var refillDelayMonths: Distribution?
    /// Months each post stays vacant when it should start (a recruitment), drawn for each post on its own.
    public var staffVacancyMonths: Distribution?
    /// The overdraft the bank allows: the association's cash may go this far below zero.
    public var overdraftLimit: Money?
    public var bridging: Bridging?

    public init(
        paymentDelays: [PaymentDelay] = [], rampUp: Distribution? = nil, earlyExitRate: Distribution? = nil,
        refillDelayMonths: Distribution? = nil, staffVacancyMonths: Distribution? = nil, overdraftLimit: Money? = nil,
        bridging: Bridging? = nil
    ) {
        self.paymentDelays = paymentDelays
        self.rampUp = rampUp
        self.earlyExitRate = earlyExitRate
        self.refillDelayMonths = refillDelayMonths
        self.staffVacancyMonths = staffVacancyMonths
        self.overdraftLimit = overdraftLimit
        self.bridging = bridging
    }

    /// What the block says that the scenario does not allow: a funder the call does not have, a ramp-up
    /// or a refill delay where no operator ramps up, a vacancy where there is no staff.
    public static func problems(_ risk: RiskSettings, scenario: Scenario, call: Call) -> [InputError] {
        var problems: [InputError] = []
        for delay in risk.paymentDelays where !call.funderIDs.contains(delay.funder) {
            problems.append(InputError("risk.paymentDelays.\(delay.funder)", .notOneOf(text: delay.funder, allowed: call.funderIDs)))
        }
        let rampsUp = scenario.operators.contains { if case .rampUp? = $0.intake?.entries { true } else { false } }
        if !rampsUp {
            if risk.rampUp != nil { problems.append(InputError("risk.rampUp", .nothingToVary(requires: "operators[].intake.rampUp"))) }
            if risk.refillDelayMonths != nil {
                problems.append(InputError("risk.refillDelayMonths", .nothingToVary(requires: "operators[].intake.rampUp")))
            }
        }
        if risk.staffVacancyMonths != nil && !scenario.describesTeam {
            problems.append(InputError("risk.staffVacancyMonths", .nothingToVary(requires: "operators[].staff")))
        }
        return problems
    }
}
