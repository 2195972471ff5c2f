import Enveloppe

extension WorkbookContext {
    /// The structures of the Ménages sheet, each with the posts of Équipe and the charges of
    /// Charges whose Structure column names it. A scenario that only shares an envelope among
    /// candidates may have none.
    func operators(allowingNone: Bool) -> [Operator]? {
        guard let rows = rows(HouseholdsColumn.self) else {
            if allowingNone { return [] }
            reading.record(InputError(WorkbookPath.sheet(ScenarioWorkbookLayout.households), .missing))
            return nil
        }
        locate("operators", WorkbookPath.sheet(rows.first?.sheet ?? ScenarioWorkbookLayout.households))
        var operators: [Operator?] = rows.enumerated().map { operatorRow($1, index: $0) }
        var seen = Set<OperatorID>()
        for (row, op) in zip(rows, operators) {
            guard let id = op?.id, !seen.insert(id).inserted else { continue }
            reading.record(InputError(row.path(.id), .duplicateIdentifier(id.rawValue)))
        }
        // Posts and charges go to the structure their row names, in the order of the rows.
        let ids = zip(rows, operators).map { row, op in op?.id ?? OperatorID((try? row[.id].text()) ?? "") }
        let staff = staffRows(ids: ids)
        let charges = chargeRows(ids: ids)
        for index in operators.indices {
            operators[index]?.staff = staff[index]
            operators[index]?.charges = charges[index]
        }
        guard !rows.isEmpty || allowingNone else {
            reading.record(InputError(WorkbookPath.cell(ScenarioWorkbookLayout.households, 0, 2), .emptyList))
            return nil
        }
        guard operators.allSatisfy({ $0 != nil }) else { return nil }
        return operators.compactMap { $0 }
    }

    private func operatorRow(_ row: TableRow<HouseholdsColumn>, index: Int) -> Operator? {
        let path = "operators[\(index)]"
        locate(path, row.path(.id))
        let fields: [(String, HouseholdsColumn)] = [
            ("id", .id), ("name", .name), ("territory", .territory), ("households", .places), ("intake", .initial),
            ("intake.initial", .initial), ("intake.rampUp", .rampUp), ("intake.entries", .entries), ("intake.start", .start),
            ("intake.lastEntry", .lastEntry), ("intake.renewalMonths", .renewal), ("intake.derogation", .derogation),
            ("intake.monthsBeforeDwelling", .beforeDwelling), ("intake.refillDelayMonths", .refillDelay), ("intake.earlyExits", .earlyExits),
        ]
        for (field, column) in fields { locate("\(path).\(field)", row.path(column)) }
        locate("\(path).staff", WorkbookPath.sheet(ScenarioWorkbookLayout.staff))
        locate("\(path).charges", WorkbookPath.sheet(ScenarioWorkbookLayout.charges))
        let id = required(row, .id) { c throws(InputError) in OperatorID(try c.text()) }
        let name = required(row, .name) { c throws(InputError) in try c.text() }
        let territory = optional(row, .territory) { c throws(InputError) in try c.text() }
        let households = required(row, .places) { c throws(InputError) in try c.count() }
        let intakeColumns = HouseholdsColumn.allCases.filter { $0.rawValue >= HouseholdsColumn.initial.rawValue }
        let intake = intakeColumns.allSatisfy { row[$0].isEmpty } ? Intake?.none : self.intake(row)
        guard let id, let name, let households, intakeColumns.allSatisfy({ row[$0].isEmpty }) || intake != nil else { return nil }
        return Operator(id: id, name: name, territory: territory, households: households, intake: intake)
    }

    /// The intake columns of a structure's row, as the JSON `intake` block.
    private func intake(_ row: TableRow<HouseholdsColumn>) -> Intake? {
        var entries: Intake.Entries?
        switch (row[.entries].isEmpty, row[.rampUp].isEmpty) {
        case (false, true): entries = reading.attempt { () throws(InputError) in .explicit(try entryList(row[.entries])) }
        case (true, false): entries = optional(row, .rampUp) { c throws(InputError) in .rampUp(perMonth: try c.count(minimum: 1)) }
        case (true, true): entries = .explicit([])
        case (false, false):
            reading.record(
                InputError(row.path(.rampUp), .exactlyOneOf([HouseholdsColumn.rampUp.header, HouseholdsColumn.entries.header])))
        }
        let exits = row[.earlyExits].isEmpty ? [] : reading.attempt { () throws(InputError) in try exitList(row[.earlyExits]) }
        let derogation = optional(row, .derogation) { c throws(InputError) in try c.flag() } ?? false
        let start = optional(row, .start) { c throws(InputError) in try c.month() }
        let initial = optional(row, .initial) { c throws(InputError) in try c.count() } ?? 0
        let lastEntry = optional(row, .lastEntry) { c throws(InputError) in try c.month() }
        let renewal = optional(row, .renewal) { c throws(InputError) in try c.count(maximum: Int64(Intake.maximumRenewalMonths)) } ?? 0
        let before = optional(row, .beforeDwelling) { c throws(InputError) in try c.count(maximum: Int64(Intake.maximumMonthsBeforeDwelling)) } ?? 0
        let refill = optional(row, .refillDelay) { c throws(InputError) in try c.count(maximum: 24) } ?? 0
        guard let entries, let exits else { return nil }
        return Intake(
            start: start, initial: initial, entries: entries, lastEntry: lastEntry, renewalMonths: Int(renewal), derogation: derogation,
            monthsBeforeDwelling: Int(before), earlyExits: exits, refillDelayMonths: Int(refill))
    }

    /// `1 ; 1 ; 2 ; 2`, a single number, or `aucune`.
    private func entryList(_ cell: WorkbookCell) throws(InputError) -> [Int64] {
        if case .number = cell.value { return [try cell.count()] }
        let text = try cell.text()
        if WorkbookText.folded(text) == Self.noEntries { return [] }
        var counts: [Int64] = []
        for piece in text.split(separator: ";", omittingEmptySubsequences: false) {
            counts.append(try WorkbookCell.count(String(piece).trimmingWhitespace, path: cell.path))
        }
        return counts
    }

    /// The words an empty list of entries is written with.
    static let noEntries = "aucune"

    /// `03/2026 : 1 ; 2026-05 : 2`.
    private func exitList(_ cell: WorkbookCell) throws(InputError) -> [Intake.EarlyExit] {
        let text = try cell.text()
        var exits: [Intake.EarlyExit] = []
        for piece in text.split(separator: ";", omittingEmptySubsequences: false) {
            let parts = piece.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw InputError(cell.path, .notOneOf(text: String(piece).trimmingWhitespace, allowed: [Self.exitExample]))
            }
            let month = try WorkbookCell.month(String(parts[0]), path: cell.path)
            let households = try WorkbookCell.count(String(parts[1]).trimmingWhitespace, path: cell.path, minimum: 1)
            exits.append(Intake.EarlyExit(month: month, households: households))
        }
        return exits
    }

    static let exitExample = "03/2026 : 1"

    /// Which structure a post or a charge belongs to: the one its Structure cell names, or the only one.
    private func owner<Column>(_ row: TableRow<Column>, _ column: Column, ids: [OperatorID]) -> Int? {
        let cell = row[column]
        if cell.isEmpty {
            guard ids.count == 1 else {
                reading.record(InputError(cell.path, .missing))
                return nil
            }
            return 0
        }
        guard let text = reading.attempt({ () throws(InputError) in try cell.text() }) else { return nil }
        guard let index = ids.firstIndex(of: OperatorID(text)) else {
            reading.record(InputError(cell.path, .notOneOf(text: text, allowed: ids.map(\.rawValue))))
            return nil
        }
        return index
    }

    /// The posts of each structure, in the order of the Équipe sheet.
    private func staffRows(ids: [OperatorID]) -> [[StaffPost]] {
        var staff = [[StaffPost]](repeating: [], count: ids.count)
        for row in rows(StaffColumn.self) ?? [] {
            let owner = self.owner(row, .structure, ids: ids)
            let title = required(row, .title) { c throws(InputError) in try c.text() }
            let role = required(row, .role) { c throws(InputError) in try c.choice(ScenarioChoices.roles) }
            let fte = required(row, .fte) { c throws(InputError) in try c.fte() }
            let cost = required(row, .cost) { c throws(InputError) in try c.amount() }
            let start = optional(row, .start) { c throws(InputError) in try c.month() }
            let end = optional(row, .end) { c throws(InputError) in try c.month() }
            let purposes = row[.purposes].isEmpty ? [] : reading.attempt { () throws(InputError) in try purposeList(row[.purposes]) }
            guard let owner, let title, let role, let fte, let cost, let purposes else { continue }
            let path = "operators[\(owner)].staff[\(staff[owner].count)]"
            locate(path, row.path(.title))
            let fields: [(String, StaffColumn)] = [
                ("title", .title), ("role", .role), ("fte", .fte), ("annualCostPerFTE", .cost), ("start", .start), ("end", .end),
                ("purposes", .purposes),
            ]
            for (field, column) in fields { locate("\(path).\(field)", row.path(column)) }
            staff[owner].append(StaffPost(title: title, role: role, fte: fte, annualCostPerFTE: cost, start: start, end: end, purposes: purposes))
        }
        return staff
    }

    /// `droit de suite ; gestion locative adaptée`.
    private func purposeList(_ cell: WorkbookCell) throws(InputError) -> [ExpensePurpose] {
        var purposes: [ExpensePurpose] = []
        for piece in try cell.text().split(separator: ";", omittingEmptySubsequences: false) {
            let text = String(piece).trimmingWhitespace
            guard let purpose = ScenarioChoices.purposes.value(matching: text) else {
                throw InputError(cell.path, .notOneOf(text: text, allowed: ScenarioChoices.purposes.labels))
            }
            purposes.append(purpose)
        }
        return purposes
    }

    /// The charges of each structure, in the order of the Charges sheet.
    private func chargeRows(ids: [OperatorID]) -> [[ChargeLine]] {
        var charges = [[ChargeLine]](repeating: [], count: ids.count)
        for row in rows(ChargeColumn.self) ?? [] {
            let owner = self.owner(row, .structure, ids: ids)
            let label = required(row, .label) { c throws(InputError) in try c.text() }
            let account = required(row, .account) { c throws(InputError) -> Int in
                let account = try c.count()
                guard ChargeLine.accounts.contains(Int(account)) else {
                    throw InputError(c.path, .notOneOf(text: String(account), allowed: ScenarioChoices.chargeAccounts))
                }
                return Int(account)
            }
            let kind = required(row, .kind) { c throws(InputError) in try c.choice(ScenarioChoices.kinds) }
            let purpose = optional(row, .purpose) { c throws(InputError) in try c.choice(ScenarioChoices.purposes) }
            let basisKind = required(row, .basis) { c throws(InputError) in try c.choice(ScenarioChoices.bases) }
            let basis = basisKind.flatMap { basisKind in
                required(row, .amount) { c throws(InputError) -> ChargeLine.Basis in
                    switch basisKind {
                    case .annualAmount: return .annual(try c.amount())
                    case .perEntry: return .perEntry(try c.amount())
                    case .refundableDeposit: return .refundableDeposit(try c.amount())
                    case .perHouseholdMonth: return .perHouseholdMonth(try c.amount())
                    case .rateOfDirectCosts:
                        if let kind, kind != .indirect {
                            throw InputError(
                                row.path(.kind), .notOneOf(text: ScenarioChoices.kinds.label(kind), allowed: [ScenarioChoices.kinds.label(.indirect)])
                            )
                        }
                        return .rateOfDirectCosts(try c.rate())
                    }
                }
            }
            guard let owner, let label, let account, let kind, let basis else { continue }
            let path = "operators[\(owner)].charges[\(charges[owner].count)]"
            locate(path, row.path(.label))
            let fields: [(String, ChargeColumn)] = [("label", .label), ("account", .account), ("kind", .kind), ("purpose", .purpose)]
            for (field, column) in fields { locate("\(path).\(field)", row.path(column)) }
            for field in ScenarioDecoder.chargeBases { locate("\(path).\(field)", row.path(.amount)) }
            charges[owner].append(ChargeLine(label: label, account: account, kind: kind, basis: basis, purpose: purpose))
        }
        return charges
    }
}
