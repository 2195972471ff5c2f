/// The team has the FTE the call requires (Montpellier: « une équipe composée de 8 ETP »,
/// an obligation of means): fewer fails, more warns (the FTE beyond are not funded). The team is
/// encadrement, social work and care (`StaffPost.Role.isAccompaniment`); posts beside it (gestion
/// locative adaptée, administration) are said apart, not counted. Where the call says who the team is
/// (Montpellier: « des professionnels du travail social […] et des professionnels du soins […] sont
/// attendus »), a team with no social worker or no care professional warns.
enum TeamFTECheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        guard let team = input.call.team else { return [] }
        let fte = input.scenario.teamFTE
        let beside = input.scenario.supportFTE
        let required = team.requiredFTE.value
        let missing =
            team.composition == nil
            ? []
            : [StaffPost.Role.socialWork, .care].filter { role in !input.scenario.hasPost { $0.role == role && $0.fte > .zero } }
        let status: Finding.Status = fte < required ? .failure : (fte > required || !missing.isEmpty ? .warning : .ok)
        return [
            Finding(
                id: "equipe.etp", status: status,
                comparison: .teamFTE(
                    scenario: fte, required: required, beside: beside, roles: input.scenario.rolesBesideTeam, missing: missing,
                    composed: team.composition != nil),
                sources: [team.requiredFTE.citation] + (team.composition.map { [$0] } ?? [])
                    + (beside > .zero ? team.beside.map { [$0] } ?? [] : []))
        ]
    }
}
