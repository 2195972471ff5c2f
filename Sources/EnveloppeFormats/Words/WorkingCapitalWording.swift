import Enveloppe

extension Wording {
    /// What of the working capital need never comes back, after the need's amount, when the action ends in deficit:
    /// the need is the cash the action consumes at its worst (opening − low point), and a deficit once everything is
    /// paid is cash the payments never return. « , dont 10 937,50 € ne reviennent pas (…) et 229 462,50 € sont avancés
    /// puis recouvrés » (Montpellier 2025), or all of it when the payments never catch up (VIAL AMI 2). `nil` when
    /// the action does not end in deficit, or needs nothing.
    func unrecoveredNeed(need: Money, finalResult: Money) -> String? {
        guard let lost = lostPart(need: need, finalResult: finalResult) else { return nil }
        if lost == need {
            return language.pick(
                ", que les versements ne rattrapent jamais : tout ce besoin est le déficit de l'action une fois tout versé et ne revient pas",
                ", which payments never catch up with: all of this need is the action's deficit once everything is paid, and never comes back"
            )
        }
        let recovered = Money(cents: need.cents - lost.cents)
        return language.pick(
            ", dont \(format.money(lost)) ne reviennent pas (le déficit de l'action une fois tout versé) et \(format.money(recovered)) sont avancés puis recouvrés",
            ", of which \(format.money(lost)) never comes back (the action's deficit once everything is paid) and \(format.money(recovered)) is advanced then recovered"
        )
    }

    /// « Besoin en fonds de roulement de l'action : 240 400,00 €, dont … . »: the need with what of it never comes
    /// back, as the treasury's note and its check say it; `nil` as ``unrecoveredNeed(need:finalResult:)``.
    func needSentence(need: Money, finalResult: Money) -> String? {
        unrecoveredNeed(need: need, finalResult: finalResult).map {
            workingCapitalNeedLabel + language.pick(" : ", ": ") + format.money(need) + $0 + "."
        }
    }

    /// The note under a deficit shown beside the need (the page's key figures): what part of the need it is.
    func deficitNote(need: Money, finalResult: Money) -> String? {
        guard let lost = lostPart(need: need, finalResult: finalResult) else { return nil }
        return lost == need
            ? language.pick("tout le besoin en fonds de roulement, qui ne revient pas", "all of the working capital need, which never comes back")
            : language.pick(
                "la part du besoin en fonds de roulement qui ne revient pas", "the part of the working capital need that never comes back")
    }

    private func lostPart(need: Money, finalResult: Money) -> Money? {
        guard need > .zero, finalResult < .zero else { return nil }
        return min(need, Money(cents: -finalResult.cents))
    }
}
