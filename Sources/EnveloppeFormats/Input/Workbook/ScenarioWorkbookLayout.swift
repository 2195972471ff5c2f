import Enveloppe

/// Where each field of a scenario lives in the workbook: the sheets, their columns and the
/// rubrics of the Candidature sheet, each with the words the Notice sheet shows. The reader
/// and the writer both follow these declarations, so the two cannot drift apart.
enum ScenarioWorkbookLayout {
    static let notice = "Notice"
    static let candidature = "Candidature"
    static let envelope = "Enveloppe"
    static let households = "Ménages"
    static let staff = "Équipe"
    static let charges = "Charges"
    static let otherIncome = "Autres produits"
    static let budget = "Budget déposé"
    static let expected = "Chiffres attendus"
    static let candidates = "Candidats"

    /// The heading of the Candidature sheet's column of rubrics.
    static let rubricHeading = "Rubrique"
}

/// The columns of a table sheet: one row per item, the first row naming the columns.
protocol WorkbookColumn: CaseIterable, RawRepresentable, Sendable where RawValue == Int, AllCases == [Self] {
    static var sheet: String { get }
    var header: String { get }
    /// What to write there, for the Notice sheet.
    var help: String { get }
    var width: Int { get }
    /// Whether the reader takes the column's values; other columns are shown for information.
    var isRead: Bool { get }
}

extension WorkbookColumn {
    var isRead: Bool { true }
    var letter: String { ScenarioWorkbookLayout.columnLetter(rawValue) }
}

extension ScenarioWorkbookLayout {
    /// 0 → `A`, 26 → `AA`.
    static func columnLetter(_ index: Int) -> String {
        var index = index + 1
        var letters: [Character] = []
        while index > 0 {
            letters.insert(Character(Unicode.Scalar(UInt8(65 + (index - 1) % 26))), at: 0)
            index = (index - 1) / 26
        }
        return String(letters)
    }
}

/// Enveloppe: one row per line of the call's envelope, and what the scenario sets in its place.
enum EnvelopeColumn: Int, WorkbookColumn {
    case line, credits, funder, callValue, amount, units, annualRate, subsidyLine, source
    static let sheet = ScenarioWorkbookLayout.envelope
    var header: String {
        switch self {
        case .line: "Ligne"
        case .credits: "Crédits"
        case .funder: "Financeur"
        case .callValue: "Ce que fixe l'appel"
        case .amount: "Montant"
        case .units: "Unités financées"
        case .annualRate: "Taux par unité et par an"
        case .subsidyLine: "Ligne du compte 74"
        case .source: "Source"
        }
    }
    var help: String {
        switch self {
        case .line: "L'identifiant de la ligne de crédits (iml, fsl, vial, aml) ; ne pas le changer."
        case .credits, .funder, .callValue, .source: "Pour information : ce que dit l'appel, et où il le dit. Non lu."
        case .amount:
            "Le montant de la ligne, à la place de celui de l'appel, pour une ligne à montant fixe ; obligatoire quand l'appel ne le donne pas (Montpellier 2023)."
        case .units: "La quantité financée (logements, ETP) d'une ligne à montant fixe, à la place de celle de l'appel."
        case .annualRate: "Le taux par ménage et par an d'une ligne au taux (VIAL, AML), au plus celui de l'appel."
        case .subsidyLine: "La ligne du compte 74 du CERFA 12156 où porter la subvention de ce financeur (liste), si ce n'est pas celle par défaut."
        }
    }
    var width: Int {
        switch self {
        case .line: 8
        case .credits, .funder: 22
        case .callValue: 34
        case .amount, .annualRate: 16
        case .units: 12
        case .subsidyLine: 24
        case .source: 70
        }
    }
    var isRead: Bool { ![.credits, .funder, .callValue, .source].contains(self) }
}

/// Ménages: one row per structure of the application, its places and how its households come and go.
enum HouseholdsColumn: Int, WorkbookColumn {
    case id, name, territory, places, initial, rampUp, entries, start, lastEntry, renewal, derogation, beforeDwelling, refillDelay,
        earlyExits
    static let sheet = ScenarioWorkbookLayout.households
    var header: String {
        switch self {
        case .id: "Structure (identifiant)"
        case .name: "Nom de la structure"
        case .territory: "Territoire"
        case .places: "Places"
        case .initial: "Déjà accompagnés au départ"
        case .rampUp: "Montée en charge : entrées par mois"
        case .entries: "Entrées mois par mois"
        case .start: "Premier mois d'entrée"
        case .lastEntry: "Dernier mois d'entrée"
        case .renewal: "Renouvellements (mois)"
        case .derogation: "Dérogation"
        case .beforeDwelling: "Mois avant le logement"
        case .refillDelay: "Délai avant de reprendre une place (mois)"
        case .earlyExits: "Sorties anticipées"
        }
    }
    var help: String {
        switch self {
        case .id:
            "Un identifiant court et unique (par ex. porteuse, partenaire-a), repris dans la colonne Structure des feuilles Équipe et Charges. Obligatoire."
        case .name: "Le nom de la structure. Obligatoire."
        case .territory: "Le territoire (comparé aux mesures par territoire que fixe l'appel AML)."
        case .places: "Les ménages que la structure accompagne en même temps, jamais dépassé. Obligatoire."
        case .initial: "Les ménages déjà accompagnés au premier mois (pas de frais d'entrée) ; 0 si vide."
        case .rampUp:
            "Tant d'entrées par mois tant qu'une place est libre (montée en charge, puis remplacement des sorties). Ou bien la colonne suivante, pas les deux."
        case .entries:
            "Les entrées de chaque mois à partir du premier mois d'entrée, séparées par « ; » (par ex. 1 ; 1 ; 2 ; 2), ou « aucune ». Sans montée en charge ni entrées, tous les ménages entrent le premier mois."
        case .start: "Premier mois d'entrée (par ex. 09/2025) ; celui du programme si vide."
        case .lastEntry: "Dernier mois où la montée en charge prend un ménage ; celui du programme si vide."
        case .renewal: "Mois ajoutés à chaque accompagnement par renouvellement : 0, 6 ou 12 (VIAL), 18 avec la dérogation."
        case .derogation: "oui si les renouvellements vont au-delà du maximum par la dérogation que prévoit l'appel (VIAL : 30 mois en tout)."
        case .beforeDwelling: "Mois d'accompagnement avant l'entrée dans le logement, 0 à 3 (VIAL)."
        case .refillDelay: "Mois pendant lesquels une place libérée reste vide avant d'être reprise par la montée en charge."
        case .earlyExits:
            "Les sorties avant la fin de l'accompagnement : mois et nombre de ménages, séparés par « ; » (par ex. 03/2026 : 1 ; 05/2026 : 2). Ce sont les ménages accompagnés depuis le plus longtemps qui sortent."
        }
    }
    var width: Int {
        switch self {
        case .id: 18
        case .name: 30
        case .territory: 18
        case .entries, .earlyExits: 26
        default: 14
        }
    }
}

/// Équipe: one row per post.
enum StaffColumn: Int, WorkbookColumn {
    case structure, title, role, fte, cost, start, end, purposes, annualCost
    static let sheet = ScenarioWorkbookLayout.staff
    var header: String {
        switch self {
        case .structure: "Structure"
        case .title: "Poste"
        case .role: "Rôle"
        case .fte: "ETP"
        case .cost: "Coût annuel chargé d'un ETP"
        case .start: "Début"
        case .end: "Fin"
        case .purposes: "Couvre aussi"
        case .annualCost: "Coût annuel du poste"
        }
    }
    var help: String {
        switch self {
        case .structure: "L'identifiant de la structure qui emploie le poste (feuille Ménages) ; peut rester vide s'il n'y a qu'une structure."
        case .title: "L'intitulé du poste (par ex. Éducateur·rice spécialisé·e). Obligatoire."
        case .role:
            "Encadrement, Travail social, Soin, Gestion locative adaptée ou Administration (liste) : l'encadrement est comparé au minimum de l'appel. Obligatoire."
        case .fte: "Équivalent temps plein, deux décimales au plus (par ex. 0,5). Obligatoire."
        case .cost: "Coût employeur chargé d'un ETP sur un an, salaire et cotisations (par ex. 52 000,00 €). Obligatoire."
        case .start: "Premier mois du poste (par ex. 03/2026) ; celui du programme si vide."
        case .end: "Dernier mois du poste ; celui du programme si vide."
        case .purposes:
            "Une dépense que l'appel demande et que le poste couvre (liste, par ex. droit de suite) ; plusieurs séparées par « ; »."
        case .annualCost: "Calculé : ETP × coût d'un ETP. Non lu."
        }
    }
    var width: Int {
        switch self {
        case .structure: 16
        case .title: 40
        case .role: 22
        case .fte: 8
        case .cost, .annualCost: 18
        case .start, .end: 11
        case .purposes: 24
        }
    }
    var isRead: Bool { self != .annualCost }
}

/// Charges: one row per charge besides staff.
enum ChargeColumn: Int, WorkbookColumn {
    case structure, label, account, kind, basis, amount, purpose
    static let sheet = ScenarioWorkbookLayout.charges
    var header: String {
        switch self {
        case .structure: "Structure"
        case .label: "Libellé"
        case .account: "Compte CERFA"
        case .kind: "Directe ou indirecte"
        case .basis: "Base"
        case .amount: "Montant ou taux"
        case .purpose: "Dépense de l'appel"
        }
    }
    var help: String {
        switch self {
        case .structure: "L'identifiant de la structure qui paie la charge (feuille Ménages) ; peut rester vide s'il n'y a qu'une structure."
        case .label: "Le libellé de la charge (par ex. Locaux de l'équipe). Obligatoire."
        case .account: "Le compte du CERFA 12156, 60 à 68 (liste ; 64 compte comme du personnel). Obligatoire."
        case .kind: "directe (coût de l'action) ou indirecte (frais de structure), la distinction que lit le plafond de 25 %. Obligatoire."
        case .basis:
            "Comment la charge court (liste) : par an (en douze mensualités), par ménage entrant, caution par ménage entrant (restituée au glissement du bail : de la trésorerie avancée, pas une charge), par ménage et par mois, ou taux des charges directes (charges indirectes seulement). Obligatoire."
        case .amount: "Le montant en euros (par ex. 3 600,00 €) ou, pour un taux des charges directes, le taux (par ex. 6 %). Obligatoire."
        case .purpose: "La dépense de l'appel que couvre la charge, quand le libellé ne le dit pas (liste)."
        }
    }
    var width: Int {
        switch self {
        case .structure: 16
        case .label: 44
        case .account: 10
        case .kind: 12
        case .basis: 30
        case .amount: 16
        case .purpose: 26
        }
    }
}

/// Autres produits: income besides the call's grants, and contributions in kind.
enum IncomeColumn: Int, WorkbookColumn {
    case account, label, amount, purpose
    static let sheet = ScenarioWorkbookLayout.otherIncome
    var header: String {
        switch self {
        case .account: "Compte"
        case .label: "Libellé"
        case .amount: "Montant"
        case .purpose: "Dépense de l'appel"
        }
    }
    var help: String {
        switch self {
        case .account:
            "70 à 79 pour un produit (75 pour les fonds propres, 74 pour un autre financeur), 87 pour une contribution volontaire en nature (portée en 86 et en 87, sous les totaux). Obligatoire."
        case .label: "Le libellé (par ex. Fonds propres de l'association). Obligatoire."
        case .amount: "Le montant par convention, en euros. Obligatoire."
        case .purpose: "La dépense de l'appel que la ligne concerne, le cas échéant (liste ; pas pour une contribution en nature)."
        }
    }
    var width: Int { self == .label ? 44 : self == .purpose ? 26 : 14 }
}

/// Budget déposé: the CERFA 12156 budget the candidate filed, checked as written.
enum BudgetColumn: Int, WorkbookColumn {
    case account, label, amount, purpose, heading
    static let sheet = ScenarioWorkbookLayout.budget
    var header: String {
        switch self {
        case .account: "Compte"
        case .label: "Libellé"
        case .amount: "Montant"
        case .purpose: "Dépense de l'appel"
        case .heading: "Intitulé du compte (CERFA 12156)"
        }
    }
    var help: String {
        switch self {
        case .account:
            "Un compte du CERFA 12156 (60 à 68, CI pour les charges indirectes, 86, 70 à 79, 87) ou un sous-compte (606, 7411…). Une ligne sans libellé ni montant est ignorée."
        case .label: "Le libellé de la ligne, tel que dans le budget déposé (une ligne 74 nomme son financeur : DDETS, Métropole, Département…)."
        case .amount: "Le montant, en euros. Le budget n'est lu que si au moins une ligne a un montant ; sinon, il est tiré des coûts du scénario."
        case .purpose: "La dépense de l'appel que la ligne couvre, quand le libellé ne le dit pas (liste)."
        case .heading: "Pour information : l'intitulé du compte sur le formulaire. Non lu."
        }
    }
    var width: Int { self == .label ? 48 : self == .heading ? 44 : self == .purpose ? 26 : 14 }
    var isRead: Bool { self != .heading }
}

/// Chiffres attendus: figures the scenario should produce, compared exactly by run and check.
enum ExpectedColumn: Int, WorkbookColumn {
    case id, value
    static let sheet = ScenarioWorkbookLayout.expected
    var header: String { self == .id ? "Identifiant" : "Valeur attendue" }
    var help: String {
        self == .id
            ? "L'identifiant d'un chiffre, tel que la commande enveloppe explain FICHIER les liste (par ex. paiement.vial.solde)."
            : "La valeur attendue, telle qu'on l'écrit (par ex. 38 500,00 € ou 26) ; un écart fait échouer le contrôle."
    }
    var width: Int { self == .id ? 40 : 20 }
}

/// Candidats: the responses a funder shares an envelope among (enveloppe allocate).
enum CandidateColumn: Int, WorkbookColumn {
    case id, name, territory, weight, requested, minimum, maximum, rank
    static let sheet = ScenarioWorkbookLayout.candidates
    var header: String {
        switch self {
        case .id: "Identifiant"
        case .name: "Nom"
        case .territory: "Territoire"
        case .weight: "Poids"
        case .requested: "Demande"
        case .minimum: "Minimum"
        case .maximum: "Maximum"
        case .rank: "Rang"
        }
    }
    var help: String {
        switch self {
        case .id: "Un identifiant court et unique du candidat. Obligatoire."
        case .name: "Le nom du candidat. Obligatoire."
        case .territory: "Son territoire (l'appel AML répartit d'abord par territoire)."
        case .weight: "Le poids (population, ménages orientés…) pour une répartition au prorata des poids ; un nombre entier."
        case .requested:
            "La demande, en mesures (en euros quand un montant est partagé au centime, pour un appel sans taux par ménage)."
        case .minimum, .maximum: "Les bornes de sa part, dans la même unité que la demande ; toujours respectées."
        case .rank: "Le rang du jury, 1 d'abord, pour une répartition par rang."
        }
    }
    var width: Int { self == .name ? 34 : self == .id || self == .territory ? 18 : 12 }
}

/// The rubrics of the Candidature sheet: one row each, the label in column A and the
/// scenario's value in column B; rows may be moved, the label says which rubric a row is.
enum Rubric: Int, WorkbookRubric, Sendable {
    case title, description, preset, openingBalance, budgetFile
    case conventionStart, conventionMonths, conventionPeriods, conventions, accompanimentMonths, households, envelopeTotal
    case requiredFTE, minimumManagementFTE, capRate, capScope, capBase
    case advanceRate, rounding, advanceDelay, balanceDelay, instalments
    case allocationMeasures, allocationAmount, allocationMethod

    var label: String {
        switch self {
        case .title: "Titre"
        case .description: "Description et hypothèses"
        case .preset: "Appel"
        case .openingBalance: "Trésorerie de départ"
        case .budgetFile: "Budget déposé : fichier CSV"
        case .conventionStart: "Début de la convention"
        case .conventionMonths: "Durée de la convention (mois)"
        case .conventionPeriods: "Conventions successives"
        case .conventions: "Conventions"
        case .accompanimentMonths: "Durée d'un accompagnement (mois)"
        case .households: "Ménages prévus par l'appel"
        case .envelopeTotal: "Montant total de l'enveloppe"
        case .requiredFTE: "Équipe demandée (ETP)"
        case .minimumManagementFTE: "Encadrement minimum (ETP)"
        case .capRate: "Plafond des charges : taux"
        case .capScope: "Plafond des charges : charges plafonnées"
        case .capBase: "Plafond des charges : base"
        case .advanceRate: "Avance : part de la subvention"
        case .rounding: "Avance : arrondi"
        case .advanceDelay: "Avance : mois après le début de la convention"
        case .balanceDelay: "Solde : mois après la fin de la convention"
        case .instalments: "Versements avant le solde"
        case .allocationMeasures: "Répartition : mesures à répartir"
        case .allocationAmount: "Répartition : montant à répartir"
        case .allocationMethod: "Répartition : méthode"
        }
    }

    /// The field of the JSON format the rubric holds.
    var path: String {
        switch self {
        case .title: "title"
        case .description: "description"
        case .preset: "preset"
        case .openingBalance: "openingBalance"
        case .budgetFile: "budget.file"
        case .conventionStart: "rules.convention.start"
        case .conventionMonths: "rules.convention.months"
        case .conventionPeriods: "rules.convention.periods"
        case .conventions: "rules.conventions"
        case .accompanimentMonths: "rules.accompanimentMonths"
        case .households: "rules.households"
        case .envelopeTotal: "rules.envelopeTotal"
        case .requiredFTE: "rules.team.requiredFTE"
        case .minimumManagementFTE: "rules.team.minimumManagementFTE"
        case .capRate: "rules.cap.rate"
        case .capScope: "rules.cap.scope"
        case .capBase: "rules.cap.base"
        case .advanceRate: "rules.paymentTerms.advanceRate"
        case .rounding: "rules.paymentTerms.rounding"
        case .advanceDelay: "rules.paymentTerms.advanceDelayMonths"
        case .balanceDelay: "rules.paymentTerms.balanceDelayMonths"
        case .instalments: "rules.paymentTerms.instalments"
        case .allocationMeasures: "allocation.envelope.measures"
        case .allocationAmount: "allocation.envelope.amount"
        case .allocationMethod: "allocation.method"
        }
    }

    /// The blocks a rubric also stands for in messages (`rules.paymentTerms` is missing: the advance row).
    var blocks: [String] {
        switch self {
        case .conventionStart: ["rules.convention"]
        case .requiredFTE: ["rules.team"]
        case .capRate: ["rules.cap"]
        case .advanceRate: ["rules.paymentTerms"]
        case .allocationMeasures: ["allocation", "allocation.envelope"]
        case .budgetFile: ["budget"]
        default: []
        }
    }

    /// The heading of the group of rows the rubric opens, if it opens one.
    var section: String? {
        switch self {
        case .title: "La candidature"
        case .conventionStart: "L'appel : valeurs à remplacer (laisser vide pour garder celle de l'appel)"
        case .advanceRate: "Conditions de versement (de chaque financeur, sauf ce que la feuille Versements dit pour l'un d'eux)"
        case .allocationMeasures: "Répartition d'une enveloppe entre candidats (enveloppe allocate, feuille Candidats)"
        default: nil
        }
    }

    var help: String {
        switch self {
        case .title: "Le titre du scénario, repris en tête des rapports. Obligatoire."
        case .description: "Le contexte et les hypothèses du scénario (coûts par ETP, montants supposés…), en clair."
        case .preset: "L'appel dont les règles s'appliquent (liste ; enveloppe presets les décrit). Obligatoire."
        case .openingBalance:
            "La trésorerie de l'association au début du premier mois, en euros (négative si elle commence à découvert) ; 0 € si vide."
        case .budgetFile:
            "Le nom d'un fichier CSV, à côté du classeur, qui contient le budget déposé ; ou bien la feuille Budget déposé, pas les deux."
        case .conventionStart: "Le premier mois de la convention (par ex. 09/2025), avec sa durée."
        case .conventionMonths: "La durée de la convention en mois, avec son début."
        case .conventionPeriods: "Le nombre de conventions de même durée qui se suivent (convention reconduite) ; 1 si vide."
        case .conventions: "Une convention pour la candidature, ou une par structure (chacune payée et arrondie pour elle-même)."
        case .accompanimentMonths: "La durée d'un accompagnement en mois, au plus celle de l'appel."
        case .households: "Les ménages que prévoit l'appel (comparés à ceux du scénario)."
        case .envelopeTotal: "Le montant total annoncé (comparé à la somme des lignes de la feuille Enveloppe)."
        case .requiredFTE: "Les ETP que demande l'appel."
        case .minimumManagementFTE: "L'encadrement minimum que demande l'appel, en ETP."
        case .capRate: "Le taux du plafond des charges (par ex. 25 %), au plus celui de l'appel."
        case .capScope: "Les charges plafonnées : hors personnel (lecture littérale de VIAL) ou indirectes seules."
        case .capBase:
            "La base du plafond : montant versé par le financeur, subvention demandée, autres charges ou total des charges."
        case .advanceRate:
            "La part de la subvention versée en avance (par ex. 60 %) ; obligatoire quand l'appel ne la fixe pas (Montpellier, AML)."
        case .rounding: "L'arrondi de l'avance : au centime le plus proche (défaut), ou en négligeant les millimes."
        case .advanceDelay: "Les mois entre le début de la convention et l'avance ; 1 si vide (aucun texte ne le fixe)."
        case .balanceDelay: "Les mois entre la fin de la convention et le solde (ou le reversement) ; 6 si vide."
        case .instalments:
            "Ou bien, à la place de l'avance et de son mois, chaque versement avant le solde, l'avance d'abord : sa part de la subvention (la sienne, pas le cumul) et son mois après le début de la convention, séparés par « ; » (par ex. 60 % à 1 mois ; 20 % à 6 mois) ; 100 % au plus en tout."
        case .allocationMeasures: "Le nombre de mesures qu'un financeur répartit (au taux de l'appel) ; ou bien un montant."
        case .allocationAmount: "Le montant qu'un financeur répartit ; ou bien un nombre de mesures."
        case .allocationMethod: "Au prorata des poids, au prorata des demandes, ou par rang (liste)."
        }
    }
}
