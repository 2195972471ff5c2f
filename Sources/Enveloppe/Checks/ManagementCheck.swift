/// The team has the management FTE the call expects (Montpellier: « un minimum de 0,5 ETP
/// est attendu sur un poste d'encadrement »). Fails below it.
enum ManagementCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        guard let minimum = input.call.team?.minimumManagementFTE else { return [] }
        let management = input.scenario.fte { $0.role == .management }
        return [
            Finding(
                id: "equipe.encadrement", status: management >= minimum.value ? .ok : .failure,
                comparison: .managementFTE(scenario: management, minimum: minimum.value), sources: [minimum.citation])
        ]
    }
}
