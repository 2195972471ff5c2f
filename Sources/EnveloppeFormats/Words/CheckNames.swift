import Enveloppe

extension Wording {
    /// A check's short name, as a committee names it in a list of failures: « Encadrement »,
    /// « Plafond des charges », « Subvention demandée : Crédits IML ».
    public func checkName(_ finding: Finding) -> String { checkName(finding.comparison) + (finding.period.map(periodName) ?? "") }

    /// « , convention nov. 2025 – oct. 2026 »: a check of one of several conventions (``Finding/period``).
    func periodName(_ period: Period) -> String { ", convention " + format.span(period) }

    /// The name of a check that compares as `comparison` does; a sentence that opens with it says it once.
    func checkName(_ comparison: Finding.Comparison) -> String {
        let l = language
        switch comparison {
        case .envelopeTotal: return l.pick("Total de l'enveloppe", "Envelope total")
        case .households: return l.pick("Ménages accompagnés", "Households")
        case .territoryQuota(let territory, _, _): return l.pick("Mesures du territoire \(territory)", "Measures for \(territory)")
        case .allocationQuota(let territory, _, _, _): return l.pick("Quota du territoire \(territory)", "Quota of \(territory)")
        case .allocatedHouseholds: return l.pick("Répartition et ménages décrits", "Allocation and households described")
        case .filedBudget(let kind, _, _, _):
            switch kind {
            case .staff: return l.pick("Budget déposé : personnel", "Budget filed: staff")
            case .direct: return l.pick("Budget déposé : autres charges directes", "Budget filed: other direct charges")
            case .indirect: return l.pick("Budget déposé : charges indirectes", "Budget filed: indirect charges")
            }
        case .teamFTE: return l.pick("Équipe", "Team")
        case .operatorTeams: return l.pick("Équipe de chaque structure", "Each operator's team")
        case .managementFTE: return l.pick("Encadrement", "Management")
        case .householdsPerFTE: return l.pick("Ménages par ETP", "Households per FTE")
        case .cap: return l.pick("Plafond des charges", "Cap on charges")
        case .budgetBalance(_, _, _, _, _, let submitted):
            return submitted ? l.pick("Équilibre du budget déposé", "Balance of the budget filed") : l.pick("Équilibre du budget", "Budget balance")
        case .subsidyRequested(let line, _, _, _, _): return l.pick("Subvention demandée : \(line)", "Grant requested: \(line)")
        case .costPerHousehold: return l.pick("Coût par ménage", "Cost per household")
        case .staffShare: return l.pick("Part du personnel", "Staff share")
        case .requiredExpense(let purpose, _, _):
            return l.pick("Dépense que l'enveloppe doit couvrir : ", "Expense the envelope must cover: ") + purposeName(purpose)
        case .excludedExpense(let purpose, _): return l.pick("Dépense financée par ailleurs : ", "Expense funded elsewhere: ") + purposeName(purpose)
        case .expected(let id, _, _): return l.pick("Chiffre attendu \(id)", "Expected figure \(id)")
        case .measuresAfterEnd: return l.pick("Mesures au-delà de la convention", "Measures past the convention")
        case .paymentTerms: return l.pick("Conditions de versement", "Payment terms")
        case .funderPaymentTerms(let funder, _, _): return l.pick("Conditions de versement de \(funder)", "Payment terms of \(funder)")
        case .serviceFait(let line, _, _, _, _): return l.pick("Service fait : \(line)", "Service fait: \(line)")
        case .treasury: return l.pick("Trésorerie", "Treasury")
        case .costsNotDescribed: return l.pick("Coûts non décrits", "Costs not described")
        case .finalResult: return l.pick("Résultat final", "Final result")
        case .accompanimentFits: return l.pick("Durée d'un accompagnement", "Length of an accompaniment")
        }
    }

    /// A check as a list prints it, its name once: most sentences open with the check's name (« Trésorerie : point
    /// bas … »), and `rest` is then what follows it (« : point bas … »); otherwise `rest` is the whole sentence and
    /// `opensWithName` is false, for the list to print the name, a dash, then the sentence.
    public func namedSentence(_ finding: Finding) -> (name: String, rest: String, opensWithName: Bool) {
        let name = checkName(finding)
        let sentence = sentence(finding)
        // The name followed by a word's end, never by more of a word (« Équipe » does not open « Équipement… »).
        guard sentence.hasPrefix(name), let next = sentence.dropFirst(name.count).first, " :,;(".contains(next) else {
            return (name, sentence, false)
        }
        return (name, String(sentence.dropFirst(name.count)), true)
    }

    /// The outcome of a set of checks, failures first: « 5 échecs, 13 alertes, 36 contrôles ».
    public func outcome(_ findings: [Finding]) -> String {
        let failures = findings.filter { $0.status == .failure }.count
        let warnings = findings.filter { $0.status == .warning }.count
        let f = format
        // French: « 0 échec », « 1 échec », « 2 échecs »; English: "0 failures", "1 failure", "2 failures".
        let plural = { (n: Int) in self.language == .fr ? n > 1 : n != 1 }
        let counted = { (n: Int, one: String, many: String) in f.count(Int64(n)) + " " + (plural(n) ? many : one) }
        return language == .fr
            ? "\(counted(failures, "échec", "échecs")), \(counted(warnings, "alerte", "alertes")), \(counted(findings.count, "contrôle", "contrôles"))"
            : "\(counted(failures, "failure", "failures")), \(counted(warnings, "warning", "warnings")), \(counted(findings.count, "check", "checks"))"
    }
}

extension Finding {
    /// The findings as a committee reads them: failures, then warnings, then the checks that pass, each group
    /// in report order.
    public static func byStatus(_ findings: [Finding]) -> [Finding] { indicesByStatus(findings).map { findings[$0] } }

    /// The same order as positions in `findings` (a page links each check by its position).
    static func indicesByStatus(_ findings: [Finding]) -> [Int] {
        [Status.failure, .warning, .ok].flatMap { status in findings.indices.filter { findings[$0].status == status } }
    }

    /// Whether the finding only checks a figure the scenario's author expects (a regression check, not a rule).
    public var isExpectedFigure: Bool {
        if case .expected = comparison { true } else { false }
    }
}
