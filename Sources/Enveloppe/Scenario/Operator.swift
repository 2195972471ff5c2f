/// An association of the application: the carrying structure or a partner
/// that puts staff at its disposal (appel Bail d'abord, Montpellier, 31 octobre 2024, "Objectifs de
/// l'appel à candidature et critères d'éligibilité": candidatures groupées).
public struct Operator: Sendable, Hashable {
    /// Short identifier, unique in the scenario.
    public var id: OperatorID
    public var name: String
    public var territory: String?
    /// Households (measures) this operator accompanies at a time.
    public var households: Int64
    public var staff: [StaffPost]
    public var charges: [ChargeLine]
    /// How households enter and leave; `nil` is every household from the first month.
    public var intake: Intake?

    public init(
        id: OperatorID, name: String, territory: String? = nil, households: Int64, staff: [StaffPost] = [],
        charges: [ChargeLine] = [], intake: Intake? = nil
    ) {
        self.intake = intake
        self.id = id
        self.name = name
        self.territory = territory
        self.households = households
        self.staff = staff
        self.charges = charges
    }

    /// Where the team's FTE come from, as a derivation cites it: the posts of the team's roles, not every post.
    public static let teamFTEPath = "staff[role: management, socialWork, care].fte"

    /// The path of the operator at `index` of the scenario, or of its `field` (`operators[3].households`), joined
    /// from its parts: a derivation names thousands (an interpolation formats each number through its protocol).
    public static func path(_ index: Int, _ field: String = "") -> String {
        field.isEmpty ? String.joined("operators[", number: index, "]") : String.joined("operators[", number: index, "].", field)
    }

    /// The FTE of the accompaniment team (`StaffPost.Role.isAccompaniment`): what a call's team
    /// rule and an FTE-priced line count.
    public var teamFTE: FTE { staff.reduce(.zero) { $1.role.isAccompaniment ? $0 + $1.fte : $0 } }

    /// The FTE of the posts beside the team (gestion locative adaptée, administration).
    public var supportFTE: FTE { staff.reduce(.zero) { $1.role.isAccompaniment ? $0 : $0 + $1.fte } }

    /// The intake the projection uses.
    public var effectiveIntake: Intake { intake ?? .fullStart(households: households) }
}
