extension Presets {
    static let montpellierCall: SourceID = "montpellier-2024"
    static let ddetsHerault = Funder(
        id: "ddets", name: "État – DDETS de l'Hérault", subsidyLine: .state, keywords: ["ddets", "iml", "état", "etat"])
    static let montpellierMetropole = Funder(
        id: "metropole", name: "Montpellier Méditerranée Métropole", subsidyLine: .intercommunality,
        keywords: ["métropole", "metropole", "fsl", "3m"])

    /// Bail d'abord team, Préfet de l'Hérault + Montpellier Méditerranée Métropole, call of 31 Oct 2024.
    ///
    /// The call states no payment terms: `paymentTerms` is `nil`, and a scenario must state them.
    public static let bailDabordMontpellier2024: Call = {
        let file = montpellierCall
        let funding = "Financements"
        let eligibility = "Objectifs de l'appel à candidature et critères d'éligibilité"
        let imlQuote = "350 000 euros de crédits IML de la DDETS pour 64 logements sur 12 mois"
        let fslQuote = "227 000 euros de crédits FSL de la Métropole de Montpellier pour 8 ETP sur 12 mois"
        return Call(
            id: "bail-dabord-montpellier-2024",
            title: "Appel à candidatures « Création d'une équipe Bail d'abord »",
            shortName: "Bail d'abord, Montpellier (2024)",
            publisher: "Préfet de l'Hérault et Montpellier Méditerranée Métropole, 31 octobre 2024",
            source: file,
            lines: [
                EnvelopeLine(
                    id: "iml", label: "Crédits IML", funder: ddetsHerault, unit: .dwelling,
                    pricing: .fixed(
                        amount: Cited(euros(350_000), cite(file, funding, imlQuote)),
                        unitHundredths: Cited(6_400, cite(file, funding, imlQuote)), months: 12)),
                EnvelopeLine(
                    id: "fsl", label: "Crédits FSL", funder: montpellierMetropole, unit: .fte,
                    pricing: .fixed(
                        amount: Cited(euros(227_000), cite(file, funding, fslQuote)),
                        unitHundredths: Cited(800, cite(file, funding, fslQuote)), months: 12)),
            ],
            envelopeTotal: Cited(euros(577_000), cite(file, funding, "L'enveloppe totale s'élève à 577 000 euros")),
            households: Cited(64, cite(file, funding, "pour l'accompagnement de 64 ménages")),
            team: TeamRule(
                requiredFTE: Cited(FTE(8), cite(file, eligibility, "une équipe composée de 8 ETP")),
                minimumManagementFTE: Cited(
                    FTE(hundredths: 50),
                    cite(file, eligibility, "un minimum de 0,5 ETP est attendu sur un poste d'encadrement")),
                composition: cite(
                    file, eligibility,
                    "Sur les ETP restants, des professionnels du travail social diplômé d'Etat (éducateur spécialisé, conseiller en économie sociale et familiale, assistant de service social) et des professionnels du soins (psychologue ou infirmière notamment) chargés de l'accompagnement social global des ménages sont attendus"
                ),
                beside: cite(
                    file, funding,
                    "Outre le financement d'une équipe de professionnels pour réaliser un accompagnement social global renforcé, cette enveloppe doit également permettre de"
                )),
            cap: nil,
            paymentTerms: nil,
            convention: Cited(
                Period(start: YearMonth(year: 2025, month: 9), months: 12),
                cite(file, "Formalités d’envoi des candidatures et calendrier", "Lancement de l’action : Septembre 2025")),
            accompanimentMonths: Cited(
                12, cite(file, "Présentation du dispositif Bail d'abord", "Les professionnels accompagnent les personnes durant un an")),
            conventions: Cited(
                .group,
                cite(
                    file, eligibility,
                    "Dans cette configuration, les professionnels sont mis à disposition de la structure porteuse")),
            renewal: RenewalRule(
                allowed: cite(
                    montpellierCall, "Présentation du dispositif Bail d'abord",
                    "avec possibilité de prolonger l'accompagnement en fonction des situations et arbitrages des financeurs")),
            requiredExpenses: [
                Cited(.equipment, cite(file, funding, "du minimum nécessaire pour équiper le logement")),
                Cited(.moving, cite(file, funding, "une aide logistique pour le déménagement")),
                Cited(.meters, cite(file, funding, "l'ouverture des compteurs eau/gaz/électricité")),
                Cited(.transport, cite(file, funding, "prendre en charge les frais relatifs aux transports pour certaines démarches accompagnées")),
                Cited(.neighbourhood, cite(file, funding, "Assumer les dépenses inhérentes à l’ancrage dans le quartier")),
                Cited(.deposit, cite(file, funding, "Financer la caution requise par le bailleur à la signature du bail glissant")),
                Cited(.housingManagement, cite(file, funding, "Assurer une gestion locative adaptée, internalisée par la structure candidate")),
                Cited(.followUp, cite(file, funding, "Assurer un droit de suite après le glissement du bail")),
            ],
            excludedExpenses: [
                Cited(
                    .practiceAnalysis,
                    cite(
                        file, funding, "sessions mensuelles d’analyse de pratiques professionnelles, financées dans le cadre du plan Logement d’abord"
                    )),
                Cited(
                    .platformNurse,
                    cite(
                        file, eligibility,
                        "l'infirmière actuellement rattachée à la Plateforme Logement d'abord au sein du SIAO interviendra en soutien de l'équipe Bail d'abord"
                    )),
            ]
        )
    }()
}
