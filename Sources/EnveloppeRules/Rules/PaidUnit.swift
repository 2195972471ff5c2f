/// What an envelope line pays for, counted per month.
///
/// The Montpellier call funds IML credits "pour 64 logements sur 12 mois" and
/// FSL credits "pour 8 ETP sur 12 mois" (appel Bail d'abord, Montpellier, 31 octobre 2024,
/// "Financements"); VIAL and AML fund households (measures) per year.
public enum PaidUnit: String, Sendable, Hashable, CaseIterable {
    /// One household accompanied for one month (a mesure-mois).
    case household
    /// One dwelling mobilised for one month.
    case dwelling
    /// One full-time post for one month.
    case fte
}
