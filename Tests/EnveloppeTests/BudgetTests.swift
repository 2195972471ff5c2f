import Testing

@testable import Enveloppe
@testable import EnveloppeRules

@Suite struct BudgetTests {
    static let year = Period(start: YearMonth(year: 2025, month: 1), months: 12)

    static func line(_ account: CerfaAccount, _ cents: Int64, _ label: String = "x") -> BudgetLine {
        BudgetLine(account: account, label: label, amount: Money(cents: cents), origin: "test")
    }

    /// A charge account by its number is the account whose text is that number, for the charges a scenario may
    /// name (60 to 68), and none for any other number.
    @Test func aChargeAccountByItsNumberIsTheAccountOfThatText() {
        for number in -1...100 {
            let byText = CerfaAccount(rawValue: String(number)).flatMap { $0.side == .charge && $0 != .contributionsInKindUsed ? $0 : nil }
            #expect(CerfaAccount.charge(number: number) == byText, "\(number)")
        }
        #expect(ChargeLine.accounts.allSatisfy { CerfaAccount.charge(number: $0) != nil })
    }

    @Test func wholeEurosKeepABalancedBudgetBalanced() throws {
        // Charges 100,50 + 200,50 + 0,60 = 301,60 → 302 €: floors 100 + 200 + 0 = 300, two euros to the largest remainders
        // (0,60 then 0,50 of the larger amount): 100 / 201 / 1. Income 301,60 → 302 €.
        let budget = Budget(
            lines: [
                BudgetTests.line(.purchases, 10_050), BudgetTests.line(.staff, 20_050), BudgetTests.line(.taxes, 60),
                BudgetTests.line(.operatingSubsidies, 30_160),
            ], period: BudgetTests.year)
        let euros = try budget.inWholeEuros()
        #expect(euros.lines.map(\.amount.cents) == [10_000, 20_100, 100, 30_200])
        #expect(try euros.isBalanced)
    }

    /// The form never asks a funder for more than the call's grant: Montpellier 2023, 328 125,00 + 212 812,50 €
    /// = 540 937,50 € of grants for as much of charges. Rounded half away from zero, the total would be 540 938 € and
    /// the euro would go to the FSL grant (212 813 €); it is 540 937 € on both sides instead, the grant 212 812 €, and
    /// the charges share 540 937 € (100,50 € + 540 837,00 € → 100 € + 540 837 €). With own funds of 0,30 € beside a
    /// grant of 0,60 €, the euro of the 0,90 € goes to the own funds, the grant keeps its floor.
    @Test func wholeEurosNeverRaiseAGrantOfTheEnvelope() throws {
        func grant(_ cents: Int64, _ line: LineID) -> BudgetLine {
            BudgetLine(account: .operatingSubsidies, label: "Crédits \(line)", amount: Money(cents: cents), envelopeLine: line, origin: "test")
        }
        let montpellier = Budget(
            lines: [
                BudgetTests.line(.purchases, 10_050), BudgetTests.line(.staff, 54_083_700), grant(32_812_500, "iml"), grant(21_281_250, "fsl"),
            ], period: BudgetTests.year)
        let euros = try montpellier.inWholeEuros()
        #expect(euros.lines.map(\.amount.cents) == [10_000, 54_083_700, 32_812_500, 21_281_200])
        #expect(try euros.isBalanced && euros.totalIncome == Money(cents: 54_093_700))
        let ownFunds = Budget(
            lines: [BudgetTests.line(.purchases, 90), grant(60, "iml"), BudgetTests.line(.otherCurrentIncome, 30)], period: BudgetTests.year)
        #expect(try ownFunds.inWholeEuros().lines.map(\.amount.cents) == [100, 0, 100])
        // A whole total on both sides (540 938,00 €): rounding gives 540 938 €, a grant would take a euro; 540 937 €
        // keeps both at their floors and the charges can reach it (100,50 + 540 837,50: floors 540 937 €).
        let whole = Budget(
            lines: [
                BudgetTests.line(.purchases, 10_050), BudgetTests.line(.staff, 54_083_750), grant(32_812_550, "iml"), grant(21_281_250, "fsl"),
            ], period: BudgetTests.year)
        #expect(try whole.inWholeEuros().lines.map(\.amount.cents) == [10_000, 54_083_700, 32_812_500, 21_281_200])
        // Charges of 577 000,20 € cannot go below 577 000 €, the grants' floors make 576 999 €: one grant takes the euro,
        // the larger (0,60 € each, ties to the larger amount), as balance requires.
        let forced = Budget(
            lines: [BudgetTests.line(.staff, 57_700_020), grant(35_000_060, "iml"), grant(22_699_960, "fsl")], period: BudgetTests.year)
        #expect(try forced.inWholeEuros().lines.map(\.amount.cents) == [57_700_000, 35_000_100, 22_699_900])
        // Unbalanced (the 2023 programme: 521 995,60 € of charges for 540 937,50 € of grants): the income's total
        // rounded down, 540 937 €, rather than the FSL grant up.
        let apart = Budget(
            lines: [BudgetTests.line(.staff, 52_199_560), grant(32_812_500, "iml"), grant(21_281_250, "fsl")], period: BudgetTests.year)
        #expect(try apart.inWholeEuros().lines.map(\.amount.cents) == [52_199_600, 32_812_500, 21_281_200])
        // Unbalanced by 0,50 €: each side rounded on its own, still unbalanced in euros (577 000 € against 577 001 €).
        let unbalanced = Budget(
            lines: [BudgetTests.line(.staff, 57_700_000), grant(35_000_025, "iml"), grant(22_700_025, "fsl")], period: BudgetTests.year)
        #expect(try !unbalanced.inWholeEuros().isBalanced)
        // Deposits beside the budget, rounded half away from zero: 9 615,52 € → 9 616 €.
        let deposits = Budget(lines: [BudgetTests.line(.staff, 100)], period: BudgetTests.year, depositsAdvanced: Money(cents: 961_552))
        #expect(try deposits.inWholeEuros().depositsAdvanced == Money(cents: 961_600))
    }

    @Test(arguments: 0..<200)
    func wholeEurosLaws(_ seed: Int) throws {
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &* 977)
        let count = Int(random.next(in: 1...15))
        // Equal amounts under different labels now and then: the euro a tie gives must not follow the lines' order.
        // Now and then the same label under another account too (« Divers » in 60 and in 61).
        let accounts: [CerfaAccount] = [.purchases, .externalServices, .otherExternalServices]
        let charges = (0..<count).map { k in
            BudgetTests.line(
                accounts[k % 3], random.next(in: 0...3) == 0 ? 773_350 : random.next(in: 0...5_000_000),
                random.next(in: 0...1) == 0 ? "Divers" : "charge \(k / 3)")
        }
        let total = charges.reduce(Int64(0)) { $0 + $1.amount.cents }
        let split = random.next(in: 0...total)
        // Half the time the subsidy is a grant of the envelope: beside another income line, it is never rounded up.
        let envelope: LineID? = seed % 2 == 0 ? "iml" : nil
        let budget = Budget(
            lines: charges + [
                BudgetLine(account: .operatingSubsidies, label: "x", amount: Money(cents: split), envelopeLine: envelope, origin: "test"),
                BudgetTests.line(.otherCurrentIncome, total - split),
            ],
            period: BudgetTests.year)
        let euros = try budget.inWholeEuros()
        #expect(try euros.isBalanced)
        if envelope != nil { #expect(euros.lines[count].amount <= budget.lines[count].amount) }
        for (before, after) in zip(budget.lines, euros.lines) {
            #expect(after.amount.cents % 100 == 0)
            #expect((before.amount.cents / 100 * 100...(before.amount.cents + 99) / 100 * 100).contains(after.amount.cents))
        }
        // The same lines in the reverse order: each line gets the same euros.
        let reversed = try Budget(lines: budget.lines.reversed(), period: BudgetTests.year).inWholeEuros()
        // Each line by its label and account; lines alike in label, account and amount compare as a sorted list.
        let byLine = { (b: Budget) in
            Dictionary(grouping: b.lines) { $0.label + "|" + $0.account.rawValue }.mapValues { $0.map(\.amount.cents).sorted() }
        }
        #expect(byLine(reversed) == byLine(euros))
    }

    /// An operator's post or charge is held in nine bytes: its places read back whole, up to the largest a scenario
    /// can have, and a line stays 80 bytes (a filed budget may hold a million lines, docs/robustness.md).
    @Test func anOperatorsItemKeepsItsPlacesInALineOfEightyBytes() {
        for (o, k) in [(0, 0), (1, 2), (439, 17), (1 << 20, 65_536), (Int(UInt32.max), Int(UInt32.max))] {
            for list in [BudgetLine.OperatorItem.List.staff, .charges] {
                let item = BudgetLine.OperatorItem(operatorIndex: o, list: list, index: k)
                #expect(item.operatorIndex == o && item.list == list && item.index == k)
                #expect(item.path == "operators[\(o)].\(list == .staff ? "staff" : "charges")[\(k)]")
            }
        }
        #expect(MemoryLayout<BudgetLine.OperatorItem>.size == 9)
        #expect(MemoryLayout<BudgetLine>.stride <= 80)
    }

    /// A line the tool derives from an operator's post or charge keeps its label and origin in parts, joined when
    /// read: it reads as, equals and hashes as the line written out, becomes that line when either is changed, and
    /// gets the same whole euros in a tie (decided by labels, then origins).
    @Test func anOperatorsLineReadsAsTheLineWrittenOut() throws {
        func derived(_ title: String, _ holder: String, _ o: Int, _ list: BudgetLine.OperatorItem.List, _ k: Int, _ cents: Int64) -> BudgetLine {
            var line = BudgetLine(
                account: list == .staff ? .staff : .externalServices, title: title, holder: holder,
                item: .init(operatorIndex: o, list: list, index: k), purposes: [])
            line.amount = Money(cents: cents)
            return line
        }
        func writtenOut(_ line: BudgetLine) -> BudgetLine {
            BudgetLine(account: line.account, label: line.label, amount: line.amount, purposes: line.purposes, origin: line.origin)
        }
        let post = derived("Travailleur social", " – Opérateur 2", 12, .staff, 3, 0)
        #expect(post.label == "Travailleur social – Opérateur 2")
        #expect(post.origin == "operators[12].staff[3]")
        let charge = derived("Loyer", "", 0, .charges, 7, 0)
        #expect(charge.label == "Loyer")
        #expect(charge.origin == "operators[0].charges[7]")
        for line in [post, charge] {
            #expect(line == writtenOut(line))
            #expect(Set([line, writtenOut(line)]).count == 1)
        }
        #expect(post != charge)
        var renamed = post
        renamed.label = "Coordination"
        #expect(renamed.label == "Coordination" && renamed.origin == "operators[12].staff[3]")
        var moved = post
        moved.origin = "ligne 4"
        #expect(moved.label == "Travailleur social – Opérateur 2" && moved.origin == "ligne 4")
        // Equal amounts with cents: the euros go by label, then by origin (two posts of the same title).
        // The income first: a charge's place among the charges is not its place among the lines.
        let lines = [
            BudgetTests.line(.operatingSubsidies, 400_300),
            derived("Loyer", " – B", 1, .charges, 0, 100_075), derived("Loyer", " – A", 0, .charges, 0, 100_075),
            derived("Poste", " – A", 0, .staff, 1, 100_075), derived("Poste", " – A", 0, .staff, 0, 100_075),
        ]
        let euros = try Budget(lines: lines, period: BudgetTests.year).inWholeEuros()
        let written = try Budget(lines: lines.map(writtenOut), period: BudgetTests.year).inWholeEuros()
        #expect(euros.lines.map(\.amount) == written.lines.map(\.amount))
        #expect(euros.lines.map(\.amount.cents) == [400_300, 100_100, 100_100, 100_000, 100_100])
    }

    @Test func purposesAreReadFromLabels() {
        #expect(ExpensePurpose.inferred(from: "Transports et activités d'ancrage") == [.transport, .neighbourhood])
        #expect(ExpensePurpose.inferred(from: "Analyse des pratiques professionnelles") == [.practiceAnalysis])
        #expect(ExpensePurpose.inferred(from: "Infirmier·e") == [])
        #expect(ExpensePurpose.inferred(from: "Infirmière de la plateforme") == [.platformNurse])
        // « le minimum nécessaire pour équiper le logement », not the association's own small equipment (CERFA 60).
        #expect(ExpensePurpose.inferred(from: "Petit équipement et fournitures") == [])
        #expect(ExpensePurpose.inferred(from: "Petit equipement de bureau") == [])
        #expect(ExpensePurpose.inferred(from: "Petit équipement des logements") == [.equipment])
        #expect(ExpensePurpose.inferred(from: "Petit équipement pour les ménages entrants") == [.equipment])
        // « ménage » inside another word names no household: cleaning products, a move.
        #expect(ExpensePurpose.inferred(from: "Petit équipement et produits ménagers") == [])
        #expect(ExpensePurpose.inferred(from: "Petit équipement et déménagement") == [.moving])
        #expect(ExpensePurpose.inferred(from: "Équipement, compteurs et déménagement") == [.equipment, .moving, .meters])
    }

    /// Labels made of keywords and their look-alikes in any case, accented or not, among other words: the purposes
    /// read from each are those a plain reading gives, the label lowered then searched for every word of a group
    /// (its bytes: « é » is not « e »), the association's own small equipment aside.
    @Test(arguments: 0..<400)
    func purposesAreThoseOfTheLabelLowered(_ seed: Int) {
        let pieces = [
            "Équipement", "EQUIPEMENT", "eQuipement", "équipe", "Mobilier", "AMEUBLEMENT", "déménagement", "DEMENAGEMENT", "Compteurs",
            "COMPTEUR", "Transport", "transPORT", "tr", "Déplacement", "DEPLACEMENT", "Quartier", "QUARTIER", "ancrage", "Activité",
            "ACTIVITE", "SORTIE", "Caution", "CAUTION", "Dépôt de garantie", "DEPOT DE GARANTIE", "dépot", "Gestion Locative",
            "GESTION locative", "gestion", "Droit de suite", "DROIT DE SUITE", "Analyse", "PRATIQUES", "Infirmière", "INFIRMIER",
            "Plateforme", "PLATEFORME", "Petit", "petits", "logement", "ménage", "ménagers", "Ligne", "budget", "Eq", "eQ", "qU", "Tr",
            "x", "é", "É", "ß", "·", "2025",
        ]
        let separators = [" ", " ", "-", "'", ", ", "", " et ", "\u{A0}"]
        var random = ApportionmentTests.SplitMix64(state: UInt64(seed) &* 0x2545_F491)
        var label = ""
        for _ in 0..<random.next(in: 1...6) {
            label += pieces[Int(random.next(in: 0...Int64(pieces.count - 1)))] + separators[Int(random.next(in: 0...Int64(separators.count - 1)))]
        }
        let lowered = Array(label.lowercased().utf8)
        func holds(_ word: String) -> Bool {
            let word = Array(word.utf8)
            return lowered.count >= word.count && (0...lowered.count - word.count).contains { Array(lowered[$0..<$0 + word.count]) == word }
        }
        var expected = ExpensePurpose.allCases.filter { purpose in purpose.keywords.contains { group in group.allSatisfy(holds) } }
        if expected.contains(.equipment) && ExpensePurpose.isOwnSmallEquipment(label.lowercased()) { expected.removeAll { $0 == .equipment } }
        #expect(ExpensePurpose.inferred(from: label) == expected, "« \(label) »")
    }

    @Test(arguments: [
        ("60", CerfaAccount.purchases), ("6063", .purchases), ("CI", .indirectCharges), ("indirect", .indirectCharges),
        ("74", .operatingSubsidies), ("864", .contributionsInKindUsed), ("870", .contributionsInKindReceived),
    ])
    func accountsAreReadFromCodes(_ code: String, _ account: CerfaAccount) {
        #expect(CerfaAccount(code: code) == account)
    }

    /// The form's order is the order the accounts are declared in; `formPosition` spells it out case by case.
    @Test func formPositionIsTheDeclaredOrder() {
        for (index, account) in CerfaAccount.allCases.enumerated() { #expect(account.formPosition == index, "\(account)") }
        #expect(CerfaAccount.allCases.sorted() == CerfaAccount.allCases)
    }

    @Test func unknownAccountCodes() {
        #expect(CerfaAccount(code: "69") == nil && CerfaAccount(code: "6") == nil && CerfaAccount(code: "achats") == nil)
    }
}
