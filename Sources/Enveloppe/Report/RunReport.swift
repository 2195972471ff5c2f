/// Everything `enveloppe run` reports for a scenario, assembled from its parts; the
/// renderers only format it.
///
/// The flow is one way: the resolved scenario, the projection (households and costs
/// month by month), each line's grant and payments per convention period, the operators'
/// shares, the budgets, the monthly table and the treasury, then the checks.
public struct RunReport: Sendable, Hashable {
    public let resolved: ResolvedScenario
    public let projection: Projection
    public let lines: [LineGrant]
    /// The grants of one convention period, all lines.
    public let envelopeTotal: Figure
    public let unitCosts: [Figure]
    /// Each operator's share of each line (one operator: the whole grant); reports show it when there are several.
    public let operators: [OperatorShare]
    /// Sums over lines and periods.
    public let paymentTotals: PaymentTotals
    /// The charges of each convention period, from the projection.
    public let periodCharges: [PeriodCharges]
    /// The budget prévisionnel of each convention period.
    public let budgets: [Budget]
    public let months: [MonthRow]
    public let treasury: TreasurySummary
    /// The coherence checks, in report order (the scenario's expected figures are checked after, by ``Evaluation``).
    public let findings: [Finding]

    /// Computes the report of a scenario resolved against its call.
    ///
    /// - Throws: ``InputError`` only: a schedule beyond capacity, a value the call leaves to
    ///   the scenario, or amounts too large to compute exactly.
    public init(_ resolved: ResolvedScenario) throws(InputError) {
        do {
            self = try RunReport(computing: resolved)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("", .overflow)
        }
    }

    /// Resolves `scenario` and computes its report.
    public init(scenario: Scenario) throws(InputError) { try self.init(ResolvedScenario(scenario)) }

    private init(computing resolved: ResolvedScenario) throws {
        let scenario = resolved.scenario
        let call = resolved.call
        // A file that only allocates has no operators: there is nothing to project.
        guard !scenario.operators.isEmpty else { throw InputError("operators", .missing) }
        if call.lines.contains(where: { $0.unit == .fte }), !scenario.describesTeam {
            throw InputError("operators[0].staff", .emptyList)
        }
        self.resolved = resolved
        let projection = try Projection(resolved)
        self.projection = projection
        let lines = try call.lines.map { try LineGrant($0, resolved: resolved, projection: projection) }
        self.lines = lines
        envelopeTotal = Figure(id: .envelopeTotal, kind: .envelopeTotal, explained: try .sum(lines.map(\.amount.asOperand)))
        unitCosts = try UnitCosts.figures(
            total: envelopeTotal, households: scenario.households, fte: scenario.teamFTE, call: call,
            lines: lines)
        operators = try OperatorShare.shares(of: lines, resolved: resolved)
        paymentTotals = try PaymentTotals(lines)
        periodCharges = try PeriodCharges.of(projection, periods: call.periods)
        budgets = try BudgetBuilder.budgets(resolved: resolved, lines: lines, projection: projection)
        months = try MonthRow.table(projection: projection, lines: lines, opening: scenario.openingBalance)
        treasury = try TreasurySummary(
            months: months, opening: scenario.openingBalance,
            depositsOutstanding: try TreasurySummary.depositsOutstanding(resolved, projection: projection))
        findings = try Checks.findings(
            CheckInput(
                resolved: resolved, lines: lines, budgets: budgets, treasury: treasury, months: months, projection: projection))
    }

    public var scenario: Scenario { resolved.scenario }
    public var title: String { scenario.title }
    public var description: String { scenario.description }
    /// The call after the scenario's settings (values the scenario set cite `rules.…`).
    public var call: Call { resolved.call }
    public var households: Int64 { scenario.households }
    /// The accompaniment team's FTE (`Operator.teamFTE`).
    public var teamFTE: FTE { scenario.teamFTE }
    /// The FTE of posts beside the team (gestion locative adaptée, administration).
    public var supportFTE: FTE { scenario.supportFTE }
    /// From the first convention month to the last.
    public var programme: Period { projection.programme }
    /// The first period's charges.
    public var charges: PeriodCharges { periodCharges[0] }
    public var householdsContinuingAfter: Int64 { projection.householdsContinuingAfter }
}
