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

    /// Every figure of the report in reading order, then the figures the checks computed: what
    /// `enveloppe explain` lists, each with its stable identifier.
    public var allFigures: [Figure] {
        // The checks' own figures (an expected figure's finding only points back at a figure listed already).
        let checked = findings.filter { if case .expected = $0.comparison { false } else { true } }.flatMap(\.figures)
        return RunReport.catalogue(
            lines: lines, envelopeTotal: envelopeTotal, unitCosts: unitCosts, operators: operators, paymentTotals: paymentTotals,
            treasury: treasury, shown: true) + checked + allocationFigures
    }

    /// The report's own figures in reading order. `shown` leaves out those a report does not print: one
    /// operator's share (the whole grant) and the totals of a single line over a single period.
    static func catalogue(
        lines: [LineReport], envelopeTotal: Figure, unitCosts: [Figure], operators: [OperatorShare], paymentTotals: [Figure],
        treasury: TreasurySummary, shown: Bool
    ) -> [Figure] {
        var figures: [Figure] = lines.map(\.amount)
        figures.append(envelopeTotal)
        figures += unitCosts
        for share in operators where !shown || operators.count > 1 { figures += share.shares + [share.total] }
        for line in lines {
            for period in line.periods { figures += [period.plannedUnitMonths, period.deliveredUnitMonths] + period.payments }
        }
        if !shown || lines.count > 1 || lines.contains(where: { $0.periods.count > 1 }) { figures += paymentTotals }
        return figures + [treasury.opening, treasury.lowest, treasury.workingCapitalNeed, treasury.depositsOutstanding]
    }

    /// The figures of the scenario's allocation, when it shares an envelope.
    public let allocationFigures: [Figure]

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
        let totalFigure = Figure(id: "enveloppe.total", kind: .envelopeTotal, explained: try .sum(lines.map(\.amount.asOperand)))
        envelopeTotal = totalFigure
        unitCosts = try RunReport.unitCosts(total: totalFigure, households: households, call: call, lines: lines)
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
        treasury = try RunReport.treasury(months: months, opening: scenario.openingBalance, depositsOutstanding: depositsOutstanding)

        let checks = try Checks.findings(
            scenario: scenario, call: call, lines: lines, budgets: budgets, paymentTerms: terms, treasury: treasury,
            continuingAfter: householdsContinuingAfter)
        allocationFigures = try scenario.allocation.map { try AllocationReport(scenario: scenario, settings: $0).figures } ?? []
        // The figures the scenario expects, compared exactly with the computed ones: a mismatch is a failed check.
        let known = RunReport.catalogue(
            lines: lines, envelopeTotal: envelopeTotal, unitCosts: unitCosts, operators: operators, paymentTotals: paymentTotals,
            treasury: treasury, shown: false) + checks.flatMap(\.figures) + allocationFigures
        findings = try checks + scenario.expected.map { expected in
            guard let figure = known.first(where: { $0.id == expected.id }) else {
                let stem = expected.id.split(separator: ".").first.map(String.init) ?? expected.id
                throw InputError(expected.path, .unknownFigure(id: expected.id, close: known.map(\.id).filter { $0.hasPrefix(stem) }))
            }
            let value = try expected.value(like: figure.value)
            return Finding(
                id: "attendu.\(expected.id)", status: value == figure.value ? .ok : .failure,
                comparison: .expected(id: expected.id, expected: value, computed: figure.value),
                sources: [.scenario(path: expected.path)], figures: [figure])
        }
    }

    private static func lineReport(
        _ line: EnvelopeLine, scenario: Scenario, call: Call, terms: Cited<PaymentTerms>, programme: Period,
        units: [Int64]
    ) throws -> LineReport {
        let unit = line.unit
        let conventionMonths = Explained.parameter(call.convention) { .months(Int64($0.months)) }
        // The line's price as the call states it: an amount for a number of unit-months.
        let priceAmount: Explained
        let pricedUnitMonths: Explained
        let planned: Explained
        switch line.pricing {
        case .fixed(let amount, let unitHundredths, let months):
            guard let amount else { throw InputError("rules.lines.\(line.id).amount", .missing) }
            priceAmount = .parameter(amount) { .money($0) }
            let funded = Explained.parameter(unitHundredths) { .units(hundredths: $0, unit: unit) }
            pricedUnitMonths = .product(funded, .parameter(.months(months), unitHundredths.citation), as: unit)
            planned = .product(funded, conventionMonths, as: unit)
        case .perUnitYear(let rate):
            priceAmount = .parameter(rate) { .money($0) }
            pricedUnitMonths = .product(
                .constant(.units(hundredths: 100, unit: unit)), .parameter(.months(12), rate.citation), as: unit)
            planned = .product(
                .field(.units(hundredths: scenario.households * 100, unit: unit), path: "operators[].households"),
                .parameter(call.accompanimentMonths) { .months(Int64($0)) }, as: unit)
        }
        let price = UnitPrice(amount: priceAmount.money, perUnitMonthHundredths: pricedUnitMonths.integer)
        // A fixed amount for exactly the convention's unit-months is the grant as it stands; otherwise it is scaled.
        let grant = planned.value == pricedUnitMonths.value ? priceAmount : try Explained.scaled(priceAmount, by: planned, over: pricedUnitMonths)
        let subject = line.label
        let rate = Explained.parameter(terms) { .rate($0.advanceRate) }
        let deliveredPath = unit == .fte ? "operators[].staff[]" : "operators[].intake"
        let periods = try call.periods.enumerated().map { index, period in
            let suffix = index == 0 ? "" : ".periode-\(index + 1)"
            let first = programme.start.months(to: period.start)
            var deliveredUnits: Int64 = 0
            for t in first..<(first + period.months) { deliveredUnits += units[t] }
            let delivered = Explained.projection(.unitMonths(hundredths: deliveredUnits, unit: unit), of: deliveredPath)
            let id = { (name: String) in "paiement.\(line.id)\(suffix).\(name)" }
            let grantFigure = Figure(id: id("subvention"), kind: .grant, subject: subject, explained: grant)
            let serviceFait = Figure(
                id: id("service-fait"), kind: .serviceFait, subject: subject,
                explained: try .scaled(priceAmount, by: delivered, over: pricedUnitMonths))
            let advance = Figure(
                id: id("avance"), kind: .advance, subject: subject,
                explained: try .rated(grantFigure.asOperand, rate, rounding: terms.value.rounding))
            let due = Figure(
                id: id("du"), kind: .amountDue, subject: subject, explained: .minimum(serviceFait.asOperand, grantFigure.asOperand))
            let balance = Figure(
                id: id("solde"), kind: .balance, subject: subject,
                explained: try .positiveDifference(due.asOperand, advance.asOperand))
            let reversement = Figure(
                id: id("reversement"), kind: .reversement, subject: subject,
                explained: try .positiveDifference(advance.asOperand, due.asOperand))
            let schedule = try PaymentSchedule(grant: grant.money, serviceFait: serviceFait.explanation!.money, terms: terms.value)
            return LinePeriod(
                period: period,
                plannedUnitMonths: Figure(id: "activite.\(line.id)\(suffix).prevu", kind: .plannedUnitMonths, subject: subject, explained: planned),
                deliveredUnitMonths: Figure(id: "activite.\(line.id)\(suffix).realise", kind: .deliveredUnitMonths, subject: subject, explained: delivered),
                schedule: schedule,
                payments: [grantFigure, advance, serviceFait, due, balance, reversement],
                advanceMonth: period.start.adding(months: terms.value.advanceDelayMonths),
                balanceMonth: period.end.adding(months: terms.value.balanceDelayMonths))
        }
        let year = Explained.constant(.unitMonths(hundredths: 1_200, unit: unit))
        let month = Explained.constant(.unitMonths(hundredths: 100, unit: unit))
        return LineReport(
            line: line, price: price,
            amount: Figure(id: "enveloppe.\(line.id).montant", kind: .lineAmount, subject: subject, explained: grant),
            perUnitYear: Figure(
                id: "cout.\(line.id).unite-an", kind: .linePerUnitYear, subject: subject,
                explained: try .scaled(priceAmount, by: year, over: pricedUnitMonths), unit: unit),
            perUnitMonth: Figure(
                id: "cout.\(line.id).unite-mois", kind: .linePerUnitMonth, subject: subject,
                explained: try .scaled(priceAmount, by: month, over: pricedUnitMonths), unit: unit),
            periods: periods)
    }

    private static func unitCosts(total: Figure, households: Int64, call: Call, lines: [LineReport]) throws -> [Figure] {
        var figures: [Figure] = []
        if households > 0 {
            figures.append(
                Figure(
                    id: "cout.menage", kind: .costPerHousehold,
                    explained: try .scaled(
                        total.asOperand, by: .constant(.count(1)), over: .field(.count(households), path: "operators[].households"))))
        }
        if let team = call.team, team.requiredFTE.value.hundredths > 0 {
            figures.append(
                Figure(
                    id: "cout.etp-an", kind: .costPerFTEYear,
                    explained: try .scaled(
                        total.asOperand, by: .constant(.units(hundredths: 100, unit: .fte)),
                        over: .parameter(team.requiredFTE) { .units(hundredths: $0.hundredths, unit: .fte) })))
        }
        for line in lines {
            figures.append(line.perUnitYear)
            figures.append(line.perUnitMonth)
        }
        return figures
    }

    private static func operatorShares(scenario: Scenario, call: Call, lines: [LineReport]) throws -> [OperatorShare] {
        var shares = scenario.operators.map { _ in [Figure]() }
        let keys = scenario.operators.map(\.id)
        for line in lines {
            for (index, op) in scenario.operators.enumerated() {
                let explained: Explained
                switch line.line.pricing {
                case .fixed:
                    let byFTE = line.line.unit == .fte
                    var weights = scenario.operators.enumerated().map { position, other in
                        Explained.field(
                            byFTE ? .units(hundredths: other.fte.hundredths, unit: .fte) : .units(hundredths: other.households * 100, unit: line.line.unit),
                            path: byFTE ? "operators[\(position)].staff[].fte" : "operators[\(position)].households")
                    }
                    // No household or FTE anywhere to weigh by: the line is shared equally.
                    if weights.allSatisfy({ $0.integer == 0 }) { weights = weights.map { _ in .constant(.count(1)) } }
                    explained = try .share(index, of: line.amount.asOperand, weights: weights, keys: keys)
                case .perUnitYear(let rate):
                    explained = try .scaled(
                        .parameter(rate) { .money($0) },
                        by: .product(
                            .field(.units(hundredths: op.households * 100, unit: line.line.unit), path: "operators[\(index)].households"),
                            .parameter(call.accompanimentMonths) { .months(Int64($0)) }, as: line.line.unit),
                        over: .constant(.unitMonths(hundredths: 1_200, unit: line.line.unit)))
                }
                shares[index].append(Figure(id: "operateur.\(op.id).\(line.line.id)", kind: .operatorShare, subject: op.name, explained: explained))
            }
        }
        return try scenario.operators.enumerated().map { index, op in
            OperatorShare(
                operatorID: op.id, name: op.name, territory: op.territory, households: op.households, fte: op.fte,
                shares: shares[index],
                total: Figure(
                    id: "operateur.\(op.id).total", kind: .operatorTotal, subject: op.name,
                    explained: try .sum(shares[index].map(\.asOperand))))
        }
    }

    private static func totals(_ lines: [LineReport]) throws -> [Figure] {
        let names = ["subvention", "avance", "service-fait", "du", "solde", "reversement"]
        return try names.indices.map { index in
            Figure(
                id: "paiement.total.\(names[index])", kind: lines[0].payments[index].kind,
                explained: try .sum(lines.flatMap { $0.periods.map { $0.payments[index].asOperand } }))
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

    private static func treasury(months: [MonthRow], opening: Money, depositsOutstanding: Money) throws -> TreasurySummary {
        let lowestRow = months.min { $0.treasury < $1.treasury }!
        let openingFigure = Figure(
            id: "tresorerie.ouverture", kind: .treasuryOpening, explained: .field(.money(opening), path: "openingBalance"))
        // The lowest month-end treasury of the monthly table (which shows every month's receipts and expenses).
        let lowest = Figure(
            id: "tresorerie.point-bas", kind: .treasuryLowest,
            explained: .projection(.money(lowestRow.treasury), of: "mois par mois, trésorerie en fin de mois"))
        // What the association must finance itself: how far the treasury goes below zero, the opening included.
        let need = Figure(
            id: "tresorerie.besoin-fonds-de-roulement", kind: .workingCapitalNeed,
            explained: try .positiveDifference(.constant(.money(.zero)), .minimum(lowest.asOperand, openingFigure.asOperand)))
        return TreasurySummary(
            opening: openingFigure, lowest: lowest, lowestMonth: lowestRow.month, workingCapitalNeed: need,
            monthsInRed: months.filter { $0.treasury < .zero }.map(\.month),
            depositsOutstanding: Figure(
                id: "tresorerie.cautions-en-cours", kind: .depositsOutstanding,
                explained: .projection(.money(depositsOutstanding), of: "operators[].charges[].refundableDeposit")))
    }
}
