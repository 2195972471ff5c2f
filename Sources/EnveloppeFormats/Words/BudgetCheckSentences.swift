import Enveloppe

extension Wording {
    /// The sentences of the budget checks: the cap, the balance and the subsidy asked for.
    ///
    /// - Parameter sources: The finding's citations: a grant's amount the scenario states is worded as the
    ///   scenario's (« le scénario retient »), not as the rules'.
    func budgetSentence(_ comparison: Finding.Comparison, sources: [Citation]) -> String {
        let f = format
        switch comparison {
        case .cap(
            let capped, let base, let rate, let limit, let margin, let scope, let baseKind, let period, let projected, let other, let conventions):
            let scopeText = capScopeText(scope)
            let baseNoun: String
            switch baseKind {
            case .paidAmount where projected:
                baseNoun = language.pick(
                    "le montant versé par le financeur, ici ce que la projection lui fait verser (dû = min(service fait, subvention))",
                    "the amount the funder pays, here what the projection has it pay (due = min(service fait, grant))")
            case .paidAmount:
                baseNoun = language.pick(
                    "le montant versé par le financeur, ici la subvention demandée au budget déposé, dans la limite de la subvention de chaque ligne",
                    "the amount the funder pays, here the grant requested in the budget filed, up to each line's grant")
            case .subsidy: baseNoun = language.pick("la subvention", "the grant")
            case .otherCharges: baseNoun = language.pick("les autres charges", "the other charges")
            case .totalCharges: baseNoun = language.pick("le total des charges, plafonnées comprises", "total charges, capped ones included")
            }
            let marginText =
                margin >= .zero
                ? language.pick("marge \(f.money(margin))", "margin \(f.money(margin))")
                : language.pick("dépassement \(f.money(Money(cents: -margin.cents)))", "excess \(f.money(Money(cents: -margin.cents)))")
            // The cap as computed (``CapCheck``): rate × base, or, on total charges (capped ones included), the other
            // charges × r / (1 − r); rounded down, never above the rate, which is said when a fraction of a cent is dropped.
            let (formula, whole): (String, Bool)
            if baseKind == .totalCharges && rate.numerator < rate.denominator {
                let others = base.cents - capped.cents
                let over = rate.denominator - rate.numerator
                formula =
                    language.pick("\(f.rate(rate)) du total, soit ", "\(f.rate(rate)) of the total, that is ")
                    + "\(f.money(Money(cents: others))) × \(rate.numerator) / \(over)"
                whole = Int128(others) * Int128(rate.numerator) % Int128(over) == 0
            } else {
                formula = "\(f.rate(rate)) × \(f.money(base))"
                whole = baseKind == .totalCharges || Int128(base.cents) * Int128(rate.numerator) % Int128(rate.denominator) == 0
            }
            let rounded = whole ? "" : language.pick(" (arrondi au centime inférieur)", " (rounded down to the cent)")
            // An operator over its own convention's cap is the failure: said first, the programme's total after.
            let overrun = conventions.map { !$0.over.isEmpty } ?? false
            let together = overrun ? language.pick(" Pour l'ensemble des structures : ", " For all the operators together: ") : " "
            let head =
                language.pick("Plafond des charges (convention \(f.span(period))) :", "Cap on charges (convention \(f.span(period))):")
                + (overrun ? " " + lowercasingFirst(String((conventions.map(capConventions) ?? "").dropFirst())) : "")
            return head
                + language.pick(
                    "\(together)\(scopeText) \(f.money(capped)) pour un plafond de \(formula) = \(f.money(limit))\(rounded) ; \(marginText). Lecture appliquée : \(scopeText), assiette : \(baseNoun).",
                    "\(together)\(scopeText) \(f.money(capped)) against a cap of \(formula) = \(f.money(limit))\(rounded); \(marginText). Reading applied: \(scopeText), basis: \(baseNoun)."
                )
                + (other.map { other in
                    language.pick(
                        " Sur la subvention accordée (\(f.money(other.base))), le plafond serait de \(f.money(other.limit)) : autre lecture, non appliquée.",
                        " On the grant (\(f.money(other.base))), the cap would be \(f.money(other.limit)): another reading, not applied.")
                } ?? "") + (overrun ? "" : conventions.map(capConventions) ?? "")
        case .budgetBalance(let charges, let income, let used, let received, let period, let submitted):
            let gap: String
            if charges == income {
                gap = ""
            } else if submitted {
                gap = language.pick(
                    " Écart produits − charges : \(f.money(Money(cents: income.cents - charges.cents))) ; le budget déposé doit être équilibré.",
                    " Gap income − charges: \(f.money(Money(cents: income.cents - charges.cents))); the budget filed must balance.")
            } else if charges > income {
                gap = language.pick(
                    " Reste \(f.money(Money(cents: charges.cents - income.cents))) à financer par d'autres produits (à donner dans le scénario, otherIncome).",
                    " \(f.money(Money(cents: charges.cents - income.cents))) to be funded from other income (otherIncome).")
            } else {
                gap = language.pick(
                    " Produits supérieurs aux charges de \(f.money(Money(cents: income.cents - charges.cents))) : l'excédent de subvention non employé à l'action peut être à reverser selon la convention.",
                    " Income exceeds charges by \(f.money(Money(cents: income.cents - charges.cents))): a grant not spent on the action may have to be paid back, as the convention says."
                )
            }
            let inKind =
                used == received
                ? ""
                : language.pick(
                    " Contributions en nature : 86 = \(f.money(used)), 87 = \(f.money(received)) : elles doivent s'équilibrer.",
                    " Contributions in kind: 86 = \(f.money(used)), 87 = \(f.money(received)): they must balance.")
            // Opens with the check's name (``checkName(_:)``), so a list of failures and the line it names read alike.
            let which =
                submitted
                ? language.pick("Équilibre du budget déposé (\(f.span(period)))", "Balance of the budget filed (\(f.span(period)))")
                : language.pick(
                    "Équilibre du budget (tiré des coûts du scénario, \(f.span(period)))",
                    "Budget balance (derived from the scenario's costs, \(f.span(period)))")
            return language.pick(
                "\(which) : charges \(f.money(charges)), produits \(f.money(income)).",
                "\(which): charges \(f.money(charges)), income \(f.money(income)).") + gap + inKind
        case .subsidyRequested(_, let funder, let requested, let entitled, let unattributed):
            // The sentence opens with the check's name (« Subvention demandée : Crédits IML »), so a list that prints
            // the name prints the line once. An amount the scenario states (the 2023 report gives none) is said to be
            // the scenario's (« le scénario retient »), never the rule's.
            let tail: String
            if requested == .zero {
                tail =
                    language.pick(" Aucune ligne 74 ne la demande au financeur.", " No 74 line asks the funder for it.")
                    + unattributedSentence(unattributed, funder: funder)
            } else if requested > entitled {
                tail = language.pick(
                    " La demande est supérieure de \(f.money(Money(cents: requested.cents - entitled.cents))).",
                    " The request is \(f.money(Money(cents: requested.cents - entitled.cents))) higher.")
            } else if requested < entitled {
                tail = language.pick(
                    " La demande est inférieure de \(f.money(Money(cents: entitled.cents - requested.cents))).",
                    " The request is \(f.money(Money(cents: entitled.cents - requested.cents))) lower.")
            } else {
                tail = ""
            }
            let provided = grantProvided(byScenario: sources.citeScenarioAmount)
            // A price per household gives an amount for the households planned, not an envelope of the call's own.
            let forHouseholds =
                !sources.citeScenarioAmount && sources.citeScenarioHouseholds
                ? language.pick(" pour les ménages du scénario", " for the scenario's households") : ""
            return language.pick(
                "\(checkName(comparison)) (\(funder)) : \(f.money(requested)) ; \(provided) \(f.money(entitled))\(forHouseholds).",
                "\(checkName(comparison)) (\(funder)): \(f.money(requested)); \(provided) \(f.money(entitled))\(forHouseholds).") + tail
        default: preconditionFailure("not a budget check: \(comparison)")
        }
    }

    /// The filed budget's lines of account 74 that name no funder of the call, when a funder is asked nothing: the
    /// subsidy may be one of them under another name (« Subvention Préfecture »), which counts once the funder is named.
    private func unattributedSentence(_ lines: [BudgetLineAmount], funder: String) -> String {
        guard !lines.isEmpty else { return "" }
        let named = lines.map { language.pick("« \($0.label) »", "\"\($0.label)\"") + " (\(format.money($0.amount)))" }.joined(
            separator: language.pick(" ; ", "; "))
        return lines.count == 1
            ? language.pick(
                " La ligne 74 \(named) ne nomme aucun financeur de l'appel : si c'est cette subvention, écrivez « \(funder) » dans son libellé.",
                " The 74 line \(named) names no funder of the call: if it is this grant, write '\(funder)' in its label.")
            : language.pick(
                " Ces lignes 74 ne nomment aucun financeur de l'appel : \(named) ; si l'une est cette subvention, écrivez « \(funder) » dans son libellé.",
                " These 74 lines name no funder of the call: \(named); if one is this grant, write '\(funder)' in its label.")
    }

    /// « Chaque structure a sa convention, donc son plafond ; … » — each operator's convention against its own cap.
    private func capConventions(_ conventions: CapConventions) -> String {
        let f = format
        guard !conventions.over.isEmpty else {
            return language.pick(
                " Chaque structure a sa convention, donc son plafond ; les \(conventions.count) conventions le respectent.",
                " Each operator has its own convention, so its own cap; all \(conventions.count) conventions keep to it.")
        }
        let each = conventions.over.map { o in
            language.pick(
                "\(o.holder), \(f.money(o.capped)) pour un plafond de \(f.money(o.limit)) (dépassé de \(f.money(Money(cents: o.capped.cents - o.limit.cents))))",
                "\(o.holder), \(f.money(o.capped)) against a cap of \(f.money(o.limit)) (over by \(f.money(Money(cents: o.capped.cents - o.limit.cents))))"
            )
        }
        return language.pick(
            " Chaque structure a sa convention, donc son plafond ; \(conventions.over.count) convention\(conventions.over.count == 1 ? "" : "s") sur \(conventions.count) le \(conventions.over.count == 1 ? "dépasse" : "dépassent") : \(each.joined(separator: " ; ")).",
            " Each operator has its own convention, so its own cap; \(conventions.over.count) of \(conventions.count) \(conventions.over.count == 1 ? "exceeds" : "exceed") it: \(each.joined(separator: "; "))."
        )
    }

    /// `text` with its first letter in lower case, to follow a colon (« … : chaque structure … »).
    private func lowercasingFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }

    /// The charges a cap applies to, as every output names them.
    func capScopeText(_ scope: CapRule.Scope) -> String {
        switch scope {
        case .nonStaff: language.pick("charges hors personnel (directes et indirectes)", "non-staff charges (direct and indirect)")
        case .indirectOnly: language.pick("charges indirectes seules", "indirect charges only")
        }
    }

    /// What a cap's rate is taken of, after the rate: « 25 % du montant versé par le financeur ».
    func capBaseText(_ base: CapRule.Base) -> String {
        switch base {
        case .paidAmount: language.pick("du montant versé par le financeur", "of the amount the funder pays")
        case .subsidy: language.pick("de la subvention", "of the grant")
        case .otherCharges: language.pick("des autres charges", "of the other charges")
        case .totalCharges: language.pick("du total des charges, plafonnées comprises", "of total charges, capped ones included")
        }
    }
}
