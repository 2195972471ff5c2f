/// The scenario schema's titles and descriptions in English, for `enveloppe schema --lang en`: the same schema, the
/// same keys and constraints, with each French text replaced by its English one. A test checks that every text of
/// the French schema has its English one here.
extension ScenarioSchema {
    /// The schema with its texts in `language`.
    public static func text(_ language: Language) -> String {
        guard language == .en else { return text }
        var english = Array(text.utf8)
        for (french, translation) in englishTexts {
            english = replacing(Array(JSONWriter.quoted(french).utf8), with: Array(JSONWriter.quoted(translation).utf8), in: english)
        }
        return String(decoding: english, as: UTF8.self)
    }

    /// `bytes` with each occurrence of `target` replaced (a quoted JSON string: it cannot overlap another).
    private static func replacing(_ target: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == target[0], index + target.count <= bytes.count, bytes[index..<index + target.count].elementsEqual(target) {
                out += replacement
                index += target.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    /// Each French title or description of the schema, and its English.
    static let englishTexts: [(french: String, english: String)] = [
        (
            "Scénario Enveloppe",
            "Enveloppe scenario"
        ),
        (
            "Un scénario : l'appel (préréglage), les structures de la candidature, et les valeurs que le scénario fixe lui-même. Voir docs/scenario-format.md.",
            "A scenario: the call (preset), the operators of the application, and the values the scenario sets itself. See docs/scenario-format.md."
        ),
        (
            "Titre du scénario.",
            "The scenario's title."
        ),
        (
            "Contexte et hypothèses du scénario, en clair.",
            "The scenario's context and assumptions, in plain words."
        ),
        (
            "L'appel dont les règles s'appliquent (enveloppe presets).",
            "The call whose rules apply (enveloppe presets)."
        ),
        (
            "Valeurs qui remplacent ou complètent celles de l'appel ; chacune est citée « scénario, rules.… » dans les rapports.",
            "Values that replace or complete the call's; the reports cite each as “scenario, rules.…”."
        ),
        (
            "Par identifiant de ligne (iml, fsl, vial, aml).",
            "By line identifier (iml, fsl, vial, aml)."
        ),
        (
            "Montant d'une ligne à montant fixe.",
            "Amount of a fixed-amount line."
        ),
        (
            "Taux annuel par ménage d'une ligne au taux.",
            "Yearly rate per household of a line paid at a rate."
        ),
        (
            "Quantité financée (logements, ETP) d'une ligne à montant fixe.",
            "Quantity funded (dwellings, FTE) by a fixed-amount line."
        ),
        (
            "Ligne du compte 74 du financeur sur le formulaire CERFA 12156.",
            "The funder's account-74 line on the CERFA 12156 form."
        ),
        (
            "Obligatoire quand l'appel ne fixe pas de conditions de versement.",
            "Required when the call sets no payment terms."
        ),
        (
            "Mois entre le début de la convention et l'avance (1 par défaut).",
            "Months between the start of the convention and the advance (1 by default)."
        ),
        (
            "Mois entre la fin de la convention et le solde (6 par défaut).",
            "Months between the end of the convention and the balance (6 by default)."
        ),
        (
            "Conditions propres à un financeur, par son identifiant (ddets, metropole, departement, ddcs) : ce qu'elles disent remplace les conditions générales.",
            "A funder's own terms, by its identifier (ddets, metropole, departement, ddcs): what they state replaces the general terms."
        ),
        (
            "Les versements avant le solde, l'avance d'abord : la part de chacun et son mois après le début de la convention ; 100 % au plus en tout.",
            "The payments before the balance, the advance first: the share of each and its month after the convention starts; 100% at most in all."
        ),
        (
            "Une autre convention que celle de l'appel (start et months ensemble), ou periods seul : la convention de l'appel reconduite.",
            "A convention other than the call's (start and months together), or periods alone: the call's convention renewed."
        ),
        (
            "Conventions successives de même durée (1 par défaut).",
            "Successive conventions of the same length (1 by default)."
        ),
        (
            "Une convention pour la candidature (group) ou une par structure (perOperator), à la place de celle que décrit l'appel.",
            "One convention for the application (group) or one per operator (perOperator), in place of the one the call describes."
        ),
        (
            "Trésorerie au début du premier mois (0 par défaut ; négative si l'association commence à découvert).",
            "Treasury at the start of the first month (0 by default; negative when the association starts on an overdraft)."
        ),
        (
            "Produits en plus des subventions de l'appel (fonds propres 75, autres financeurs 74…).",
            "Income besides the call's grants (own funds 75, other funders 74…)."
        ),
        (
            "Contributions volontaires en nature, portées en 86 et en 87.",
            "Voluntary contributions in kind, entered in 86 and 87."
        ),
        (
            "Chiffres attendus, par identifiant (enveloppe explain FICHIER les liste) : \"49 000,00 €\", 49000, \"49000.00\" ou un nombre. run et check les comparent au calcul ; un écart est un contrôle en échec.",
            "Expected figures, by identifier (enveloppe explain FILE lists them): \"49 000,00 €\", 49000, \"49000.00\" or a number. run and check compare them with the computation; a difference is a failed check."
        ),
        (
            "Ce qu'un financeur répartit entre les réponses (enveloppe allocate).",
            "What a funder allocates among the applications (enveloppe allocate)."
        ),
        (
            "Mesures demandées (ou montant, pour une enveloppe en euros d'un appel sans taux annuel).",
            "Measures requested (or an amount, for an envelope in euros of a call without a yearly rate)."
        ),
        (
            "En mesures (ou en euros).",
            "In measures (or in euros)."
        ),
        (
            "Le budget prévisionnel déposé par le candidat, vérifié tel quel : ses lignes, ou un fichier CSV (compte;libellé;montant) à côté du scénario.",
            "The forecast budget filed by the applicant, checked as filed: its lines, or a CSV file (compte;libellé;montant) beside the scenario."
        ),
        (
            "Ce qui est incertain, pour enveloppe risk : retards de paiement par financeur, montée en charge, sorties anticipées, délai de remplacement, vacance de postes ; le découvert autorisé et le coût du portage. Voir docs/risque.md.",
            "What is uncertain, for enveloppe risk: payment delays by funder, ramp-up, early exits, refill delay, vacant posts; the overdraft limit and the cost of bridging. See docs/risque.md."
        ),
        (
            "Par identifiant de financeur (ddets, metropole, departement, ddcs) : mois de retard au-delà des conditions de versement.",
            "By funder identifier (ddets, metropole, departement, ddcs): months of delay beyond the payment terms."
        ),
        (
            "Retard de l'avance et des versements avant le solde (une même signature).",
            "Delay of the advance and of the instalments before the balance (all paid on the same signature)."
        ),
        (
            "Retard du solde (ou du reversement).",
            "Delay of the balance (or of the repayment)."
        ),
        (
            "Ménages entrant par mois, à la place de intake.rampUp (1 au moins).",
            "Households entering per month, in place of intake.rampUp (at least 1)."
        ),
        (
            "Part des places dont le ménage sort avant la fin de son accompagnement, par convention : \"5 %\".",
            "Share of the places whose household leaves before the end of its accompaniment, per convention: \"5%\"."
        ),
        (
            "Mois pendant lesquels une place libérée reste vide (0 à 24).",
            "Months a freed place stays empty (0 to 24)."
        ),
        (
            "Mois de vacance de chaque poste à son ouverture (un recrutement), tirés poste par poste (0 à 120).",
            "Months each post stays vacant when it opens (a recruitment), drawn post by post (0 to 120)."
        ),
        (
            "Découvert autorisé par la banque.",
            "Overdraft allowed by the bank."
        ),
        (
            "Coût du portage : un découvert à un taux annuel, ou une cession de créance à un taux du montant à trouver.",
            "Cost of bridging: an overdraft at a yearly rate, or an assignment of receivables at a rate of the amount to find."
        ),
        (
            "Taux annuel du découvert, sur chaque solde de fin de mois négatif (un douzième par mois).",
            "Yearly rate of the overdraft, on each negative month-end balance (a twelfth per month)."
        ),
        (
            "Coût d'une cession de créance (Dailly), en taux du montant le plus haut à trouver, une fois.",
            "Cost of an assignment of receivables (Dailly), as a rate of the largest amount to find, once."
        ),
        (
            "Un nombre entier (mois, ménages) ou un taux (\"5 %\").",
            "A whole number (months, households) or a rate (\"5%\")."
        ),
        (
            "{\"min\", \"max\"} : chaque valeur entière de min à max également probable ; avec \"likely\" : un triangle ; ou {\"values\", \"weights\"} : des valeurs et leurs poids.",
            "{\"min\", \"max\"}: each whole value from min to max equally likely; with \"likely\": a triangle; or {\"values\", \"weights\"}: values and their weights."
        ),
        (
            "Capacité : ménages accompagnés en même temps.",
            "Capacity: households accompanied at the same time."
        ),
        (
            "Entrées et sorties des ménages ; sans ce bloc, tous les ménages entrent le premier mois.",
            "Households' entries and exits; without this block, every household enters in the first month."
        ),
        (
            "Ménages déjà accompagnés au début (sans frais d'entrée).",
            "Households already accompanied at the start (no entry costs)."
        ),
        (
            "Entrées de chaque mois, à partir de start.",
            "Entries of each month, from start."
        ),
        (
            "Entrées par mois tant qu'une place est libre.",
            "Entries per month while a place is free."
        ),
        (
            "Mois ajoutés par renouvellement, dans les limites de l'appel (VIAL : par 6 mois, 12 au plus, 18 par dérogation).",
            "Months added by renewal, within the call's limits (VIAL: in steps of 6 months, up to 12, or 18 by derogation)."
        ),
        (
            "Montant annuel, versé en douze parts.",
            "Yearly amount, paid in twelve parts."
        ),
        (
            "Montant par ménage entrant.",
            "Amount per entering household."
        ),
        (
            "Caution par ménage entrant, restituée au glissement du bail.",
            "Deposit per entering household, returned when the sliding lease (bail glissant) passes to the household."
        ),
        (
            "Montant par ménage et par mois.",
            "Amount per household per month."
        ),
        (
            "Taux des charges directes (charges indirectes seulement).",
            "Rate applied to the direct charges (for indirect charges only)."
        ),
        (
            "Montant en euros, au plus deux décimales : 49000, 49000.00 ou \"49 000,00 €\".",
            "Amount in euros, two decimals at most: 49000, 49000.00 or \"49 000,00 €\"."
        ),
        (
            "Montant en euros, négatif s'il le faut, au plus deux décimales : -20000 ou \"-20 000,00 €\".",
            "Amount in euros, negative if need be, two decimals at most: -20000 or \"-20 000,00 €\"."
        ),
        (
            "Taux : \"60 %\" ou une fraction de 0 à 1 (0.6).",
            "Rate: \"60%\" or a fraction from 0 to 1 (0.6)."
        ),
        (
            "Nombre d'ETP (ou d'unités), au plus deux décimales : 0.5, \"0,5\".",
            "Number of FTE (or units), two decimals at most: 0.5, \"0,5\"."
        ),
        (
            "Compte du CERFA 12156 : 60 à 68, CI, 86, 70 à 79, 87 (ou un sous-compte : 706, 7411…).",
            "CERFA 12156 account: 60 to 68, CI, 86, 70 to 79, 87 (or a sub-account: 706, 7411…)."
        ),
    ]
}
