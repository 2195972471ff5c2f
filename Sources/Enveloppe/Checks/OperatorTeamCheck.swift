/// Each operator's team is the one its own convention funds, where each operator has one (Montpellier 2023: five
/// associations « conventionnées à hauteur de 1,5 ETP pour accompagner 12 ménages chacune »). The programme's total
/// (``TeamFTECheck``) can hold while one association has more and another less; warns then, naming them. The team is
/// counted as in ``TeamFTECheck`` (`Operator/teamFTE`).
enum OperatorTeamCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        let operators = input.scenario.operators
        guard let each = input.call.team?.eachOperator, !operators.isEmpty else { return [] }
        let differing = operators.compactMap { entry -> OperatorTeamGap? in
            let fte = entry.teamFTE
            guard fte != each.value.fte || entry.households != each.value.households else { return nil }
            return OperatorTeamGap(name: entry.name, fte: fte, households: entry.households)
        }
        return [
            Finding(
                id: "equipe.par-structure", status: differing.isEmpty ? .ok : .warning,
                comparison: .operatorTeams(each: each.value, operators: operators.count, differing: differing),
                sources: [each.citation])
        ]
    }
}
