/// The payment terms applied, and whether the scenario had to assume them because the
/// call's text sets none (Montpellier). Warns when assumed. A funder the scenario gives terms of its own
/// (`rules.paymentTerms.funders.<id>`: the Métropole's 50 % then 30 %) has a finding of its own, a warning too.
enum PaymentTermsCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        let terms = input.resolved.terms
        let general = Finding(
            id: "paiement.conditions", status: terms.isFromScenario ? .warning : .ok,
            comparison: .paymentTerms(advanceRate: terms.value.advanceRate, assumed: terms.isFromScenario),
            sources: [terms.citation])
        // Each funder paid on its own terms, once, in the order of the call's lines.
        var seen = Set<String>()
        let own = input.lines.compactMap { line -> Finding? in
            let funder = line.line.funder
            guard let terms = input.resolved.lineTerms[line.line.id], seen.insert(funder.id).inserted else { return nil }
            return Finding(
                id: "paiement.conditions.\(funder.id)", status: .warning,
                comparison: .funderPaymentTerms(
                    funder: funder.name, advanceRate: terms.value.advanceRate, laterRates: terms.value.laterInstalments.map(\.rate)),
                sources: [terms.citation])
        }
        return [general] + own
    }
}
