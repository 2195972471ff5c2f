/// The lines of the envelope add up to the total the call states: Montpellier,
/// « L'enveloppe totale s'élève à 577 000 euros » = 350 000 € IML + 227 000 € FSL.
/// Fails when they do not.
enum EnvelopeTotalCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        guard let stated = input.call.envelopeTotal else { return [] }
        let total = try Money.sum(input.lines.map(\.first.grant.amount))
        return [
            Finding(
                id: "enveloppe.total", status: total == stated.value ? .ok : .failure,
                comparison: .envelopeTotal(
                    sumOfLines: total, stated: stated.value,
                    scenarioPricesLines: !stated.isFromScenario && input.lines.contains { $0.amountSource.first?.isFromScenario ?? false }),
                sources: [stated.citation] + input.lines.flatMap(\.amountSource))
        ]
    }
}
