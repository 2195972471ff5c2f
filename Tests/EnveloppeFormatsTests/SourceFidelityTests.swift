import Enveloppe
import Foundation
import Testing

@testable import EnveloppeFormats

/// Figures that must never contradict their sources, another command, or themselves: each one
/// worked by hand from the call's text, then compared with the tool.
@Suite struct SourceFidelityTests {
    static func evaluation(_ file: String) throws -> Evaluation { try ScenarioFilesTests.evaluation(file) }

    /// The plan's own counts, as an operator would send them: households accompanied each month.
    static func countsOfThePlan(_ report: RunReport) -> [ActualCount] {
        var counts: [ActualCount] = []
        for (index, op) in report.scenario.operators.enumerated() {
            for t in 0..<report.programme.months {
                counts.append(
                    ActualCount(
                        month: report.programme.start.adding(months: t), operatorID: op.id,
                        measures: report.projection.households[index].accompanied[t], line: counts.count + 2))
            }
        }
        return counts
    }

    /// For every shipped scenario, counts equal to the plan give in `settle` exactly what `run` gives: service fait,
    /// advance, balance and reversement, convention by convention (operator by operator where each has its own), and in total.
    @Test(arguments: ScenarioFilesTests.files)
    func settleWithThePlansCountsGivesWhatRunGives(_ file: String) throws {
        let report = try SourceFidelityTests.evaluation(file).report
        let settlement = try Settlement(report: report, counts: SourceFidelityTests.countsOfThePlan(report), threshold: Rate(percent: 10))
        #expect(settlement.periods == report.call.periods)
        var conventions: [LinePayments] = []
        for line in report.lines {
            for (index, period) in line.periods.enumerated() { conventions += line.isPerOperator ? line.conventions[index] : [period] }
        }
        #expect(settlement.conventions.count == conventions.count)
        for (settled, run) in zip(settlement.conventions, conventions) {
            #expect(settled.holder == run.holder && settled.line.id == run.line && settled.period == run.period)
            let s = run.schedule
            #expect(settled.serviceFaitForYear == s.serviceFait, "\(file) \(run.serviceFait.id)")
            // What was paid before the balance: the advance and any instalments.
            #expect(
                settled.advance == (try s.paidAhead) && settled.balance == s.balance && settled.reversement == s.reversement,
                "\(file) \(run.grant.id)")
            #expect(settled.gap == .zero && !settled.isSignificant)
        }
        let totals = report.paymentTotals
        #expect(settlement.total.serviceFaitForYear == totals.serviceFait.amount)
        #expect(settlement.total.balance == totals.balance.amount && settlement.total.reversement == totals.reversement.amount)
        let instalments = try Money.sum(report.lines.flatMap { $0.periods.flatMap { $0.instalments.map(\.amount) } })
        #expect(settlement.total.advance == (try totals.advance.amount + instalments) && settlement.total.grant == totals.grant.amount)
    }

    @Test func montpellier2023IsPaidConventionByConvention() throws {
        // Five associations, each « conventionnée » for 12 dwellings: 65 625 € of the 328 125 € IML credits each, over
        // 144 dwelling-months. A–D house 136 dwelling-months: 65 625 × 136 / 144 = 61 979,166… → 61 979,17 €;
        // E 135: 65 625 × 135 / 144 = 61 523,4375 → 61 523,44 €. The line pays their sum, 4 × 61 979,17 + 61 523,44 = 309 440,12 €
        // (pooled and rounded once, it would have been 678 × 328 125 / 720 = 308 984,375 → never computed).
        let report = try SourceFidelityTests.evaluation("montpellier-2023-cinq-associations.json").report
        let iml = try #require(report.lines.first { $0.line.id == "iml" })
        #expect(iml.isPerOperator)
        #expect(iml.conventions[0].map(\.serviceFait.amount) == [6_197_917, 6_197_917, 6_197_917, 6_197_917, 6_152_344].map(Money.init(cents:)))
        #expect(iml.first.serviceFait.amount == Money(cents: 30_944_012))
        // « 60 ménages sont accompagnés par les opérateurs (dont 6 mesures libres) »: 54 households on 31 December.
        #expect(report.months[11].accompanied == 54)
        // The monthly table's cumulative service fait ends on what the conventions are paid, to the cent.
        #expect(report.months.last?.serviceFaitToDate == report.paymentTotals.serviceFait.amount)
    }

    @Test func aFullShareIsPaidWhole() throws {
        // 100 000,00 € of IML credits for 3 associations of 20 dwellings each: 33 333,34 + 33 333,33 + 33 333,33 by largest
        // remainder (the cent to the smaller identifier). Full activity pays each its whole share, the cent included.
        var rules = RuleSettings(advanceRate: Rate(percent: 60))
        rules.lines = ["iml": RuleSettings.Line(amount: Money(cents: 10_000_000)), "fsl": RuleSettings.Line(amount: Money(cents: 10_000_000))]
        rules.households = 60
        let operators = ["a", "b", "c"].map { id in
            Operator(
                id: OperatorID(id), name: id, households: 20,
                staff: [StaffPost(title: "ES", role: .socialWork, fte: FTE(hundredths: 250), annualCostPerFTE: Money(cents: 5_200_000))],
                intake: Intake(initial: 20, entries: .explicit([])))
        }
        let report = try RunReport(
            scenario: Scenario(title: "t", description: "", preset: "bail-dabord-montpellier-2023", rules: rules, operators: operators))
        let iml = try #require(report.lines.first { $0.line.id == "iml" })
        #expect(iml.shares.map(\.amount) == [3_333_334, 3_333_333, 3_333_333].map(Money.init(cents:)))
        #expect(iml.conventions[0].map(\.serviceFait.amount) == iml.shares.map(\.amount))
        #expect(iml.first.serviceFait.amount == Money(cents: 10_000_000))
    }

    @Test func theVIALCapIsOnTheAmountPaid() throws {
        // « plafonnées à hauteur de 25% maximum du montant versé par le Département »: 30 measures granted (210 000 €), but
        // 15 households all year: 15 × 12 × 7 000 / 12 = 105 000 € paid; cap 25 % × 105 000 = 26 250 €, not 52 500 €.
        let scenario = Scenario(
            title: "t", description: "", preset: "vial-pas-de-calais-2025-ami2",
            operators: [
                Operator(
                    id: "a", name: "A", households: 30,
                    staff: [StaffPost(title: "ES", role: .socialWork, fte: FTE(3), annualCostPerFTE: Money(cents: 5_200_000))],
                    charges: [ChargeLine(label: "Locaux", account: 61, kind: .direct, annualAmount: Money(cents: 3_000_000))],
                    intake: Intake(entries: .explicit([15])))
            ])
        let report = try RunReport(scenario: scenario)
        #expect(report.lines[0].first.grant.amount == Money(cents: 21_000_000))
        #expect(report.lines[0].first.due.amount == Money(cents: 10_500_000))
        let cap = try #require(report.findings.first { $0.id == "plafond.charges" })
        guard case .cap(let capped, let base, _, let limit, _, .nonStaff, .paidAmount, _, true, let other?, _) = cap.comparison else {
            Issue.record("unexpected cap: \(cap.comparison)")
            return
        }
        #expect(capped == Money(cents: 3_000_000) && base == Money(cents: 10_500_000) && limit == Money(cents: 2_625_000))
        #expect(other.base == Money(cents: 21_000_000) && other.limit == Money(cents: 5_250_000))
        #expect(cap.status == .failure)  // 30 000 of charges > 26 250
        #expect(Wording(.fr).sentence(cap).contains("le plafond serait de 52\u{202F}500,00\u{00A0}€ : autre lecture, non appliquée"))
    }

    @Test func settleCoversEveryConventionTheCountsCover() throws {
        // VIAL AMI 2 on two conventions of 12 months, 10 places, accompaniments renewed to 24 months. Counted: 10 households
        // every month of the first convention, then 10 a month but one missing place from May 2027 on for the second:
        // 10 × 6 + 9 × 5 + 10 = … worked below. Second convention: grant 10 × 7 000 = 70 000 €, advance 42 000 €;
        // 119 household-months counted: 119 × 7 000 / 12 = 69 416,666… → 69 416,67 €; balance 69 416,67 − 42 000 = 27 416,67 €.
        var rules = RuleSettings()
        rules.conventionPeriods = 2
        let scenario = Scenario(
            title: "t", description: "", preset: "vial-pas-de-calais-2025-ami2", rules: rules,
            operators: [Operator(id: "a", name: "A", households: 10, intake: Intake(initial: 10, entries: .explicit([]), renewalMonths: 12))])
        let report = try RunReport(scenario: scenario)
        var counts: [ActualCount] = []
        for t in 0..<24 {
            let measures: Int64 = t == 23 ? 9 : 10  // one place empty in the last month: 120 − 1 = 119 in the second year
            counts.append(ActualCount(month: report.programme.start.adding(months: t), operatorID: "a", measures: measures, line: t + 2))
        }
        let settlement = try Settlement(report: report, counts: counts, threshold: Rate(percent: 10))
        #expect(settlement.periods.count == 2 && settlement.isComplete)
        let second = try #require(settlement.conventions.first { $0.periodIndex == 1 })
        #expect(second.unitMonthsForYear == 11_900)
        #expect(second.serviceFaitForYear == Money(cents: 6_941_667) && second.advance == Money(cents: 4_200_000))
        #expect(second.balance == Money(cents: 2_741_667))
        #expect(settlement.total.balance == Money(cents: 2_800_000 + 2_741_667))  // first year in full: 70 000 − 42 000 = 28 000
        // A count outside every convention is an error naming its line.
        let outside = ActualCount(month: YearMonth(year: 2027, month: 11), operatorID: "a", measures: 1, line: 99)
        #expect(throws: ActualsError(line: 99, problem: .monthOutsideConvention(outside.month, programme: report.programme))) {
            try Settlement(report: report, counts: counts + [outside], threshold: Rate(percent: 10))
        }
    }

    @Test func aFiledBudgetDrivesTheMoney() throws {
        // A candidate files 37 100 € of non-staff charges the scenario does not describe: spent month by month over the
        // convention (37 100 / 12 = 3 091,66… : ⌊37 100 × k / 12⌋ − ⌊37 100 × (k − 1) / 12⌋), they enter the treasury.
        var scenario = Scenario(
            title: "t", description: "", preset: "vial-pas-de-calais-2025-ami2",
            operators: [
                Operator(
                    id: "a", name: "A", households: 10,
                    staff: [StaffPost(title: "ES", role: .socialWork, fte: FTE(1), annualCostPerFTE: Money(cents: 5_200_000))])
            ])
        let withoutFiled = try RunReport(scenario: scenario)
        scenario.candidateBudget = [
            BudgetLine(account: .staff, label: "ES", amount: Money(cents: 5_200_000), origin: "ligne 2"),
            BudgetLine(account: .externalServices, label: "Locaux", amount: Money(cents: 2_400_000), origin: "ligne 3"),
            BudgetLine(account: .otherExternalServices, label: "Déplacements", amount: Money(cents: 1_310_000), origin: "ligne 4"),
            BudgetLine(account: .operatingSubsidies, label: "Département – VIAL", amount: Money(cents: 7_000_000), origin: "ligne 5"),
        ]
        let report = try RunReport(scenario: scenario)
        let spent = try Money.sum(report.months.map(\.directNonStaff))
        #expect(spent == Money(cents: 3_710_000))
        #expect(report.months[0].directNonStaff == Money(cents: 309_166))  // ⌊3 710 000 / 12⌋ cents
        #expect(try report.months.last!.treasury == withoutFiled.months.last!.treasury - Money(cents: 3_710_000))
        let finding = try #require(report.findings.first { $0.id == "budget.depose.direct" })
        #expect(Wording(.fr).sentence(finding).contains("37\u{202F}100,00\u{00A0}€, que le scénario ne décrit pas"))
        // Staff filed 52 000, described 52 000: the same, said as such.
        #expect(report.findings.first { $0.id == "budget.depose.staff" }?.status == .ok)
    }

    @Test func theFinalResultIsApartFromWorkingCapital() throws {
        // Montpellier 2025: every charge is spent, the grants add up to the charges (577 000), but the IML service fait is
        // 744 × 350 000 / 768 = 339 062,50: the action ends 350 000 − 339 062,50 = 10 937,50 € short, once all is paid.
        let report = try SourceFidelityTests.evaluation("bail-dabord-montpellier-2025.json").report
        #expect(report.treasury.finalResult.amount == Money(cents: -1_093_750))
        // The cash the action consumes at its worst (opening 0): 240 400 €, whatever the opening balance.
        #expect(report.treasury.workingCapitalNeed.amount == Money(cents: 24_040_000))
        #expect(report.findings.first { $0.id == "tresorerie.resultat-final" }?.status == .warning)
    }

    @Test func eachOperatorsConventionHasItsOwnCap() throws {
        // VIAL, « DUREE ET FINANCEMENT »: « Une convention viendra préciser […] entre le Département et l'opérateur »,
        // and § 3: charges « plafonnées à hauteur de 25% maximum du montant versé par le Département pour l'opération ».
        // Three territories, three conventions: 40 000 € of premises for the Audomarois alone (15 measures, 105 000 €
        // paid on full service fait) is over its own cap, 25 % × 105 000 = 26 250 €, by 13 750 €, whatever the other two
        // leave of the programme's 25 % × 364 000 = 91 000 €.
        let bytes = try [UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent("vial-ami2-2025-repartition-territoires.json")))
        var scenario = try ScenarioDecoder.decode(bytes)
        scenario.operators[0].charges = [ChargeLine(label: "Locaux", account: 61, kind: .direct, annualAmount: Money(cents: 4_000_000))]
        #expect(scenario.operators[0].id == "audomarois")
        let report = try Evaluation(scenario).report
        let cap = try #require(report.findings.first { $0.id == "plafond.charges" })
        #expect(cap.status == .failure)
        guard case .cap(_, _, _, let limit, _, _, _, _, _, _, let conventions) = cap.comparison else {
            Issue.record("\(cap.comparison)")
            return
        }
        #expect(limit == Money(cents: 9_100_000))
        #expect(
            conventions?.over == [.init(holder: scenario.operators[0].name, capped: Money(cents: 4_000_000), limit: Money(cents: 2_625_000))]
                && conventions?.count == 3)
        // As written, no operator has charges outside staff: every convention keeps to its cap.
        let asWritten = try SourceFidelityTests.evaluation("vial-ami2-2025-repartition-territoires.json").report
        #expect(asWritten.findings.first { $0.id == "plafond.charges" }?.status == .ok)
    }

    @Test func delaysEachFunderStatesAreNotSaidToBeAssumed() throws {
        // The risk scenario without general delays: the Métropole states its own months, the État none. Only the
        // État's line is said to be paid on the tool's delays; with the État's own too, no delay is assumed at all.
        let url = ScenarioFilesTests.folder.appendingPathComponent("bail-dabord-montpellier-2025-risque.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var rules = try #require(json["rules"] as? [String: Any])
        var terms = try #require(rules["paymentTerms"] as? [String: Any])
        terms["advanceDelayMonths"] = nil
        terms["balanceDelayMonths"] = nil
        let evaluate = { (terms: [String: Any]) throws -> RunReport in
            rules["paymentTerms"] = terms
            json["rules"] = rules
            return try Evaluation(ScenarioDecoder.decode([UInt8](try JSONSerialization.data(withJSONObject: json)))).report
        }
        let partly = AssumedDelays(try evaluate(terms).resolved)
        #expect(partly.lines == ["iml"] && partly.advance == 1 && partly.balance == 6)
        var funders = try #require(terms["funders"] as? [String: Any])
        funders["ddets"] = ["advanceDelayMonths": 2, "balanceDelayMonths": 6]
        terms["funders"] = funders
        let stated = try evaluate(terms)
        #expect(AssumedDelays(stated.resolved).isEmpty)
        let treasury = try #require(stated.findings.first { $0.id == "tresorerie.point-bas" })
        #expect(!Wording(.fr).sentence(treasury).contains("supposé"))
    }

    @Test func grantsDueBeyondTheChargesAreSaidToBePaidBack() throws {
        // VIAL, three territories: 52 households × 7 000 € = 364 000 € due on full service fait, and 5,2 ETP × 52 000 € =
        // 270 400 € of charges: 93 600 € of grant not spent on the action, which the budget check already says would be
        // paid back. The final result says it too, as an alert, not [ok].
        let report = try SourceFidelityTests.evaluation("vial-ami2-2025-repartition-territoires.json").report
        #expect(report.treasury.finalResult.amount == Money(cents: 9_360_000))
        let finding = try #require(report.findings.first { $0.id == "tresorerie.resultat-final" })
        #expect(finding.status == .warning)
        #expect(
            Wording(.fr).sentence(finding).hasSuffix(
                "convention par convention : 93\u{202F}600,00\u{00A0}€, un excédent non employé à l'action, qui peut être à reverser selon la convention."
            ))
        // Montpellier 2023, five conventions, each settled on its own: A to D are each due 61 979,17 + 42 562,50 =
        // 104 541,67 € for 104 403,60 € of charges, 138,07 € over; E is short. 4 × 138,07 = 552,28 € would be paid
        // back, not the 256,22 € of the programme's total, where E's deficit would absorb the others' surplus.
        let associations = try SourceFidelityTests.evaluation("montpellier-2023-cinq-associations.json").report
        let five = try #require(associations.findings.first { $0.id == "tresorerie.resultat-final" })
        guard case .finalResult(let result, _, _, _, let unspent, _) = five.comparison else {
            Issue.record("\(five.comparison)")
            return
        }
        #expect(result == Money(cents: 25_622) && unspent == Money(cents: 55_228) && five.status == .warning)
        // Candidature A plans 585 000 € of charges for 577 000 € of grants and covers the 8 000 € beyond with its own
        // funds (account 75): the deficit the treasury shows, 10 937,50 + 8 000 = 18 937,50 €, says which part was
        // planned; candidature B plans no other income and asks 360 000 € where the call gives 350 000 €: its charges
        // are measured against the 577 000 € of the call's grants, not the 587 000 € it requests.
        for (file, other, ending) in [
            (
                "candidature-a-montpellier-2025.json", Money(cents: 800_000),
                "(585\u{202F}000,00\u{00A0}€) dépassent de 8\u{202F}000,00\u{00A0}€ les 577\u{202F}000,00\u{00A0}€ de subventions de l'appel ; le budget prévoit d'en couvrir 8\u{202F}000,00\u{00A0}€ par d'autres produits (fonds propres, autres financements), absents de la trésorerie de l'action, qui ne suit que les versements de l'appel."
            ),
            (
                "candidature-b-montpellier-2025.json", Money.zero,
                "(590\u{202F}000,00\u{00A0}€) dépassent de 13\u{202F}000,00\u{00A0}€ les 577\u{202F}000,00\u{00A0}€ de subventions de l'appel."
            ),
        ] {
            let finding = try #require(try SourceFidelityTests.evaluation(file).report.findings.first { $0.id == "tresorerie.resultat-final" })
            guard case .finalResult(_, _, _, _, _, let otherIncome) = finding.comparison else {
                Issue.record("\(finding.comparison)")
                continue
            }
            #expect(otherIncome == other, "\(file)")
            #expect(Wording(.fr).about(.call).sentence(finding).hasSuffix(ending), "\(Wording(.fr).about(.call).sentence(finding))")
        }
        // A convention whose holder has no charges pays back all it is due: the Montreuillois without its 1,2 ETP
        // (62 400 €) pays back its 9 × 7 000 = 63 000 €, not its 600 € surplus: 93 600 − 600 + 63 000 = 156 000 €.
        let bytes = try [UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent("vial-ami2-2025-repartition-territoires.json")))
        var scenario = try ScenarioDecoder.decode(bytes)
        #expect(scenario.operators[2].id == "montreuillois")
        scenario.operators[2].staff = []
        let without = try #require(try Evaluation(scenario).report.findings.first { $0.id == "tresorerie.resultat-final" })
        guard case .finalResult(_, _, _, _, let paidBack, _) = without.comparison else {
            Issue.record("\(without.comparison)")
            return
        }
        #expect(paidBack == Money(cents: 15_600_000))
        // AML describes no charges: its treasury and result count the payments alone (269 166,67 € due), so neither is
        // judged « ok »: one warning says the costs are not described, and the result is not checked.
        let aml = try SourceFidelityTests.evaluation("aml-pas-de-calais-2019.json").report
        #expect(!aml.findings.contains { $0.id == "tresorerie.resultat-final" || $0.id == "tresorerie.point-bas" })
        let costs = try #require(aml.findings.first { $0.id == "tresorerie.couts" })
        #expect(costs.status == .warning && costs.comparison == .costsNotDescribed(due: Money(cents: 26_916_667)))
    }

    @Test func anAllocationThatPartsFromTheHouseholdsDescribedIsSaid() throws {
        // VIAL AMI 2, three territories: 40 measures shared at 40 / 52 of the requests give 12, 19 and 9 (the scenario's
        // hand-worked split), while its operators describe the 15, 25 and 12 households asked for, which the grants follow
        // (52 × 7 000 = 364 000 €, not 280 000 €): a committee reading both is told where they part.
        let vial = try SourceFidelityTests.evaluation("vial-ami2-2025-repartition-territoires.json")
        let split = try #require(vial.findings.first { $0.id == "repartition.menages" })
        #expect(split.status == .warning)
        #expect(
            split.comparison
                == .allocatedHouseholds(
                    allocated: 40, described: 52, candidates: 3,
                    differing: [
                        AllocatedHouseholds(name: "Association de l'Audomarois (fictive)", households: 15, measures: 12),
                        AllocatedHouseholds(name: "Association du Boulonnais (fictive)", households: 25, measures: 19),
                        AllocatedHouseholds(name: "Association du Montreuillois (fictive)", households: 12, measures: 9),
                    ]))
        // AML 2019: the call's 26 and 32 measures, and the operators accompany as many.
        let aml = try SourceFidelityTests.evaluation("aml-pas-de-calais-2019.json")
        #expect(aml.findings.first { $0.id == "repartition.menages" }?.status == .ok)
    }

    @Test func defaultPaymentDatesFollowEachCallsCalendar() throws {
        // VIAL AMI 1: the operation waits for the Département's budget, « qui interviendra en mars 2025 », and the advance
        // is paid « dès signature de la convention »: March is the first month a signature can be in, so the tool's
        // default delay (1 month, February) moves the advance to March 2025, not later.
        let vial = try SourceFidelityTests.evaluation("vial-ami1-2025.json").report
        #expect(vial.lines[0].first.advanceMonth == YearMonth(year: 2025, month: 3))
        // AML: « Notification de la décision fin 2019 »: the advance, otherwise October 2019, comes in January 2020.
        let aml = try SourceFidelityTests.evaluation("aml-pas-de-calais-2019.json").report
        #expect(aml.lines[0].first.advanceMonth == YearMonth(year: 2020, month: 1))
        // A scenario that states its own delay keeps it (Montpellier 2025 sets 2 months: November 2025).
        let montpellier = try SourceFidelityTests.evaluation("bail-dabord-montpellier-2025.json").report
        #expect(montpellier.lines[0].first.advanceMonth == YearMonth(year: 2025, month: 11))
    }

    @Test func quotasFixedByTheCallAreShared() throws {
        // AML: 26 for the Artois, 32 for Lens-Hénin. An envelope of 29 measures (half) follows the quotas: 29 × 26 / 58 = 13,
        // 29 × 32 / 58 = 16. Inside the Artois, two associations asking 10 and 6 share its 13 pro rata: 13 × 10 / 16 = 8,125 and
        // 13 × 6 / 16 = 4,875: 8 + 4 = 12, the 13th to the larger remainder (0,875): 8 and 5.
        let settings = AllocationSettings(
            envelope: .measures(29), method: .proRataOfRequests,
            candidates: [
                AllocationCandidate(id: "a1", name: "A1", territory: "Artois", requested: 10),
                AllocationCandidate(id: "a2", name: "A2", territory: "Artois", requested: 6),
                AllocationCandidate(id: "l1", name: "L1", territory: "Lens-Hénin", requested: 40),
            ])
        let scenario = Scenario(
            title: "t", description: "", preset: "aml-pas-de-calais-2019", rules: RuleSettings(advanceRate: Rate(percent: 60)), operators: [])
        let report = try AllocationReport(ResolvedScenario(scenario), settings: settings)
        #expect(report.rows.map(\.measures) == [8, 5, 16])
        #expect(report.findings.map(\.status) == [.ok, .ok])
        // A candidate in no territory of the call is refused, with the territories allowed.
        let stray = AllocationSettings(
            envelope: .measures(58), method: .proportional,
            candidates: [AllocationCandidate(id: "x", name: "X", territory: "Boulonnais", weight: 1)])
        #expect(
            throws: InputError("allocation.candidates[0].territory", .notOneOf(text: "Boulonnais", allowed: ["Artois", "Lens-Hénin"]))
        ) { try AllocationReport(ResolvedScenario(scenario), settings: stray) }
    }

    /// The AML call's 58 measures shared by its quotas between one candidate per territory, under `rules`.
    static func amlAllocation(_ rules: RuleSettings) throws -> AllocationReport {
        let scenario = Scenario(title: "t", description: "", preset: "aml-pas-de-calais-2019", rules: rules, operators: [])
        let settings = AllocationSettings(
            envelope: .measures(58), method: .proportional,
            candidates: [
                AllocationCandidate(id: "a", name: "A", territory: "Artois", weight: 1),
                AllocationCandidate(id: "l", name: "L", territory: "Lens-Hénin", weight: 1),
            ])
        return try AllocationReport(ResolvedScenario(scenario), settings: settings)
    }

    @Test func theAllocatedAdvanceFollowsTheFundersOwnTerms() throws {
        // AML: 58 measures of 5 000 € a year for 12 months, shared by quota: the Artois gets 26, so 130 000 €. The scenario's
        // general terms say a 60 % advance, the DDCS's own (the funder of the AML measures) 50 %: 65 000 €, solde 65 000 €.
        var rules = RuleSettings(advanceRate: Rate(percent: 60))
        rules.funderTerms = ["ddcs": RuleSettings.Terms(advanceRate: Rate(percent: 50))]
        let report = try SourceFidelityTests.amlAllocation(rules)
        #expect(report.rows[0].amount == Money(cents: 13_000_000))
        #expect(report.rows[0].advance == Money(cents: 6_500_000))
        #expect(report.rows[0].balance == Money(cents: 6_500_000))
        #expect(report.sources.contains(.scenario(path: "rules.paymentTerms.funders.ddcs")))
    }

    @Test func theAllocatedBalanceIsWhatIsLeftAfterTheInstalments() throws {
        // The same 130 000 € for the Artois, paid 50 % two months in then 30 % more (80 % before the balance): avance
        // 65 000 €, versements 130 000 × 80 % − 65 000 = 39 000 €, solde 130 000 − 104 000 = 26 000 € at full service fait
        // (not 65 000 €, the amount less the advance alone).
        var rules = RuleSettings()
        rules.instalments = [
            PaymentTerms.Instalment(rate: Rate(percent: 50), delayMonths: 2), PaymentTerms.Instalment(rate: Rate(percent: 30), delayMonths: 6),
        ]
        let report = try SourceFidelityTests.amlAllocation(rules)
        #expect(report.hasInstalments && report.paidAheadRate == Rate(percent: 80))
        #expect(report.rows[0].advance == Money(cents: 10_400_000) && report.rows[0].balance == Money(cents: 2_600_000))
        let byID = Dictionary(uniqueKeysWithValues: report.rows[0].figures.map { ($0.id.rawValue, $0.money) })
        #expect(byID["repartition.a.avance"] == Money(cents: 6_500_000))
        #expect(byID["repartition.a.versements"] == Money(cents: 3_900_000))
        #expect(byID["repartition.a.solde"] == Money(cents: 2_600_000))
        #expect(try report.totals.balance == Money(cents: 5_800_000))
    }

    @Test func aScenarioThatDepartsFromTheQuotasFails() throws {
        var scenario = try ScenarioDecoder.decode(
            [UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent("aml-pas-de-calais-2019.json"))))
        scenario.operators[0].households = 25
        scenario.operators[1].households = 33
        scenario.allocation = nil
        scenario.expected = []
        let report = try RunReport(scenario: scenario)
        #expect(report.findings.first { $0.id == "menages.territoire.Artois" }?.status == .failure)
    }

    @Test func smallPointsSeen() throws {
        // Households per FTE is a figure of its own: 64 / 8 = 8.
        let montpellier = try SourceFidelityTests.evaluation("bail-dabord-montpellier-2025.json")
        let perFTE = try #require(montpellier.allFigures.first { $0.id == .householdsPerFTE })
        #expect(perFTE.value == .ratio(Rate(8, over: 1)))
        // The payment totals have their label.
        let total = try #require(montpellier.allFigures.first { $0.id == .paymentTotal(.grant) })
        #expect(Wording(.fr).label(total) == "Total des paiements : subvention")
        // No text a user reads names a file the user does not have.
        for file in ScenarioFilesTests.files {
            let text = try String(contentsOf: ScenarioFilesTests.folder.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("DOMAIN.md") && !text.contains(".txt"), "\(file)")
        }
        // The shipped VIAL scenarios put each territory in one AMI: Lens-Hénin and the Artois in AMI 1, the others in AMI 2.
        for file in ScenarioFilesTests.files where file.hasPrefix("vial") {
            let scenario = try ScenarioDecoder.decode([UInt8](Data(contentsOf: ScenarioFilesTests.folder.appendingPathComponent(file))))
            let ami1 = scenario.preset == "vial-pas-de-calais-2025-ami1"
            for op in scenario.operators {
                #expect(["Lens-Hénin", "Artois"].contains(op.territory ?? "") == ami1, "\(file): \(op.territory ?? "")")
            }
        }
    }
}
