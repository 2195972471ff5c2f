import Enveloppe

/// The run's text under its payment schedule: how each convention's service fait is computed, one sentence each
/// (`Service fait Association A = 1 200 mesures-mois × 70 000,00 € / 1 200 mesures-mois, arrondi une fois…`),
/// then its instalments when it has any. The HTML page takes the same sentences, one paragraph each.
///
/// Each sentence is a string of its own, wrapped to the text's width (a text lists at most
/// ``PaymentRows/textLimit`` operators' conventions, one as an example beyond; the page lists them all, a string
/// each, which costs nothing measurable beside the page); each convention is read in place in its line's array
/// (bound whole, it would be copied, a dozen figures retained and released).
struct ServiceFaitText: Worded {
    let words: Wording

    /// - Parameters:
    ///   - width: the text's width, each sentence continuing on indented lines; `nil` for one line a sentence.
    ///   - eachOperator: a sentence for every operator's own convention; otherwise, for a line paid on each
    ///     operator's convention, the first operator's first one as an example (the others are computed alike).
    func write(_ report: RunReport, into out: inout TextLines, indent: String = "  ", width: Int? = nil, eachOperator: Bool = true) {
        let several = report.call.periods.count > 1
        let tail = language.pick(
            ", arrondi une fois ; dû = min(service fait, subvention) ; solde = dû − avance.",
            ", rounded once; due = min(service fait, grant); balance = due − advance.")
        // With instalments, the next sentence gives the balance (due less every instalment).
        let tailBeforeInstalments = language.pick(
            ", arrondi une fois ; dû = min(service fait, subvention).", ", rounded once; due = min(service fait, grant).")
        let schedule = PaymentRows(words: words)
        func add(_ sentence: String) {
            if let width {
                out.append(contentsOf: sentence.wrapped(width: width, first: indent, then: indent + "  "))
            } else {
                out.append(sentence, indent: indent)
            }
        }
        // The convention at `k` in `payments`, its fields read in place; `lead` (« Par exemple : ») on a line before it.
        func sentence(_ payments: [LinePayments], _ k: Int, line: LineGrant, lead: String? = nil) {
            guard case .unitMonths(let delivered, let unit) = payments[k].deliveredUnitMonths.value, let basis = payments[k].serviceFaitBasis
            else { return }
            if let lead { add(lead) }
            let subject = payments[k].grant.subject ?? line.line.label
            let unitMonths = f.unitMonthName(unit)
            add(
                "Service fait " + subject + (several ? " (" + f.month(payments[k].period.start) + ")" : "") + " = "
                    + f.decimal(hundredths: delivered) + " " + unitMonths + " × " + f.money(basis.amount) + " / "
                    + f.decimal(hundredths: basis.perUnitMonthHundredths) + " " + unitMonths
                    + (payments[k].instalments.isEmpty ? tail : tailBeforeInstalments))
            if !payments[k].instalments.isEmpty { add(schedule.instalments(payments[k], subject: subject)) }
        }
        for line in report.lines {
            for index in line.periods.indices {
                if line.isPerOperator {
                    if eachOperator {
                        let conventions = line.conventions[index]
                        for own in conventions.indices { sentence(conventions, own, line: line) }
                    } else if index == 0, let own = line.own, !own.amounts[index].isEmpty {
                        // The first operator's alone, as an example (the others are not made for the text).
                        sentence([own.convention(period: index, at: 0)], 0, line: line, lead: language.pick("Par exemple :", "For example:"))
                    }
                } else {
                    sentence(line.periods, index, line: line)
                }
            }
        }
    }
}
