import Testing

@testable import Enveloppe

/// Properties checked on thousands of random valid scenarios from a seeded generator
/// (no package, no clock: the same seed gives the same scenario).
@Suite struct ScaleTests {
    static let presets = ["vial-pas-de-calais-2025-ami1", "vial-pas-de-calais-2025-ami2", "bail-dabord-montpellier-2024", "aml-pas-de-calais-2019"]

    static func scenario(seed: Int) -> Scenario {
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &* 0x9E37_79B9 &+ 17)
        let preset = presets[Int(random.next(in: 0...3))]
        let call = Presets.named(PresetID(preset))!
        var rules = RuleSettings()
        let isVIAL = preset == "vial-pas-de-calais-2025-ami1" || preset == "vial-pas-de-calais-2025-ami2"
        if !isVIAL {
            rules.advanceRate = Rate(random.next(in: 0...100), over: 100)
        }
        rules.conventionPeriods = Int(random.next(in: 1...3))
        // Delays up to beyond the convention's end (an advance 18 months after the start of a 12-month convention).
        rules.advanceDelayMonths = Int(random.next(in: 0...4) == 0 ? random.next(in: 5...18) : random.next(in: 0...4))
        rules.balanceDelayMonths = Int(random.next(in: 1...4) == 1 ? random.next(in: 9...18) : random.next(in: 1...8))
        if !isVIAL && random.next(in: 0...5) == 0 {
            // Instalments after the advance: 40 % then 30 % (70 % paid ahead), the second up to after the convention.
            rules.instalments = [
                PaymentTerms.Instalment(rate: Rate(40, over: 100), delayMonths: Int(random.next(in: 0...3))),
                PaymentTerms.Instalment(rate: Rate(30, over: 100), delayMonths: Int(random.next(in: 4...15))),
            ]
        }
        // An accompaniment shorter than the call's, in half of the scenarios (never longer: the call's is a maximum).
        let longest = Int64(call.accompanimentMonths.value)
        if random.next(in: 0...1) == 0 { rules.accompanimentMonths = Int(random.next(in: 1...longest)) }
        // Each operator on its own convention, in a third of them.
        if random.next(in: 0...2) == 0 { rules.conventions = .perOperator }
        let start = call.convention.value.start
        let programmeMonths = Int64(call.convention.value.months) * Int64(rules.conventionPeriods!)
        let count = Int(random.next(in: 1...6))
        let operators = (0..<count).map { index -> Operator in
            let capacity = random.next(in: 0...80)
            let entries: Intake.Entries =
                random.next(in: 0...1) == 0
                ? .rampUp(perMonth: random.next(in: 1...10))
                : .explicit((0..<Int(random.next(in: 0...6))).map { _ in random.next(in: 0...max(0, capacity / 6)) })
            let staff = (0..<Int(random.next(in: 1...3))).map { _ in
                StaffPost(
                    title: "ES", role: [.management, .socialWork, .care][Int(random.next(in: 0...2))],
                    fte: FTE(hundredths: random.next(in: 0...300)), annualCostPerFTE: Money(cents: random.next(in: 0...8_000_000)))
            }
            let charges = (0..<Int(random.next(in: 0...4))).map { k -> ChargeLine in
                let amount = Money(cents: random.next(in: 0...5_000_000))
                let basis: ChargeLine.Basis = [
                    .annual(amount), .perEntry(Money(cents: amount.cents / 100)), .perHouseholdMonth(Money(cents: amount.cents / 1_000)),
                    .refundableDeposit(Money(cents: amount.cents / 100)), .rateOfDirectCosts(Rate(random.next(in: 0...20), over: 100)),
                ][k % 5]
                if case .rateOfDirectCosts = basis { return ChargeLine(label: "Siège", account: 62, kind: .indirect, basis: basis) }
                return ChargeLine(label: "Charge \(k)", account: Int(random.next(in: 60...68)), kind: .direct, basis: basis)
            }
            // Early exits in a third of the operators: a few households leaving in some months of the programme.
            let exits =
                random.next(in: 0...2) == 0
                ? (0..<Int(random.next(in: 1...3))).map { _ in
                    Intake.EarlyExit(
                        month: start.adding(months: Int(random.next(in: 1...programmeMonths - 1))), households: random.next(in: 1...3))
                } : []
            return Operator(
                id: OperatorID("op\(index)"), name: "Opérateur \(index)", territory: ["Artois", "Lens-Hénin"][index % 2], households: capacity,
                staff: staff, charges: charges,
                intake: Intake(
                    initial: random.next(in: 0...capacity / 2), entries: entries, renewalMonths: Int(random.next(in: 0...2)) * 6,
                    monthsBeforeDwelling: Int(random.next(in: 0...3)), earlyExits: exits, refillDelayMonths: Int(random.next(in: 0...2))))
        }
        return Scenario(
            title: "généré \(seed)", description: "", preset: PresetID(preset), rules: rules, operators: operators,
            openingBalance: Money(cents: random.next(in: 0...10_000_000)))
    }

    /// The scenario with its operators in another order, drawn from the seed.
    static func shuffled(_ scenario: Scenario, seed: Int) -> Scenario {
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &+ 0x5EED)
        var again = scenario
        for i in again.operators.indices.reversed() where i > 0 {
            again.operators.swapAt(i, Int(random.next(in: 0...Int64(i))))
        }
        if again.operators == scenario.operators { again.operators.reverse() }
        return again
    }

    /// `cents × numerator / denominator` rounded half away from zero, computed here on its own.
    static func scaled(_ cents: Int64, by numerator: Int64, over denominator: Int64) -> Int64 {
        let product = Int128(cents) * Int128(numerator)
        let (quotient, remainder) = product.quotientAndRemainder(dividingBy: Int128(denominator))
        let away = 2 * remainder.magnitude >= UInt128(denominator.magnitude) ? (product < 0 ? -1 : 1) : 0
        return Int64(quotient + Int128(away))
    }

    @Test(arguments: 0..<2_000)
    func invariantsOnGeneratedScenarios(_ seed: Int) throws {
        let scenario = ScaleTests.scenario(seed: seed)
        let report: RunReport
        do {
            report = try RunReport(scenario: scenario)
        } catch {
            // A generated schedule may exceed its capacity (or exit more households than there are): that
            // is an input error naming the field, never a crash.
            #expect(error.path.hasPrefix("operators["), "\(error)")
            return
        }
        let projection = report.projection
        let start = report.programme.start
        // Every split adds back to its whole, to the cent; no share is negative.
        for (index, line) in report.lines.enumerated() {
            let parts = report.operators.compactMap { $0.shares[index].money }
            #expect(parts.count == scenario.operators.count)
            #expect(try Money.sum(parts) == line.first.schedule.grant, "seed \(seed), \(line.line.id)")
            #expect(try Money.sum(line.shares.map(\.amount)) == line.amount.amount)
            #expect(parts.allSatisfy { $0 >= .zero })
            for period in line.periods { #expect(period.grant.amount == line.amount.amount) }
        }
        for (t, row) in report.months.enumerated() where row.isInProgramme {
            #expect(projection.households.reduce(Int64(0)) { $0 + $1.accompanied[t] } == row.accompanied)
        }
        // For each convention, as paid: due = min(service fait, grant), service fait counted here from the households
        // accompanied in its months; advance + instalments + balance − reversement = due; never both a balance and a reversement.
        var dueOverAll = Money.zero
        var aheadOverAll = Money.zero
        for line in report.lines {
            for (index, period) in line.periods.enumerated() {
                let conventions = line.isPerOperator ? line.conventions[index] : [period]
                for (position, convention) in conventions.enumerated() {
                    let s = convention.schedule
                    #expect(s.due == min(s.serviceFait, s.grant), "seed \(seed)")
                    #expect(try s.paidAhead + s.balance - s.reversement == s.due, "seed \(seed)")
                    #expect(s.balance == .zero || s.reversement == .zero)
                    #expect(s.advance >= .zero && s.balance >= .zero && s.reversement >= .zero)
                    dueOverAll = try dueOverAll + s.due
                    aheadOverAll = try aheadOverAll + s.paidAhead
                    if line.line.unit == .household, let basis = convention.serviceFaitBasis {
                        let first = start.months(to: convention.period.start)
                        let holders = line.isPerOperator ? [position] : Array(projection.households.indices)
                        let delivered = (first..<first + convention.period.months).reduce(Int64(0)) { sum, t in
                            sum + holders.reduce(Int64(0)) { $0 + projection.households[$1].accompanied[t] } * 100
                        }
                        let serviceFait = ScaleTests.scaled(basis.amount.cents, by: delivered, over: basis.perUnitMonthHundredths)
                        #expect(s.serviceFait.cents == serviceFait, "seed \(seed), \(line.line.id)")
                    }
                }
                for part in PaymentPart.allCases {
                    #expect(try Money.sum(conventions.map { $0.figure(part).amount }) == period.figure(part).amount)
                }
            }
        }
        // What the monthly table pays is what the conventions say, every payment inside the table (a late advance too).
        var paid = Money.zero
        var ahead = Money.zero
        for row in report.months {
            paid = try paid + row.advances + row.balances - row.reversements
            ahead = try ahead + row.advances
        }
        #expect(paid == dueOverAll, "seed \(seed)")
        #expect(ahead == aheadOverAll, "seed \(seed)")
        #expect(report.months.last?.paymentsToDate == paid)
        // treasury(n) = treasury(n − 1) + receipts − payments, each month from its own columns.
        var treasury = scenario.openingBalance
        for row in report.months {
            let receipts = try Money.sum([row.advances, row.balances, row.depositsReturned])
            let payments = try Money.sum([row.staff, row.directNonStaff, row.indirect, row.depositsPaid, row.reversements])
            treasury = try treasury + receipts - payments
            #expect(row.treasury == treasury, "seed \(seed), \(row.month)")
        }
        // Households never exceed an operator's capacity; those housed are among those accompanied;
        // each month is the one before, plus entries, less exits.
        for (op, households) in zip(scenario.operators, projection.households) {
            var previous = op.effectiveIntake.initial
            for t in households.accompanied.indices {
                #expect(households.accompanied[t] >= 0 && households.accompanied[t] <= op.households, "seed \(seed), \(op.id)")
                #expect(households.housed[t] >= 0 && households.housed[t] <= households.accompanied[t])
                #expect(households.accompanied[t] == previous + households.entries[t] - households.exits[t], "seed \(seed), \(op.id), \(t)")
                previous = households.accompanied[t]
            }
        }
        // The same report whatever the order of the operators.
        let again = try RunReport(scenario: ScaleTests.shuffled(scenario, seed: seed))
        let amounts = { (r: RunReport) in r.lines.map { $0.periods.map { $0.figures.map(\.value) } } }
        #expect(amounts(again) == amounts(report), "seed \(seed)")
        #expect(again.months == report.months, "seed \(seed)")
        let treasuryFigures = { (r: RunReport) in
            [r.treasury.opening, r.treasury.lowest, r.treasury.workingCapitalNeed, r.treasury.shortfall, r.treasury.finalResult].map(\.value)
        }
        #expect(treasuryFigures(again) == treasuryFigures(report), "seed \(seed)")
        #expect(again.paymentTotals.figures.map(\.value) == report.paymentTotals.figures.map(\.value), "seed \(seed)")
        let shares = { (r: RunReport) in Set(r.operators.map { "\($0.operatorID) \($0.shares.map(\.value)) \($0.total.value)" }) }
        #expect(shares(again) == shares(report), "seed \(seed)")
        let conventions = { (r: RunReport) in
            Set(r.lines.flatMap { $0.conventions.joined().map { "\($0.holder!) \($0.periodIndex) \($0.figures.map(\.value))" } })
        }
        #expect(conventions(again) == conventions(report), "seed \(seed)")
        #expect(again.findings.map(\.status) == report.findings.map(\.status))
    }

    /// The generator reaches what the invariants are about: reports computed (not only input errors), several
    /// operators on their own conventions, accompaniments other than 12 months, an advance paid after its convention's
    /// end, renewals, early exits, instalments (every fourth seed of the property test).
    @Test func generatedScenariosReachEveryCase() {
        var counts: [String: Int] = [:]
        for seed in stride(from: 0, to: 2_000, by: 4) {
            let scenario = ScaleTests.scenario(seed: seed)
            guard let report = try? RunReport(scenario: scenario) else { continue }
            counts["report", default: 0] += 1
            if report.lines.contains(where: \.isPerOperator) { counts["own conventions", default: 0] += 1 }
            if scenario.operators.count > 1, let months = scenario.rules.accompanimentMonths, months != 12 {
                counts["several operators, accompaniment ≠ 12", default: 0] += 1
            }
            if report.lines.contains(where: { $0.periods.contains { $0.advanceMonth > $0.period.end } }) {
                counts["advance after the convention's end", default: 0] += 1
            }
            if scenario.operators.contains(where: { ($0.intake?.renewalMonths ?? 0) > 0 }) { counts["renewals", default: 0] += 1 }
            if report.projection.households.contains(where: { $0.exits.reduce(0, +) > 0 })
                && scenario.operators.contains(where: { !($0.intake?.earlyExits.isEmpty ?? true) })
            {
                counts["early exits", default: 0] += 1
            }
            if report.lines.contains(where: { !$0.first.instalments.isEmpty }) { counts["instalments", default: 0] += 1 }
        }
        #expect(counts["report", default: 0] >= 300, "\(counts)")
        for key in [
            "own conventions", "several operators, accompaniment ≠ 12", "advance after the convention's end", "renewals", "early exits",
            "instalments",
        ] {
            #expect(counts[key, default: 0] >= 10, "\(key): \(counts)")
        }
    }

    @Test func theSameResultWhateverTheOrderOfCostLines() throws {
        var scenario = ScaleTests.scenario(seed: 7)
        scenario.operators = scenario.operators.map { op in
            var op = op
            op.charges = [
                ChargeLine(label: "Locaux", account: 61, kind: .direct, annualAmount: Money(cents: 1_234_567)),
                ChargeLine(label: "Équipement", account: 60, kind: .direct, basis: .perEntry(Money(cents: 30_001))),
                ChargeLine(label: "Siège", account: 62, kind: .indirect, basis: .rateOfDirectCosts(Rate(7, over: 100))),
            ]
            return op
        }
        let report = try RunReport(scenario: scenario)
        scenario.operators = scenario.operators.map { op in
            var op = op
            op.charges.reverse()
            op.staff.reverse()
            return op
        }
        let reordered = try RunReport(scenario: scenario)
        #expect(reordered.months.map(\.treasury) == report.months.map(\.treasury))
        #expect(reordered.periodCharges == report.periodCharges)
    }

    @Test func extremeButValidInputs() throws {
        // No household: nothing accompanied, nothing earned, no crash.
        let empty = try RunReport(scenario: RunReportTests.vial(households: 0, staff: [], charges: []))
        #expect(empty.envelopeTotal.money == .zero && empty.months.allSatisfy { $0.accompanied == 0 })
        // One cent a year per household.
        var rules = RuleSettings()
        rules.lines["vial"] = RuleSettings.Line(annualRate: Money(cents: 1))
        let cent = try RunReport(scenario: RunReportTests.vial(households: 1, staff: [], charges: [], rules: rules))
        #expect(cent.envelopeTotal.money == Money(cents: 1) && cent.paymentTotals.advance.money == Money(cents: 1))  // 60 % of 1 cent rounds to 1
        // 30-month accompaniments (12 + 18 by derogation) over a 20-year programme.
        var long = RuleSettings()
        long.conventionPeriods = 20
        let intake = Intake(entries: .rampUp(perMonth: 2), renewalMonths: 18, derogation: true)
        let years = try RunReport(scenario: RunReportTests.vial(households: 10, staff: [], charges: [], rules: long, intake: intake))
        #expect(years.programme.months == 240 && years.lines[0].periods.count == 20)
        #expect(years.months.reduce(0) { $0 + $1.accompanied } <= 10 * 240)
    }
}
