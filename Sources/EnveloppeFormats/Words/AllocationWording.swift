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
                "au prorata des demandes, jamais plus que demandé ; ce qu'un plafonné ne peut prendre va aux autres",
                "pro rata of the requests, never more than asked; what a capped candidate cannot take goes to the others")
        case .byRank:
            language.pick(
                "dans l'ordre du classement du jury, chacun servi de sa demande jusqu'à épuisement",
                "in the jury's ranking order, each given its request until the envelope is used up")
        }
    }

    /// The rule that breaks ties, so the result does not depend on the list's order.
    var allocationTieRule: String {
        language.pick(
            "À égalité de reste, l'unité va au plus grand poids, puis au plus petit identifiant ; à égalité de rang, au plus petit identifiant : le résultat ne dépend pas de l'ordre de la liste.",
            "On equal remainders the unit goes to the larger weight, then the smaller identifier; on equal ranks, to the smaller identifier: the result does not depend on the order of the list."
        )
    }

    /// The column of what is paid before the balance (``AllocationReport/Row/advance``).
    func allocationPaidAhead(_ report: AllocationReport) -> String { paidAhead(instalments: report.hasInstalments) }

    /// How the balance is reached, in a sentence.
    func allocationBalanceRule(_ report: AllocationReport) -> String {
        let paid = paidAheadTerm(instalments: report.hasInstalments)
        return language.pick("Solde : montant − \(paid), à service fait complet.", "Balance: amount − \(paid), at full service fait.")
    }

    /// What stays unallocated, in words: « reste non attribué : 6 000,00 €, moins d'une mesure ».
    func unallocated(_ report: AllocationReport) -> String {
        let amount = format.money(report.unallocatedAmount)
        guard let measures = report.unallocatedMeasures else {
            return language.pick("Reste non attribué : \(amount).", "Left unallocated: \(amount).")
        }
        if measures == 0 && report.unallocatedAmount > .zero {
            return language.pick("Reste non attribué : \(amount), moins d'une mesure.", "Left unallocated: \(amount), less than one measure.")
        }
        if measures == 0 { return language.pick("Toute l'enveloppe est attribuée.", "The whole envelope is allocated.") }
        return language.pick(
            "Reste non attribué : \(format.count(measures)) mesure(s), \(amount).",
            "Left unallocated: \(format.count(measures)) measure(s), \(amount).")
    }
}
