/// Households per FTE stay within the call's ratio (Montpellier: 64 households for 8 ETP),
/// compared exactly as cross products. Warns above it.
enum HouseholdsPerFTECheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        guard let team = input.call.team, let callHouseholds = input.call.households else { return [] }
        let fte = input.scenario.teamFTE
        guard fte.hundredths > 0 else { return [] }
        let households = input.scenario.households
        let required = team.requiredFTE.value
        // households / fte ≤ callHouseholds / required ⇔ households × required ≤ callHouseholds × fte.
        let within = Int128(households) * Int128(required.hundredths) <= Int128(callHouseholds.value) * Int128(fte.hundredths)
        return [
            Finding(
                id: "equipe.menages-par-etp", status: within ? .ok : .warning,
                comparison: .householdsPerFTE(households: households, fte: fte, callHouseholds: callHouseholds.value, callFTE: required),
                sources: [callHouseholds.citation, team.requiredFTE.citation])
        ]
    }
}
