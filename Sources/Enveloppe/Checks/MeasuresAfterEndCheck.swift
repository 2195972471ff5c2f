/// Every accompaniment ends with the last convention. Warns when households are still
/// accompanied after it (AML: a 12-month measure fits only if it opens by January 2020).
enum MeasuresAfterEndCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        let call = input.call
        return [
            Finding(
                id: "convention.mesures-apres-la-fin", status: input.householdsContinuingAfter == 0 ? .ok : .warning,
                comparison: .measuresAfterEnd(
                    households: input.householdsContinuingAfter, end: call.periods.last!.end, accompanimentMonths: call.accompanimentMonths.value,
                    renewalMonths: input.scenario.operators.map(\.effectiveIntake.renewalMonths).max() ?? 0),
                sources: [call.accompanimentMonths.citation, call.convention.citation])
        ]
    }
}
