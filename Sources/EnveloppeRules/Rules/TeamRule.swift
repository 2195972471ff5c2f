/// The team a call requires: total FTE, the management minimum, and households.
///
/// Montpellier: "une équipe composée de 8 ETP. Sur ces 8 ETP, un minimum de 0,5
/// ETP est attendu sur un poste d'encadrement" (appel Bail d'abord, Montpellier, 31 octobre 2024,
/// "Objectifs de l'appel à candidature et critères d'éligibilité").
public struct TeamRule: Sendable, Hashable {
    /// The FTE the team must have.
    public let requiredFTE: Cited<FTE>
    /// The least FTE on management (encadrement), if the call sets one.
    public let minimumManagementFTE: Cited<FTE>?
    /// Where the call says who the team's FTE are (Montpellier: encadrement, then social workers and
    /// care professionals « sur les ETP restants »), which leaves the other posts beside the team.
    public let composition: Citation?
    /// Where the call funds other posts beside the team (Montpellier: « Outre le financement d'une équipe […], cette
    /// enveloppe doit également permettre de : […] Assurer une gestion locative adaptée »).
    public let beside: Citation?
    /// The team of each operator's own convention, where each operator has one (Montpellier 2023: « conventionnées à
    /// hauteur de 1,5 ETP pour accompagner 12 ménages chacune »): the programme's total can hold while one association
    /// has more and another less.
    public let eachOperator: Cited<OperatorTeam>?

    public init(
        requiredFTE: Cited<FTE>, minimumManagementFTE: Cited<FTE>?, composition: Citation? = nil, beside: Citation? = nil,
        eachOperator: Cited<OperatorTeam>? = nil
    ) {
        self.requiredFTE = requiredFTE
        self.minimumManagementFTE = minimumManagementFTE
        self.composition = composition
        self.beside = beside
        self.eachOperator = eachOperator
    }
}

/// One operator's team as its convention funds it: its FTE and the households they accompany.
public struct OperatorTeam: Sendable, Hashable {
    public let fte: FTE
    public let households: Int64

    public init(fte: FTE, households: Int64) {
        self.fte = fte
        self.households = households
    }
}
