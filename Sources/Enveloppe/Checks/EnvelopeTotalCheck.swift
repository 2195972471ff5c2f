/// The lines of the envelope add up to the total the call states: Montpellier,
/// « L'enveloppe totale s'élève à 577 000 euros » = 350 000 € IML + 227 000 € FSL.
/// Fails when they do not.
enum EnvelopeTotalCheck {
    private static func isScenario(_ citation: Citation) -> Bool {
        if case .scenario = citation { return true }
        return false
    }

    static func findings(_ input: CheckInput) throws -> [Finding] {
        guard let stated = input.call.envelopeTotal else { return [] }
        let total = try Money.sum(input.lines.map(\.first.grant.amount))
        return [
            Finding(
                id: "enveloppe.total", status: total == stated.value ? .ok : .failure,
                comparison: .envelopeTotal(
                    sumOfLines: total, stated: stated.value,
                    scenarioPricesLines: !stated.isFromScenario && input.lines.contains { $0.amountSource.first.map(isScenario) ?? false }),
                sources: [stated.citation] + input.lines.flatMap(\.amountSource))
        ]
    }
}
