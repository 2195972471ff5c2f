import Testing

@testable import Enveloppe

/// Each check of `enveloppe check`, on its ok, warning and failure paths, with figures worked by hand.
@Suite struct BudgetChecksTests {
    static func line(_ account: CerfaAccount, _ euros: Int64, _ label: String) -> BudgetLine {
        BudgetLine(account: account, label: label, amount: Money(cents: euros * 100), origin: "test")
    }

    /// A Montpellier candidate (8 ETP, 1 of management, 64 households) with its own budget.
    static func montpellier(budget: [BudgetLine], cap: Bool = false, staff: [StaffPost]? = nil, intake: Intake? = nil) throws -> RunReport {
        var rules = RuleSettings(advanceRate: Rate(percent: 60))
        if cap { rules.capRate = Rate(percent: 25) }
        let scenario = Scenario(
            title: "t", description: "", preset: "bail-dabord-montpellier-2024", rules: rules,
            operators: [
                Operator(
                    id: "a", name: "A", households: 64,
                    staff: staff ?? [RunReportTests.post(.management, 100, 67_000), RunReportTests.post(.socialWork, 700, 52_000)],
                    intake: intake)
            ],
            candidateBudget: budget)
        return try RunReport(scenario: scenario)
    }

    /// 577 000 € of charges: 431 000 staff, 100 000 direct, 46 000 indirect; 577 000 asked of the two funders.
    static let balanced = [
        line(.staff, 431_000, "Équipe"), line(.purchases, 9_600, "Équipement minimum"), line(.otherExternalServices, 4_800, "Déménagement"),
        line(.purchases, 2_400, "Ouverture des compteurs"), line(.otherExternalServices, 11_200, "Transports"),
        line(.otherExternalServices, 7_400, "Activités d'ancrage dans le quartier"), line(.otherCurrentCharges, 9_600, "Cautions"),
        line(.externalServices, 55_000, "Locaux et gestion locative adaptée, droit de suite"), line(.indirectCharges, 46_000, "Frais de siège"),
        line(.operatingSubsidies, 350_000, "Subvention DDETS (IML)"), line(.operatingSubsidies, 227_000, "Subvention Métropole (FSL)"),
    ]

    func finding(_ report: RunReport, _ id: String) -> Finding? { report.findings.first { $0.id == id } }

    @Test func aCoherentBudgetPassesEveryBudgetCheck() throws {
        let report = try BudgetChecksTests.montpellier(budget: BudgetChecksTests.balanced, cap: true)
        #expect(finding(report, "budget.equilibre")?.status == .ok)
        #expect(finding(report, "subvention.iml")?.status == .ok && finding(report, "subvention.fsl")?.status == .ok)
        // Non-staff: 9 600 + 4 800 + 2 400 + 11 200 + 7 400 + 9 600 + 55 000 + 46 000 = 146 000 > 25 % × 577 000 = 144 250.
        let cap = try #require(finding(report, "plafond.charges"))
        #expect(cap.status == .failure)
        guard case .cap(let capped, _, _, let limit, let margin, _, _, _, _, _, _) = cap.comparison else {
            Issue.record("not a cap: \(cap.comparison)")
            return
        }
        #expect(capped == Money(cents: 14_600_000) && limit == Money(cents: 14_425_000) && margin == Money(cents: -175_000))
        for purpose in ExpensePurpose.allCases where ![.practiceAnalysis, .platformNurse].contains(purpose) {
            #expect(finding(report, "depense.\(purpose.rawValue)")?.status == .ok, "\(purpose)")
        }
        #expect(finding(report, "depense-exclue.practiceAnalysis")?.status == .ok)
        // 577 000 / 64 = 9 015,63 of charges per household for 9 015,63 of funding.
        guard case .costPerHousehold(let cost, let funded, _)? = finding(report, "cout.menage")?.comparison else {
            Issue.record("no cost per household")
            return
        }
        #expect(cost == Money(cents: 901_563) && funded == Money(cents: 901_563))
        // Staff share 431 000 / 577 000.
        guard case .staffShare(let staff, let charges)? = finding(report, "personnel.part")?.comparison else {
            Issue.record("no staff share")
            return
        }
        #expect(staff == Money(cents: 43_100_000) && charges == Money(cents: 57_700_000))
    }

    @Test func anUnbalancedSubmittedBudgetFails() throws {
        var budget = BudgetChecksTests.balanced
        budget.append(BudgetChecksTests.line(.taxes, 3_000, "Taxe sur les salaires"))
        let report = try BudgetChecksTests.montpellier(budget: budget)
        let balance = try #require(finding(report, "budget.equilibre"))
        #expect(balance.status == .failure)
        guard case .budgetBalance(let charges, let income, _, _, _, true) = balance.comparison else {
            Issue.record("not a filed budget's balance: \(balance.comparison)")
            return
        }
        #expect(charges == Money(cents: 58_000_000) && income == Money(cents: 57_700_000))
    }

    @Test func subsidiesAskedForAgainstTheCall() throws {
        var budget = BudgetChecksTests.balanced
        // Asking 360 000 of the DDETS (10 000 more than the call), 220 000 of the Métropole (7 000 less).
        budget[9] = BudgetChecksTests.line(.operatingSubsidies, 360_000, "Subvention État – DDETS")
        budget[10] = BudgetChecksTests.line(.operatingSubsidies, 220_000, "Subvention Métropole")
        let report = try BudgetChecksTests.montpellier(budget: budget)
        #expect(finding(report, "subvention.iml")?.status == .failure)
        #expect(finding(report, "subvention.fsl")?.status == .warning)
        // No line naming the Métropole at all: failure.
        budget[10] = BudgetChecksTests.line(.otherCurrentIncome, 227_000, "Fonds propres")
        #expect(finding(try BudgetChecksTests.montpellier(budget: budget), "subvention.fsl")?.status == .failure)
    }

    /// A funder asked nothing while a line of account 74 names no funder of the call: the finding names that line (its
    /// label and amount), which may be the subsidy under another name; a line of another funder the call does not have
    /// is named too, a line naming a funder of the call is not, and a funder asked something lists none.
    @Test func aSubsidyUnderAnotherNameIsNamedWhenTheFunderIsAskedNothing() throws {
        var budget = BudgetChecksTests.balanced
        budget[9] = BudgetChecksTests.line(.operatingSubsidies, 350_000, "Subvention Préfecture de l'Hérault")
        let report = try BudgetChecksTests.montpellier(budget: budget)
        let iml = try #require(finding(report, "subvention.iml"))
        #expect(iml.status == .failure)
        guard case .subsidyRequested(_, _, let requested, _, let unattributed) = iml.comparison else {
            Issue.record("\(iml.comparison)")
            return
        }
        #expect(requested == .zero)
        #expect(unattributed == [BudgetLineAmount(label: "Subvention Préfecture de l'Hérault", amount: Money(cents: 35_000_000))])
        guard case .subsidyRequested(_, _, _, _, let none)? = finding(report, "subvention.fsl")?.comparison else {
            Issue.record("no Métropole finding")
            return
        }
        #expect(none.isEmpty)
    }

    @Test func missingAndExcludedExpenses() throws {
        let budget =
            BudgetChecksTests.balanced.filter { $0.label != "Cautions" } + [
                BudgetChecksTests.line(.otherExternalServices, 6_000, "Analyse de pratiques professionnelles"),
                BudgetChecksTests.line(.otherCurrentIncome, 6_000, "Fonds propres"),
            ]
        let report = try BudgetChecksTests.montpellier(budget: budget)
        #expect(finding(report, "depense.deposit")?.status == .warning)
        #expect(finding(report, "depense-exclue.practiceAnalysis")?.status == .warning)
    }

    @Test func measuresEndingAfterTheConvention() throws {
        // 60 households at the start, then 4 in the second month: those 4 end in September 2026, after August 2026.
        let late = try BudgetChecksTests.montpellier(budget: BudgetChecksTests.balanced, intake: Intake(initial: 60, entries: .explicit([0, 4])))
        guard case .measuresAfterEnd(let households, let end, let months, _)? = finding(late, "convention.mesures-apres-la-fin")?.comparison else {
            Issue.record("no finding")
            return
        }
        #expect(households == 4 && end == YearMonth(year: 2026, month: 8) && months == 12)
        #expect(finding(late, "convention.mesures-apres-la-fin")?.status == .warning)
        let onTime = try BudgetChecksTests.montpellier(budget: BudgetChecksTests.balanced)
        #expect(finding(onTime, "convention.mesures-apres-la-fin")?.status == .ok)
    }

    @Test func advanceAndBalanceArithmetic() throws {
        let report = try BudgetChecksTests.montpellier(budget: BudgetChecksTests.balanced)
        // 60 % of 227 000 = 136 200; FSL pays 8 ETP in post all year: service fait 227 000, balance 227 000 − 136 200 = 90 800.
        let fsl = try #require(report.lines.first { $0.line.id == "fsl" }).first
        #expect(fsl.grant.amount == Money(cents: 22_700_000) && fsl.advance.amount == Money(cents: 13_620_000))
        #expect(fsl.balance.amount == Money(cents: 9_080_000) && fsl.reversement.amount == .zero)
    }

    @Test func aDerivedBudgetThatDoesNotBalanceIsAWarning() throws {
        // No submitted budget, costs of 52 000 against a 70 000 grant (VIAL, 10 households): income exceeds charges.
        let report = try RunReport(
            scenario: RunReportTests.vial(households: 10, staff: [RunReportTests.post(.socialWork, 100, 52_000)], charges: []))
        #expect(report.findings.first { $0.id == "budget.equilibre" }?.status == .warning)
    }

    /// The sums of the budget checks read from the lines' groups are those read line by line, for every kind of sum:
    /// on generated budgets of few and of many lines, filed or derived, with 74 lines asking for two envelope lines
    /// or none, and amounts so large that the groups are not used (an overflow then the lines' own, in their order).
    @Test(arguments: 0..<300)
    func theChecksSumsReadFromGroupsAreThoseReadLineByLine(_ seed: Int) {
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &* 7_919)
        let accounts: [CerfaAccount] = [
            .staff, .purchases, .otherExternalServices, .indirectCharges, .operatingSubsidies, .sales, .contributionsInKindUsed,
        ]
        let envelopeLines: [LineID?] = [nil, "iml", "fsl"]
        let count = Int(random.next(in: 0...(seed % 3 == 0 ? 600 : 40)))
        let largest: Int64 = seed % 7 == 0 ? .max / 3 : 100_000_000  // cents: a million euros
        let lines = (0..<count).map { k in
            let account = accounts[Int(random.next(in: 0...Int64(accounts.count - 1)))]
            var line = BudgetLine(
                account: account, label: "ligne \(k)", amount: Money(cents: random.next(in: -largest / 10...largest)), purposes: [], fileLine: k + 1)
            if account == .operatingSubsidies { line.envelopeLine = envelopeLines[Int(random.next(in: 0...2))] }
            return line
        }
        let budget = Budget(lines: lines, period: BudgetTests.year, isSubmitted: seed % 2 == 0)
        let includes: [BudgetCheckInput.Kept] = [
            .charges, .income, .account(.staff), .account(.indirectCharges), .directNonStaff, .requesting("iml"), .requesting("fsl"),
            .requesting("autre"),
        ]
        expectGroupedSums(of: budget, includes, "seed \(seed)")
    }

    /// A sum of one account's lines on either side of the 200 a sum details (199 to 202 lines), and the income's sum
    /// of many 74 lines for two envelope lines and none, in turn, after a sale: one subtotal per account, each
    /// gathering several groups.
    @Test func theChecksSumsReadFromGroupsAtTheirEdges() {
        for count in BudgetCheckInput.detailedLines - 1...BudgetCheckInput.detailedLines + 2 {
            let lines = (0..<count).map {
                BudgetLine(account: .purchases, label: "achat \($0)", amount: Money(cents: 100 + Int64($0)), purposes: [], fileLine: $0 + 1)
            }
            expectGroupedSums(
                of: Budget(lines: lines, period: BudgetTests.year), [.charges, .account(.purchases), .account(.staff)], "\(count) lines")
        }
        let envelopeLines: [LineID?] = [nil, "iml", "fsl"]
        var lines = [BudgetLine(account: .sales, label: "vente", amount: Money(cents: 5_000), purposes: [], fileLine: 1)]
        for k in 0..<(3 * BudgetCheckInput.detailedLines) {
            var line = BudgetLine(
                account: .operatingSubsidies, label: "subvention \(k)", amount: Money(cents: 1_000 + Int64(k)), purposes: [], fileLine: k + 2)
            line.envelopeLine = envelopeLines[k % 3]
            lines.append(line)
        }
        expectGroupedSums(
            of: Budget(lines: lines, period: BudgetTests.year, isSubmitted: true), [.income, .requesting("iml"), .requesting("fsl")], "74 lines")
    }

    /// The sums of `includes` read from the lines' groups against those read line by line: the same operands, or the
    /// same error.
    func expectGroupedSums(of budget: Budget, _ includes: [BudgetCheckInput.Kept], _ comment: Comment) {
        let lineByLine = Result {
            try budget.lines.withUnsafeBufferPointer { lines in try includes.map { try BudgetCheckInput.operands(of: lines, in: budget, keeping: $0) }
            }
        }
        let grouped = Result { try BudgetCheckInput.operands(of: budget, where: includes) }
        switch (grouped, lineByLine) {
        case (.success(let grouped), .success(let lineByLine)): #expect(grouped == lineByLine, comment)
        case (.failure(let grouped), .failure(let lineByLine)): #expect(String(describing: grouped) == String(describing: lineByLine), comment)
        default: Issue.record("\(comment): \(grouped) against \(lineByLine)")
        }
    }

    /// Two subsidies for two envelope lines that, added in the lines' order, overflow the income's sum (one of them
    /// taken back further down): the sums are read line by line and overflow as there, though the groups of each
    /// envelope line would not.
    @Test func anOverflowOfTheLinesOrderIsKeptWhereGroupsWouldHideIt() throws {
        let large = Money(cents: 6_000_000_000_000_000_000)
        var lines = [
            BudgetLine(account: .operatingSubsidies, label: "IML", amount: large, purposes: [], fileLine: 1),
            BudgetLine(account: .operatingSubsidies, label: "FSL", amount: large, purposes: [], fileLine: 2),
            BudgetLine(
                account: .operatingSubsidies, label: "IML repris", amount: Money(cents: -6_000_000_000_000_000_000), purposes: [], fileLine: 3),
        ]
        (lines[0].envelopeLine, lines[1].envelopeLine, lines[2].envelopeLine) = ("iml", "fsl", "iml")
        lines += (0..<BudgetCheckInput.detailedLines).map {
            BudgetLine(account: .sales, label: "vente \($0)", amount: Money(cents: 100), purposes: [], fileLine: $0 + 4)
        }
        let budget = Budget(lines: lines, period: BudgetTests.year, isSubmitted: true)
        #expect(throws: ArithmeticError.overflow(operation: "addition")) { try BudgetCheckInput.operands(of: budget, where: [.income]) }
    }
}
