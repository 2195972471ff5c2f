/// One accompaniment fits in a convention period. Warns when it is longer.
enum AccompanimentLengthCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        let call = input.call
        let months = call.accompanimentMonths.value
        return [
            Finding(
                id: "convention.duree", status: months <= call.convention.value.months ? .ok : .warning,
                comparison: .accompanimentFits(months: months, convention: call.convention.value),
                sources: [call.accompanimentMonths.citation, call.convention.citation])
        ]
    }
}
