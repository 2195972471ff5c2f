extension Presets {
    /// Bail d'abord in Montpellier as it ran in 2023: five associations, each funded
    /// for 1,5 ETP to accompany 12 households (rapport d'exécution 2023, Montpellier, Axe 3,
    /// "Consolidation du Bail d'abord").
    ///
    /// The report states neither the amounts nor the payment terms: both are `nil`,
    /// and a scenario must state them.
    public static let bailDabordMontpellier2023: Call = {
        let file: SourceID = "montpellier-2023"
        let section = "Consolidation du Bail d'abord"
        let quote = "conventionnées à hauteur de 1,5 ETP pour accompagner 12 ménages chacune"
        // 7,5 ETP and 60 households are five associations' 1,5 ETP and 12 households: the whole sentence.
        let fiveAssociations =
            "Poursuite du financement de 5 associations du territoire pour la mise en œuvre du Bail d'abord, conventionnées à hauteur de 1,5 ETP pour accompagner 12 ménages chacune"
        return Call(
            id: "bail-dabord-montpellier-2023",
            title: "Bail d'abord, Montpellier : fonctionnement en 2023 (bilan d'exécution)",
            shortName: "Bail d'abord, Montpellier (2023, bilan)",
            publisher: "Montpellier Méditerranée Métropole, bilan 2023 du plan Logement d'abord",
            source: file,
            lines: [
                EnvelopeLine(
                    id: "iml", label: "Crédits IML", funder: ddetsHerault, unit: .dwelling,
                    pricing: .fixed(amount: nil, unitHundredths: Cited(6_000, cite(file, section, fiveAssociations)), months: 12)),
                EnvelopeLine(
                    id: "fsl", label: "Crédits FSL", funder: montpellierMetropole, unit: .fte,
                    pricing: .fixed(amount: nil, unitHundredths: Cited(750, cite(file, section, fiveAssociations)), months: 12)),
            ],
            envelopeTotal: nil,
            households: Cited(60, cite(file, section, fiveAssociations)),
            team: TeamRule(
                requiredFTE: Cited(FTE(hundredths: 750), cite(file, section, fiveAssociations)),
                minimumManagementFTE: nil,
                eachOperator: Cited(OperatorTeam(fte: FTE(hundredths: 150), households: 12), cite(file, section, quote))),
            cap: nil,
            paymentTerms: nil,
            convention: Cited(
                Period(start: YearMonth(year: 2023, month: 1), months: 12),
                // The year the report gives account of: its convention of objectives for 2023.
                cite(file, "Plan Logement d'abord", "Rapport d'exécution de la convention pluriannuelle d'objectifs 2023")),
            accompanimentMonths: Cited(
                12, cite(montpellierCall, "Présentation du dispositif Bail d'abord", "Les professionnels accompagnent les personnes durant un an")),
            conventions: Cited(.perOperator, cite(file, section, quote)),
            renewal: RenewalRule(
                allowed: cite(
                    montpellierCall, "Présentation du dispositif Bail d'abord",
                    "avec possibilité de prolonger l'accompagnement en fonction des situations et arbitrages des financeurs"))
        )
    }()
}
