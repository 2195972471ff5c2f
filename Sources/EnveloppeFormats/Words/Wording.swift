import Enveloppe

/// The words of the reports, in French and English: labels of figures,
/// sentences of checks, and how a source is cited. Renderers share it, so the
/// text, CSV, JSON and HTML outputs say the same thing.
public struct Wording: Sendable {
    public let language: Language
    let format: Formatter
    /// The kind of text the rules come from, which the check sentences name: a call unless the words are
    /// ``about(_:)`` another kind's scenario.
    public internal(set) var rules = RulesDocument.call

    public init(_ language: Language) {
        self.language = language
        format = Formatter(language)
    }

    /// `Appel à projets VIAL (…), Département du Pas-de-Calais, 2025, § 3. Modalités de financement : « … »`,
    /// or `scénario, rules.paymentTerms`.
    public func citation(_ citation: Citation, quoting: Bool = true) -> String {
        switch citation {
        case .document(let source, let section, let quote):
            let head = "\(Source.named(source).name), § \(section)"
            guard quoting else { return head }
            return language == .fr ? "\(head) : « \(quote) »" : "\(head): \"\(quote)\""
        case .scenario(let path):
            if let table = monthlyTable(path) { return table }
            return language.pick("scénario, \(path)", "scenario, \(fieldPath(path))")
        }
    }

    /// The monthly table's treasury a figure rests on (``TreasurySummary/monthEndPath``), in words; `nil` for another path.
    func monthlyTable(_ path: String) -> String? {
        switch path {
        case TreasurySummary.monthEndPath:
            language.pick("tableau mois par mois, trésorerie en fin de mois", "month-by-month table, treasury at month end")
        case TreasurySummary.lastMonthPath:
            language.pick("tableau mois par mois, trésorerie du dernier mois", "month-by-month table, last month's treasury")
        default: nil
        }
    }

    /// A field path as a sentence shows it: a filed budget's line (`budget: ligne 16, « … »`, as the budget reader
    /// names it) in the user's language.
    func fieldPath(_ path: String) -> String {
        guard language == .en, path.hasPrefix("budget: ligne ") else { return path }
        return "filed budget, line "
            + String(path.dropFirst("budget: ligne ".count)).replacing("« ", with: "\"").replacing(" »", with: "\"")
    }

    public func status(_ status: Finding.Status) -> String {
        switch status {
        case .ok: "ok"
        case .warning: language.pick("alerte", "warning")
        case .failure: language.pick("échec", "failure")
        }
    }

    /// A call with its publisher: « Appel … (Département du Pas-de-Calais, 2025) », or with a dash after a title that
    /// ends in brackets already (« … (bilan d'exécution) — Montpellier Méditerranée Métropole, … »).
    func titleAndPublisher(_ call: Call) -> String {
        call.title.hasSuffix(")") ? call.title + " — " + call.publisher : call.title + " (" + call.publisher + ")"
    }

    /// Under the treasury of a scenario that describes no cost: what its figures count.
    var paymentsOnlyNote: String {
        language.pick(
            "Le scénario ne décrit ni personnel ni charges : ces chiffres ne comptent que les versements.",
            "The scenario describes no staff and no charges: these figures count the payments alone.")
    }

    /// The width text reports are wrapped at: a sentence or a source longer than this continues on the next line,
    /// indented, so that a report reads in a terminal and prints on A4 without lines cut or folded at random.
    static let textWidth = 100

    /// Under a text schedule that gives each line's totals only: where each operator's conventions are detailed.
    func conventionsElsewhere(_ count: Int) -> String {
        language.pick(
            "Le détail des \(format.count(Int64(count))) conventions des structures (échéancier et service fait) est dans les sorties --format html, xlsx, ods, json et --format csv --table figures.",
            "The operators' \(format.count(Int64(count))) conventions in detail (schedule and service fait) are in the --format html, xlsx, ods, json and --format csv --table figures outputs."
        )
    }

    /// The working capital the action needs, by its one name wherever it is shown (the run's card and text, the
    /// treasury check, compare, the help): « Besoin en fonds de roulement de l'action ».
    var workingCapitalNeedLabel: String {
        language.pick("Besoin en fonds de roulement de l'action", "The action's working capital need")
    }

    /// A figure's label, e.g. "Crédits IML : avance".
    public func label(_ figure: Figure) -> String {
        // Figures summed over every line (the payment totals) have no subject of their own.
        let subject = figure.subject ?? language.pick("Total des paiements", "All payments")
        // « Crédits IML : avance », "IML credits: advance": the colon as each language writes it.
        let head = subject + language.pick(" : ", ": ")
        switch figure.kind {
        case .lineAmount: return subject
        case .envelopeTotal: return language.pick("Total de l'enveloppe", "Envelope total")
        case .costPerHousehold: return language.pick("Enveloppe par ménage (mesure de 12 mois)", "Envelope per household (12-month measure)")
        case .costPerFTEYear: return language.pick("Enveloppe par ETP et par an", "Envelope per FTE per year")
        case .linePerUnitYear: return "\(subject) " + perUnit(figure.unit, year: true)
        case .linePerUnitMonth: return "\(subject) " + perUnit(figure.unit, year: false)
        case .grant: return head + language.pick("subvention", "grant")
        case .advance: return head + language.pick("avance", "advance")
        case .instalment: return head + language.pick("versement avant le solde", "instalment before the balance")
        // What the grant pays for (64 dwellings × 12 months), and what the month-by-month plan delivers of it (the service
        // fait's unit-months): `settle` calls the latter « Prévu » beside the counts, so neither is « réalisé » here.
        case .plannedUnitMonths: return head + language.pick("activité financée par la subvention", "activity the grant pays for")
        case .deliveredUnitMonths:
            return head + language.pick("activité du plan mois par mois (service fait)", "activity of the month-by-month plan (service fait)")
        case .serviceFait: return head + language.pick("service fait", "service fait (work done)")
        case .amountDue:
            return head + language.pick("dû (service fait plafonné à la subvention)", "due (service fait capped at the grant)")
        case .balance: return head + language.pick("solde", "balance")
        case .reversement: return head + language.pick("reversement", "repayment (reversement)")
        case .operatorShare, .operatorTotal: return subject
        case .treasuryOpening: return language.pick("Trésorerie de départ", "Opening cash")
        case .treasuryLowest: return language.pick("Point bas de la trésorerie", "Treasury low point")
        case .workingCapitalNeed: return workingCapitalNeedLabel
        case .treasuryShortfall: return language.pick("À financer au-delà de la trésorerie de départ", "To finance beyond the opening cash")
        case .finalResult: return language.pick("Résultat de l'action une fois tout versé", "Result of the action once everything is paid")
        case .householdsPerFTE: return language.pick("Ménages par ETP", "Households per FTE")
        case .depositsOutstanding:
            return language.pick("Cautions non encore restituées à la fin du tableau", "Deposits not yet returned at the end of the table")
        case .budgetCharges: return language.pick("Budget : total des charges", "Budget: total charges")
        case .budgetIncome: return language.pick("Budget : total des produits", "Budget: total income")
        case .subsidyRequested: return head + language.pick("subvention demandée au budget", "grant requested in the budget")
        case .cappedCharges: return language.pick("Plafond : charges plafonnées", "Cap: capped charges")
        case .capBase: return language.pick("Plafond : assiette", "Cap: basis")
        case .capLimit: return language.pick("Plafond : limite", "Cap: limit")
        case .capMargin: return language.pick("Plafond : marge (négative : dépassement)", "Cap: margin (negative: excess)")
        case .chargesPerHousehold: return language.pick("Charges du budget par ménage", "Budget charges per household")
        case .allocatedMeasures: return head + language.pick("mesures attribuées", "measures allocated")
        case .allocatedAmount: return head + language.pick("montant attribué", "amount allocated")
        case .unallocated: return language.pick("Non attribué", "Unallocated")
        case .settledPlanned: return head + language.pick("service fait prévu", "planned service fait")
        case .settledToDate: return head + language.pick("service fait à date (comptages)", "service fait to date (counts)")
        case .settledYear: return head + language.pick("service fait de l'année", "service fait for the year")
        case .settledGap: return head + language.pick("écart au prévu", "gap with the plan")
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

    /// A post's role, in words.
    public func roleName(_ role: StaffPost.Role) -> String {
        switch role {
        case .management: language.pick("encadrement", "management")
        case .socialWork: language.pick("travail social", "social work")
        case .care: language.pick("soin", "care")
        case .housingManagement: language.pick("gestion locative adaptée", "adapted rental management")
        case .administration: language.pick("administration", "administration")
        }
    }

    /// The team's FTE, and the posts outside it when there are (« 8 ETP (hors équipe : 0,5 ETP, gestion locative
    /// adaptée) »): a call's team counts encadrement, social work and care only.
    public func team(of report: RunReport) -> String {
        let f = format
        let roles = report.scenario.rolesBesideTeam
        // A scenario that describes no post (AML 2019 only counts measures): not « 0 ETP », which reads as no staff.
        if !report.scenario.describesTeam { return language.pick("non décrite dans le scénario", "not described in the scenario") }
        guard !roles.isEmpty else { return f.fte(report.teamFTE) }
        let outside = f.fte(report.supportFTE) + ", " + roles.map(roleName).joined(separator: ", ")
        return f.fte(report.teamFTE) + language.pick(" (hors équipe : \(outside))", " (outside the team: \(outside))")
    }

    /// When a payment arrives, counted from its convention (« 2 mois après le début de la convention »).
    var paymentDelays: PaymentDelayWords { PaymentDelayWords(language: language) }
}

/// The words of a payment's delay, counted from the start or the end of its convention.
struct PaymentDelayWords {
    let language: Language

    /// « 2 mois après le début de la convention », « au début de la convention ».
    func afterStart(_ months: Int) -> String {
        months == 0
            ? language.pick("au début de la convention", "when the convention starts")
            : language.pick(
                "\(months) mois après le début de la convention", "\(months) \(months == 1 ? "month" : "months") after the convention starts")
    }

    /// « 6 mois après le début », after a payment already counted from the convention's start (an instalment after
    /// the advance); « au début de la convention » for none.
    func afterTheStart(_ months: Int) -> String {
        months == 0
            ? afterStart(0)
            : language.pick("\(months) mois après le début", "\(months) \(months == 1 ? "month" : "months") after the start")
    }

    /// « 6 mois après la fin de la convention », « à la fin de la convention ».
    func afterEnd(_ months: Int) -> String {
        months == 0
            ? language.pick("à la fin de la convention", "when the convention ends")
            : language.pick(
                "\(months) mois après la fin de la convention", "\(months) \(months == 1 ? "month" : "months") after the convention ends")
    }

    /// « avance 1 mois après le début de la convention ».
    func advance(_ months: Int) -> String { language.pick("avance ", "advance ") + afterStart(months) }

    /// « solde 6 mois après la fin de la convention ».
    func balance(_ months: Int) -> String { language.pick("solde ", "balance ") + afterEnd(months) }
}
