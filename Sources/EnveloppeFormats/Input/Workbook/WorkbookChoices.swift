import Enveloppe

/// A closed choice of the workbook: each value of the format with the French words a
/// person picks from the drop-down list. Reading accepts the French words or the JSON
/// value (`socialWork`), whatever the case, accents or spacing, so a value typed by hand
/// is read too; writing always puts the French words.
struct WorkbookChoices<Value: Hashable & Sendable>: Sendable {
    let entries: [(value: Value, label: String, raw: String)]

    /// The French words, in the list's order (what the drop-down list offers).
    var labels: [String] { entries.map(\.label) }

    func label(_ value: Value) -> String { entries.first { $0.value == value }?.label ?? "" }

    func value(matching text: String) -> Value? {
        let key = WorkbookText.folded(text)
        return entries.first { WorkbookText.folded($0.label) == key || WorkbookText.folded($0.raw) == key }?.value
    }

}

extension WorkbookChoices where Value: RawRepresentable, Value.RawValue == String {
    init(_ pairs: [(Value, String)]) {
        entries = pairs.map { (value: $0.0, label: $0.1, raw: $0.0.rawValue) }
    }
}

/// Every closed choice of the scenario workbook, in French.
enum ScenarioChoices {
    static let roles = WorkbookChoices<StaffPost.Role>([
        (.management, "Encadrement"), (.socialWork, "Travail social"), (.care, "Soin"),
        (.housingManagement, "Gestion locative adaptée"), (.administration, "Administration"),
    ])

    static let kinds = WorkbookChoices<ChargeLine.Kind>([(.direct, "directe"), (.indirect, "indirecte")])

    /// How a charge accrues, by the JSON field that holds its amount.
    enum Basis: String, Sendable, CaseIterable {
        case annualAmount, perEntry, refundableDeposit, perHouseholdMonth, rateOfDirectCosts
    }

    static let bases = WorkbookChoices<Basis>([
        (.annualAmount, "par an"), (.perEntry, "par ménage entrant"), (.refundableDeposit, "caution par ménage entrant (restituée)"),
        (.perHouseholdMonth, "par ménage et par mois"), (.rateOfDirectCosts, "taux des charges directes"),
    ])

    static let purposes = WorkbookChoices<ExpensePurpose>([
        (.equipment, "équipement du logement"), (.moving, "déménagement"), (.meters, "ouverture des compteurs"),
        (.transport, "transports accompagnés"), (.neighbourhood, "ancrage dans le quartier"), (.deposit, "caution du bail glissant"),
        (.housingManagement, "gestion locative adaptée"), (.followUp, "droit de suite"), (.practiceAnalysis, "analyse de pratiques"),
        (.platformNurse, "infirmière de la Plateforme"),
    ])

    static let roundings = WorkbookChoices<RoundingRule>([
        (.halfAwayFromZero, "au centime le plus proche"), (.towardZero, "en négligeant les millimes"), (.down, "au centime inférieur"),
    ])

    static let capScopes = WorkbookChoices<CapRule.Scope>([(.nonStaff, "charges hors personnel"), (.indirectOnly, "charges indirectes seules")])

    static let capBases = WorkbookChoices<CapRule.Base>([
        (.paidAmount, "montant versé"), (.subsidy, "subvention demandée"), (.otherCharges, "autres charges"),
        (.totalCharges, "total des charges"),
    ])

    static let conventions = WorkbookChoices<ConventionHolding>([
        (.group, "une pour la candidature"), (.perOperator, "une par structure"),
    ])

    static let subsidyLines = WorkbookChoices<SubsidyLine>(SubsidyLine.allCases.map { ($0, Wording(.fr).subsidyLineName($0)) })

    static let methods = WorkbookChoices<AllocationMethod>([
        (.proportional, "au prorata des poids"), (.proRataOfRequests, "au prorata des demandes"), (.byRank, "par rang"),
    ])

    static let presets = WorkbookChoices<PresetID>(entries: Presets.all.map { (value: $0.id, label: $0.id.rawValue, raw: $0.id.rawValue) })

    static let yes = "oui"
    static let no = "non"

    /// Charge accounts of the CERFA 12156 (64 counts as staff).
    static let chargeAccounts = ChargeLine.accounts.map(String.init)

    /// Accounts of the other-income sheet: income 70 to 79, and 87 for a contribution in kind.
    static let incomeAccounts = ["70", "73", "74", "75", "76", "77", "78", "79", "87"]
}

/// Text typed by a person, compared the forgiving way.
enum WorkbookText {
    /// Lower case, without accents, with single spaces and straight apostrophes: how a choice
    /// or a heading typed by hand is compared with the expected words.
    static func folded(_ text: String) -> String {
        let accents: [Character: Character] = [
            "à": "a", "â": "a", "ä": "a", "á": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i", "í": "i", "ô": "o",
            "ö": "o", "ó": "o", "ù": "u", "û": "u", "ü": "u", "ú": "u", "ç": "c", "œ": "o", "’": "'", "‘": "'",
        ]
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(accents[character] ?? character)
        }
        return result
    }
}
