/// The scenario accompanies the households the call states (Montpellier: 64). Warns otherwise.
enum HouseholdsCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        guard let call = input.call.households else { return [] }
        let households = input.scenario.households
        return [
            Finding(
                id: "menages.appel", status: households == call.value ? .ok : .warning,
                comparison: .households(scenario: households, call: call.value), sources: [call.citation])
        ]
    }
}
