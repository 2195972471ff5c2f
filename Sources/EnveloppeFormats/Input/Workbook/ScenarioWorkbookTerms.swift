import Enveloppe

extension WorkbookContext {
    /// The Versements sheet: each funder's own payment terms, as the JSON `rules.paymentTerms.funders`.
    /// A row of the call's funder with nothing set keeps the general terms; another identifier is
    /// kept, to be refused with its cell.
    func funderTerms(_ call: Call?) -> [String: RuleSettings.Terms] {
        guard let rows = rows(FunderTermsColumn.self) else { return [:] }
        locate("rules.paymentTerms.funders", WorkbookPath.sheet(rows.first?.sheet ?? ScenarioWorkbookLayout.paymentTerms))
        let known = Set(call?.funderIDs ?? [])
        var terms: [String: RuleSettings.Terms] = [:]
        var seen = Set<String>()
        for row in rows {
            guard let id = required(row, .funder, { c throws(InputError) in try c.text() }) else { continue }
            guard seen.insert(id).inserted else {
                reading.record(InputError(row.path(.funder), .duplicateField))
                continue
            }
            let path = "rules.paymentTerms.funders.\(id)"
            locate(path, row.path(.funder))
            for column in FunderTermsColumn.allCases { if let field = column.field { locate("\(path).\(field)", row.path(column)) } }
            var settings = RuleSettings.Terms()
            settings.advanceRate = optional(row, .advanceRate) { c throws(InputError) in try c.rate() }
            settings.advanceDelayMonths = optional(row, .advanceDelay) { c throws(InputError) in
                Int(try c.count(maximum: ScenarioDecoder.maximumPaymentDelayMonths))
            }
            settings.balanceDelayMonths = optional(row, .balanceDelay) { c throws(InputError) in
                Int(try c.count(minimum: 1, maximum: ScenarioDecoder.maximumPaymentDelayMonths))
            }
            settings.rounding = optional(row, .rounding) { c throws(InputError) in try c.choice(ScenarioChoices.roundings) }
            if !row[.instalments].isEmpty {
                for column in [FunderTermsColumn.advanceRate, .advanceDelay] where !row[column].isEmpty {
                    reading.record(
                        InputError(
                            row.path(column),
                            .exactlyOneOf([
                                FunderTermsColumn.instalments.header,
                                "\(FunderTermsColumn.advanceRate.header), \(FunderTermsColumn.advanceDelay.header)",
                            ])))
                }
                settings.instalments = reading.attempt { () throws(InputError) in try instalmentList(row[.instalments]) }
            }
            if settings != RuleSettings.Terms() || !known.contains(id) { terms[id] = settings }
        }
        return terms
    }

    /// `50 % à 2 mois ; 30 % à 6 mois`: each payment ahead of the balance, the advance first, with its
    /// own share of the grant and its month after the convention's start; checked as the JSON
    /// `instalments` are (months in order, 0 to 36; 100 % at most in all).
    func instalmentList(_ cell: WorkbookCell) throws(InputError) -> [PaymentTerms.Instalment] {
        let maximum = ScenarioDecoder.maximumPaymentDelayMonths
        var list: [PaymentTerms.Instalment] = []
        for piece in try cell.text().split(separator: ";", omittingEmptySubsequences: false) {
            let words = piece.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let at = words.firstIndex(where: { WorkbookText.folded($0) == "a" }), at > 0, at + 1 < words.count,
                words.count == at + 2 || (words.count == at + 3 && WorkbookText.folded(words[at + 2]) == "mois")
            else {
                throw InputError(cell.path, .notOneOf(text: String(piece).trimmingWhitespace, allowed: [Self.instalmentExample]))
            }
            let rate = try WorkbookCell(piece: words[..<at].joined(separator: " "), of: cell).rate()
            let months = try WorkbookCell.count(words[at + 1], path: cell.path, maximum: maximum)
            list.append(PaymentTerms.Instalment(rate: rate, delayMonths: Int(months)))
        }
        for index in list.indices.dropFirst() where list[index].delayMonths < list[index - 1].delayMonths {
            throw InputError(
                cell.path,
                .outsideBounds(text: String(list[index].delayMonths), low: String(list[index - 1].delayMonths), high: String(maximum)))
        }
        let total = PaymentTerms(advanceRate: list[0].rate, laterInstalments: Array(list.dropFirst())).cumulativeRates.last!
        guard total <= .one else { throw InputError(cell.path, .ratesAboveWhole(total: total)) }
        return list
    }

    static let instalmentExample = "50 % à 2 mois"
}
