/// How a call lets an accompaniment be renewed beyond its length, as its text says.
///
/// VIAL: « L'accompagnement peut être renouvelé 6 mois, jusqu'à 12 mois maximum [...] A titre
/// dérogatoire, un renouvellement de 6 mois maximum peut être accordé en sus » (steps of 6, 12
/// more, 18 by derogation). Montpellier: « avec possibilité de prolonger l'accompagnement en
/// fonction des situations et arbitrages des financeurs » and AML « en amont d'un éventuel
/// renouvellement »: renewals with no step and no maximum in the text. Each call's limits are
/// its own; ``Validation`` applies them.
public struct RenewalRule: Sendable, Hashable {
    /// The sentence that allows renewals.
    public let allowed: Citation
    /// Renewals come in steps of this many months; `nil`: any number of months.
    public let stepMonths: Cited<Int>?
    /// The most months renewals may add; `nil`: the text sets no maximum.
    public let maximumMonths: Cited<Int>?
    /// The most months with a derogation; `nil`: the text provides none.
    public let maximumByDerogation: Cited<Int>?

    public init(allowed: Citation, stepMonths: Cited<Int>? = nil, maximumMonths: Cited<Int>? = nil, maximumByDerogation: Cited<Int>? = nil) {
        self.allowed = allowed
        self.stepMonths = stepMonths
        self.maximumMonths = maximumMonths
        self.maximumByDerogation = maximumByDerogation
    }
}
