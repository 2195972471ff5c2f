/// The team has the FTE the call requires (Montpellier: « une équipe composée de 8 ETP »,
/// an obligation of means): fewer fails, more warns (the FTE beyond are not funded). The team is
/// encadrement, social work and care (`StaffPost.Role.isAccompaniment`); posts beside it (gestion
/// locative adaptée, administration) are said apart, not counted.
enum TeamFTECheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        guard let team = input.call.team else { return [] }
        let fte = input.scenario.operators.reduce(FTE.zero) { $0 + $1.teamFTE }
        let beside = input.scenario.operators.reduce(FTE.zero) { $0 + $1.supportFTE }
        let required = team.requiredFTE.value
        return [
            Finding(
                id: "equipe.etp", status: fte == required ? .ok : (fte < required ? .failure : .warning),
                comparison: .teamFTE(scenario: fte, required: required, beside: beside, roles: input.scenario.rolesBesideTeam),
                sources: [team.requiredFTE.citation] + (team.composition.map { [$0] } ?? []))
        ]
    }
}
