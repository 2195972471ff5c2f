import Enveloppe

extension Wording {
    /// One sentence per check, with the figures compared.
    public func sentence(_ finding: Finding) -> String {
        let said = comparisonSentence(finding)
        // A check of one of several conventions names it after its own name: « Coût par ménage, convention … : ».
        let name = checkName(finding.comparison)
        // (Compared as bytes, the wording writing both the same way, CheckNames.swift and this file: `hasPrefix`
        // compares characters, some 9 000 instructions a sentence.)
        guard let period = finding.period, said.utf8.starts(with: name.utf8) else { return said }
        return name + periodName(period) + said[said.utf8.index(said.startIndex, offsetBy: name.utf8.count)...]
    }

    private func comparisonSentence(_ finding: Finding) -> String {
        let f = format
        switch finding.comparison {
        case .envelopeTotal(let sum, let stated, let scenarioPricesLines):
            // A line the scenario prices itself against the call's total: say how to state the total that goes with it.
            let hint =
                sum != stated && scenarioPricesLines
                ? language.pick(
                    " Le scénario change le montant d'une ligne : donnez aussi le total qui va avec (rules.envelopeTotal).",
                    " The scenario changes a line's amount: state the total that goes with it too (rules.envelopeTotal).")
                : ""
            return language.pick(
                "Total de l'enveloppe : somme des lignes \(f.money(sum)), montant annoncé \(f.money(stated)).",
                "Envelope total: sum of lines \(f.money(sum)), stated amount \(f.money(stated)).") + hint
        case .households(let scenario, let call):
            guard rules == .call else {
                return language.pick(
                    "Ménages accompagnés : \(f.count(scenario)) dans le scénario, \(f.count(call)) \(perRules).",
                    "Households: \(f.count(scenario)) in the scenario, \(f.count(call)) \(perRules).")
            }
            return language.pick(
                "Ménages accompagnés : \(f.count(scenario)) dans le scénario, \(f.count(call)) prévus par l'appel.",
                "Households: \(f.count(scenario)) in the scenario, \(f.count(call)) in the call.")
        case .territoryQuota(let territory, let scenario, let quota):
            guard rules == .call else {
                return language.pick(
                    "Mesures du territoire \(territory) : \(f.count(scenario)) dans le scénario, \(f.count(quota)) \(perRules).",
                    "Measures for \(territory): \(f.count(scenario)) in the scenario, \(f.count(quota)) \(perRules).")
            }
            return language.pick(
                "Mesures du territoire \(territory) : \(f.count(scenario)) dans le scénario, \(f.count(quota)) attribuées par l'appel.",
                "Measures for \(territory): \(f.count(scenario)) in the scenario, \(f.count(quota)) set by the call.")
        case .allocatedHouseholds(let allocated, let described, let candidates, let differing):
            let households = { (count: Int64) in f.units(hundredths: count * 100, unit: .household) }
            // « aux 3 structures décrites »: only candidates that are also the scenario's operators are compared.
            let operators =
                candidates == 1
                ? language.pick("à la structure décrite", "to the operator described")
                : language.pick("aux \(f.count(Int64(candidates))) structures décrites", "to the \(f.count(Int64(candidates))) operators described")
            guard !differing.isEmpty else {
                return language.pick(
                    "Répartition et ménages décrits : \(measures(allocated)) \(allocated > 1 ? "attribuées" : "attribuée") \(operators), pour autant de ménages décrits.",
                    "Allocation and households described: \(measures(allocated)) allocated \(operators), as many as the households described.")
            }
            let gaps = differing.map {
                "\($0.name)\(language.pick(" : ", ": "))\(households($0.households))\(language.pick(" pour ", " for "))\(measures($0.measures))"
            }
            return language.pick(
                "Répartition et ménages décrits : \(measures(allocated)) \(allocated > 1 ? "attribuées" : "attribuée") \(operators), \(households(described)) \(described > 1 ? "décrits" : "décrit") (operators[].households) ; \(gaps.joined(separator: " ; ")). Le calcul du scénario (enveloppe run : subventions, avances, trésorerie) suit les ménages décrits, pas la répartition.",
                "Allocation and households described: \(measures(allocated)) allocated \(operators), \(households(described)) described (operators[].households); \(gaps.joined(separator: "; ")). The scenario's computation (enveloppe run: grants, advances, treasury) follows the households described, not the allocation."
            )
        case .allocationQuota(let territory, let allocated, let measures, let quota):
            let share =
                measures == quota
                ? language.pick("le quota de l'appel, \(f.count(quota)) mesures", "the call's quota, \(f.count(quota)) measures")
                : language.pick(
                    "\(f.count(measures)) mesures de l'enveloppe au prorata des quotas de l'appel (\(f.count(quota)) pour l'enveloppe de l'appel)",
                    "\(f.count(measures)) measures of the envelope in proportion to the call's quotas (\(f.count(quota)) for the call's envelope)")
            let gap =
                allocated == measures
                ? ""
                : language.pick(
                    " Il manque \(f.count(measures - allocated)) \(measures - allocated > 1 ? "mesures" : "mesure") : les candidats du territoire ne peuvent pas les prendre (maximums, demandes).",
                    " \(f.count(measures - allocated)) \(measures - allocated == 1 ? "measure" : "measures") missing: the territory's candidates cannot take them (maximums, requests)."
                )
            return language.pick(
                "Territoire \(territory) : \(f.count(allocated)) mesures attribuées à ses candidats pour \(share).",
                "Territory \(territory): \(f.count(allocated)) measures given to its candidates for \(share).") + gap
        case .filedBudget(let kind, let filed, let described, let period):
            let name =
                switch kind {
                case .staff: language.pick("Personnel (compte 64)", "Staff (account 64)")
                case .direct: language.pick("Autres charges directes", "Other direct charges")
                case .indirect: language.pick("Charges indirectes", "Indirect charges")
                }
            guard let described else {
                return language.pick(
                    "\(name) du budget déposé : \(f.money(filed)), que le scénario ne décrit pas : dépensées mois par mois sur \(f.span(period)), elles entrent dans la trésorerie.",
                    "\(name) of the budget filed: \(f.money(filed)), which the scenario does not describe: spent month by month over \(f.span(period)), they enter the treasury."
                )
            }
            if filed == described {
                return language.pick(
                    "\(name) : \(f.money(filed)) au budget déposé comme dans les coûts du scénario (\(f.span(period))).",
                    "\(name): \(f.money(filed)) in the budget filed, as in the scenario's costs (\(f.span(period))).")
            }
            return language.pick(
                "\(name) : \(f.money(filed)) au budget déposé, \(f.money(described)) dans les coûts du scénario mois par mois (\(f.span(period))) ; écart \(f.money(Money(cents: filed.cents - described.cents))). La trésorerie suit les coûts du scénario.",
                "\(name): \(f.money(filed)) in the budget filed, \(f.money(described)) in the scenario's month-by-month costs (\(f.span(period))); gap \(f.money(Money(cents: filed.cents - described.cents))). The treasury follows the scenario's costs."
            )
        case .teamFTE(let scenario, let required, let beside, let roles, let missing, let composed):
            let gap =
                scenario < required
                ? language.pick(
                    " Il manque \(f.fte(FTE(hundredths: required.hundredths - scenario.hundredths))).",
                    " \(f.fte(FTE(hundredths: required.hundredths - scenario.hundredths))) missing.")
                : scenario > required
                    ? language.pick(" Les ETP au-delà ne sont pas financés par l'enveloppe.", " FTE beyond are not funded by the envelope.") : ""
            // Who the call expects on the team, said where it says it.
            let expected =
                composed
                ? language.pick(
                    " les ETP attendus sont d'encadrement, de travail social et de soin.",
                    " the FTE expected are management, social work and care.") : ""
            let outside =
                beside > .zero
                ? language.pick(
                    " Hors équipe : \(roles.map(roleName).joined(separator: ", ")) (\(f.fte(beside)))\(composed ? " ;" : ".")",
                    " Outside the team: \(roles.map(roleName).joined(separator: ", ")) (\(f.fte(beside)))\(composed ? ";" : ".")")
                    + expected : ""
            let lacking =
                missing.isEmpty
                ? ""
                : language.pick(
                    " L'équipe n'a aucun ETP de \(missing.map(roleName).joined(separator: " ni de ")), alors que l'appel en attend sur les ETP restants.",
                    " The team has no FTE of \(missing.map(roleName).joined(separator: " or ")), although the call expects some on the remaining FTE."
                )
            return language.pick(
                "Équipe : \(f.fte(scenario)) pour \(f.fte(required)) attendus.",
                "Team: \(f.fte(scenario)) for \(f.fte(required)) expected.") + gap + lacking + outside
        case .operatorTeams(let each, let operators, let differing):
            let team = { (fte: FTE, households: Int64) in
                language.pick("\(f.fte(fte)) pour ", "\(f.fte(fte)) for ") + f.units(hundredths: households * 100, unit: .household)
            }
            guard !differing.isEmpty else {
                return operators == 1
                    ? language.pick(
                        "Équipe de chaque structure : \(team(each.fte, each.households)), comme sa convention le prévoit.",
                        "Each operator's team: \(team(each.fte, each.households)), as its convention plans.")
                    : language.pick(
                        "Équipe de chaque structure : \(team(each.fte, each.households)), comme les conventions le prévoient pour chacune des \(f.count(Int64(operators))) structures.",
                        "Each operator's team: \(team(each.fte, each.households)), as the conventions plan for each of the \(f.count(Int64(operators))) operators."
                    )
            }
            let gaps = differing.map { $0.name + language.pick(" : ", ": ") + team($0.fte, $0.households) }
            return language.pick(
                "Équipe de chaque structure : les conventions prévoient \(team(each.fte, each.households)) chacune ; \(gaps.joined(separator: " ; ")) (\(f.count(Int64(differing.count))) structure\(differing.count > 1 ? "s" : "") sur \(f.count(Int64(operators)))).",
                "Each operator's team: the conventions plan \(team(each.fte, each.households)) each; \(gaps.joined(separator: "; ")) (\(f.count(Int64(differing.count))) operator\(differing.count > 1 ? "s" : "") of \(f.count(Int64(operators))))."
            )
        case .managementFTE(let scenario, let minimum):
            return language.pick(
                "Encadrement : \(f.fte(scenario)), minimum attendu \(f.fte(minimum)).",
                "Management: \(f.fte(scenario)), minimum expected \(f.fte(minimum)).")
        case .householdsPerFTE(let households, let fte, let callHouseholds, let callFTE):
            // The ratios themselves, and which way the check reads them: at most the rules' (a bigger team is no fault).
            let ratio = { (h: Int64, e: FTE) in f.quantity(Quantity.ratio(Rate(h * 100, over: max(e.hundredths, 1)))) }
            let (own, theirs) = (ratio(households, fte), ratio(callHouseholds, callFTE))
            return finding.status == .ok
                ? language.pick(
                    "Ménages par ETP : \(own) (\(f.count(households)) ménages pour \(f.fte(fte))), au plus \(theirs) \(asTheRules) (\(f.count(callHouseholds)) ménages pour \(f.fte(callFTE))).",
                    "Households per FTE: \(own) (\(f.count(households)) households for \(f.fte(fte))), at most \(theirs) \(asTheRules) (\(f.count(callHouseholds)) households for \(f.fte(callFTE)))."
                )
                : language.pick(
                    "Ménages par ETP : \(own) (\(f.count(households)) ménages pour \(f.fte(fte))), plus que les \(theirs) \(ofTheRules) (\(f.count(callHouseholds)) ménages pour \(f.fte(callFTE))) : chaque ETP accompagne plus de ménages que prévu.",
                    "Households per FTE: \(own) (\(f.count(households)) households for \(f.fte(fte))), more than the \(theirs) \(ofTheRules) (\(f.count(callHouseholds)) households for \(f.fte(callFTE))): each FTE supports more households than planned."
                )
        case .cap, .budgetBalance, .subsidyRequested:
            return budgetSentence(finding.comparison, sources: finding.sources)
        case .costPerHousehold(let cost, let funded, let households):
            let funding =
                rules == .call ? language.pick("de financement de l'appel", "of the call's funding") : language.pick("de financement", "of funding")
            // Above the funding, by how much a household costs more (what the warning is about).
            let over =
                cost > funded
                ? language.pick(
                    ", soit \(f.money(Money(cents: cost.cents - funded.cents))) de plus par ménage",
                    ", that is \(f.money(Money(cents: cost.cents - funded.cents))) more per household") : ""
            return language.pick(
                "Coût par ménage : \(f.money(cost)) de charges pour \(f.money(funded)) \(funding) (\(f.count(households)) ménages)\(over).",
                "Cost per household: \(f.money(cost)) of charges for \(f.money(funded)) \(funding) (\(f.count(households)) households)\(over).")
        case .staffShare(let staff, let charges):
            let share = charges.cents == 0 ? Rate.zero : Rate(staff.cents, over: charges.cents)
            let percent = f.rate(share.rounded(toPercentDecimals: 1))
            return language.pick(
                "Part du personnel : \(f.money(staff)) sur \(f.money(charges)) de charges, soit \(percent) (pour information : les textes ne fixent pas de seuil).",
                "Staff share: \(f.money(staff)) of \(f.money(charges)) of charges, that is \(percent) (for information: the texts set no threshold).")
        case .requiredExpense(let purpose, let lines, let outside):
            if lines.isEmpty, !outside.isEmpty {
                // A deposit is cash advanced and returned, never a charge; a post may be missing from a filed budget.
                return purpose == .deposit
                    ? language.pick(
                        "Dépense que l'enveloppe doit couvrir : \(purposeName(purpose)) ; prévue au plan de trésorerie, hors charges (une caution est avancée puis restituée) : \(budgetLines(outside)).",
                        "Expense the envelope must cover: \(purposeName(purpose)); kept out of the charges, in the cash-flow plan (a deposit is advanced then returned): \(budgetLines(outside))."
                    )
                    : language.pick(
                        "Dépense que l'enveloppe doit couvrir : \(purposeName(purpose)) ; prévue dans l'équipe du scénario (\(posts(outside))), mais absente du budget.",
                        "Expense the envelope must cover: \(purposeName(purpose)); planned in the scenario's team (\(posts(outside))), but missing from the budget."
                    )
            }
            return lines.isEmpty
                ? language.pick(
                    "Dépense que l'enveloppe doit couvrir : \(purposeName(purpose)) ; absente du budget.",
                    "Expense the envelope must cover: \(purposeName(purpose)); missing from the budget.")
                : language.pick(
                    "Dépense que l'enveloppe doit couvrir : \(purposeName(purpose)) ; présente au budget, \(budgetLines(lines)).",
                    "Expense the envelope must cover: \(purposeName(purpose)); present in the budget, \(budgetLines(lines)).")
        case .excludedExpense(let purpose, let lines):
            return lines.isEmpty
                ? language.pick(
                    "Dépense financée par ailleurs : \(purposeName(purpose)) ; absente du budget, comme il se doit.",
                    "Expense funded elsewhere: \(purposeName(purpose)); not in the budget, as it should be.")
                : language.pick(
                    "Dépense financée par ailleurs : \(purposeName(purpose)) ; à retirer du budget, \(budgetLines(lines)).",
                    "Expense funded elsewhere: \(purposeName(purpose)); to remove from the budget, \(budgetLines(lines)).")
        case .expected(let id, let expected, let computed):
            return expected == computed
                ? language.pick(
                    "Chiffre attendu \(id) : \(f.quantity(computed)), comme calculé.", "Expected figure \(id): \(f.quantity(computed)), as computed.")
                : language.pick(
                    "Chiffre attendu \(id) : le scénario attend \(f.quantity(expected)), le calcul donne \(f.quantity(computed)).",
                    "Expected figure \(id): the scenario expects \(f.quantity(expected)), the computation gives \(f.quantity(computed)).")
        case .measuresAfterEnd(let households, let end, let months, let renewal):
            if households == 0 {
                return language.pick(
                    "Tous les accompagnements se terminent au plus tard en \(f.month(end)), fin de la convention.",
                    "Every accompaniment ends by \(f.month(end)), when the convention ends.")
            }
            // « 1 ménage encore accompagné… sa mesure », « 4 ménages encore accompagnés… leur mesure »; the call's length,
            // and the renewal when the scenario renews measures (VIAL: 12 months, renewed up to 18).
            let length =
                renewal > 0
                ? language.pick(
                    "de \(months) mois, renouvelable jusqu'à \(months + renewal) mois,",
                    "\(months)-month measure, renewable up to \(months + renewal) months,")
                : language.pick("de \(months) mois", "\(months)-month measure")
            return households > 1
                ? language.pick(
                    "\(f.count(households)) ménages encore accompagnés après \(f.month(end)), fin de la convention : leur mesure \(length) ne tient pas dans la période.",
                    "\(f.count(households)) households still accompanied after \(f.month(end)), when the convention ends: their \(length) does not fit in the period."
                )
                : language.pick(
                    "1 ménage encore accompagné après \(f.month(end)), fin de la convention : sa mesure \(length) ne tient pas dans la période.",
                    "1 household still accompanied after \(f.month(end)), when the convention ends: its \(length) does not fit in the period."
                )
        case .paymentTerms(let rate, let assumed):
            return assumed
                ? language.pick(
                    "Conditions de versement supposées par le scénario (avance de \(f.rate(rate)), solde sur service fait) : \(rulesSetNone).",
                    "Payment terms assumed by the scenario (advance of \(f.rate(rate)), balance on service fait): \(rulesSetNone).")
                : rules == .call
                    ? language.pick(
                        "Conditions de versement de l'appel : avance de \(f.rate(rate)), solde sur service fait.",
                        "Payment terms of the call: advance of \(f.rate(rate)), balance on service fait.")
                    : language.pick(
                        "Conditions de versement \(perRules) : avance de \(f.rate(rate)), solde sur service fait.",
                        "Payment terms \(perRules): advance of \(f.rate(rate)), balance on service fait.")
        case .funderPaymentTerms(let funder, let rate, let later):
            let then =
                later.isEmpty
                ? "" : language.pick(", puis ", ", then ") + later.map { f.rate($0) }.joined(separator: language.pick(" et ", " and "))
            return language.pick(
                "Conditions de versement de \(funder) : avance de \(f.rate(rate))\(then), solde sur service fait, conditions propres à ce financeur que le scénario retient.",
                "Payment terms of \(funder): advance of \(f.rate(rate))\(then), balance on service fait, this funder's own terms as the scenario sets them."
            )
        case .serviceFait(_, let period, let serviceFait, let grant, let reversement):
            let tail: String
            if reversement > .zero {
                tail = language.pick(
                    " L'avance dépasse le service fait : reversement de \(f.money(reversement)).",
                    " The advance exceeds the service fait: \(f.money(reversement)) to pay back.")
            } else if serviceFait < grant {
                // The balance due is service fait − what was paid before it, instead of grant − that: less by the gap.
                let gap = f.money(Money(cents: grant.cents - serviceFait.cents))
                tail = language.pick(" Le solde est réduit de \(gap).", " The balance is reduced by \(gap).")
            } else {
                tail = ""
            }
            // It opens with the check's name (« Service fait : Crédits IML »): a list that prints the name says the line once.
            return language.pick(
                "\(checkName(finding)), convention \(f.span(period)) : \(f.money(serviceFait)) pour une subvention de \(f.money(grant)).",
                "\(checkName(finding)), convention \(f.span(period)): \(f.money(serviceFait)) against a grant of \(f.money(grant)).") + tail
        case .treasury(
            let lowest, let month, let need, let shortfall, let finalResult, let monthsInRed, let assumedAdvance, let assumedBalance, let notBefore):
            let earliest =
                notBefore.map {
                    language.pick(
                        " L'avance n'arrive pas avant \(f.month($0)) : \(rulesCalendar) ne permet pas de signer la convention plus tôt.",
                        " The advance does not arrive before \(f.month($0)): \(rulesCalendar) does not allow the convention to be signed earlier.")
                } ?? ""
            // Only the delays the tool assumed, with their actual months.
            let assumed =
                (assumedAdvance.map { [paymentDelays.advance($0)] } ?? []) + (assumedBalance.map { [paymentDelays.balance($0)] } ?? [])
            let delays =
                assumed.isEmpty
                ? ""
                : assumed.count == 1
                    ? language.pick(
                        " Délai de versement supposé par l'outil (aucun texte ne le fixe) : \(assumed[0]) ; précisez-le dans rules.paymentTerms.",
                        " Payment delay assumed by the tool (no text sets it): \(assumed[0]); set it in rules.paymentTerms.")
                    : language.pick(
                        " Délais de versement supposés par l'outil (aucun texte ne les fixe) : \(assumed.joined(separator: ", ")) ; précisez-les dans rules.paymentTerms.",
                        " Payment delays assumed by the tool (no text sets them): \(assumed.joined(separator: ", ")); set them in rules.paymentTerms."
                    )
            // A deficit once everything is paid is the part of the need the payments never return: said, not left for
            // « advanced before payments catch up » to hide.
            let needText =
                needSentence(need: need, finalResult: finalResult).map { " " + $0 }
                ?? language.pick(
                    " \(workingCapitalNeedLabel) : \(f.money(need)) (l'argent avancé avant que les versements ne rattrapent les dépenses, quelle que soit la trésorerie de départ).",
                    " \(workingCapitalNeedLabel): \(f.money(need)) (the cash advanced before payments catch up with expenses, whatever the opening balance)."
                )
            if monthsInRed == 0 {
                return language.pick(
                    "Trésorerie : point bas \(f.money(lowest)) en \(f.month(month)), jamais négative.",
                    "Treasury: low point \(f.money(lowest)) in \(f.month(month)), never negative.") + needText + earliest + delays
            }
            return language.pick(
                "Trésorerie : point bas \(f.money(lowest)) en \(f.month(month)) ; \(monthsInRed) mois dans le rouge ; à financer au-delà de la trésorerie de départ : \(f.money(shortfall)).",
                "Treasury: low point \(f.money(lowest)) in \(f.month(month)); \(monthsInRed) \(monthsInRed == 1 ? "month" : "months") in the red; to finance beyond the opening cash: \(f.money(shortfall))."
            ) + needText + earliest + delays
        case .costsNotDescribed(let due):
            return language.pick(
                "\(checkName(finding)) : le scénario ne décrit ni personnel ni charges ; la trésorerie et le résultat de l'action ne comptent que les versements (\(f.money(due)) dus) et ne sont pas jugés. Décrivez l'équipe et les charges de chaque structure pour les juger.",
                "\(checkName(finding)): the scenario describes no staff and no charges; the treasury and the result of the action count the payments alone (\(f.money(due)) due) and are not judged. Describe each operator's team and charges to judge them."
            )
        case .finalResult(let result, let grants, let due, let charges, let unspent, let otherIncome):
            let unpaid = Money(cents: grants.cents - due.cents)
            let overspend = Money(cents: charges.cents - grants.cents)
            var causes: [String] = []
            if unpaid > .zero {
                causes.append(
                    language.pick(
                        "le service fait ne couvre que \(f.money(due)) des \(f.money(grants)) de subventions (\(f.money(unpaid)) non versés)",
                        "the service fait covers only \(f.money(due)) of the \(f.money(grants)) of grants (\(f.money(unpaid)) not paid)"))
            }
            if overspend > .zero {
                // The grants of the conventions (the call's amounts, or each operator's share), not those a filed budget
                // requests; and what the budget plans to cover the rest with, which the treasury does not count.
                let covered =
                    otherIncome > .zero
                    ? language.pick(
                        " ; le budget prévoit d'en couvrir \(f.money(min(otherIncome, overspend))) par d'autres produits (fonds propres, autres financements), absents de la trésorerie de l'action, qui ne suit que les versements \(ofTheRules)",
                        "; the budget plans to cover \(f.money(min(otherIncome, overspend))) of it with other income (own funds, other funding), not in the action's treasury, which follows only the payments \(ofTheRules)"
                    )
                    : ""
                causes.append(
                    language.pick(
                        "les charges (\(f.money(charges))) dépassent de \(f.money(overspend)) les \(f.money(grants)) de subventions \(ofTheRules)\(covered)",
                        "charges (\(f.money(charges))) exceed the \(f.money(grants)) of grants \(ofTheRules) by \(f.money(overspend))\(covered)"))
            }
            // Grants due beyond each convention's charges: a grant not spent on the action, paid back.
            let paidBack =
                unspent > .zero
                ? language.pick(
                    " Subventions dues au-delà des charges, convention par convention : \(f.money(unspent)), un excédent non employé à l'action, qui peut être à reverser selon la convention.",
                    " Grants due beyond the charges, convention by convention: \(f.money(unspent)), a surplus not spent on the action, which may have to be paid back, as the convention says."
                )
                : ""
            if result >= .zero {
                return language.pick(
                    "Résultat de l'action une fois tout versé : \(f.money(result)) (subventions dues \(f.money(due)), charges \(f.money(charges))).",
                    "Result of the action once everything is paid: \(f.money(result)) (grants due \(f.money(due)), charges \(f.money(charges))).")
                    + paidBack
            }
            return language.pick(
                "L'action finit en déficit de \(f.money(Money(cents: -result.cents))) une fois tout versé : \(causes.joined(separator: " ; ")).",
                "The action ends \(f.money(Money(cents: -result.cents))) short once everything is paid: \(causes.joined(separator: "; ")).")
                + paidBack
        case .accompanimentFits(let months, let convention):
            // Says whether it fits, not only the two lengths side by side.
            return months <= convention.months
                ? language.pick(
                    "Durée d'un accompagnement : \(months) mois, pas plus que la convention \(f.period(convention)) : une mesure ouverte à son début y tient (une mesure ouverte plus tard peut la dépasser).",
                    "Length of an accompaniment: \(months) months, no longer than the convention \(f.period(convention)): a measure opened at its start fits in it (one opened later may run past it)."
                )
                : language.pick(
                    "Durée d'un accompagnement : \(months) mois, plus que la convention \(f.period(convention)).",
                    "Length of an accompaniment: \(months) months, longer than the convention \(f.period(convention)).")
        }
    }

    /// Posts of the team named in a sentence: « poste « Chargée de gestion locative adaptée » ».
    func posts(_ titles: [String]) -> String {
        quotedList(titles, one: language.pick("poste ", "post "), several: language.pick("postes ", "posts "))
    }

    /// Budget lines named in a sentence, each in quotation marks (a label may hold brackets of its own):
    /// « ligne « Locaux » », « lignes « Locaux – Association A (fictive) » et « Locaux – Association B (fictive) » ».
    func budgetLines(_ lines: [String]) -> String {
        quotedList(lines, one: language.pick("ligne ", "line "), several: language.pick("lignes ", "lines "))
    }

    /// Names each in quotation marks after the noun that says what they are: « lignes « A », « B » et « C » ».
    private func quotedList(_ names: [String], one: String, several: String) -> String {
        let quoted = names.map { language.pick("« \($0) »", "\"\($0)\"") }
        let listed =
            quoted.count > 1
            ? quoted.dropLast().joined(separator: ", ") + language.pick(" et ", " and ") + quoted[quoted.count - 1] : quoted.joined()
        return (names.count > 1 ? several : one) + listed
    }
}
