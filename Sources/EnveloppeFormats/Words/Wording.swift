import Enveloppe

/// The words of the reports, in French and English: labels of figures,
/// sentences of checks, and how a source is cited. Renderers share it, so the
/// text, CSV, JSON and HTML outputs say the same thing.
public struct Wording: Sendable {
    public let language: Language
    let format: Formatter

    public init(_ language: Language) {
        self.language = language
        format = Formatter(language)
    }

    /// `000_c9903f690f8cc4d8.txt, « Financements » : « … »` or `scénario, rules.paymentTerms`.
    public func citation(_ citation: Citation, quoting: Bool = true) -> String {
        switch citation {
        case .document(let file, let section, let quote):
            let head = language == .fr ? "\(file), « \(section) »" : "\(file), \"\(section)\""
            guard quoting else { return head }
            return language == .fr ? "\(head) : « \(quote) »" : "\(head): \"\(quote)\""
        case .scenario(let path):
            return language.pick("scénario, \(path)", "scenario, \(path)")
        }
    }

    public func status(_ status: Finding.Status) -> String {
        switch status {
        case .ok: "ok"
        case .warning: language.pick("alerte", "warning")
        case .failure: language.pick("échec", "failure")
        }
    }

    /// A figure's label, e.g. "Crédits IML : avance".
    public func label(_ figure: Figure) -> String {
        let subject = figure.subject ?? ""
        switch figure.kind {
        case .lineAmount: return subject
        case .envelopeTotal: return language.pick("Total de l'enveloppe", "Envelope total")
        case .costPerHousehold: return language.pick("Enveloppe par ménage (mesure de 12 mois)", "Envelope per household (12-month measure)")
        case .costPerFTEYear: return language.pick("Enveloppe par ETP et par an", "Envelope per FTE per year")
        case .linePerUnitYear: return "\(subject) " + perUnit(figure.unit, year: true)
        case .linePerUnitMonth: return "\(subject) " + perUnit(figure.unit, year: false)
        case .grant: return "\(subject) : " + language.pick("subvention", "grant")
        case .advance: return "\(subject) : " + language.pick("avance", "advance")
        case .plannedUnitMonths: return "\(subject) : " + language.pick("activité prévue", "planned activity")
        case .deliveredUnitMonths: return "\(subject) : " + language.pick("activité réalisée", "activity carried out")
        case .serviceFait: return "\(subject) : " + language.pick("service fait", "service fait (work done)")
        case .amountDue: return "\(subject) : " + language.pick("dû (service fait plafonné à la subvention)", "due (service fait capped at the grant)")
        case .balance: return "\(subject) : " + language.pick("solde", "balance")
        case .reversement: return "\(subject) : " + language.pick("reversement", "repayment (reversement)")
        case .operatorShare, .operatorTotal: return subject
        case .treasuryOpening: return language.pick("Trésorerie au départ", "Opening treasury")
        case .treasuryLowest: return language.pick("Point bas de la trésorerie", "Treasury low point")
        case .workingCapitalNeed: return language.pick("Besoin en fonds de roulement", "Working capital need")
        case .depositsOutstanding: return language.pick("Cautions non encore restituées à la fin du tableau", "Deposits not yet returned at the end of the table")
        case .budgetCharges: return language.pick("Budget : total des charges", "Budget: total charges")
        case .budgetIncome: return language.pick("Budget : total des produits", "Budget: total income")
        case .subsidyRequested: return "\(subject) : " + language.pick("subvention demandée au budget", "subsidy requested in the budget")
        case .cappedCharges: return language.pick("Plafond : charges plafonnées", "Cap: capped charges")
        case .capBase: return language.pick("Plafond : base", "Cap: base")
        case .capLimit: return language.pick("Plafond : limite", "Cap: limit")
        case .capMargin: return language.pick("Plafond : marge (négative : dépassement)", "Cap: margin (negative: excess)")
        case .chargesPerHousehold: return language.pick("Charges du budget par ménage", "Budget charges per household")
        case .allocatedMeasures: return "\(subject) : " + language.pick("mesures attribuées", "measures allocated")
        case .allocatedAmount: return "\(subject) : " + language.pick("montant attribué", "amount allocated")
        case .unallocated: return language.pick("Non attribué", "Unallocated")
        case .settledPlanned: return "\(subject) : " + language.pick("service fait prévu", "planned service fait")
        case .settledToDate: return "\(subject) : " + language.pick("service fait à date (comptages)", "service fait to date (counts)")
        case .settledYear: return "\(subject) : " + language.pick("service fait de l'année", "service fait for the year")
        case .settledGap: return "\(subject) : " + language.pick("écart au prévu", "gap with the plan")
        }
    }

    func perUnit(_ unit: PaidUnit?, year: Bool) -> String {
        let per: String
        switch unit {
        case .household?: per = language.pick("par ménage", "per household")
        case .dwelling?: per = language.pick("par logement", "per dwelling")
        case .fte?: per = language.pick("par ETP", "per FTE")
        case nil: per = language.pick("par unité", "per unit")
        }
        return per + (year ? language.pick(" et par an", " per year") : language.pick(" et par mois", " per month"))
    }

    /// An expense of the call's list, in words.
    public func purposeName(_ purpose: ExpensePurpose) -> String {
        switch purpose {
        case .equipment: language.pick("équipement minimum du logement", "minimum equipment of the dwelling")
        case .moving: language.pick("aide au déménagement", "help with moving")
        case .meters: language.pick("ouverture des compteurs", "opening the meters")
        case .transport: language.pick("transports des démarches accompagnées", "transport for accompanied procedures")
        case .neighbourhood: language.pick("ancrage dans le quartier", "neighbourhood activities")
        case .deposit: language.pick("caution du bail glissant", "deposit for the sliding lease")
        case .housingManagement: language.pick("gestion locative adaptée", "adapted rental management")
        case .followUp: language.pick("droit de suite après le glissement", "follow-up after the lease slides")
        case .practiceAnalysis: language.pick("analyse de pratiques professionnelles", "practice-analysis sessions")
        case .platformNurse: language.pick("infirmière de la Plateforme Logement d'abord", "the Plateforme Logement d'abord nurse")
        }
    }

    /// One sentence per check, with the figures compared.
    public func sentence(_ finding: Finding) -> String {
        let f = format
        switch finding.comparison {
        case .envelopeTotal(let sum, let stated):
            return language.pick(
                "Total de l'enveloppe : somme des lignes \(f.money(sum)), montant annoncé \(f.money(stated)).",
                "Envelope total: sum of lines \(f.money(sum)), stated amount \(f.money(stated)).")
        case .households(let scenario, let call):
            return language.pick(
                "Ménages accompagnés : \(f.count(scenario)) dans le scénario, \(f.count(call)) prévus par l'appel.",
                "Households: \(f.count(scenario)) in the scenario, \(f.count(call)) in the call.")
        case .territoryQuota(let territory, let scenario, let quota):
            return language.pick(
                "Mesures du territoire \(territory) : \(f.count(scenario)) dans le scénario, \(f.count(quota)) attribuées par l'appel.",
                "Measures for \(territory): \(f.count(scenario)) in the scenario, \(f.count(quota)) set by the call.")
        case .teamFTE(let scenario, let required):
            let gap = scenario < required
                ? language.pick(" Il manque \(f.fte(FTE(hundredths: required.hundredths - scenario.hundredths))).", " \(f.fte(FTE(hundredths: required.hundredths - scenario.hundredths))) missing.")
                : scenario > required ? language.pick(" Les ETP au-delà ne sont pas financés par l'enveloppe.", " FTE beyond are not funded by the envelope.") : ""
            return language.pick(
                "Équipe : \(f.fte(scenario)) pour \(f.fte(required)) demandés.",
                "Team: \(f.fte(scenario)) for \(f.fte(required)) required.") + gap
        case .managementFTE(let scenario, let minimum):
            return language.pick(
                "Encadrement : \(f.fte(scenario)), minimum attendu \(f.fte(minimum)).",
                "Management: \(f.fte(scenario)), minimum expected \(f.fte(minimum)).")
        case .householdsPerFTE(let households, let fte, let callHouseholds, let callFTE):
            return language.pick(
                "Ménages par ETP : \(f.count(households)) ménages pour \(f.fte(fte)), l'appel prévoit \(f.count(callHouseholds)) ménages pour \(f.fte(callFTE)).",
                "Households per FTE: \(f.count(households)) households for \(f.fte(fte)); the call plans \(f.count(callHouseholds)) households for \(f.fte(callFTE)).")
        case .cap(let capped, let base, let rate, let limit, let margin, let scope, let baseKind, let period):
            let scopeText: String
            switch scope {
            case .nonStaff: scopeText = language.pick("charges hors personnel (directes et indirectes)", "non-staff charges (direct and indirect)")
            case .indirectOnly: scopeText = language.pick("charges indirectes seules", "indirect charges only")
            }
            let baseNoun: String
            switch baseKind {
            case .subsidy: baseNoun = language.pick("la subvention", "the subsidy")
            case .otherCharges: baseNoun = language.pick("les autres charges", "the other charges")
            case .totalCharges: baseNoun = language.pick("le total des charges, plafonnées comprises", "total charges, capped ones included")
            }
            let marginText = margin >= .zero
                ? language.pick("marge \(f.money(margin))", "margin \(f.money(margin))")
                : language.pick("dépassement \(f.money(Money(cents: -margin.cents)))", "excess \(f.money(Money(cents: -margin.cents)))")
            return language.pick(
                "Plafond des charges (convention \(f.span(period))) : \(scopeText) \(f.money(capped)) pour un plafond de \(f.rate(rate)) × \(f.money(base)) = \(f.money(limit)) ; \(marginText). Lecture appliquée : \(scopeText), base \(baseNoun).",
                "Charges cap (convention \(f.span(period))): \(scopeText) \(f.money(capped)) against a cap of \(f.rate(rate)) × \(f.money(base)) = \(f.money(limit)); \(marginText). Reading applied: \(scopeText), base \(baseNoun).")
        case .budgetBalance(let charges, let income, let used, let received, let period, let submitted):
            let gap: String
            if charges == income {
                gap = ""
            } else if submitted {
                gap = language.pick(
                    " Écart : \(f.money(Money(cents: income.cents - charges.cents))) (produits − charges) : le budget déposé doit être équilibré.",
                    " Gap: \(f.money(Money(cents: income.cents - charges.cents))) (income − charges): the budget submitted must balance.")
            } else if charges > income {
                gap = language.pick(
                    " Reste \(f.money(Money(cents: charges.cents - income.cents))) à financer par d'autres produits (otherIncome).",
                    " \(f.money(Money(cents: charges.cents - income.cents))) to be funded from other income (otherIncome).")
            } else {
                gap = language.pick(
                    " Produits supérieurs aux charges de \(f.money(Money(cents: income.cents - charges.cents))) : l'excédent de subvention non employé serait à reverser.",
                    " Income exceeds charges by \(f.money(Money(cents: income.cents - charges.cents))): unused subsidy would be paid back.")
            }
            let inKind = used == received ? "" : language.pick(
                " Contributions en nature : 86 = \(f.money(used)), 87 = \(f.money(received)) : elles doivent s'équilibrer.",
                " Contributions in kind: 86 = \(f.money(used)), 87 = \(f.money(received)): they must balance.")
            let which = submitted
                ? language.pick("Budget prévisionnel déposé", "Budget submitted")
                : language.pick("Budget prévisionnel tiré des coûts du scénario", "Budget derived from the scenario's costs")
            return language.pick(
                "\(which) \(f.span(period)) : charges \(f.money(charges)), produits \(f.money(income)).",
                "\(which) \(f.span(period)): charges \(f.money(charges)), income \(f.money(income)).") + gap + inKind
        case .subsidyRequested(let line, let funder, let requested, let entitled):
            let tail: String
            if requested == .zero {
                tail = language.pick(" Aucune ligne 74 ne la demande au financeur.", " No 74 line asks the funder for it.")
            } else if requested > entitled {
                tail = language.pick(" La demande dépasse de \(f.money(Money(cents: requested.cents - entitled.cents))) ce que l'appel prévoit.",
                                     " The request exceeds what the call gives by \(f.money(Money(cents: requested.cents - entitled.cents))).")
            } else if requested < entitled {
                tail = language.pick(" La demande est inférieure de \(f.money(Money(cents: entitled.cents - requested.cents))).",
                                     " The request is \(f.money(Money(cents: entitled.cents - requested.cents))) lower.")
            } else {
                tail = ""
            }
            return language.pick(
                "\(line) (\(funder)) : subvention demandée \(f.money(requested)), prévue par l'appel \(f.money(entitled)).",
                "\(line) (\(funder)): subsidy requested \(f.money(requested)), given by the call \(f.money(entitled)).") + tail
        case .costPerHousehold(let cost, let funded, let households):
            return language.pick(
                "Coût par ménage : \(f.money(cost)) de charges pour \(f.money(funded)) de financement de l'appel (\(f.count(households)) ménages).",
                "Cost per household: \(f.money(cost)) of charges for \(f.money(funded)) of the call's funding (\(f.count(households)) households).")
        case .staffShare(let staff, let charges):
            let share = charges.cents == 0 ? Rate.zero : Rate(staff.cents, over: charges.cents)
            let percent = f.rate(share.rounded(toPercentDecimals: 1))
            return language.pick(
                "Part du personnel : \(f.money(staff)) sur \(f.money(charges)) de charges, soit \(percent) (pour information : les textes ne fixent pas de seuil).",
                "Staff share: \(f.money(staff)) of \(f.money(charges)) of charges, that is \(percent) (for information: the texts set no threshold).")
        case .requiredExpense(let purpose, let lines):
            return lines.isEmpty
                ? language.pick(
                    "Dépense que l'enveloppe doit couvrir : \(purposeName(purpose)) ; absente du budget.",
                    "Expense the envelope must cover: \(purposeName(purpose)); missing from the budget.")
                : language.pick(
                    "Dépense que l'enveloppe doit couvrir : \(purposeName(purpose)) ; présente (\(lines.joined(separator: " ; "))).",
                    "Expense the envelope must cover: \(purposeName(purpose)); present (\(lines.joined(separator: "; "))).")
        case .excludedExpense(let purpose, let lines):
            return lines.isEmpty
                ? language.pick(
                    "Dépense financée par ailleurs : \(purposeName(purpose)) ; absente du budget, comme il se doit.",
                    "Expense funded elsewhere: \(purposeName(purpose)); not in the budget, as it should be.")
                : language.pick(
                    "Dépense financée par ailleurs : \(purposeName(purpose)) ; à retirer du budget (\(lines.joined(separator: " ; "))).",
                    "Expense funded elsewhere: \(purposeName(purpose)); to remove from the budget (\(lines.joined(separator: "; "))).")
        case .expected(let id, let expected, let computed):
            return expected == computed
                ? language.pick("Chiffre attendu \(id) : \(f.quantity(computed)), comme calculé.", "Expected figure \(id): \(f.quantity(computed)), as computed.")
                : language.pick(
                    "Chiffre attendu \(id) : le scénario attend \(f.quantity(expected)), le calcul donne \(f.quantity(computed)).",
                    "Expected figure \(id): the scenario expects \(f.quantity(expected)), the computation gives \(f.quantity(computed)).")
        case .measuresAfterEnd(let households, let end):
            return households == 0
                ? language.pick(
                    "Tous les accompagnements se terminent au plus tard en \(f.month(end)), fin de la convention.",
                    "Every accompaniment ends by \(f.month(end)), when the convention ends.")
                : language.pick(
                    "\(f.count(households)) ménage(s) encore accompagné(s) après \(f.month(end)), fin de la convention : leur mesure de 12 mois ne tient pas dans la période.",
                    "\(f.count(households)) household(s) still accompanied after \(f.month(end)), when the convention ends: their 12-month measure does not fit in the period.")
        case .paymentTerms(let rate, let assumed):
            return assumed
                ? language.pick(
                    "Conditions de versement supposées par le scénario (avance de \(f.rate(rate)), solde sur service fait) : le texte de l'appel n'en fixe pas.",
                    "Payment terms assumed by the scenario (advance of \(f.rate(rate)), balance on service fait): the call's text sets none.")
                : language.pick(
                    "Conditions de versement de l'appel : avance de \(f.rate(rate)), solde sur service fait.",
                    "Payment terms of the call: advance of \(f.rate(rate)), balance on service fait.")
        case .serviceFait(let line, let period, let serviceFait, let grant, let reversement):
            let tail: String
            if reversement > .zero {
                tail = language.pick(" L'avance dépasse le service fait : reversement de \(f.money(reversement)).", " The advance exceeds the service fait: \(f.money(reversement)) to pay back.")
            } else if serviceFait < grant {
                tail = language.pick(" Le solde est réduit d'autant.", " The balance is reduced accordingly.")
            } else {
                tail = ""
            }
            return language.pick(
                "\(line), convention \(f.span(period)) : service fait \(f.money(serviceFait)) pour une subvention de \(f.money(grant)).",
                "\(line), convention \(f.span(period)): service fait \(f.money(serviceFait)) against a grant of \(f.money(grant)).") + tail
        case .treasury(let lowest, let month, let need, let monthsInRed, let delaysAssumed):
            let delays = delaysAssumed
                ? language.pick(
                    " Délais de versement supposés par l'outil (aucun texte ne les fixe) : avance \(PaymentTerms.defaultAdvanceDelayMonths) mois après le début de la convention, solde \(PaymentTerms.defaultBalanceDelayMonths) mois après sa fin ; précisez-les dans rules.paymentTerms.",
                    " Payment delays assumed by the tool (no text sets them): advance \(PaymentTerms.defaultAdvanceDelayMonths) month after the convention starts, balance \(PaymentTerms.defaultBalanceDelayMonths) months after it ends; set them in rules.paymentTerms.")
                : ""
            if monthsInRed == 0 {
                return language.pick(
                    "Trésorerie : point bas \(f.money(lowest)) en \(f.month(month)), jamais négative.",
                    "Treasury: low point \(f.money(lowest)) in \(f.month(month)), never negative.") + delays
            }
            return language.pick(
                "Trésorerie : point bas \(f.money(lowest)) en \(f.month(month)) ; \(monthsInRed) mois dans le rouge ; besoin en fonds de roulement à financer par l'association : \(f.money(need)).",
                "Treasury: low point \(f.money(lowest)) in \(f.month(month)); \(monthsInRed) month(s) in the red; working capital the association must finance: \(f.money(need)).") + delays
        case .accompanimentFits(let months, let convention):
            return language.pick(
                "Durée d'un accompagnement (\(months) mois) et convention \(f.period(convention)).",
                "One accompaniment (\(months) months) and the convention \(f.period(convention)).")
        }
    }
}
