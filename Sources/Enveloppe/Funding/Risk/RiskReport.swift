/// `enveloppe risk`: a seeded simulation of the association's treasury over the scenario's
/// uncertain inputs (its `risk` block), each run computed to the cent by the report's engine.
///
/// It gives the 10th, 50th and 90th percentiles of the treasury's low point and of the final
/// result, how often the cash goes below zero and below the overdraft limit, how often a
/// reversement is due and, when it is, its 90th percentile, the expected cost of bridging, the
/// treasury month by month (10th to 90th percentile, the median, the scenario as written), and
/// what each input does alone (``Sensitivity``). It reads the report; the report never reads it.
public struct RiskReport: Sendable, Hashable {
    /// One month of the table: the percentiles of the month-end treasury over the runs, and the scenario as written.
    public struct Month: Sendable, Hashable {
        public let month: YearMonth
        public let treasury: Percentiles
        public let asWritten: Money
    }

    public let title: String
    public let settings: RiskSettings
    public let inputs: [RiskInput]
    /// The names of the call's funders, by identifier.
    public let funderNames: [String: String]
    public let runs: Int
    public let seed: UInt64
    public let months: [Month]
    /// The scenario as written (no delay, no vacancy, its own intake), and every input at its central value.
    public let asWritten: RiskFigures
    public let central: RiskFigures
    public let lowest: Percentiles
    public let finalResult: Percentiles
    public let belowZero: RunShare
    /// Runs whose low point is below minus the overdraft limit; `nil` without a limit.
    public let beyondOverdraftLimit: RunShare?
    public let reversement: RunShare
    /// Of the runs that end in a reversement, the amount 9 in 10 do not exceed; `nil` when none does.
    public let reversementP90: Money?
    /// The mean cost of bridging over the runs, rounded once; `nil` when the block states no cost.
    public let expectedBridgingCost: Money?
    /// The inputs that take more than one value, the widest swing of the low point first.
    public let sensitivity: [Sensitivity]

    /// The cash to hold beyond the opening balance for the account to stay above zero in 9 runs in 10:
    /// minus the 10th percentile of the low point, or nothing when it is not below zero.
    public var reserve: Money { lowest.p10 < .zero ? Money(cents: -lowest.p10.cents) : .zero }

    /// What is left of ``reserve`` to find beyond the overdraft limit; `nil` without a limit.
    public var reserveBeyondOverdraft: Money? {
        settings.overdraftLimit.map { limit in reserve > limit ? Money(cents: reserve.cents - limit.cents) : .zero }
    }

    /// The default number of runs.
    public static let defaultRuns = 10_000

    /// Simulates `runs` runs of `report`'s scenario with its risk block, drawn from `seed`.
    ///
    /// - Parameter workers: threads (1: this one only; `nil`: one per core). The result does not depend on it.
    /// - Throws: ``InputError`` when the scenario has no risk block (`risk`), or when a value the block
    ///   allows is one the engine refuses (more households leaving than are accompanied).
    public init(report: RunReport, runs: Int = RiskReport.defaultRuns, seed: UInt64, workers: Int? = nil) throws(InputError) {
        precondition(runs > 0, "at least one run")
        guard let settings = report.scenario.risk else { throw InputError("risk", .missing) }
        let inputs = RiskInput.inputs(of: settings)
        let posts = report.scenario.staff.count
        do {
            let engine = try TreasuryRun(report: report, inputs: inputs, bridging: settings.bridging)
            let central = RiskDraw.every(inputs, posts: posts) { $0.distribution.median }
            let asWritten = try engine.run(.asWritten(inputs: inputs.count))
            // The most demanding draw first: the fewest entries and the most exits, so a block the engine
            // refuses says so before any run.
            _ = try engine.run(
                RiskDraw.every(inputs, posts: posts) { input in
                    switch input.kind {
                    case .rampUp: input.distribution.minimum
                    default: input.distribution.maximum
                    }
                })
            self.sensitivity = try Sensitivity.swings(engine, inputs: inputs, posts: posts, central: central)
            let outcomes = try MonteCarlo.simulate(engine, inputs: inputs, posts: posts, runs: runs, seed: seed, workers: workers)
            self.central = RiskFigures(try engine.run(central))
            self.asWritten = RiskFigures(asWritten)
            months = engine.months.enumerated().map { t, month in
                Month(month: month, treasury: Percentiles(outcomes.map { $0.treasury[t] }), asWritten: asWritten.treasury[t])
            }
            lowest = Percentiles(outcomes.map(\.lowest))
            finalResult = Percentiles(outcomes.map(\.finalResult))
            belowZero = RunShare(count: outcomes.count { $0.lowest < .zero }, runs: runs)
            beyondOverdraftLimit = settings.overdraftLimit.map { limit in
                RunShare(count: outcomes.count { $0.lowest.cents < -limit.cents }, runs: runs)
            }
            reversement = RunShare(count: outcomes.count { $0.reversement > .zero }, runs: runs)
            let reversements = outcomes.map(\.reversement).filter { $0 > .zero }
            reversementP90 = reversements.isEmpty ? nil : Percentiles(reversements).p90
            expectedBridgingCost =
                settings.bridging == nil ? nil : try Money.sum(outcomes.map(\.bridgingCost)).scaled(by: 1, over: Int64(runs))
        } catch let error as InputError {
            // Only early exits can ask more of the households than there are; anything else is an amount too large.
            let path = inputs.contains { $0.kind == .earlyExitRate } ? "risk.earlyExitRate" : "risk"
            throw InputError(path, error.problem)
        } catch {
            throw InputError("risk", .overflow)
        }
        title = report.title
        self.settings = settings
        self.inputs = inputs
        var names: [String: String] = [:]
        for line in report.call.lines { names[line.funder.id] = line.funder.name }
        funderNames = names
        self.runs = runs
        self.seed = seed
    }
}
