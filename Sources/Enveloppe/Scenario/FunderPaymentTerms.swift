extension PaymentTerms {
    /// These terms with one funder's settings (`rules.paymentTerms.funders.…`) applied field by field:
    /// what the funder states replaces the general terms, the rest stays.
    ///
    /// A funder that states its own advance (a rate or instalments) pays no instalment of the
    /// general terms beyond it; one that states its own advance delay is not held back by the
    /// call's calendar, as for the general terms.
    public func applying(_ settings: RuleSettings.Terms) -> PaymentTerms {
        let first = settings.instalments?.first
        let advanceDelay = first?.delayMonths ?? settings.advanceDelayMonths
        let later = settings.instalments.map { Array($0.dropFirst()) } ?? (settings.advanceRate == nil ? laterInstalments : [])
        return PaymentTerms(
            advanceRate: first?.rate ?? settings.advanceRate ?? advanceRate, rounding: settings.rounding ?? rounding,
            advanceDelayMonths: advanceDelay ?? advanceDelayMonths, balanceDelayMonths: settings.balanceDelayMonths ?? balanceDelayMonths,
            advanceNotBefore: advanceDelay == nil ? advanceNotBefore : nil, laterInstalments: later,
            advanceDelayStated: advanceDelay != nil || advanceDelayStated,
            balanceDelayStated: settings.balanceDelayMonths != nil || balanceDelayStated)
    }
}

extension Call {
    /// The funders of the call's lines, each once, in the lines' order.
    public var funderIDs: [String] {
        var seen = Set<String>()
        return lines.map(\.funder.id).filter { seen.insert($0).inserted }
    }

    /// Each line's payment terms: its funder's when the scenario states them, cited
    /// `rules.paymentTerms.funders.<id>`; the others use `general`.
    func lineTerms(_ general: Cited<PaymentTerms>, funders: [String: RuleSettings.Terms]) -> [LineID: Cited<PaymentTerms>] {
        var terms: [LineID: Cited<PaymentTerms>] = [:]
        for line in lines {
            guard let own = funders[line.funder.id] else { continue }
            terms[line.id] = Cited(general.value.applying(own), .scenario(path: "rules.paymentTerms.funders.\(line.funder.id)"))
        }
        return terms
    }
}
