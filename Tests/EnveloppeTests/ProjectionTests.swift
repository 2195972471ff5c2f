import Testing

@testable import Enveloppe

@Suite struct ProjectionTests {
    static let year2025 = Period(start: YearMonth(year: 2025, month: 1), months: 12)

    func project(_ intake: Intake, capacity: Int64, length: Int = 12, programme: Period = year2025, table: Int = 12) throws
        -> HouseholdProjection
    {
        try HouseholdProjection(
            intake: intake, capacity: capacity, accompanimentMonths: length, programme: programme, tableMonths: table, path: "operators[0]")
    }

    @Test func monthlySpreadAddsUpToTheYearAndNeverPaysAhead() throws {
        // 24 000,01 €: months of 2 000,00 € and one of 2 000,01 €, in the twelfth month (floor formula).
        let annual = Money(cents: 2_400_001)
        let parts = try (0..<12).map { try MonthlySpread.part(of: annual, monthsSinceStart: $0) }
        #expect(try Money.sum(parts) == annual)
        #expect(parts[0] == Money(cents: 200_000) && parts[11] == Money(cents: 200_001))
    }

    @Test(arguments: 0..<300)
    func aFullStaffedYearCostsExactlyTheAnnualCost(_ seed: Int) throws {
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &+ 99)
        let annual = Money(cents: random.next(in: 0...50_000_000_000))
        var toDate = Money.zero
        for k in 0..<24 {
            toDate = try toDate + MonthlySpread.part(of: annual, monthsSinceStart: k)
            // Nothing ahead of entitlement: after k+1 months, at most (k+1)/12 of the year (of each year begun).
            let entitled = try annual.multiplied(by: Int64((k + 1) / 12)) + annual.scaled(by: Int64((k + 1) % 12), over: 12, rounding: .down)
            #expect(toDate == entitled)
        }
        #expect(try toDate == annual + annual)
        // The twelve parts made once: month k gets ⌊T·(k+1)/12⌋ − ⌊T·k/12⌋ cents (written here with integers, not
        // with the library's scaling), and they add up to the year.
        let parts = try MonthlySpread.parts(of: annual)
        let t = Int128(annual.cents)
        #expect(parts.map { Int128($0.cents) } == (0..<12).map { k in t * Int128(k + 1) / 12 - t * Int128(k) / 12 })
        #expect(try Money.sum(parts) == annual)
    }

    /// The twelve parts made at once are the parts month by month, for any amount: negative (a correction),
    /// a remainder of every value, and the extremes of the cents.
    @Test(arguments: [Int64.min, Int64.min + 11, -2_400_001, -13, -12, -11, -1, 0, 1, 11, 12, 13, 2_400_001, Int64.max - 11, Int64.max])
    func theTwelvePartsAreEachMonthsPart(_ cents: Int64) throws {
        let annual = Money(cents: cents)
        #expect(try Array(MonthlySpread.parts(of: annual)) == (0..<12).map { try MonthlySpread.part(of: annual, monthsSinceStart: $0) })
    }

    /// Written into months, the parts start again every twelve months from the range's first, and the months around
    /// the range are left as they were: for every range of a 40-month buffer.
    @Test func thePartsWrittenIntoMonthsAreEachMonthsPart() throws {
        let annual = Money(cents: 1_234_567)
        let parts = try MonthlySpread.parts(of: annual)
        for first in 0..<40 {
            for last in first..<40 {
                var months = [Money](repeating: Money(cents: -1), count: 40)
                months.withUnsafeMutableBufferPointer { parts.write(into: $0, first..<last + 1) }
                let expected = try (0..<40).map { t in
                    (first...last).contains(t) ? try MonthlySpread.part(of: annual, monthsSinceStart: t - first) : Money(cents: -1)
                }
                #expect(months == expected, "months \(first)...\(last)")
            }
        }
    }

    @Test func rampUpFillsToCapacityAndAccompanimentsEnd() throws {
        // 3 a month up to 7 places, 4-month accompaniments, places taken again at once.
        let p = try project(Intake(entries: .rampUp(perMonth: 3)), capacity: 7, length: 4)
        #expect(p.entries == [3, 3, 1, 0, 3, 3, 1, 0, 3, 3, 1, 0])
        #expect(p.accompanied == [3, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7])
        #expect(p.exits == [0, 0, 0, 0, 3, 3, 1, 0, 3, 3, 1, 0])
    }

    @Test func earlyExitsLeavePlacesEmptyForTheRefillDelay() throws {
        // 12 already accompanied; one leaves in March and one in June; a place is taken again a month later.
        let intake = Intake(
            initial: 12, entries: .rampUp(perMonth: 1),
            earlyExits: [
                Intake.EarlyExit(month: YearMonth(year: 2025, month: 3), households: 1),
                Intake.EarlyExit(month: YearMonth(year: 2025, month: 6), households: 1),
            ], refillDelayMonths: 1)
        let p = try project(intake, capacity: 12)
        #expect(p.accompanied == [12, 12, 11, 12, 12, 11, 12, 12, 12, 12, 12, 12])
        #expect(p.entries == [0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0])
        #expect(p.accompanied.reduce(0, +) == 142)  // 144 − 2 empty months
    }

    @Test func accompanimentBeforeTheDwellingIsNotADwellingMonth() throws {
        // Two households a month for three months, accompanied two months before entering their dwelling.
        let p = try project(Intake(entries: .explicit([2, 2, 2]), monthsBeforeDwelling: 2), capacity: 6)
        #expect(Array(p.accompanied.prefix(5)) == [2, 4, 6, 6, 6])
        #expect(Array(p.housed.prefix(5)) == [0, 0, 2, 4, 6])
    }

    @Test func renewalsLengthenTheAccompanimentWithinEachCallsLimits() throws {
        // 12 + 6 months: a household entering in January 2025 is still accompanied in June 2026.
        let programme = Period(start: YearMonth(year: 2025, month: 1), months: 24)
        let p = try project(Intake(entries: .explicit([1]), renewalMonths: 6), capacity: 1, programme: programme, table: 24)
        #expect(p.accompanied.reduce(0, +) == 18)
        // VIAL: « renouvelé 6 mois, jusqu'à 12 mois maximum », « 6 mois maximum [...] en sus » by derogation: 18 without it is refused.
        let vial = { (intake: Intake) in
            Validation.problems(
                Scenario(
                    title: "t", description: "", preset: "vial-pas-de-calais-2025-ami2",
                    operators: [Operator(id: "a", name: "A", households: 1, intake: intake)]))
        }
        let source = Presets.vialAMI2.sourceName
        #expect(
            vial(Intake(entries: .explicit([1]), renewalMonths: 18))
                == [InputError("operators[0].intake.renewalMonths", .beyondCall(value: .months(18), limit: .months(12), document: source))])
        #expect(vial(Intake(entries: .explicit([1]), renewalMonths: 18, derogation: true)).isEmpty)
        // The derogation is « de 6 mois maximum », after the 12: 15 months (12 + 3) is allowed; 9 (not whole ordinary
        // renewals) and 19 (past 12 + 6) are not.
        #expect(vial(Intake(entries: .explicit([1]), renewalMonths: 15, derogation: true)).isEmpty)
        #expect(
            vial(Intake(entries: .explicit([1]), renewalMonths: 9, derogation: true))
                == [InputError("operators[0].intake.renewalMonths", .notAMultiple(text: "9", step: 6, document: source))])
        #expect(
            vial(Intake(entries: .explicit([1]), renewalMonths: 19, derogation: true))
                == [InputError("operators[0].intake.renewalMonths", .beyondCall(value: .months(19), limit: .months(18), document: source))])
        #expect(
            vial(Intake(entries: .explicit([1]), renewalMonths: 4))
                == [InputError("operators[0].intake.renewalMonths", .notAMultiple(text: "4", step: 6, document: source))])
        // Montpellier: « possibilité de prolonger » with no step and no maximum; no derogation to ask for.
        let montpellier = { (intake: Intake) in
            Validation.problems(
                Scenario(
                    title: "t", description: "", preset: "bail-dabord-montpellier-2024", rules: RuleSettings(advanceRate: Rate(percent: 60)),
                    operators: [Operator(id: "a", name: "A", households: 1, intake: intake)]))
        }
        #expect(montpellier(Intake(entries: .explicit([1]), renewalMonths: 4)).isEmpty)
        #expect(
            montpellier(Intake(entries: .explicit([1]), renewalMonths: 4, derogation: true))
                == [InputError("operators[0].intake.derogation", .notProvidedByCall(document: Presets.bailDabordMontpellier2024.sourceName))])
        // 30 months in all by derogation.
        #expect(
            try project(Intake(entries: .explicit([1]), renewalMonths: 18, derogation: true), capacity: 1, programme: programme, table: 24)
                .accompanied.reduce(0, +) == 24)
    }

    @Test func moreExitsThanHouseholdsIsAnInputError() {
        let intake = Intake(entries: .explicit([2]), earlyExits: [Intake.EarlyExit(month: YearMonth(year: 2025, month: 2), households: 3)])
        #expect(throws: InputError("operators[0].intake.earlyExits[0].households", .exceedsCapacity(value: 3, capacity: 2))) {
            try project(intake, capacity: 2)
        }
    }

    @Test func depositsComeBackWhenTheLeaseSlides() throws {
        // One household enters in January with 12-month accompaniment: its lease slides in January of the next year.
        let p = try project(Intake(entries: .explicit([1])), capacity: 1, table: 18)
        #expect(p.enteredEnding[12] == 1 && p.enteredEnding.reduce(0, +) == 1 && p.depositsOutstandingAfter == 0)
        let short = try project(Intake(entries: .explicit([1])), capacity: 1, table: 12)
        #expect(short.depositsOutstandingAfter == 1)
    }

    @Test(arguments: 0..<250)
    func generatedSchedulesNeverExceedCapacity(_ seed: Int) throws {
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &* 7_919)
        let months = Int(random.next(in: 1...40))
        let capacity = random.next(in: 0...40)
        let programme = Period(start: YearMonth(year: 2025, month: Int(random.next(in: 1...12))), months: months)
        let initial = random.next(in: 0...capacity)
        let intake = Intake(
            initial: initial, entries: .rampUp(perMonth: random.next(in: 1...10)),
            renewalMonths: Int(random.next(in: 0...2)) * 6, monthsBeforeDwelling: Int(random.next(in: 0...3)),
            refillDelayMonths: Int(random.next(in: 0...3)))
        let p = try project(intake, capacity: capacity, length: Int(random.next(in: 1...30)), programme: programme, table: months + 8)
        #expect(p.accompanied.allSatisfy { $0 >= 0 && $0 <= capacity })
        #expect(p.accompanied.reduce(0, +) <= capacity * Int64(months))
        #expect(zip(p.housed, p.accompanied).allSatisfy { $0 <= $1 && $0 >= 0 })
        // Everyone who entered leaves within the table or is counted as still out.
        #expect(p.enteredEnding.reduce(0, +) + p.depositsOutstandingAfter == p.entries.reduce(0, +))
    }

    @Test func costsByBasisMonthByMonth() throws {
        // One post of 0,5 ETP at 52 000 € from March to December 2025; 2 entries in January, 1 in February.
        let op = Operator(
            id: "a", name: "A", households: 3,
            staff: [
                StaffPost(
                    title: "ES", role: .socialWork, fte: FTE(hundredths: 50), annualCostPerFTE: Money(cents: 5_200_000),
                    start: YearMonth(year: 2025, month: 3))
            ],
            charges: [
                ChargeLine(label: "Équipement", account: 60, kind: .direct, basis: .perEntry(Money(cents: 30_000))),
                ChargeLine(label: "Transports", account: 62, kind: .direct, basis: .perHouseholdMonth(Money(cents: 2_500))),
                ChargeLine(label: "Caution", account: 65, kind: .direct, basis: .refundableDeposit(Money(cents: 60_000))),
                ChargeLine(label: "Siège", account: 62, kind: .indirect, basis: .rateOfDirectCosts(Rate(1, over: 3))),
            ])
        let households = try project(Intake(entries: .explicit([2, 1])), capacity: 3, table: 15)
        let costs = try CostProjection(
            of: op, households: households, programme: ProjectionTests.year2025, tableMonths: 15, periods: [0..<12, 12..<15], path: "operators[0]")
        // Staff: 26 000 € a year from March, 2 166,66 or 2 166,67 € a month; ten months = 10/12 of 26 000 = 21 666,66 (floor).
        #expect(Array(costs.staff.prefix(3)) == [.zero, .zero, Money(cents: 216_666)])
        #expect(try Money.sum(costs.staff) == Money(cents: 2_166_666))
        #expect(costs.fteHundredths[1] == 0 && costs.fteHundredths[2] == 50)
        // Direct: January 2 × 300 + 2 × 25 = 650; February 300 + 3 × 25 = 375; then 75 a month.
        #expect(Array(costs.directNonStaff.prefix(3)) == [Money(cents: 65_000), Money(cents: 37_500), Money(cents: 7_500)])
        // Indirect: a third of direct costs, rounded on the running total: the months add up to a third of the whole.
        let direct = try Money.sum(costs.staff) + Money.sum(costs.directNonStaff)
        #expect(try Money.sum(costs.indirect) == direct.multiplied(by: Rate(1, over: 3)))
        // Deposits: 1 200 paid in January, 600 in February; back when the leases slide, January and February 2026.
        #expect(costs.depositsPaid[0] == Money(cents: 120_000) && costs.depositsPaid[1] == Money(cents: 60_000))
        #expect(costs.depositsReturned[12] == Money(cents: 120_000) && costs.depositsReturned[13] == Money(cents: 60_000))
        // Each line over each period, as the budgets read them: 2025, then the table's three months after it. The post:
        // ten months of 26 000 € a year, floored to the cent.
        #expect(costs.total(post: 0, period: 0) == Money(cents: 2_166_666) && costs.total(post: 0, period: 1) == .zero)
        // Équipement: 3 entries × 300 €; Caution: 3 entries × 600 € advanced; Transports: 25 € per household-month.
        #expect(costs.total(charge: 0, period: 0) == Money(cents: 90_000))
        #expect(try costs.total(charge: 1, period: 0) == Money(cents: 2_500).multiplied(by: households.accompanied.reduce(0, +)))
        #expect(costs.total(charge: 2, period: 0) == Money(cents: 180_000))
        #expect(try costs.total(charge: 3, period: 0) == direct.multiplied(by: Rate(1, over: 3)))
        #expect((0..<4).allSatisfy { costs.total(charge: $0, period: 1) == .zero })
    }

    /// Each operator's charges over a convention period, as the checks ask them, or over any other months: those of
    /// its months added up, and a period whose charges pass the range of money fails when asked.
    @Test func eachOperatorsChargesOverAPeriodAreThoseOfItsMonths() throws {
        var rules = RuleSettings()
        rules.conventionPeriods = 3
        let operators = (0..<3).map { index in
            Operator(
                id: OperatorID("o\(index)"), name: "O\(index)", households: 10 + Int64(index),
                staff: [
                    StaffPost(title: "ES", role: .socialWork, fte: FTE(hundredths: 150 + Int64(index)), annualCostPerFTE: Money(cents: 5_200_001)),
                    StaffPost(title: "Chef", role: .management, fte: FTE(hundredths: 50), annualCostPerFTE: Money(cents: 6_700_000)),
                ],
                charges: [
                    ChargeLine(label: "Transports", account: 62, kind: .direct, basis: .perHouseholdMonth(Money(cents: 2_501))),
                    ChargeLine(label: "Caution", account: 65, kind: .direct, basis: .refundableDeposit(Money(cents: 60_000))),
                    ChargeLine(label: "Siège", account: 62, kind: .indirect, basis: .rateOfDirectCosts(Rate(percent: 7))),
                ],
                intake: Intake(initial: 3, entries: .rampUp(perMonth: 2 + Int64(index))))
        }
        let scenario = Scenario(title: "t", description: "", preset: "vial-pas-de-calais-2025-ami1", rules: rules, operators: operators)
        let resolved = try ResolvedScenario(scenario)
        let projection = try Projection(resolved)
        #expect(resolved.call.periods.count == 3)
        for index in operators.indices {
            let costs = projection.costs[index]
            for months in resolved.call.periods.map(projection.tableMonths(of:)) + [1..<5, 0..<projection.tableMonths] {
                var (staff, direct, indirect) = (Money.zero, Money.zero, Money.zero)
                for t in months {
                    (staff, direct, indirect) = try (staff + costs.staff[t], direct + costs.directNonStaff[t], indirect + costs.indirect[t])
                }
                let asked = try projection.charges(ofOperator: index, over: months)
                #expect(asked.staff == staff && asked.direct == direct && asked.indirect == indirect && staff > .zero && indirect > .zero)
            }
        }
        // Two charges of 60 % of the largest amount each: each line's months add up, their category's do not.
        var large = scenario
        let share = Money(cents: Int64.max / 10 * 6)
        large.operators[1].charges = [
            ChargeLine(label: "Locaux", account: 61, kind: .direct, basis: .annual(share)),
            ChargeLine(label: "Loyers", account: 61, kind: .direct, basis: .annual(share)),
        ]
        let overflowing = try Projection(try ResolvedScenario(large))
        #expect(try overflowing.charges(ofOperator: 0, over: overflowing.tableMonths(of: resolved.call.periods[0])).staff > .zero)
        #expect(throws: ArithmeticError.overflow(operation: "addition")) {
            try overflowing.charges(ofOperator: 1, over: overflowing.tableMonths(of: resolved.call.periods[0]))
        }
    }

    @Test func aPostStartingBeforeTheProgrammeIsAnInputError() {
        let op = Operator(
            id: "a", name: "A", households: 1,
            staff: [
                StaffPost(title: "ES", role: .socialWork, fte: FTE(100), annualCostPerFTE: Money(cents: 100), start: YearMonth(year: 2024, month: 12))
            ])
        #expect(throws: InputError.self) {
            let households = try project(Intake(entries: .explicit([1])), capacity: 1)
            _ = try CostProjection(of: op, households: households, programme: ProjectionTests.year2025, tableMonths: 12, path: "operators[0]")
        }
    }
}
