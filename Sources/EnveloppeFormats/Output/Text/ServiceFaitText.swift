import Enveloppe

/// The run's text under its payment schedule: how each convention's service fait is computed, one sentence each
/// (`Service fait Association A = 1 200 mesures-mois × 70 000,00 € / 1 200 mesures-mois, arrondi une fois…`),
/// then its instalments when it has any.
///
/// A programme of thousands of operators has as many sentences in each period: each is written into the text's
/// bytes piece by piece, its amounts formatted in place, with no string of its own; each convention is read in
/// place in its line's array (bound whole, it would be copied, a dozen figures retained and released).
struct ServiceFaitText: Worded {
    let words: Wording

    /// - Parameter eachOperator: a sentence for every operator's own convention; otherwise, for a line paid on
    ///   each operator's convention, the first operator's first one as an example (the others are computed alike).
    func write(_ report: RunReport, into out: inout TextLines, indent: String = "  ", eachOperator: Bool = true) {
        let several = report.call.periods.count > 1
        let tail = language.pick(
            ", arrondi une fois ; dû = min(service fait, subvention) ; solde = dû − avance.",
            ", rounded once; due = min(service fait, grant); balance = due − advance.")
        // With instalments, the next sentence gives the balance (due less every instalment).
        let tailBeforeInstalments = language.pick(
            ", arrondi une fois ; dû = min(service fait, subvention).", ", rounded once; due = min(service fait, grant).")
        let schedule = PaymentRows(words: words)
        // The convention at `k` in `payments`, its fields read in place.
        func sentence(_ payments: [LinePayments], _ k: Int, line: LineGrant) {
            guard case .unitMonths(let delivered, let unit) = payments[k].deliveredUnitMonths.value, let basis = payments[k].serviceFaitBasis
            else { return }
            let subject = payments[k].grant.subject ?? line.line.label
            let unitMonths = f.unitMonthName(unit)
            out.write(indent)
            out.write("Service fait ")
            out.write(subject)
            if several { out.write(" (" + f.month(payments[k].period.start) + ")") }
            out.write(" = ")
            out.write(hundredths: delivered, f)
            out.write(" ")
            out.write(unitMonths)
            out.write(" × ")
            out.write(basis.amount, f)
            out.write(" / ")
            out.write(hundredths: basis.perUnitMonthHundredths, f)
            out.write(" ")
            out.write(unitMonths)
            out.write(payments[k].instalments.isEmpty ? tail : tailBeforeInstalments)
            out.endLine()
            if !payments[k].instalments.isEmpty { out.append(schedule.instalments(payments[k], subject: subject), indent: indent) }
        }
        for line in report.lines {
            for index in line.periods.indices {
                if line.isPerOperator {
                    let conventions = line.conventions[index]
                    if eachOperator {
                        for own in conventions.indices { sentence(conventions, own, line: line) }
                    } else if index == 0, !conventions.isEmpty {
                        out.write(indent)
                        out.write(language.pick("Par exemple :", "For example:"))
                        out.endLine()
                        sentence(conventions, 0, line: line)
                    }
                } else {
                    sentence(line.periods, index, line: line)
                }
            }
        }
    }
}
