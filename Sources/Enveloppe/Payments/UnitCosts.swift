/// What the envelope costs per household, per FTE and per year, and each line's
/// cost per unit and year and per unit and month, each rounded once from the
/// call's exact amounts (350 000 € / 768 dwelling-months = 455,73 €, never 455,7291…
/// rounded twice).
public enum UnitCosts {
    public static func figures(total: Figure, households: Int64, fte: FTE, call: Call, lines: [LineGrant]) throws -> [Figure] {
        var figures: [Figure] = []
        if households > 0 {
            figures.append(
                Figure(
                    id: .costPerHousehold, kind: .costPerHousehold,
                    explained: try .scaled(
                        total.asOperand, by: .constant(.count(1)), over: .field(.count(households), path: "operators[].households"))))
        }
        if let team = call.team, team.requiredFTE.value.hundredths > 0 {
            figures.append(
                Figure(
                    id: .costPerFTEYear, kind: .costPerFTEYear,
                    explained: try .scaled(
                        total.asOperand, by: .constant(.units(hundredths: 100, unit: .fte)),
                        over: .parameter(team.requiredFTE) { .units(hundredths: $0.hundredths, unit: .fte) })))
        }
        // The team's load, which the call fixes where it sets a team (Montpellier: 64 households for 8 ETP).
        if call.team != nil, households > 0, fte.hundredths > 0 {
            figures.append(
                Figure(
                    id: .householdsPerFTE, kind: .householdsPerFTE,
                    explained: .ratio(
                        .field(.units(hundredths: households * 100, unit: .household), path: "operators[].households"),
                        .field(.units(hundredths: fte.hundredths, unit: .fte), path: "operators[]." + Operator.teamFTEPath))))
        }
        for line in lines { figures += [line.perUnitYear, line.perUnitMonth] }
        return figures
    }
}
