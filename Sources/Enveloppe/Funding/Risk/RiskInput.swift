/// One uncertain input of the `risk` block, with its distribution.
public struct RiskInput: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Months late of a funder's advance and instalments.
        case advanceDelay(funder: String)
        /// Months late of a funder's balance or reversement.
        case balanceDelay(funder: String)
        /// Households entering a month.
        case rampUp
        /// Early exits per convention, in hundredths of a percent of the places.
        case earlyExitRate
        /// Months a freed place stays empty.
        case refillDelay
        /// Months each post stays vacant at its start, drawn post by post.
        case staffVacancy
    }

    public let kind: Kind
    public let distribution: Distribution
    /// The field of the scenario it comes from (`risk.paymentDelays.ddets.advance`).
    public let path: String

    public init(kind: Kind, distribution: Distribution, path: String) {
        self.kind = kind
        self.distribution = distribution
        self.path = path
    }

    /// The inputs of `settings`, in the order of the block (payment delays by funder, then the others).
    public static func inputs(of settings: RiskSettings) -> [RiskInput] {
        var inputs: [RiskInput] = []
        for delay in settings.paymentDelays {
            let path = "risk.paymentDelays.\(delay.funder)"
            if let d = delay.advance { inputs.append(RiskInput(kind: .advanceDelay(funder: delay.funder), distribution: d, path: path + ".advance")) }
            if let d = delay.balance { inputs.append(RiskInput(kind: .balanceDelay(funder: delay.funder), distribution: d, path: path + ".balance")) }
        }
        let others: [(Kind, Distribution?, String)] = [
            (.rampUp, settings.rampUp, "rampUp"), (.earlyExitRate, settings.earlyExitRate, "earlyExitRate"),
            (.refillDelay, settings.refillDelayMonths, "refillDelayMonths"), (.staffVacancy, settings.staffVacancyMonths, "staffVacancyMonths"),
        ]
        for (kind, distribution, field) in others {
            if let distribution { inputs.append(RiskInput(kind: kind, distribution: distribution, path: "risk.\(field)")) }
        }
        return inputs
    }
}

/// The values of one run: one per input (`nil` keeps the scenario as written), and for a staff
/// vacancy one per post, in the order of the operators and their staff.
public struct RiskDraw: Sendable, Hashable {
    public var values: [Int64?]
    public var vacancies: [Int64]

    /// The scenario as written: no delay, no vacancy, its own intake.
    public static func asWritten(inputs: Int) -> RiskDraw { RiskDraw(values: Array(repeating: nil, count: inputs), vacancies: []) }

    /// Every input at `value(input)`, every post at the vacancy's value.
    static func every(_ inputs: [RiskInput], posts: Int, _ value: (RiskInput) -> Int64) -> RiskDraw {
        let values = inputs.map(value)
        let vacancy = zip(inputs, values).first { $0.0.kind == .staffVacancy }?.1
        return RiskDraw(values: values, vacancies: vacancy.map { Array(repeating: $0, count: posts) } ?? [])
    }
}
