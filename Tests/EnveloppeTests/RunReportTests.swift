import Testing

@testable import Enveloppe

/// The figures `enveloppe run` prints, each derived here from the call's text.
@Suite struct RunReportTests {
    static func euros(_ value: Int64) -> Money { Money(cents: value * 100) }

    static func post(_ role: StaffPost.Role, _ hundredths: Int64, _ cost: Int64) -> StaffPost {
        StaffPost(title: role.rawValue, role: role, fte: FTE(hundredths: hundredths), annualCostPerFTE: euros(cost))
    }

    /// A Montpellier candidate: 64 households, the given team and charges, 60 % advance assumed.
    static func montpellier(
        staff: [StaffPost] = [post(.management, 100, 67_000), post(.socialWork, 700, 52_000)], charges: [ChargeLine] = [],
        households: Int64 = 64, intake: Intake? = nil
    ) -> Scenario {
        Scenario(
            title: "test", description: "", preset: "bail-dabord-montpellier-2024",
            rules: RuleSettings(advanceRate: Rate(percent: 60)),
            operators: [Operator(id: "a", name: "A", households: households, staff: staff, charges: charges, intake: intake)])
    }

    static func vial(households: Int64, staff: [StaffPost], charges: [ChargeLine], rules: RuleSettings = RuleSettings(), intake: Intake? = nil)
        -> Scenario
    {
        Scenario(
            title: "test", description: "", preset: "vial-pas-de-calais-2025-ami1", rules: rules,
            operators: [Operator(id: "a", name: "A", households: households, staff: staff, charges: charges, intake: intake)])
    }

    func figure(_ report: RunReport, _ id: String) -> Quantity? {
        report.catalogue(shown: false).first { $0.id == FigureID(id) }?.value
    }

    func status(_ report: RunReport, _ id: String) -> Finding.Status? { report.findings.first { $0.id == id }?.status }

    @Test func montpellierEnvelopeAndUnitCosts() throws {
        let report = try RunReport(scenario: RunReportTests.montpellier())
        // 000, "Financements": 350 000 € IML + 227 000 € FSL = 577 000 €.
        #expect(figure(report, "enveloppe.iml.montant") == .money(RunReportTests.euros(350_000)))
        #expect(figure(report, "enveloppe.fsl.montant") == .money(RunReportTests.euros(227_000)))
        #expect(figure(report, "enveloppe.total") == .money(RunReportTests.euros(577_000)))
        // 577 000 / 64 = 9 015,625 → 9 015,63 (half away from zero).
        #expect(figure(report, "cout.menage") == .money(Money(cents: 901_563)))
        // 577 000 / 8 ETP = 72 125; 227 000 / 8 = 28 375.
        #expect(figure(report, "cout.etp-an") == .money(RunReportTests.euros(72_125)))
        #expect(figure(report, "cout.fsl.unite-an") == .money(RunReportTests.euros(28_375)))
        #expect(figure(report, "cout.iml.unite-mois") == .money(Money(cents: 45_573)))
        // 60 % advance: 350 000 × 0,6 = 210 000; 227 000 × 0,6 = 136 200; together 346 200.
        #expect(figure(report, "paiement.iml.avance") == .money(RunReportTests.euros(210_000)))
        #expect(figure(report, "paiement.total.avance") == .money(RunReportTests.euros(346_200)))
        #expect(figure(report, "paiement.total.solde") == .money(RunReportTests.euros(230_800)))
        #expect(status(report, "enveloppe.total") == .ok)
        #expect(status(report, "paiement.conditions") == .warning)  // assumed by the scenario
    }

    @Test func fewerHouseholdsReduceTheDwellingServiceFait() throws {
        // 60 households on 64 dwellings: 720 dwelling-months × 350 000 / 768 = 328 125 €; 210 000 advanced, 118 125 balance.
        let report = try RunReport(scenario: RunReportTests.montpellier(households: 60))
        #expect(figure(report, "paiement.iml.service-fait") == .money(RunReportTests.euros(328_125)))
        #expect(figure(report, "paiement.iml.solde") == .money(RunReportTests.euros(118_125)))
        #expect(status(report, "menages.appel") == .warning)
        #expect(status(report, "paiement.iml.service-fait") == .warning)
    }

    @Test func teamChecksFailBelowTheCallsTeam() throws {
        // 7,5 ETP with 0,25 encadrement: both below the call (8 ETP, 0,5 minimum).
        let report = try RunReport(
            scenario: RunReportTests.montpellier(staff: [RunReportTests.post(.management, 25, 67_000), RunReportTests.post(.socialWork, 725, 52_000)])
        )
        #expect(status(report, "equipe.etp") == .failure)
        #expect(status(report, "equipe.encadrement") == .failure)
        // 64 households for 7,5 ETP is 8,53 per ETP, above the call's 8.
        #expect(status(report, "equipe.menages-par-etp") == .warning)
        #expect(report.findings.contains { $0.status == .failure })
        // The FSL service fait follows the FTE: 7,5 × 12 = 90 ETP-months × 227 000 / 96 = 212 812,50 €.
        #expect(figure(report, "paiement.fsl.service-fait") == .money(Money(cents: 21_281_250)))
    }

    @Test func teamAboveTheCallIsAWarningNotAFailure() throws {
        let report = try RunReport(
            scenario: RunReportTests.montpellier(staff: [RunReportTests.post(.management, 50, 67_000), RunReportTests.post(.socialWork, 800, 52_000)])
        )
        #expect(status(report, "equipe.etp") == .warning)
        #expect(status(report, "equipe.encadrement") == .ok)
    }

    @Test func aTeamWithoutCareProfessionalsWarns() throws {
        // 000, « Objectifs »: « Sur les ETP restants, des professionnels du travail social […] et des professionnels du
        // soins […] sont attendus »: 8 ETP all in encadrement and social work make the count, not the team asked for.
        let report = try RunReport(
            scenario: RunReportTests.montpellier(staff: [
                RunReportTests.post(.management, 100, 67_000), RunReportTests.post(.socialWork, 700, 52_000),
            ]))
        let team = try #require(report.findings.first { $0.id == "equipe.etp" })
        #expect(team.status == .warning)
        #expect(
            team.comparison
                == .teamFTE(scenario: FTE(8), required: FTE(8), beside: .zero, roles: [], missing: [.care], composed: true))
    }

    @Test func gestionLocativeIsBesideTheTeamNotInIt() throws {
        // 000, « Objectifs »: the 8 ETP are encadrement, then social workers and care professionals « sur les ETP
        // restants »; « Financements »: the gestion locative adaptée is funded « outre » the team. 0,5 + 6,5 ETP of
        // the team and 1 ETP of gestion locative: the team is 7 ETP, one short, and the FSL pays 7 × 12 = 84 of its
        // 96 ETP-months: 84 × 227 000 / 96 = 198 625 €. Households per ETP: 64 / 7 = 9,14, above the call's 8.
        let report = try RunReport(
            scenario: RunReportTests.montpellier(staff: [
                RunReportTests.post(.management, 50, 67_000), RunReportTests.post(.socialWork, 650, 52_000),
                RunReportTests.post(.housingManagement, 100, 52_000),
            ]))
        #expect(report.teamFTE == FTE(7) && report.supportFTE == FTE(1))
        #expect(status(report, "equipe.etp") == .failure)
        #expect(status(report, "equipe.menages-par-etp") == .warning)
        #expect(figure(report, "paiement.fsl.service-fait") == .money(Money(cents: 19_862_500)))
        let team = try #require(report.findings.first { $0.id == "equipe.etp" })
        #expect(
            team.comparison
                == .teamFTE(scenario: FTE(7), required: FTE(8), beside: FTE(1), roles: [.housingManagement], missing: [.care], composed: true))
        // The same post as care is in the team, and the team is whole: the FSL pays its 96 ETP-months, 227 000 €.
        let care = try RunReport(
            scenario: RunReportTests.montpellier(staff: [
                RunReportTests.post(.management, 50, 67_000), RunReportTests.post(.socialWork, 650, 52_000),
                RunReportTests.post(.care, 100, 52_000),
            ]))
        #expect(status(care, "equipe.etp") == .ok)
        #expect(figure(care, "paiement.fsl.service-fait") == .money(Money(cents: 22_700_000)))
    }

    static let vialStaff = [post(.socialWork, 100, 52_000)]

    @Test func vialCapLiteralReadingAtTheLimitAndOneCentOver() throws {
        // 10 households × 7 000 € = 70 000 €; 25 % = 17 500,00 € of non-staff charges allowed.
        let atLimit = [
            ChargeLine(label: "d", account: 62, kind: .direct, annualAmount: RunReportTests.euros(10_000)),
            ChargeLine(label: "i", account: 62, kind: .indirect, annualAmount: RunReportTests.euros(7_500)),
        ]
        let ok = try RunReport(scenario: RunReportTests.vial(households: 10, staff: RunReportTests.vialStaff, charges: atLimit))
        let finding = try #require(ok.findings.first { $0.id == "plafond.charges" })
        #expect(finding.status == .ok)
        // All year full: the Département pays min(70 000, 70 000) = 70 000, the base of « 25 % du montant versé ».
        guard case .cap(let capped, _, _, let limit, let margin, let scope, let base, _, _, _, _) = finding.comparison else {
            Issue.record("not a cap finding")
            return
        }
        #expect(capped == RunReportTests.euros(17_500) && limit == RunReportTests.euros(17_500) && margin == .zero)
        #expect(scope == .nonStaff && base == .paidAmount)

        let over = atLimit + [ChargeLine(label: "c", account: 60, kind: .direct, annualAmount: Money(cents: 1))]
        let failed = try RunReport(scenario: RunReportTests.vial(households: 10, staff: RunReportTests.vialStaff, charges: over))
        #expect(status(failed, "plafond.charges") == .failure)
    }

    @Test func vialCapNarrowReadingAndCircularBase() throws {
        // Indirect only, base = all charges including them: indirect ≤ 25 % × (other + indirect) ⇔ indirect ≤ other / 3.
        // Other = 52 000 staff + 8 000 direct = 60 000: limit 20 000,00 €.
        let charges = [
            ChargeLine(label: "d", account: 62, kind: .direct, annualAmount: RunReportTests.euros(8_000)),
            ChargeLine(label: "i", account: 62, kind: .indirect, annualAmount: RunReportTests.euros(20_000)),
        ]
        let rules = RuleSettings(capScope: .indirectOnly, capBase: .totalCharges)
        let report = try RunReport(scenario: RunReportTests.vial(households: 10, staff: RunReportTests.vialStaff, charges: charges, rules: rules))
        let finding = try #require(report.findings.first { $0.id == "plafond.charges" })
        guard case .cap(let capped, _, _, let limit, let margin, _, _, _, _, _, _) = finding.comparison else {
            Issue.record("not a cap: \(finding.comparison)")
            return
        }
        #expect(capped == RunReportTests.euros(20_000) && limit == RunReportTests.euros(20_000) && margin == .zero)
        #expect(finding.status == .ok)
        #expect(finding.sources.contains(.scenario(path: "rules.cap.scope")))
    }

    @Test func vialAMI2SlowStartEndsInAReversement() throws {
        // Entries 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 1: accompanied 1, 2, 3, 5, …, 19, 20, that is 122 measure-months.
        let report = try RunReport(
            scenario: RunReportTests.vial(
                households: 20, staff: RunReportTests.vialStaff, charges: [],
                intake: Intake(entries: .explicit([1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 1]))))
        // 20 × 7 000 = 140 000; advance 84 000; 122 × 7 000 / 12 = 71 166,67; reversement 12 833,33.
        #expect(figure(report, "paiement.vial.subvention") == .money(RunReportTests.euros(140_000)))
        #expect(figure(report, "paiement.vial.service-fait") == .money(Money(cents: 7_116_667)))
        #expect(figure(report, "paiement.vial.reversement") == .money(Money(cents: 1_283_333)))
        #expect(status(report, "paiement.conditions") == .ok)  // the VIAL call states its terms
    }

    @Test func amlTerritoriesMatchTheCallsSplit() throws {
        let scenario = Scenario(
            title: "aml", description: "", preset: "aml-pas-de-calais-2019",
            rules: RuleSettings(advanceRate: Rate(percent: 60)),
            operators: [
                Operator(id: "artois", name: "Artois", territory: "Artois", households: 26),
                Operator(id: "lens", name: "Lens", territory: "Lens-Hénin", households: 32),
            ])
        let report = try RunReport(scenario: scenario)
        // 26 × 5 000 = 130 000; 32 × 5 000 = 160 000; total 290 000 as the call states.
        #expect(report.operators.map(\.total.value) == [.money(RunReportTests.euros(130_000)), .money(RunReportTests.euros(160_000))])
        #expect(status(report, "enveloppe.total") == .ok)
        #expect(status(report, "menages.territoire.Artois") == .ok)
        #expect(status(report, "menages.territoire.Lens-Hénin") == .ok)
    }

    @Test func aPresetWithoutPaymentTermsNeedsTheScenarioToStateThem() {
        var scenario = RunReportTests.montpellier()
        scenario.rules.advanceRate = nil
        #expect(
            throws: InputError(
                "rules.paymentTerms", .requiredByCall(document: Presets.bailDabordMontpellier2024.sourceName, example: #"{"advanceRate": "60 %"}"#))
        ) {
            try RunReport(scenario: scenario)
        }
    }

    @Test func aScheduleBeyondCapacityIsAnInputError() {
        // 60 households in the first month, 5 more in the second: 65 for 64 places.
        #expect(throws: InputError("operators[0].intake.entries[1]", .exceedsPlaces(households: 65, places: 64))) {
            try RunReport(scenario: RunReportTests.montpellier(intake: Intake(entries: .explicit([60, 5]))))
        }
    }

    @Test func eachAssociationHasTheTeamOfItsOwnConvention() throws {
        // 004, « Consolidation du Bail d'abord »: five associations « conventionnées à hauteur de 1,5 ETP pour
        // accompagner 12 ménages chacune ». 1 + 2 + 1,5 + 1,5 + 1,5 = 7,5 ETP and 60 households: the programme's
        // totals hold, but B has 0,5 ETP less than its convention and C 0,5 more with 14 households instead of 12
        // (and E 10): three associations are not as convened.
        func association(_ id: String, _ fte: Int64, _ households: Int64) -> Operator {
            Operator(
                id: OperatorID(id), name: id.uppercased(), households: households,
                staff: [RunReportTests.post(.management, 25, 67_000), RunReportTests.post(.socialWork, fte - 25, 52_000)])
        }
        func report(_ operators: [Operator]) throws -> RunReport {
            var rules = RuleSettings(advanceRate: Rate(percent: 60))
            rules.lines = [
                "iml": RuleSettings.Line(amount: RunReportTests.euros(328_125)), "fsl": RuleSettings.Line(amount: RunReportTests.euros(212_812)),
            ]
            return try RunReport(
                scenario: Scenario(title: "test", description: "", preset: "bail-dabord-montpellier-2023", rules: rules, operators: operators))
        }
        let convened = try report(["a", "b", "c", "d", "e"].map { association($0, 150, 12) })
        #expect(status(convened, "equipe.par-structure") == .ok)
        let uneven = try report([
            association("a", 150, 12), association("b", 100, 12), association("c", 200, 14), association("d", 150, 12),
            association("e", 150, 10),
        ])
        #expect(status(uneven, "equipe.etp") == .ok)
        #expect(status(uneven, "menages.appel") == .ok)
        let each = try #require(uneven.findings.first { $0.id == "equipe.par-structure" })
        #expect(each.status == .warning)
        #expect(
            each.comparison
                == .operatorTeams(
                    each: OperatorTeam(fte: FTE(hundredths: 150), households: 12), operators: 5,
                    differing: [
                        OperatorTeamGap(name: "B", fte: FTE(1), households: 12), OperatorTeamGap(name: "C", fte: FTE(2), households: 14),
                        OperatorTeamGap(name: "E", fte: FTE(hundredths: 150), households: 10),
                    ]))
        // The 2024 call has one team and one convention: no such check.
        #expect(status(try RunReport(scenario: RunReportTests.montpellier()), "equipe.par-structure") == nil)
    }

    @Test func hugeButValidAmountsComputeExactlyOrSaySo() throws {
        // The 2023 report states no amounts: a scenario may give any. Two lines of 6 × 10¹⁶ € add up to more
        // than Int64 cents hold: a clear error, not a trap.
        func montpellier2023(iml: Money, fsl: Money) -> Scenario {
            var rules = RuleSettings(advanceRate: Rate(percent: 60))
            rules.lines = ["iml": RuleSettings.Line(amount: iml), "fsl": RuleSettings.Line(amount: fsl)]
            return Scenario(
                title: "test", description: "", preset: "bail-dabord-montpellier-2023", rules: rules,
                operators: [Operator(id: "a", name: "A", households: 60, staff: [RunReportTests.post(.socialWork, 750, 52_000)])])
        }
        let huge = Money(cents: 6_000_000_000_000_000_000)
        #expect(throws: InputError("", .overflow)) { try RunReport(scenario: montpellier2023(iml: huge, fsl: huge)) }
        // 10¹² € and 1 €: exact.
        let report = try RunReport(scenario: montpellier2023(iml: Money(cents: 100_000_000_000_000), fsl: Money(cents: 100)))
        #expect(report.envelopeTotal.value == .money(Money(cents: 100_000_000_000_100)))
    }

    @Test func groupedApplicationSplitsEachLineToTheCent() throws {
        let scenario = Scenario(
            title: "g", description: "", preset: "bail-dabord-montpellier-2024",
            rules: RuleSettings(advanceRate: Rate(percent: 60)),
            operators: [
                Operator(id: "c", name: "C", households: 21, staff: [RunReportTests.post(.management, 100, 67_000)]),
                Operator(id: "a", name: "A", households: 21, staff: [RunReportTests.post(.socialWork, 300, 52_000)]),
                Operator(id: "b", name: "B", households: 22, staff: [RunReportTests.post(.socialWork, 400, 52_000)]),
            ])
        let report = try RunReport(scenario: scenario)
        // IML 350 000 by 21/21/22 of 64: 114 843,75 / 114 843,75 / 120 312,50. FSL 227 000 by 1/3/4 of 8: 28 375 / 85 125 / 113 500.
        #expect(
            report.operators.map { $0.shares[0].value }
                == [Money(cents: 11_484_375), Money(cents: 11_484_375), Money(cents: 12_031_250)].map(Quantity.money))
        #expect(
            report.operators.map { $0.shares[1].value }
                == [Money(cents: 2_837_500), Money(cents: 8_512_500), Money(cents: 11_350_000)].map(Quantity.money))
        let total = try Money.sum(report.operators.compactMap(\.total.money))
        #expect(total == RunReportTests.euros(577_000))
    }

    @Test func aSmallYearWorkedByHand() throws {
        // VIAL AMI 1 (2025): 4 places, 2 households enter in January and 2 in February; 0,5 ETP at 48 000 € a
        // year (2 000 € a month); premises 1 200 € a year (100 € a month); 5 000 € in the bank; advance one month
        // after the start, balance two months after the end.
        let scenario = Scenario(
            title: "à la main", description: "", preset: "vial-pas-de-calais-2025-ami1",
            rules: RuleSettings(advanceDelayMonths: 1, balanceDelayMonths: 2),
            operators: [
                Operator(
                    id: "a", name: "A", households: 4, staff: [RunReportTests.post(.socialWork, 50, 48_000)],
                    charges: [ChargeLine(label: "Locaux", account: 61, kind: .direct, annualAmount: RunReportTests.euros(1_200))],
                    intake: Intake(entries: .explicit([2, 2])))
            ],
            openingBalance: RunReportTests.euros(5_000))
        let report = try RunReport(scenario: scenario)
        // Measure-months: 2 in January, then 4 for 11 months = 46. Service fait 46 × 7 000 / 12 = 26 833,333… → 26 833,33.
        // Grant 4 × 7 000 = 28 000; advance 60 % = 16 800 in February; balance 26 833,33 − 16 800 = 10 033,33 in February 2026.
        let line = report.lines[0]
        #expect(line.first.schedule.grant == RunReportTests.euros(28_000))
        #expect(line.first.schedule.serviceFait == Money(cents: 2_683_333))
        #expect(line.first.schedule.advance == RunReportTests.euros(16_800))
        #expect(line.first.schedule.balance == Money(cents: 1_003_333))
        #expect(line.periods[0].advanceMonth == YearMonth(year: 2025, month: 2))
        #expect(line.periods[0].balanceMonth == YearMonth(year: 2026, month: 2))
        // Treasury: 5 000 − 2 100 = 2 900 in January; + 16 800 − 2 100 = 17 600 in February; then − 2 100 a month:
        // 800 in October, −1 300 in November, −3 400 in December and January 2026; +10 033,33 in February 2026.
        let treasury = report.months.map(\.treasury)
        #expect(treasury[0] == RunReportTests.euros(2_900) && treasury[1] == RunReportTests.euros(17_600))
        #expect(treasury[9] == RunReportTests.euros(800) && treasury[11] == RunReportTests.euros(-3_400))
        #expect(treasury.last == Money(cents: 663_333))
        #expect(report.treasury.lowest.money == RunReportTests.euros(-3_400))
        #expect(report.treasury.lowestMonth == YearMonth(year: 2025, month: 12))
        // The action consumes 5 000 + 3 400 = 8 400 of cash at its worst (whatever the opening balance); 3 400 of it
        // beyond the association's own; once all is paid it ends 26 833,33 − 12 × 2 100 = 1 633,33 up.
        #expect(report.treasury.workingCapitalNeed.money == RunReportTests.euros(8_400))
        #expect(report.treasury.shortfall.money == RunReportTests.euros(3_400))
        #expect(report.treasury.finalResult.money == Money(cents: 163_333))
        #expect(report.treasury.monthsInRed == [YearMonth(year: 2025, month: 11), YearMonth(year: 2025, month: 12), YearMonth(year: 2026, month: 1)])
        #expect(report.months.count == 14)
    }

    @Test func aRenewedConventionHasItsOwnAdvanceAndBalance() throws {
        // Two 12-month periods; 2 places filled in the first month, 12-month measures renewed 6 months:
        // period 1: 24 measure-months (full: 28 000 × … on 2 households = 14 000); period 2: 12 (6 months × 2).
        var rules = RuleSettings()
        rules.conventionPeriods = 2
        let scenario = RunReportTests.vial(
            households: 2, staff: [], charges: [], rules: rules, intake: Intake(entries: .explicit([2]), renewalMonths: 6))
        let report = try RunReport(scenario: scenario)
        let periods = report.lines[0].periods
        #expect(periods.count == 2)
        #expect(periods.map(\.schedule.grant) == [RunReportTests.euros(14_000), RunReportTests.euros(14_000)])
        #expect(periods.map(\.schedule.serviceFait) == [RunReportTests.euros(14_000), RunReportTests.euros(7_000)])
        // Period 2: advance 8 400, due 7 000: reversement 1 400.
        #expect(periods[1].schedule.reversement == RunReportTests.euros(1_400))
        #expect(periods[1].advanceMonth == YearMonth(year: 2026, month: 2))
    }

    @Test(arguments: 0..<150)
    func paymentsReceivedOverAConventionAreMinOfServiceFaitAndGrant(_ seed: Int) throws {
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &* 104_729)
        let capacity = random.next(in: 1...30)
        var rules = RuleSettings()
        rules.conventionPeriods = Int(random.next(in: 1...3))
        rules.advanceDelayMonths = Int(random.next(in: 0...3))
        let intake = Intake(
            initial: random.next(in: 0...capacity), entries: .rampUp(perMonth: random.next(in: 1...5)),
            renewalMonths: Int(random.next(in: 0...2)) * 6, refillDelayMonths: Int(random.next(in: 0...2)))
        let report = try RunReport(scenario: RunReportTests.vial(households: capacity, staff: [], charges: [], rules: rules, intake: intake))
        let months = report.months
        for line in report.lines {
            for period in line.periods {
                // What the funder pays for this period (advance, balance, less reversement), read back from the months.
                let advance = months.first { $0.month == period.advanceMonth }!.advances
                let settled = months.first { $0.month == period.balanceMonth }!
                #expect(try advance + settled.balances - settled.reversements == min(period.schedule.serviceFait, period.schedule.grant))
            }
        }
        #expect(months.reduce(0) { $0 + $1.accompanied } <= capacity * Int64(report.programme.months))
    }
}
