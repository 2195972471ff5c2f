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
        case .intercommunality: language.pick("Intercommunalité (EPCI)", "Inter-municipal authority (EPCI)")
        case .municipality: language.pick("Commune", "Municipality")
        case .socialBodies: language.pick("Organismes sociaux", "Social bodies")
        case .europeanFunds: language.pick("Fonds européens", "European funds")
        case .asp: language.pick("ASP (emplois aidés)", "ASP (subsidised jobs)")
        case .otherPublic: language.pick("Autres établissements publics", "Other public bodies")
        case .privateAid: language.pick("Aides privées", "Private aid")
        }
    }

    /// A budget line's label, with its 74 subsidy line when it has one and the label does not already name that
    /// line's word: « Intercommunalité (EPCI) : Montpellier Méditerranée Métropole – Crédits FSL », but
    /// « État – DDETS de l'Hérault – Crédits IML » and « Subvention État – DDETS de l'Hérault » (not « État : État –
    /// DDETS… ») and « Département du Pas-de-Calais – Mesures VIAL ».
    func budgetLabel(_ line: BudgetLine) -> String {
        guard let subsidy = line.subsidyLine else { return line.label }
        let name = subsidyLineName(subsidy)
        let label = line.label
        // The name as a word of the label: after its start or a space, before its end, a space or a dash.
        let characters = Array(label)
        let word = Array(name)
        if word.count <= characters.count {
            for start in 0...(characters.count - word.count) where characters[start..<(start + word.count)].elementsEqual(word) {
                let end = start + word.count
                let before = start == 0 || characters[start - 1] == " "
                let after = end == characters.count || " –-,(".contains(characters[end])
                if before && after { return label }
            }
        }
        return name + language.pick(" : ", ": ") + label
    }
}
