/// The payment terms applied, and whether the scenario had to assume them because the
/// call's text sets none (Montpellier). Warns when assumed.
enum PaymentTermsCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        let terms = input.resolved.terms
        return [
            Finding(
                id: "paiement.conditions", status: terms.isFromScenario ? .warning : .ok,
                comparison: .paymentTerms(advanceRate: terms.value.advanceRate, assumed: terms.isFromScenario),
                sources: [terms.citation])
        ]
    }
}
