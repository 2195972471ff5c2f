import Testing

@testable import Enveloppe

/// Properties checked on thousands of random valid scenarios from a seeded generator
/// (no package, no clock: the same seed gives the same scenario).
@Suite struct ScaleTests {
    static let presets = ["vial-pas-de-calais-2025-ami1", "vial-pas-de-calais-2025-ami2", "bail-dabord-montpellier-2024", "aml-pas-de-calais-2019"]

    static func scenario(seed: Int) -> Scenario {
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &* 0x9E37_79B9 &+ 17)
        let preset = presets[Int(random.next(in: 0...3))]
        var rules = RuleSettings()
        if preset != "vial-pas-de-calais-2025-ami1" && preset != "vial-pas-de-calais-2025-ami2" {
            rules.advanceRate = Rate(random.next(in: 0...100), over: 100)
        }
        rules.conventionPeriods = Int(random.next(in: 1...3))
        rules.advanceDelayMonths = Int(random.next(in: 0...4))
        rules.balanceDelayMonths = Int(random.next(in: 1...8))
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
            return Operator(
                id: OperatorID("op\(index)"), name: "Opérateur \(index)", territory: ["Artois", "Lens-Hénin"][index % 2], households: capacity,
                staff: staff, charges: charges,
                intake: Intake(
                    initial: random.next(in: 0...capacity / 2), entries: entries, renewalMonths: Int(random.next(in: 0...2)) * 6,
                    monthsBeforeDwelling: Int(random.next(in: 0...3)), refillDelayMonths: Int(random.next(in: 0...2))))
        }
        return Scenario(
            title: "généré \(seed)", description: "", preset: PresetID(preset), rules: rules, operators: operators,
            openingBalance: Money(cents: random.next(in: 0...10_000_000)))
    }

    @Test(arguments: 0..<2_000)
    func invariantsOnGeneratedScenarios(_ seed: Int) throws {
        let scenario = ScaleTests.scenario(seed: seed)
        let report: RunReport
        do {
            report = try RunReport(scenario: scenario)
        } catch {
            // A generated schedule may exceed its capacity: that is an input error naming the field, never a crash.
            #expect(error.path.hasPrefix("operators["), "\(error)")
            return
        }
        // Every split adds back to its line, to the cent; no share is negative.
        for (index, line) in report.lines.enumerated() {
            let parts = report.operators.compactMap { $0.shares[index].money }
            #expect(try Money.sum(parts) == line.first.schedule.grant)
            #expect(parts.allSatisfy { $0 >= .zero })
        }
        // Receipts = min(service fait, grant) for each convention; a line's totals are the sums of its conventions'.
        for line in report.lines {
            for (index, period) in line.periods.enumerated() {
                let conventions = line.isPerOperator ? line.conventions[index] : [period]
                for convention in conventions {
                    let s = convention.schedule
                    #expect(try s.advance + s.balance - s.reversement == min(s.serviceFait, s.grant))
                    #expect(s.balance == .zero || s.reversement == .zero)
                }
                for part in PaymentPart.allCases {
                    #expect(try Money.sum(conventions.map { $0.figure(part).amount }) == period.figure(part).amount)
                }
            }
        }
        let capacity = scenario.operators.reduce(Int64(0)) { $0 + $1.households }
        #expect(report.months.reduce(Int64(0)) { $0 + $1.accompanied } <= capacity * Int64(report.programme.months))
        // The monthly table adds up: treasury = opening + Σ net.
        var treasury = scenario.openingBalance
        for row in report.months { treasury = try treasury + row.net }
        #expect(report.months.last?.treasury == treasury)
        // The same result whatever the order of the operators.
        var reversed = scenario
        reversed.operators.reverse()
        let again = try RunReport(scenario: reversed)
        let amounts = { (r: RunReport) in r.lines.map { $0.periods.map { $0.figures.map(\.value) } } }
        #expect(amounts(again) == amounts(report))
        #expect(again.months.map(\.treasury) == report.months.map(\.treasury))
        let shares = { (r: RunReport) in Set(r.operators.map { "\($0.operatorID) \($0.shares.map(\.value)) \($0.total.value)" }) }
        #expect(shares(again) == shares(report))
        #expect(again.findings.map(\.status) == report.findings.map(\.status))
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
