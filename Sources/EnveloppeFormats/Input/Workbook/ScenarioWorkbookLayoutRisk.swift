import Enveloppe

extension ScenarioWorkbookLayout {
    static let paymentTerms = "Versements"
    static let risk = "Risque"
}

/// Versements: one row per funder of the call, its own payment terms in place of the general
/// ones of the Candidature sheet (`rules.paymentTerms.funders`); an empty cell keeps the general value.
enum FunderTermsColumn: Int, WorkbookColumn {
    case funder, name, credits, advanceRate, advanceDelay, instalments, balanceDelay, rounding
    static let sheet = ScenarioWorkbookLayout.paymentTerms
    var header: String {
        switch self {
        case .funder: "Financeur"
        case .name: "Nom du financeur"
        case .credits: "Crédits versés"
        case .advanceRate: "Avance : part de la subvention"
        case .advanceDelay: "Avance : mois après le début"
        case .instalments: "Versements avant le solde"
        case .balanceDelay: "Solde : mois après la fin"
        case .rounding: "Arrondi"
        }
    }
    var help: String {
        switch self {
        case .funder: "L'identifiant du financeur (ddets, metropole, departement, ddcs) ; une ligne par financeur, ne pas le changer."
        case .name, .credits: "Pour information : le financeur et les crédits qu'il verse. Non lu."
        case .advanceRate:
            "La part de la subvention que ce financeur verse en avance (par ex. 50 %) ; vide : celle de la feuille Candidature. Sans autre versement avant le solde."
        case .advanceDelay: "Les mois entre le début de la convention et l'avance de ce financeur ; vide : ceux de la feuille Candidature."
        case .instalments:
            "Ou bien, à la place des deux colonnes de l'avance, chaque versement avant le solde, l'avance d'abord : sa part de la subvention (la sienne, pas le cumul) et son mois après le début de la convention, séparés par « ; » (par ex. 50 % à 2 mois ; 30 % à 6 mois) ; 100 % au plus en tout."
        case .balanceDelay:
            "Les mois entre la fin de la convention et le solde (ou le reversement) de ce financeur ; vide : ceux de la feuille Candidature."
        case .rounding: "L'arrondi des versements de ce financeur (liste) ; vide : celui de la feuille Candidature."
        }
    }
    var width: Int {
        switch self {
        case .funder: 14
        case .name: 34
        case .credits: 18
        case .advanceRate, .advanceDelay, .balanceDelay: 16
        case .instalments: 34
        case .rounding: 26
        }
    }
    var isRead: Bool { self != .name && self != .credits }

    /// The field of `rules.paymentTerms.funders.<id>` the column holds.
    var field: String? {
        switch self {
        case .funder, .name, .credits: nil
        case .advanceRate: "advanceRate"
        case .advanceDelay: "advanceDelayMonths"
        case .instalments: "instalments"
        case .balanceDelay: "balanceDelayMonths"
        case .rounding: "rounding"
        }
    }
}

/// The rubrics at the top of the Risque sheet: the overdraft and what carrying the cash costs
/// (`risk.overdraftLimit`, `risk.bridging`), the label in column A and the value in column B.
enum RiskRubric: Int, WorkbookRubric, Sendable {
    case overdraftLimit, overdraftRate, assignmentRate

    var label: String {
        switch self {
        case .overdraftLimit: "Découvert autorisé"
        case .overdraftRate: "Découvert : taux annuel"
        case .assignmentRate: "Cession de créance : taux"
        }
    }

    var path: String {
        switch self {
        case .overdraftLimit: "risk.overdraftLimit"
        case .overdraftRate: "risk.bridging.overdraftRate"
        case .assignmentRate: "risk.bridging.assignmentRate"
        }
    }

    var help: String {
        switch self {
        case .overdraftLimit:
            "Le découvert que la banque accorde, en euros : enveloppe risk dit dans quelle part des tirages la trésorerie va au-delà."
        case .overdraftRate:
            "Le taux annuel du découvert (par ex. 6 %), un douzième chaque mois sur la trésorerie de fin de mois sous zéro ; ou bien la cession de créance, pas les deux."
        case .assignmentRate:
            "Le coût d'une cession de créance (Dailly), en part du montant le plus haut à trouver, une fois (par ex. 1,5 %) ; ou bien le découvert, pas les deux."
        }
    }
}

/// How an uncertain input is stated on the Risque sheet, chosen from a drop-down list.
enum DistributionKind: String, Sendable, CaseIterable {
    case fixed, uniform, triangular, weighted
}

/// Each input the Risque sheet lets vary: a payment delay of one funder, or an input of the whole scenario.
enum UncertainInput: String, Sendable, CaseIterable {
    case advanceDelay = "advance"
    case balanceDelay = "balance"
    case rampUp
    case earlyExitRate
    case refillDelay = "refillDelayMonths"
    case staffVacancy = "staffVacancyMonths"

    var label: String {
        switch self {
        case .advanceDelay: "Retard de l'avance et des versements"
        case .balanceDelay: "Retard du solde"
        case .rampUp: "Entrées par mois"
        case .earlyExitRate: "Sorties anticipées"
        case .refillDelay: "Délai avant de reprendre une place"
        case .staffVacancy: "Vacance d'un poste à son ouverture"
        }
    }

    /// What its values count, for the Unité column.
    var unitName: String {
        switch self {
        case .advanceDelay, .balanceDelay, .refillDelay, .staffVacancy: "mois"
        case .rampUp: "ménages par mois"
        case .earlyExitRate: "part des places"
        }
    }

    var unit: ScenarioDecoder.RiskUnit {
        switch self {
        case .advanceDelay, .balanceDelay: ScenarioDecoder.paymentDelayUnit
        case .rampUp: .households
        case .earlyExitRate: .rate
        case .refillDelay: ScenarioDecoder.refillDelayUnit
        case .staffVacancy: ScenarioDecoder.staffVacancyUnit
        }
    }

    /// Whether the input is a funder's payment delay (its row names the funder).
    var isPaymentDelay: Bool { self == .advanceDelay || self == .balanceDelay }

    /// Its path in the JSON format.
    func path(funder: String?) -> String {
        switch self {
        case .advanceDelay, .balanceDelay: "risk.paymentDelays.\(funder ?? "")"
        case .rampUp, .earlyExitRate, .refillDelay, .staffVacancy: "risk.\(rawValue)"
        }
    }

    /// What it is, for the Notice sheet.
    var help: String {
        switch self {
        case .advanceDelay:
            "Mois de retard de l'avance et des versements avant le solde de ce financeur (un même retard pour tous), en plus de ses conditions de versement ; 0 à 36."
        case .balanceDelay: "Mois de retard de son solde (ou du reversement) ; 0 à 36."
        case .rampUp: "Ménages entrant par mois, à la place de la montée en charge de chaque structure (feuille Ménages) ; 1 au moins."
        case .earlyExitRate:
            "Part des places dont le ménage sort avant la fin de son accompagnement, à chaque convention, au centième de pour cent près (par ex. 5 %)."
        case .refillDelay: "Mois pendant lesquels une place libérée reste vide avant d'être reprise ; 0 à 24."
        case .staffVacancy: "Mois pendant lesquels chaque poste reste vacant à son ouverture (un recrutement), tirés poste par poste ; 0 à 120."
        }
    }
}

/// Risque: below the rubrics, one row per uncertain input, its distribution chosen from a list and its values.
enum RiskColumn: Int, WorkbookColumn {
    case input, funder, kind, minimum, likely, maximum, values, weights, unit
    static let sheet = ScenarioWorkbookLayout.risk
    var header: String {
        switch self {
        case .input: "Incertitude"
        case .funder: "Financeur"
        case .kind: "Loi"
        case .minimum: "Minimum"
        case .likely: "Valeur probable"
        case .maximum: "Maximum"
        case .values: "Valeurs"
        case .weights: "Poids"
        case .unit: "Unité"
        }
    }
    var help: String {
        switch self {
        case .input:
            "Ce qui est incertain (liste) : retard de l'avance et des versements, retard du solde (pour un financeur), entrées par mois, sorties anticipées, délai avant de reprendre une place, vacance d'un poste. Une ligne sans loi est ignorée : la valeur du scénario est sûre."
        case .funder: "Pour un retard : l'identifiant du financeur (liste, comme dans la feuille Versements) ; vide pour les autres lignes."
        case .kind:
            "Comment la valeur varie (liste) : fixe (une seule valeur, dans Valeur probable), uniforme (chaque valeur de Minimum à Maximum également probable), triangulaire (de Minimum à Maximum, Valeur probable la plus fréquente), valeurs pondérées (les Valeurs, avec leurs Poids)."
        case .minimum, .maximum:
            "Les bornes, pour une loi uniforme ou triangulaire, dans l'unité de la ligne (mois, ménages par mois, ou un taux comme 5 %)."
        case .likely: "La valeur la plus fréquente d'une loi triangulaire, ou la valeur d'une loi fixe."
        case .values: "Pour des valeurs pondérées : les valeurs observées, séparées par « ; » (par ex. 0 ; 1 ; 3 ; 6)."
        case .weights:
            "Pour des valeurs pondérées : combien de fois chaque valeur, autant que de valeurs (par ex. 4 ; 3 ; 2 ; 1 : 4 fois sur 10 la première) ; vide : toutes également probables."
        case .unit: "Pour information : ce que comptent les valeurs de la ligne. Non lu."
        }
    }
    var width: Int {
        switch self {
        case .input: 38
        case .funder: 16
        case .kind: 18
        case .minimum, .maximum: 12
        case .likely: 17
        case .values, .weights: 20
        case .unit: 18
        }
    }
    var isRead: Bool { self != .unit }
}

extension ScenarioChoices {
    static let distributions = WorkbookChoices<DistributionKind>([
        (.fixed, "fixe"), (.uniform, "uniforme"), (.triangular, "triangulaire"), (.weighted, "valeurs pondérées"),
    ])

    static let uncertainInputs = WorkbookChoices<UncertainInput>(UncertainInput.allCases.map { ($0, $0.label) })
}
