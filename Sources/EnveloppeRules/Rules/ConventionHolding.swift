/// Who signs the funding convention, which decides where payments are rounded.
///
/// Montpellier 2024 funds one carrying structure, partners' staff being « mis à disposition de
/// la structure porteuse »: one convention, paid and rounded once for the application. In 2023
/// five associations were each « conventionnées »; VIAL and AML sign a convention with each
/// operator: each is paid on its own, its service fait, advance and balance rounded on its own,
/// and a line's totals are the sums of what is actually paid.
public enum ConventionHolding: String, Sendable, Hashable, CaseIterable {
    case group
    case perOperator
}
