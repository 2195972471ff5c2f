extension Presets {
    /// Call "Aide à la Médiation Locative (AML) Logement d'abord", Pas-de-Calais, 2019.
    ///
    /// 290 000 € of DIHAL credits for September 2019 – December 2020, 58 measures at
    /// 5 000 € per household-year, 26 for the Artois and 32 for Lens-Hénin. The call
    /// states no payment terms: a scenario must.
    public static let aml2019: Call = {
        let file: SourceID = "aml-2019"
        let financing = "5. Le financement"
        let context = "1. Contexte"
        let period = "sur une période s’écoulant de septembre 2019 jusqu’à décembre 2020, soit 58 mesures"
        return Call(
            id: "aml-pas-de-calais-2019",
            title: "Appel à candidature « Aide à la Médiation Locative (AML) – Logement d'abord »",
            shortName: "AML, Pas-de-Calais (2019)",
            publisher: "Département du Pas-de-Calais, 2019",
            source: file,
            lines: [
                EnvelopeLine(
                    id: "aml", label: "Mesures AML (crédits DIHAL)",
                    funder: Funder(
                        id: "ddcs", name: "État – DDCS du Pas-de-Calais", subsidyLine: .state,
                        keywords: ["ddcs", "dihal", "aml", "état", "etat"]), unit: .household,
                    pricing: .perUnitYear(
                        rate: Cited(euros(5_000), cite(file, financing, "Le financement d’une mesure est de 5000€/ménage/an."))))
            ],
            envelopeTotal: Cited(
                euros(290_000), cite(file, financing, "Les crédits octroyés par la DIHAL dans le cadre de l’AML s’élèveraient à 290 000 € au total")),
            households: Cited(58, cite(file, financing, period)),
            territoryQuotas: [
                TerritoryQuota(territory: "Artois", measures: Cited(26, cite(file, context, "soit 26 mesures pour l’Artois"))),
                TerritoryQuota(territory: "Lens-Hénin", measures: Cited(32, cite(file, context, "32 mesures pour Lens-Hénin"))),
            ],
            team: nil,
            cap: nil,
            paymentTerms: nil,
            convention: Cited(
                Period(from: YearMonth(year: 2019, month: 9), through: YearMonth(year: 2020, month: 12)),
                cite(file, financing, period)),
            accompanimentMonths: Cited(
                12, cite(file, "4. Le fonctionnement – principes généraux", "La durée de l’accompagnement est de 12 mois")),
            conventions: Cited(
                .perOperator,
                cite(
                    file, "d. Calendrier et sélection des candidatures",
                    "Une convention de financement avec la Direction Départementale de la Cohésion Sociale viendra préciser les modalités de mise en œuvre et d’évaluation du projet ainsi que de versement de la subvention"
                )),
            renewal: RenewalRule(
                allowed: cite(
                    file, "4. Le fonctionnement – principes généraux",
                    "Un bilan d’accompagnement est également réalisé à échéance, en amont d’un éventuel renouvellement")),
            // Decided by the Commission Permanente of 4 November 2019, notified at the end of 2019: no advance before 2020.
            advanceNotBefore: Cited(
                YearMonth(year: 2020, month: 1), cite(file, "d. Calendrier et sélection des candidatures", "Notification de la décision fin 2019"))
        )
    }()
}
