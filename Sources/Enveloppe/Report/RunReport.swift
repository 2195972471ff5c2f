/// Everything `enveloppe run` reports for a scenario, computed once; the
/// renderers only format it.
///
/// The flow is one way: the preset, then the scenario's rule settings, then the
/// envelope lines, unit costs, operators' shares, payments and checks.
public struct RunReport: Sendable, Hashable {
    public let title: String
    public let description: String
    /// The call after the scenario's settings (values the scenario set cite `rules.…`).
    public let call: Call
    public let households: Int64
    public let staffFTE: FTE
    public let lines: [LineReport]
    public let envelopeTotal: Figure
    public let unitCosts: [Figure]
    /// Empty when the application has a single operator.
    public let operators: [OperatorShare]
    /// Sums over lines: grant, advance, service fait, due, balance, reversement.
    public let paymentTotals: [Figure]
    public let charges: Charges
    public let findings: [Finding]

    /// The year's charges of the application, as the scenario states them.
    public struct Charges: Sendable, Hashable {
        /// Staff posts (FTE × cost per FTE, each rounded once) and account-64 lines.
        public let staff: Money
        public let directNonStaff: Money
        public let indirect: Money
        public var total: Money { get throws { try Money.sum([staff, directNonStaff, indirect]) } }
        public var isEmpty: Bool { staff == .zero && directNonStaff == .zero && indirect == .zero }
    }

    /// The worst status among the findings (`.ok` when there is none).
    public var worstStatus: Finding.Status { findings.map(\.status).max() ?? .ok }

    /// Computes the report.
    ///
    /// - Throws: ``InputError`` only: an unknown preset, a value the call leaves
    ///   to the scenario, activity beyond capacity, or amounts too large to
    ///   compute exactly.
    public init(scenario: Scenario) throws(InputError) {
        guard let preset = Presets.named(scenario.preset) else {
            throw InputError("preset", .unknownPreset(name: scenario.preset, known: Presets.all.map(\.id)))
        }
        let call = try preset.applying(scenario.rules)
        let households = scenario.households
        let capacity = households * Int64(call.convention.value.months)
        if let measureMonths = scenario.activity.measureMonths, measureMonths > capacity {
            throw InputError("activity.measureMonths", .exceedsCapacity(value: measureMonths, capacity: capacity))
        }
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
        title = scenario.title
        description = scenario.description
        self.call = call
        households = scenario.households
        staffFTE = scenario.operators.reduce(.zero) { $0 + $1.fte }
        guard let terms = call.paymentTerms else { throw InputError("rules.paymentTerms", .missing) }

        lines = try call.lines.map { line in
            try RunReport.lineReport(line, scenario: scenario, call: call, terms: terms.value)
        }
        let total = try Money.sum(lines.map(\.schedule.grant))
        envelopeTotal = Figure(
            id: "enveloppe.total", kind: .envelopeTotal, value: .money(total), sources: lines.flatMap(\.amount.sources))
        unitCosts = try RunReport.unitCosts(total: total, households: households, call: call, lines: lines)
        operators =
            scenario.operators.count > 1
            ? try RunReport.operatorShares(scenario: scenario, call: call, lines: lines) : []
        paymentTotals = try RunReport.totals(lines)
        charges = try RunReport.charges(of: scenario)
        findings = try Checks.findings(
            scenario: scenario, call: call, lines: lines, total: total, charges: charges, paymentTerms: terms)
    }

    private static func lineReport(_ line: EnvelopeLine, scenario: Scenario, call: Call, terms: PaymentTerms) throws
        -> LineReport
    {
        let households = scenario.households
        let price: UnitPrice
        let planned: Int64
        var amountSources: [Citation]
        let grant: Money
        switch line.pricing {
        case .fixed(let amount, let units, let months):
            guard let amount else { throw InputError("rules.lines.\(line.id).amount", .missing) }
            price = UnitPrice(amount: amount.value, perUnitMonthHundredths: units.value * months)
            planned = units.value * months
            grant = amount.value
            amountSources = [amount.citation, units.citation]
        case .perUnitYear(let rate):
            price = UnitPrice(amount: rate.value, perUnitMonthHundredths: 1_200)
            planned = households * Int64(call.accompanimentMonths.value) * 100
            grant = try price.cost(ofUnitMonthHundredths: planned)
            amountSources = [rate.citation, .scenario(path: "operators[].households"), call.accompanimentMonths.citation]
        }
        let delivered: Int64
        var deliveredSources: [Citation] = []
        switch line.unit {
        case .household, .dwelling:
            if let measureMonths = scenario.activity.measureMonths {
                delivered = measureMonths * 100
                deliveredSources = [.scenario(path: "activity.measureMonths")]
            } else if case .fixed(_, let units, let months) = line.pricing {
                delivered = min(households * 100, units.value) * months
                deliveredSources = [.scenario(path: "operators[].households"), units.citation]
            } else {
                delivered = planned
                deliveredSources = amountSources
            }
        case .fte:
            let staff = scenario.operators.reduce(FTE.zero) { $0 + $1.fte }.hundredths
            let months = (line.pricing.fixedMonths ?? 12)
            delivered = min(staff * months, planned)
            deliveredSources = [.scenario(path: "operators[].staff[].fte")]
        }
        let serviceFait = try price.cost(ofUnitMonthHundredths: delivered)
        let schedule = try PaymentSchedule(grant: grant, serviceFait: serviceFait, terms: terms)
        let id = line.id
        let subject = line.label
        let priceSources = Array(amountSources.prefix(2))
        let figure = { (suffix: String, kind: Figure.Kind, value: Money, sources: [Citation]) in
            Figure(id: "paiement.\(id).\(suffix)", kind: kind, subject: subject, value: .money(value), sources: sources)
        }
        let termsSource = call.paymentTerms.map { [$0.citation] } ?? []
        return LineReport(
            line: line, price: price,
            amount: Figure(
                id: "enveloppe.\(id).montant", kind: .lineAmount, subject: subject, value: .money(grant),
                sources: amountSources),
            perUnitYear: Figure(
                id: "cout.\(id).unite-an", kind: .linePerUnitYear, subject: subject,
                value: .money(try price.perUnit(months: 12)), unit: line.unit, sources: priceSources),
            perUnitMonth: Figure(
                id: "cout.\(id).unite-mois", kind: .linePerUnitMonth, subject: subject,
                value: .money(try price.perUnit(months: 1)), unit: line.unit, sources: priceSources),
            plannedUnitMonths: Figure(
                id: "activite.\(id).prevu", kind: .plannedUnitMonths, subject: subject,
                value: .unitMonths(hundredths: planned, unit: line.unit), sources: amountSources),
            deliveredUnitMonths: Figure(
                id: "activite.\(id).realise", kind: .deliveredUnitMonths, subject: subject,
                value: .unitMonths(hundredths: delivered, unit: line.unit), sources: deliveredSources),
            schedule: schedule,
            payments: [
                figure("subvention", .grant, grant, amountSources),
                figure("avance", .advance, schedule.advance, termsSource),
                figure("service-fait", .serviceFait, schedule.serviceFait, priceSources + deliveredSources),
                figure("du", .amountDue, schedule.due, []),
                figure("solde", .balance, schedule.balance, termsSource),
                figure("reversement", .reversement, schedule.reversement, termsSource),
            ])
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
                let weights = scenario.operators.map { op in
                    (key: op.id, weight: line.line.unit == .fte ? op.fte.hundredths : op.households)
                }
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
            let first = lines[0].payments[index]
            return Figure(
                id: "paiement.total.\(names[index])", kind: first.kind,
                value: .money(try Money.sum(lines.compactMap { $0.payments[index].money })))
        }
    }

    private static func charges(of scenario: Scenario) throws -> Charges {
        var staff = try Money.sum(scenario.staff.map { try $0.annualCost() })
        var direct = Money.zero
        var indirect = Money.zero
        for charge in scenario.operators.flatMap(\.charges) {
            if charge.account == ChargeLine.staffAccount && charge.kind == .direct {
                staff = try staff + charge.annualAmount
            } else if charge.kind == .direct {
                direct = try direct + charge.annualAmount
            } else {
                indirect = try indirect + charge.annualAmount
            }
        }
        return Charges(staff: staff, directNonStaff: direct, indirect: indirect)
    }
}

extension EnvelopeLine.Pricing {
    /// The months a fixed line covers; `nil` for a yearly rate.
    var fixedMonths: Int64? {
        if case .fixed(_, _, let months) = self { return months }
        return nil
    }
}
