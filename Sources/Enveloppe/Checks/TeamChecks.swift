/// The team checks of a call that requires a team (Montpellier: 8 ETP, at least
/// 0,5 ETP of encadrement, 64 households: 000_c9903f690f8cc4d8.txt,
/// "Objectifs de l'appel à candidature et critères d'éligibilité").
enum TeamChecks {
    static func findings(scenario: Scenario, team: TeamRule, callHouseholds: Cited<Int64>?) -> [Finding] {
        let fte = scenario.operators.reduce(FTE.zero) { $0 + $1.fte }
        let required = team.requiredFTE.value
        // "une obligation de moyens [...] avec une équipe composée de 8 ETP": fewer fails, more is not funded.
        let fteStatus: Finding.Status = fte == required ? .ok : (fte < required ? .failure : .warning)
        var findings = [
            Finding(
                id: "equipe.etp", status: fteStatus, comparison: .teamFTE(scenario: fte, required: required),
                sources: [team.requiredFTE.citation])
        ]
        if let minimum = team.minimumManagementFTE {
            let management = scenario.staff.filter { $0.role == .management }.reduce(FTE.zero) { $0 + $1.fte }
            findings.append(
                Finding(
                    id: "equipe.encadrement", status: management >= minimum.value ? .ok : .failure,
                    comparison: .managementFTE(scenario: management, minimum: minimum.value),
                    sources: [minimum.citation]))
        }
        if let callHouseholds, fte.hundredths > 0 {
            // households / fte ≤ callHouseholds / required, compared as cross products: exact.
            let lhs = Int128(scenario.households) * Int128(required.hundredths)
            let rhs = Int128(callHouseholds.value) * Int128(fte.hundredths)
            findings.append(
                Finding(
                    id: "equipe.menages-par-etp", status: lhs <= rhs ? .ok : .warning,
                    comparison: .householdsPerFTE(
                        households: scenario.households, fte: fte, callHouseholds: callHouseholds.value, callFTE: required),
                    sources: [callHouseholds.citation, team.requiredFTE.citation]))
        }
        return findings
    }
}
