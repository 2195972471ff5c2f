extension Presets {
    static let vialCall: SourceID = "vial-2025"
    static let pasDeCalais = Funder(
        id: "departement", name: "Département du Pas-de-Calais", subsidyLine: .department,
        keywords: ["département", "departement", "vial", "pas-de-calais"])

    /// VIAL, AMI 1 territories: convention from 1 January to 31 December 2025.
    ///
    /// The operation waits for the Département's 2025 budget, « qui interviendra en mars 2025 », and the advance is
    /// paid « dès signature de la convention »: no advance before March 2025, the earliest month the text allows a
    /// signature in (the State–Département convention it also waits for has no date).
    public static let vialAMI1 = vial(
        id: "vial-pas-de-calais-2025-ami1", ami: "AMI 1",
        convention: Period(start: YearMonth(year: 2025, month: 1), months: 12),
        quote: "pour les territoires AMI 1 : du 1er janvier 2025 au 31 décembre 2025",
        advanceNotBefore: Cited(
            YearMonth(year: 2025, month: 3),
            cite(
                vialCall, "DUREE ET FINANCEMENT",
                "La validation et la mise en œuvre de l’opération restent conditionnées à l’adoption du budget 2025 du Département qui interviendra en mars 2025"
            )))

    /// VIAL, AMI 2 territories: convention from 1 November 2025 to 31 October 2026.
    public static let vialAMI2 = vial(
        id: "vial-pas-de-calais-2025-ami2", ami: "AMI 2",
        convention: Period(start: YearMonth(year: 2025, month: 11), months: 12),
        quote: "pour les territoires AMI 2 : du 1er novembre 2025 au 31 octobre 2026")

    /// Call for projects VIAL (Vers l'Insertion et l'Autonomie en Logement), Département du Pas-de-Calais, 2025.
    ///
    /// The total envelope "non connu à la date de publication": the grant follows the households.
    static func vial(id: PresetID, ami: String, convention: Period, quote: String, advanceNotBefore: Cited<YearMonth>? = nil) -> Call {
        let file = vialCall
        let financing = "3. Modalités de financement"
        let payment = "4. Modalités de versement de la participation financière"
        let results = "5. Résultat(s) attendu(s)"
        let renewal = "L’accompagnement peut être renouvelé 6 mois, jusqu’à 12 mois maximum"
        let capQuote = "les charges directes et indirectes, plafonnées à hauteur de 25% maximum du montant versé par le Département pour l’opération"
        return Call(
            id: id,
            title: "Appel à projets VIAL (Vers l'Insertion et l'Autonomie en Logement), \(ami)",
            shortName: "VIAL, Pas-de-Calais, \(ami) (2025)",
            publisher: "Département du Pas-de-Calais, 2025",
            source: file,
            lines: [
                EnvelopeLine(
                    id: "vial", label: "Mesures VIAL", funder: pasDeCalais, unit: .household,
                    pricing: .perUnitYear(
                        rate: Cited(
                            euros(7_000),
                            cite(file, financing, "Financement à hauteur de 7 000 € pour 12 mois d’accompagnement et par ménage"))))
            ],
            envelopeTotal: nil,
            households: nil,
            team: nil,
            cap: CapRule(
                rate: Cited(Rate(percent: 25), cite(file, financing, capQuote)),
                scope: Cited(.nonStaff, cite(file, financing, capQuote)),
                base: Cited(.paidAmount, cite(file, financing, capQuote))),
            paymentTerms: Cited(
                PaymentTerms(advanceRate: Rate(percent: 60)),
                cite(file, payment, "une avance de 60 % versée dès signature de la convention")),
            convention: Cited(convention, cite(file, "2. Durée du conventionnement", quote)),
            accompanimentMonths: Cited(
                12, cite(file, "5. Résultat(s) attendu(s)", "La durée de l’accompagnement est de 12 mois")),
            conventions: Cited(
                .perOperator,
                cite(
                    file, "DUREE ET FINANCEMENT",
                    "Une convention viendra préciser les modalités de mise en œuvre et d’évaluation du projet entre le Département et l’opérateur")),
            renewal: RenewalRule(
                allowed: cite(file, results, renewal),
                stepMonths: Cited(6, cite(file, results, "L’accompagnement peut être renouvelé 6 mois")),
                maximumMonths: Cited(12, cite(file, results, "jusqu’à 12 mois maximum, après avis du coordinateur, soit 24 mois d’accompagnement")),
                maximumByDerogation: Cited(
                    18,
                    cite(
                        file, results,
                        "un renouvellement de 6 mois maximum peut être accordé en sus, avec l’accord du coordinateur et du chef SLISL, soit 30 mois d’accompagnement maximum"
                    ))),
            advanceNotBefore: advanceNotBefore
        )
    }
}
