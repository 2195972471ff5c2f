/// The team has the FTE the call requires (Montpellier: « une équipe composée de 8 ETP »,
/// an obligation of means): fewer fails, more warns (the FTE beyond are not funded).
enum TeamFTECheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        guard let team = input.call.team else { return [] }
        let fte = input.scenario.operators.reduce(FTE.zero) { $0 + $1.fte }
        let required = team.requiredFTE.value
        return [
            Finding(
                id: "equipe.etp", status: fte == required ? .ok : (fte < required ? .failure : .warning),
                comparison: .teamFTE(scenario: fte, required: required), sources: [team.requiredFTE.citation])
        ]
    }
}
