/// Everything `enveloppe run` reports for a scenario, computed once; the
/// renderers only format it.
///
/// The flow is one way: the preset and the scenario's rule settings, then the
/// households month by month, the unit-months each line is paid on, service fait
/// and payments per convention period, costs, the treasury, and the checks.
public struct RunReport: Sendable, Hashable {
    public let title: String
    public let description: String
    /// The call after the scenario's settings (values the scenario set cite `rules.…`).
    public let call: Call
    public let households: Int64
    public let staffFTE: FTE
    /// From the first convention month to the last.
    public let programme: Period
    public let lines: [LineReport]
    /// The grants of one convention period, all lines.
    public let envelopeTotal: Figure
    public let unitCosts: [Figure]
    /// Each operator's share of each line (one operator: the whole grant); reports show it when there are several.
    public let operators: [OperatorShare]
    /// Each operator's households month by month, in the scenario's order.
    public let projections: [HouseholdProjection]
    /// Sums over lines and periods: grant, advance, service fait, due, balance, reversement.
    public let paymentTotals: [Figure]
    /// The budget's charges in each convention period.
    public let periodCharges: [Charges]
    /// The budget prévisionnel of each convention period: the candidate's own for the first period when the
    /// scenario gives one, otherwise derived from the projection.
    public let budgets: [Budget]
    /// Households still accompanied when the programme ends, their accompaniment running past it.
    public let householdsContinuingAfter: Int64
    public let months: [MonthRow]
    public let treasury: TreasurySummary
    public let findings: [Finding]

    /// Charges of the application over one convention period, from the projection.
    public struct Charges: Sendable, Hashable {
        public let period: Period
        /// Staff posts and account-64 lines.
        public let staff: Money
        public let directNonStaff: Money
        public let indirect: Money
        public var total: Money { get throws { try Money.sum([staff, directNonStaff, indirect]) } }
        public var isEmpty: Bool { staff == .zero && directNonStaff == .zero && indirect == .zero }
    }

    /// The worst status among the findings (`.ok` when there is none).
    public var worstStatus: Finding.Status { findings.map(\.status).max() ?? .ok }

    /// The first period's charges.
    public var charges: Charges { periodCharges[0] }

    /// Computes the report.
    ///
    /// - Throws: ``InputError`` only: an unknown preset, a value the call leaves
    ///   to the scenario, a schedule beyond capacity, or amounts too large to
    ///   compute exactly.
    public init(scenario: Scenario) throws(InputError) {
        guard let preset = Presets.named(scenario.preset) else {
            throw InputError("preset", .unknownPreset(name: scenario.preset, known: Presets.all.map(\.id)))
        }
        let call = try preset.applying(scenario.rules)
        if call.lines.contains(where: { $0.unit == .fte }), scenario.staff.isEmpty {
            throw InputError("operators[0].staff", .emptyList)
        }
        do {
            self = try RunReport(scenario: scenario, call: call)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("", .overflow)
        }
    }

    private init(scenario: Scenario, call: Call) throws {
        guard let terms = call.paymentTerms else { throw InputError("rules.paymentTerms", .missing) }
        title = scenario.title
        description = scenario.description
        self.call = call
        households = scenario.households
        staffFTE = scenario.operators.reduce(.zero) { $0 + $1.fte }
        let periods = call.periods
        let programme = Period(from: periods[0].start, through: periods[periods.count - 1].end)
        self.programme = programme
        let n = programme.months
        let lastPayment = periods.map { $0.end.adding(months: terms.value.balanceDelayMonths) }.max()!
        let tableMonths = max(n, programme.start.months(to: lastPayment) + 1)

        // Households and costs, operator by operator.
        var projections: [HouseholdProjection] = []
        var costs: [CostProjection] = []
        for (index, op) in scenario.operators.enumerated() {
            let path = "operators[\(index)]"
            let households = try HouseholdProjection(
                intake: op.effectiveIntake, capacity: op.households, accompanimentMonths: call.accompanimentMonths.value,
                programme: programme, tableMonths: tableMonths, path: path)
            projections.append(households)
            costs.append(try CostProjection(of: op, households: households, programme: programme, tableMonths: tableMonths, path: path))
        }

        // Lines: unit-months per month, then service fait and payments per period.
        lines = try call.lines.map { line in
            try RunReport.lineReport(
                line, scenario: scenario, call: call, terms: terms, programme: programme,
                units: (0..<n).map { RunReport.units(of: line, projections: projections, costs: costs, at: $0) })
        }
        let total = try Money.sum(lines.map(\.schedule.grant))
        envelopeTotal = Figure(
            id: "enveloppe.total", kind: .envelopeTotal, value: .money(total), sources: lines.flatMap(\.amount.sources))
        unitCosts = try RunReport.unitCosts(total: total, households: households, call: call, lines: lines)
        operators = try RunReport.operatorShares(scenario: scenario, call: call, lines: lines)
        self.projections = projections
        paymentTotals = try RunReport.totals(lines)

        // Charges per period, for the budget checks.
        periodCharges = try periods.map { period in
            let range = programme.start.months(to: period.start)...programme.start.months(to: period.end)
            return Charges(
                period: period,
                staff: try Money.sum(costs.flatMap { $0.staff[range] }),
                directNonStaff: try Money.sum(costs.flatMap { $0.directNonStaff[range] }),
                indirect: try Money.sum(costs.flatMap { $0.indirect[range] }))
        }

        let lineReports = lines
        budgets = try periods.indices.map { index in
            if index == 0, let candidate = scenario.candidateBudget {
                return BudgetBuilder.candidate(candidate, call: call, period: periods[0])
            }
            return try BudgetBuilder.derived(
                scenario: scenario, call: call, lines: lineReports, costs: costs, programme: programme, periodIndex: index)
        }
        householdsContinuingAfter = projections.reduce(0) { $0 + $1.continuingAfterProgramme }

        // The monthly table and the treasury.
        months = try RunReport.monthRows(
            programme: programme, tableMonths: tableMonths, projections: projections, costs: costs, lines: lines,
            opening: scenario.openingBalance)
        var depositsOutstanding = Money.zero
        for (index, op) in scenario.operators.enumerated() {
            for charge in op.charges {
                if case .refundableDeposit(let amount) = charge.basis {
                    depositsOutstanding = try depositsOutstanding + amount.multiplied(by: projections[index].depositsOutstandingAfter)
                }
            }
        }
        treasury = RunReport.treasury(months: months, opening: scenario.openingBalance, depositsOutstanding: depositsOutstanding)

        findings = try Checks.findings(
            scenario: scenario, call: call, lines: lines, budgets: budgets, paymentTerms: terms, treasury: treasury,
            continuingAfter: householdsContinuingAfter)
    }

    private static func lineReport(
        _ line: EnvelopeLine, scenario: Scenario, call: Call, terms: Cited<PaymentTerms>, programme: Period,
        units: [Int64]
    ) throws -> LineReport {
        let price: UnitPrice
        let plannedPerPeriod: Int64
        var amountSources: [Citation]
        switch line.pricing {
        case .fixed(let amount, let units, let months):
            guard let amount else { throw InputError("rules.lines.\(line.id).amount", .missing) }
            price = UnitPrice(amount: amount.value, perUnitMonthHundredths: units.value * months)
            plannedPerPeriod = units.value * Int64(call.convention.value.months)
            amountSources = [amount.citation, units.citation]
        case .perUnitYear(let rate):
            price = UnitPrice(amount: rate.value, perUnitMonthHundredths: 1_200)
            plannedPerPeriod = scenario.households * Int64(call.accompanimentMonths.value) * 100
            amountSources = [rate.citation, .scenario(path: "operators[].households"), call.accompanimentMonths.citation]
        }
        let grant = try price.cost(ofUnitMonthHundredths: plannedPerPeriod)
        let subject = line.label
        let priceSources = Array(amountSources.prefix(2))
        let deliveredSources: [Citation] =
            line.unit == .fte ? [.scenario(path: "operators[].staff[]")] : [.scenario(path: "operators[].intake")]
        let periods = try call.periods.enumerated().map { index, period in
            let suffix = index == 0 ? "" : ".periode-\(index + 1)"
            let first = programme.start.months(to: period.start)
            var delivered: Int64 = 0
            for t in first..<(first + period.months) { delivered += units[t] }
            let serviceFait = try price.cost(ofUnitMonthHundredths: delivered)
            let schedule = try PaymentSchedule(grant: grant, serviceFait: serviceFait, terms: terms.value)
            let figure = { (name: String, kind: Figure.Kind, value: Money, sources: [Citation]) in
                Figure(id: "paiement.\(line.id)\(suffix).\(name)", kind: kind, subject: subject, value: .money(value), sources: sources)
            }
            return LinePeriod(
                period: period,
                plannedUnitMonths: Figure(
                    id: "activite.\(line.id)\(suffix).prevu", kind: .plannedUnitMonths, subject: subject,
                    value: .unitMonths(hundredths: plannedPerPeriod, unit: line.unit), sources: amountSources),
                deliveredUnitMonths: Figure(
                    id: "activite.\(line.id)\(suffix).realise", kind: .deliveredUnitMonths, subject: subject,
                    value: .unitMonths(hundredths: delivered, unit: line.unit), sources: deliveredSources),
                schedule: schedule,
                payments: [
                    figure("subvention", .grant, grant, amountSources),
                    figure("avance", .advance, schedule.advance, [terms.citation]),
                    figure("service-fait", .serviceFait, schedule.serviceFait, priceSources + deliveredSources),
                    figure("du", .amountDue, schedule.due, []),
                    figure("solde", .balance, schedule.balance, [terms.citation]),
                    figure("reversement", .reversement, schedule.reversement, [terms.citation]),
                ],
                advanceMonth: period.start.adding(months: terms.value.advanceDelayMonths),
                balanceMonth: period.end.adding(months: terms.value.balanceDelayMonths))
        }
        return LineReport(
            line: line, price: price,
            amount: Figure(
                id: "enveloppe.\(line.id).montant", kind: .lineAmount, subject: subject, value: .money(grant),
                sources: amountSources),
            perUnitYear: Figure(
                id: "cout.\(line.id).unite-an", kind: .linePerUnitYear, subject: subject,
                value: .money(try price.perUnit(months: 12)), unit: line.unit, sources: priceSources),
            perUnitMonth: Figure(
                id: "cout.\(line.id).unite-mois", kind: .linePerUnitMonth, subject: subject,
                value: .money(try price.perUnit(months: 1)), unit: line.unit, sources: priceSources),
            periods: periods)
    }

    private static func unitCosts(total: Money, households: Int64, call: Call, lines: [LineReport]) throws -> [Figure] {
        var figures: [Figure] = []
        if households > 0 {
            figures.append(
                Figure(
                    id: "cout.menage", kind: .costPerHousehold, value: .money(try total.scaled(by: 1, over: households)),
                    sources: [.scenario(path: "operators[].households")]))
        }
        if let team = call.team, team.requiredFTE.value.hundredths > 0 {
            figures.append(
                Figure(
                    id: "cout.etp-an", kind: .costPerFTEYear,
                    value: .money(try total.scaled(by: 100, over: team.requiredFTE.value.hundredths)),
                    sources: [team.requiredFTE.citation]))
        }
        for line in lines {
            figures.append(line.perUnitYear)
            figures.append(line.perUnitMonth)
        }
        return figures
    }

    private static func operatorShares(scenario: Scenario, call: Call, lines: [LineReport]) throws -> [OperatorShare] {
        var shares = scenario.operators.map { _ in [Figure]() }
        for line in lines {
            let parts: [Money]
            switch line.line.pricing {
            case .fixed:
                var weights = scenario.operators.map { op in
                    (key: op.id, weight: line.line.unit == .fte ? op.fte.hundredths : op.households)
                }
                // No household or FTE anywhere to weigh by: the line is shared equally.
                if weights.allSatisfy({ $0.weight == 0 }) { weights = weights.map { (key: $0.key, weight: 1) } }
                parts = try line.schedule.grant.allocated(proportionally: weights)
            case .perUnitYear:
                parts = try scenario.operators.map { op in
                    try line.price.cost(ofUnitMonthHundredths: op.households * Int64(call.accompanimentMonths.value) * 100)
                }
            }
            for (index, op) in scenario.operators.enumerated() {
                shares[index].append(
                    Figure(
                        id: "operateur.\(op.id).\(line.line.id)", kind: .operatorShare, subject: op.name,
                        value: .money(parts[index]), sources: line.amount.sources))
            }
        }
        return try scenario.operators.enumerated().map { index, op in
            OperatorShare(
                operatorID: op.id, name: op.name, territory: op.territory, households: op.households, fte: op.fte,
                shares: shares[index],
                total: Figure(
                    id: "operateur.\(op.id).total", kind: .operatorTotal, subject: op.name,
                    value: .money(try Money.sum(shares[index].compactMap(\.money)))))
        }
    }

    private static func totals(_ lines: [LineReport]) throws -> [Figure] {
        let names = ["subvention", "avance", "service-fait", "du", "solde", "reversement"]
        return try names.indices.map { index in
            Figure(
                id: "paiement.total.\(names[index])", kind: lines[0].payments[index].kind,
                value: .money(try Money.sum(lines.flatMap { $0.periods.compactMap { $0.payments[index].money } })))
        }
    }

    private static func monthRows(
        programme: Period, tableMonths: Int, projections: [HouseholdProjection], costs: [CostProjection],
        lines: [LineReport], opening: Money
    ) throws -> [MonthRow] {
        var advances = [Money](repeating: .zero, count: tableMonths)
        var balances = advances
        var reversements = advances
        for line in lines {
            for period in line.periods {
                let a = programme.start.months(to: period.advanceMonth)
                let b = programme.start.months(to: period.balanceMonth)
                advances[a] = try advances[a] + period.schedule.advance
                balances[b] = try balances[b] + period.schedule.balance
                reversements[b] = try reversements[b] + period.schedule.reversement
            }
        }
        // Units delivered to date per line, to give the service fait earned to date (rounded once on the running total).
        var unitsToDate = [Int64](repeating: 0, count: lines.count)
        var rows: [MonthRow] = []
        var treasury = opening
        var measureMonths: Int64 = 0
        var paymentsToDate = Money.zero
        for t in 0..<tableMonths {
            let inProgramme = t < programme.months
            let households = { (series: (HouseholdProjection) -> [Int64]) in
                inProgramme ? projections.reduce(Int64(0)) { $0 + series($1)[t] } : 0
            }
            let money = { (series: (CostProjection) -> [Money]) in try Money.sum(costs.map { series($0)[t] }) }
            measureMonths += households(\.accompanied)
            var serviceFait = Money.zero
            for (index, line) in lines.enumerated() {
                if inProgramme { unitsToDate[index] += RunReport.units(of: line.line, projections: projections, costs: costs, at: t) }
                serviceFait = try serviceFait + line.price.cost(ofUnitMonthHundredths: unitsToDate[index])
            }
            paymentsToDate = try paymentsToDate + advances[t] + balances[t] - reversements[t]
            let row = try MonthRow(
                month: programme.start.adding(months: t), isInProgramme: inProgramme,
                accompanied: households(\.accompanied), entries: households(\.entries), exits: households(\.exits),
                housed: households(\.housed), measureMonthsToDate: measureMonths,
                fteHundredths: inProgramme ? costs.reduce(Int64(0)) { $0 + $1.fteHundredths[t] } : 0,
                advances: advances[t], balances: balances[t], depositsReturned: try money(\.depositsReturned),
                staff: try money(\.staff), directNonStaff: try money(\.directNonStaff), indirect: try money(\.indirect),
                depositsPaid: try money(\.depositsPaid), reversements: reversements[t], serviceFaitToDate: serviceFait,
                paymentsToDate: paymentsToDate, previousTreasury: treasury)
            treasury = row.treasury
            rows.append(row)
        }
        return rows
    }

    /// The unit-months (hundredths) a line is paid on in month `t`.
    static func units(of line: EnvelopeLine, projections: [HouseholdProjection], costs: [CostProjection], at t: Int) -> Int64 {
        switch line.unit {
        case .household: return projections.reduce(0) { $0 + $1.accompanied[t] } * 100
        case .dwelling: return projections.reduce(0) { $0 + $1.housed[t] } * 100
        case .fte:
            let fte = costs.reduce(Int64(0)) { $0 + $1.fteHundredths[t] }
            // An FTE line pays for the FTE in post, up to the FTE it funds.
            if case .fixed(_, let units, _) = line.pricing { return min(fte, units.value) }
            return fte
        }
    }

    private static func treasury(months: [MonthRow], opening: Money, depositsOutstanding: Money) -> TreasurySummary {
        let lowestRow = months.min { $0.treasury < $1.treasury }!
        let lowest = min(lowestRow.treasury, opening)
        return TreasurySummary(
            opening: Figure(
                id: "tresorerie.ouverture", kind: .treasuryOpening, value: .money(opening),
                sources: [.scenario(path: "openingBalance")]),
            lowest: Figure(id: "tresorerie.point-bas", kind: .treasuryLowest, value: .money(lowestRow.treasury)),
            lowestMonth: lowestRow.month,
            workingCapitalNeed: Figure(
                id: "tresorerie.besoin-fonds-de-roulement", kind: .workingCapitalNeed,
                value: .money(lowest < .zero ? Money(cents: -lowest.cents) : .zero)),
            monthsInRed: months.filter { $0.treasury < .zero }.map(\.month),
            depositsOutstanding: Figure(id: "tresorerie.cautions-en-cours", kind: .depositsOutstanding, value: .money(depositsOutstanding)))
    }
}
