import Enveloppe

extension Wording {
    /// How an allocation method shares the envelope, in a sentence.
    func allocationMethod(_ method: Allocation.Method) -> String {
        switch method {
        case .proportional:
            language.pick(
                "au prorata des poids, au plus fort reste, dans les minimums et maximums de chacun",
                "pro rata of the weights, by largest remainder, within each one's minimum and maximum")
        case .proRataOfRequests:
            language.pick(
                "au prorata des demandes, jamais plus que demandé ; ce qu'un candidat plafonné ne peut prendre va aux autres",
                "pro rata of the requests, never more than asked; what a capped candidate cannot take goes to the others")
        case .byRank:
            language.pick(
                "dans l'ordre du classement du jury, chacun servi de sa demande jusqu'à épuisement ; un candidat dont le minimum ne tient plus dans ce qui reste n'a rien",
                "in the jury's ranking order, each given its request until the envelope is used up; a candidate whose minimum no longer fits in what is left gets nothing"
            )
        }
    }

    /// The rule that breaks ties under the method used, so the result does not depend on the list's order: equal
    /// remainders for a split, equal ranks for an allocation by rank.
    func allocationTieRule(_ method: Allocation.Method) -> String {
        method == .byRank
            ? language.pick(
                "À égalité de rang, le plus petit identifiant passe d'abord : le résultat ne dépend pas de l'ordre de la liste.",
                "On equal ranks, the smaller identifier goes first: the result does not depend on the order of the list.")
            : language.pick(
                "À égalité de reste, l'unité va au plus grand poids, puis au plus petit identifiant : le résultat ne dépend pas de l'ordre de la liste.",
                "On equal remainders the unit goes to the larger weight, then the smaller identifier: the result does not depend on the order of the list."
            )
    }

    /// The column of what is paid before the balance (``AllocationReport/Row/advance``).
    func allocationPaidAhead(_ report: AllocationReport) -> String { paidAhead(instalments: report.hasInstalments) }

    /// How the balance is reached, in a sentence.
    func allocationBalanceRule(_ report: AllocationReport) -> String {
        let paid = paidAheadTerm(instalments: report.hasInstalments)
        return language.pick("Solde : montant − \(paid), à service fait complet.", "Balance: amount − \(paid), at full service fait.")
    }

    /// The envelope as the header states it: « 280 000,00 € = 40 mesures × 7 000,00 € » when it is a whole number of
    /// measures; an amount given that is not says what the measures make and what is left of it.
    func allocationEnvelope(_ report: AllocationReport) -> String {
        let amount = format.money(report.envelopeAmount)
        guard let measures = report.envelopeMeasures, let price = report.measurePrice,
            let priced = try? price.multiplied(by: measures)
        else { return amount }
        let count = self.measures(measures)
        guard priced != report.envelopeAmount, let rest = try? report.envelopeAmount - priced else {
            return amount + " = " + count + " × " + format.money(price)
        }
        return language.pick(
            "\(amount), soit \(count) à \(format.money(price)) (\(format.money(priced))) ; les \(format.money(rest)) restants ne suffisent pas pour une mesure",
            "\(amount), i.e. \(count) at \(format.money(price)) (\(format.money(priced))); the remaining \(format.money(rest)) is less than one measure"
        )
    }

    /// « 0 mesure », « 1 mesure », « 3 mesures » (« 0 measures » in English).
    func measures(_ count: Int64) -> String {
        format.count(count)
            + (language == .fr ? (count > 1 ? " mesures" : " mesure") : (count == 1 ? " measure" : " measures"))
    }

    /// What stays unallocated, in words: « reste non attribué : 6 000,00 €, moins d'une mesure ».
    func unallocated(_ report: AllocationReport) -> String {
        let amount = format.money(report.unallocatedAmount)
        guard let left = report.unallocatedMeasures else {
            if report.unallocatedAmount == .zero { return language.pick("Toute l'enveloppe est attribuée.", "The whole envelope is allocated.") }
            return language.pick("Reste non attribué : \(amount).", "Left unallocated: \(amount).")
        }
        if left == 0 && report.unallocatedAmount > .zero {
            return language.pick("Reste non attribué : \(amount), moins d'une mesure.", "Left unallocated: \(amount), less than one measure.")
        }
        if left == 0 { return language.pick("Toute l'enveloppe est attribuée.", "The whole envelope is allocated.") }
        // Whole measures left, and what an amount given leaves beyond them, each said apart.
        if let price = report.measurePrice, let inMeasures = try? price.multiplied(by: left),
            let beyond = try? report.unallocatedAmount - inMeasures, beyond > .zero
        {
            return language.pick(
                "Reste non attribué : \(measures(left)) (\(format.money(inMeasures))) et \(format.money(beyond)) qui ne suffisent pas pour une mesure, soit \(amount) au total.",
                "Left unallocated: \(measures(left)) (\(format.money(inMeasures))) and \(format.money(beyond)), too little for a whole measure: \(amount) in all."
            )
        }
        return language.pick(
            "Reste non attribué : \(measures(left)), soit \(amount).", "Left unallocated: \(measures(left)), that is \(amount).")
    }

    /// For an allocation by rank, why a candidate got less than it asked: what was left when its turn came, of the
    /// envelope or of its territory's quota (``AllocationReport/Row/leftAtTurn``).
    func rankNotes(_ report: AllocationReport) -> [String] {
        let inMeasures = report.envelopeMeasures != nil
        let quantity = { (n: Int64) in inMeasures ? self.measures(n) : format.money(Money(cents: n)) }
        return report.orderedRows.compactMap { row in
            let candidate = row.candidate
            guard let left = row.leftAtTurn, candidate.requested != nil, let wanted = candidate.ceiling else { return nil }
            let given = row.measures ?? row.amount.cents
            if given == 0 && wanted > 0 {
                if left == 0 {
                    // With the call's quotas, each territory's measures are shared apart (other findings, such as
                    // the households the allocation funds, say nothing of territories).
                    return !report.appliesQuotas
                        ? language.pick(
                            "\(candidate.name) : rien, l'enveloppe était épuisée à son tour.",
                            "\(candidate.name): nothing, the envelope was used up when its turn came.")
                        : language.pick(
                            "\(candidate.name) : rien, les mesures de son territoire étaient épuisées à son tour.",
                            "\(candidate.name): nothing, its territory's measures were used up when its turn came.")
                }
                return language.pick(
                    "\(candidate.name) : rien, il ne restait que \(quantity(left)) à son tour, en deçà de son minimum de \(quantity(candidate.minimum)).",
                    "\(candidate.name): nothing, only \(quantity(left)) were left when its turn came, fewer than its minimum of \(quantity(candidate.minimum))."
                )
            }
            guard given < wanted else { return nil }
            return language.pick(
                "\(candidate.name) : \(quantity(given)) pour \(quantity(wanted)) \(inMeasures ? "demandées" : "demandés"), ce qui restait à son tour.",
                "\(candidate.name): \(quantity(given)) of \(quantity(wanted)) requested, what was left when its turn came.")
        }
    }
}
