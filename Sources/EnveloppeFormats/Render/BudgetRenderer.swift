import Enveloppe

extension Wording {
    /// The account's heading on the CERFA 12156 form.
    public func accountName(_ account: CerfaAccount) -> String {
        switch account {
        case .purchases: language.pick("Achats", "Purchases")
        case .externalServices: language.pick("Services extérieurs", "External services")
        case .otherExternalServices: language.pick("Autres services extérieurs", "Other external services")
        case .taxes: language.pick("Impôts et taxes", "Taxes")
        case .staff: language.pick("Charges de personnel", "Staff costs")
        case .otherCurrentCharges: language.pick("Autres charges de gestion courante", "Other current charges")
        case .financialCharges: language.pick("Charges financières", "Financial charges")
        case .exceptionalCharges: language.pick("Charges exceptionnelles", "Exceptional charges")
        case .depreciation: language.pick("Dotation aux amortissements", "Depreciation")
        case .indirectCharges: language.pick("Charges indirectes affectées à l'action", "Indirect charges allocated to the action")
        case .contributionsInKindUsed: language.pick("Emplois des contributions volontaires en nature", "Use of contributions in kind")
        case .sales: language.pick("Ventes de produits finis, prestations de services", "Sales and services")
        case .grantsAndPricing: language.pick("Dotations et produits de tarification", "Allocations and pricing income")
        case .operatingSubsidies: language.pick("Subventions d'exploitation", "Operating subsidies")
        case .otherCurrentIncome: language.pick("Autres produits de gestion courante", "Other current income")
        case .financialIncome: language.pick("Produits financiers", "Financial income")
        case .exceptionalIncome: language.pick("Produits exceptionnels", "Exceptional income")
        case .reversals: language.pick("Reprises sur amortissements et provisions", "Reversals of depreciation and provisions")
        case .transfers: language.pick("Transferts de charges", "Transfers of charges")
        case .contributionsInKindReceived: language.pick("Contributions volontaires en nature", "Contributions in kind")
        }
    }

    /// The account as the form shows it: `60 – Achats`, `Charges indirectes…`.
    public func accountHeading(_ account: CerfaAccount) -> String {
        account == .indirectCharges ? accountName(account) : "\(account.rawValue) – \(accountName(account))"
    }

    public func subsidyLineName(_ line: SubsidyLine) -> String {
        switch line {
        case .state: language.pick("État", "State")
        case .region: language.pick("Région", "Region")
        case .department: language.pick("Département", "Département")
        case .intercommunality: language.pick("Intercommunalité (EPCI)", "Intercommunality (EPCI)")
        case .municipality: language.pick("Commune", "Municipality")
        case .socialBodies: language.pick("Organismes sociaux", "Social bodies")
        case .europeanFunds: language.pick("Fonds européens", "European funds")
        case .asp: language.pick("ASP (emplois aidés)", "ASP (subsidised jobs)")
        case .otherPublic: language.pick("Autres établissements publics", "Other public bodies")
        case .privateAid: language.pick("Aides privées", "Private aid")
        }
    }

    /// A budget line's label, with its 74 subsidy line when it has one.
    func budgetLabel(_ line: BudgetLine) -> String {
        guard let subsidy = line.subsidyLine else { return line.label }
        return subsidyLineName(subsidy) + " : " + line.label
    }
}

/// `enveloppe budget`: the budget prévisionnel in the layout of the CERFA 12156
/// form, as text, CSV or HTML, in cents or in whole euros (rounded so that it
/// still balances).
public struct BudgetRenderer: Sendable {
    let words: Wording
    var f: Formatter { words.format }
    var language: Language { words.language }

    public init(_ language: Language) { words = Wording(language) }

    /// The account groups in the form's order, each with its lines and subtotal.
    func groups(_ lines: [BudgetLine]) throws -> [(account: CerfaAccount, lines: [BudgetLine], total: Money)] {
        try CerfaAccount.allCases.compactMap { account in
            let inAccount = lines.filter { $0.account == account }
            guard !inAccount.isEmpty else { return nil }
            return (account, inAccount, try Money.sum(inAccount.map(\.amount)))
        }
    }

    /// An amount as the budget shows it: to the cent, or in whole euros (already rounded by ``Budget/inWholeEuros()``).
    func amount(_ amount: Money, wholeEuros: Bool) -> String {
        wholeEuros ? f.count(amount.cents / 100) + "\u{00A0}€" : f.money(amount)
    }

    public func text(_ budget: Budget, title: String, wholeEuros: Bool) throws -> String {
        let l = language
        var out = [title, l.pick("BUDGET PRÉVISIONNEL DE L'ACTION (CERFA 12156), ", "FORECAST BUDGET OF THE ACTION (CERFA 12156), ") + f.period(budget.period)]
        if wholeEuros {
            out.append(l.pick("Montants en euros entiers, arrondis pour que le budget reste équilibré.", "Amounts in whole euros, rounded so that the budget still balances."))
        }
        let money = { (amount: Money) in self.amount(amount, wholeEuros: wholeEuros) }
        func section(_ heading: String, _ lines: [BudgetLine], totalLabel: String) throws {
            out.append("")
            out.append(heading)
            var table = TextTable([.left, .right])
            for group in try groups(lines) {
                table.add([words.accountHeading(group.account), money(group.total)])
                for line in group.lines { table.add(["    " + words.budgetLabel(line), money(line.amount)]) }
            }
            table.add([totalLabel, money(try budget.total(lines))])
            out.append(table.rendered())
        }
        try section(l.pick("CHARGES", "CHARGES"), budget.charges, totalLabel: l.pick("TOTAL DES CHARGES", "TOTAL CHARGES"))
        try section(l.pick("PRODUITS", "INCOME"), budget.income, totalLabel: l.pick("TOTAL DES PRODUITS", "TOTAL INCOME"))
        if !budget.contributionsUsed.isEmpty || !budget.contributionsReceived.isEmpty {
            try section(
                l.pick("CONTRIBUTIONS VOLONTAIRES EN NATURE (sous les totaux)", "CONTRIBUTIONS IN KIND (below the totals)"),
                budget.contributionsUsed + budget.contributionsReceived, totalLabel: "")
        }
        out.append("")
        let balanced = try budget.isBalanced
        let gap = try budget.totalIncome - budget.totalCharges
        out.append(
            balanced
                ? l.pick("Équilibre : oui, total des charges = total des produits.", "Balanced: yes, total charges = total income.")
                : l.pick("Équilibre : NON, écart produits − charges = \(money(gap)).", "Balanced: NO, gap income − charges = \(money(gap))."))
        if budget.depositsAdvanced > .zero {
            out.append(
                l.pick(
                    "Cautions avancées aux bailleurs sur la période (hors charges, restituées au glissement du bail) : \(money(budget.depositsAdvanced)).",
                    "Deposits advanced to landlords in the period (not charges, returned when the lease slides): \(money(budget.depositsAdvanced))."))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `côté;compte;intitulé;libellé;montant`, a row per line and a total row per account.
    public func csv(_ budget: Budget) throws -> [UInt8] {
        let l = language
        var rows: [[String]] = [[l.pick("côté", "side"), l.pick("compte", "account"), l.pick("intitulé du compte", "account heading"),
                                 l.pick("libellé", "label"), l.pick("montant", "amount"), l.pick("ligne", "row")]]
        let amount = { (money: Money) in CSVRenderer.decimalComma(plain(cents: money.cents)) }
        for (side, lines) in [(l.pick("charges", "charges"), budget.charges + budget.contributionsUsed),
                              (l.pick("produits", "income"), budget.income + budget.contributionsReceived)] {
            for group in try groups(lines) {
                for line in group.lines {
                    rows.append([side, group.account.rawValue, words.accountName(group.account), words.budgetLabel(line), amount(line.amount), l.pick("détail", "detail")])
                }
                rows.append([side, group.account.rawValue, words.accountName(group.account), l.pick("Total du compte", "Account total"), amount(group.total), "total"])
            }
        }
        rows.append([l.pick("charges", "charges"), "", "", l.pick("TOTAL DES CHARGES", "TOTAL CHARGES"), amount(try budget.totalCharges), "total"])
        rows.append([l.pick("produits", "income"), "", "", l.pick("TOTAL DES PRODUITS", "TOTAL INCOME"), amount(try budget.totalIncome), "total"])
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }

    public func html(_ budget: Budget, title: String, wholeEuros: Bool) throws -> String {
        let e = HTML.escape
        let l = language
        let money = { (amount: Money) in self.amount(amount, wholeEuros: wholeEuros) }
        func column(_ lines: [BudgetLine], total: String) throws -> String {
            var html = "<table><tbody>"
            for group in try groups(lines) {
                html += "<tr class=\"account\"><td>\(e(words.accountHeading(group.account)))</td><td class=\"num\">\(e(money(group.total)))</td></tr>"
                for line in group.lines { html += "<tr><td class=\"detail\">\(e(words.budgetLabel(line)))</td><td class=\"num\">\(e(money(line.amount)))</td></tr>" }
            }
            return html + "<tr class=\"total\"><td>\(e(total))</td><td class=\"num\">\(e(money(try budget.total(lines))))</td></tr></tbody></table>"
        }
        let balanced = try budget.isBalanced
        var body = "<header><p class=\"kicker\">\(e(l.pick("Budget prévisionnel de l'action (CERFA 12156)", "Forecast budget of the action (CERFA 12156)")))</p><h1>\(e(title))</h1><p class=\"meta\">\(e(f.period(budget.period)))</p></header>"
        body += "<section class=\"budget\"><div><h2>\(e(l.pick("Charges", "Charges")))</h2>\(try column(budget.charges, total: l.pick("Total des charges", "Total charges")))</div>"
        body += "<div><h2>\(e(l.pick("Produits", "Income")))</h2>\(try column(budget.income, total: l.pick("Total des produits", "Total income")))</div></section>"
        if !budget.contributionsUsed.isEmpty {
            body += "<section class=\"budget\"><div><h2>86</h2>\(try column(budget.contributionsUsed, total: "Total 86"))</div><div><h2>87</h2>\(try column(budget.contributionsReceived, total: "Total 87"))</div></section>"
        }
        body += "<p class=\"\(balanced ? "balanced" : "unbalanced")\">" + e(balanced
            ? l.pick("Budget équilibré : total des charges = total des produits.", "Balanced budget: total charges = total income.")
            : l.pick("Budget NON équilibré : écart produits − charges \(money(try budget.totalIncome - budget.totalCharges)).", "Budget NOT balanced: gap income − charges \(money(try budget.totalIncome - budget.totalCharges)).")) + "</p>"
        return HTMLRenderer.page(title: title, language: l, body: body, extraStyle: """
            .budget { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
            .budget tr.account td { font-weight: 600; border-top: 1px solid var(--line); }
            .budget td.detail { padding-left: 22px; color: var(--muted); }
            .balanced { color: var(--ok); font-weight: 600; } .unbalanced { color: var(--fail); font-weight: 700; }
            """)
    }
}
