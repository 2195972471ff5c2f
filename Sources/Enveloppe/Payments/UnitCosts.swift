/// What the envelope costs per household, per FTE and per year, and each line's
/// cost per unit and year and per unit and month, each rounded once from the
/// call's exact amounts (350 000 € / 768 dwelling-months = 455,73 €, never 455,7291…
/// rounded twice).
public enum UnitCosts {
    public static func figures(total: Figure, households: Int64, call: Call, lines: [LineGrant]) throws -> [Figure] {
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
        for line in lines { figures += [line.perUnitYear, line.perUnitMonth] }
        return figures
    }
}
