import Enveloppe

extension ScenarioDecoder {
    /// One operator: its places, team, charges and intake.
    static func operatorDeclaration(_ node: JSONNode, _ r: Reading) -> Operator? {
        guard let object = r.object(node, allowed: AllowedKeys.`operator`) else { return nil }
        let id = r.required(object, "id") { n throws(InputError) in OperatorID(try n.text()) }
        let name = r.required(object, "name") { n throws(InputError) in try n.text() }
        let territory = r.optional(object, "territory") { n throws(InputError) in try n.text() }
        let households = r.required(object, "households") { n throws(InputError) in try n.count() }
        let staff: [StaffPost]? = if let list = object.optional("staff") { r.array(list) { staffPost($0, r) } } else { [] }
        let charges: [ChargeLine]? = if let list = object.optional("charges") { r.array(list) { charge($0, r) } } else { [] }
        let intakeNode = object.optional("intake")
        let intake = intakeNode.flatMap { Self.intake($0, r) }
        guard let id, let name, let households, let staff, let charges, intakeNode == nil || intake != nil else { return nil }
        return Operator(id: id, name: name, territory: territory, households: households, staff: staff, charges: charges, intake: intake)
    }

    /// A post of the team: its role, FTE and loaded yearly cost per FTE.
    static func staffPost(_ node: JSONNode, _ r: Reading) -> StaffPost? {
        guard let fields = r.object(node, allowed: AllowedKeys.staff) else { return nil }
        let title = r.required(fields, "title") { n throws(InputError) in try n.text() }
        let role = r.required(fields, "role") { n throws(InputError) in try n.choice(StaffPost.Role.self) }
        let fte = r.required(fields, "fte") { n throws(InputError) in try n.fte() }
        let cost = r.required(fields, "annualCostPerFTE") { n throws(InputError) in try n.amount() }
        let start = r.optional(fields, "start") { n throws(InputError) in try n.month() }
        let end = r.optional(fields, "end") { n throws(InputError) in try n.month() }
        let purposes: [ExpensePurpose]? =
            if let list = fields.optional("purposes") {
                r.array(list) { element in r.attempt { () throws(InputError) in try element.choice(ExpensePurpose.self) } }
            } else { [] }
        guard let title, let role, let fte, let cost, let purposes else { return nil }
        return StaffPost(title: title, role: role, fte: fte, annualCostPerFTE: cost, start: start, end: end, purposes: purposes)
    }

    /// A non-staff charge: its account, kind, and exactly one basis.
    static func charge(_ node: JSONNode, _ r: Reading) -> ChargeLine? {
        guard let fields = r.object(node, allowed: AllowedKeys.charge) else { return nil }
        let label = r.required(fields, "label") { n throws(InputError) in try n.text() }
        let account = r.required(fields, "account") { n throws(InputError) -> Int in
            let account = try n.count()
            guard ChargeLine.accounts.contains(Int(account)) else {
                throw InputError(n.path, .notOneOf(text: String(account), allowed: ChargeLine.accounts.map(String.init)))
            }
            return Int(account)
        }
        let kind = r.required(fields, "kind") { n throws(InputError) in try n.choice(ChargeLine.Kind.self) }
        let purpose = r.optional(fields, "purpose") { n throws(InputError) in try n.choice(ExpensePurpose.self) }
        // The bases are the charge's last allowed keys: which ones it has was found when its keys were checked.
        // (A bit each, in the bases' order: read as a mask, without a list made for each charge.)
        let bases: UInt64 = 1 << AllowedKeys.chargeBases.count &- 1
        let given = (fields.present >> (AllowedKeys.charge.count - AllowedKeys.chargeBases.count)) & bases
        let first = given.trailingZeroBitCount
        guard given.nonzeroBitCount == 1, let value = fields.optional(AllowedKeys.chargeBases[first]) else {
            let second = (given & (given &- 1)).trailingZeroBitCount
            r.record(InputError(given.nonzeroBitCount > 1 ? node.child(chargeBases[second]) : node.path, .exactlyOneOf(chargeBases)))
            return nil
        }
        let basis = r.attempt { () throws(InputError) -> ChargeLine.Basis in
            switch first {
            case 0: return .annual(try value.amount())
            case 1: return .perEntry(try value.amount())
            case 2: return .refundableDeposit(try value.amount())
            case 3: return .perHouseholdMonth(try value.amount())
            default:
                if let kind, kind != .indirect, let kindNode = fields.optional("kind") {
                    throw InputError(kindNode.path, .notOneOf(text: kind.rawValue, allowed: [ChargeLine.Kind.indirect.rawValue]))
                }
                return .rateOfDirectCosts(try value.rate())
            }
        }
        guard let label, let account, let kind, let basis else { return nil }
        return ChargeLine(label: label, account: account, kind: kind, basis: basis, purpose: purpose)
    }
}
