import Enveloppe

extension WorkbookContext {
    /// The Enveloppe sheet: what the scenario sets for each line of the call, as the JSON `rules.lines`.
    /// A row of the call's line with nothing set keeps the call's values.
    func lines(_ call: Call?) -> [LineID: RuleSettings.Line] {
        guard let rows = rows(EnvelopeColumn.self, significant: [.line, .amount, .units, .annualRate, .subsidyLine]) else { return [:] }
        locate("rules.lines", WorkbookPath.sheet(rows.first?.sheet ?? ScenarioWorkbookLayout.envelope))
        let known = Set(call?.lines.map(\.id) ?? [])
        var lines: [LineID: RuleSettings.Line] = [:]
        var seen = Set<LineID>()
        for row in rows {
            guard let id = required(row, .line, { c throws(InputError) in LineID(try c.text()) }) else { continue }
            guard seen.insert(id).inserted else {
                reading.record(InputError(row.path(.line), .duplicateField))
                continue
            }
            let path = "rules.lines.\(id)"
            locate(path, row.path(.line))
            for (field, column) in [("amount", EnvelopeColumn.amount), ("units", .units), ("annualRate", .annualRate), ("subsidyLine", .subsidyLine)]
            {
                locate("\(path).\(field)", row.path(column))
            }
            let line = RuleSettings.Line(
                amount: optional(row, .amount) { c throws(InputError) in try c.amount() },
                annualRate: optional(row, .annualRate) { c throws(InputError) in try c.amount() },
                unitHundredths: optional(row, .units) { c throws(InputError) in
                    let units = try c.fte()
                    guard units.hundredths > 0 else { throw InputError(c.path, .notPositive(expected: .units, text: "0")) }
                    return units.hundredths
                },
                subsidyLine: optional(row, .subsidyLine) { c throws(InputError) in try c.choice(ScenarioChoices.subsidyLines) })
            // A line of the call with nothing set is the call's line; another identifier is kept, to be refused with its cell.
            if line != RuleSettings.Line() || !known.contains(id) { lines[id] = line }
        }
        return lines
    }

    /// The Autres produits sheet: income lines (70 to 79) and contributions in kind (87).
    func incomeLines() -> (income: [BudgetLine], inKind: [BudgetLine]) {
        var income: [BudgetLine] = []
        var inKind: [BudgetLine] = []
        let rows = rows(IncomeColumn.self) ?? []
        for row in rows {
            let account = required(row, .account) { c throws(InputError) -> CerfaAccount in
                let code = try c.text()
                guard let account = CerfaAccount(code: code), account.side == .income || account.isContributionInKind else {
                    throw InputError(c.path, .notOneOf(text: code, allowed: ScenarioChoices.incomeAccounts))
                }
                return account
            }
            let label = required(row, .label) { c throws(InputError) in try c.text() }
            let amount = required(row, .amount) { c throws(InputError) in try c.amount() }
            let purpose = optional(row, .purpose) { c throws(InputError) in try c.choice(ScenarioChoices.purposes) }
            guard let account, let label, let amount else { continue }
            if account.isContributionInKind {
                if let purpose {
                    reading.record(
                        InputError(row.path(.purpose), .notOneOf(text: ScenarioChoices.purposes.label(purpose), allowed: [])))
                    continue
                }
                locate("contributionsInKind[\(inKind.count)]", row.path(.label))
                inKind.append(BudgetLine(account: .contributionsInKindUsed, label: label, amount: amount, origin: row.path(.amount)))
            } else {
                locate("otherIncome[\(income.count)]", row.path(.label))
                income.append(budgetLine(account: account, label: label, amount: amount, purpose: purpose, origin: row.path(.amount)))
            }
        }
        return (income, inKind)
    }

    /// A line as the JSON decoder makes it: a stated purpose first, then those its label shows.
    private func budgetLine(account: CerfaAccount, label: String, amount: Money, purpose: ExpensePurpose?, origin: String) -> BudgetLine {
        BudgetLine(
            account: account, label: label, amount: amount, purposes: purpose.map { [$0] + ExpensePurpose.inferred(from: label) }, origin: origin)
    }

    /// The Budget déposé sheet: the lines the candidate filed, `nil` when no line is filled in
    /// (the grid's accounts alone are the template's empty form).
    func budgetLines() -> [BudgetLine]? {
        guard let rows = rows(BudgetColumn.self, significant: [.label, .amount, .purpose]), !rows.isEmpty else { return nil }
        locate("budget.lines", WorkbookPath.sheet(rows[0].sheet))
        var lines: [BudgetLine] = []
        var complete = true
        for row in rows {
            let account = required(row, .account) { c throws(InputError) -> CerfaAccount in
                let code = try c.text()
                guard let account = CerfaAccount(code: code) else {
                    throw InputError(c.path, .notOneOf(text: code, allowed: CerfaAccount.allCases.map(\.rawValue)))
                }
                return account
            }
            let label = required(row, .label) { c throws(InputError) in try c.text() }
            let amount = required(row, .amount) { c throws(InputError) in try c.amount() }
            let purpose = optional(row, .purpose) { c throws(InputError) in try c.choice(ScenarioChoices.purposes) }
            guard let account, let label, let amount else {
                complete = false
                continue
            }
            locate("budget.lines[\(lines.count)]", row.path(.label))
            lines.append(budgetLine(account: account, label: label, amount: amount, purpose: purpose, origin: row.path(.amount)))
        }
        return complete ? lines : nil
    }

    /// The Chiffres attendus sheet: identifiers and values as written.
    func expectedFigures() -> [ExpectedFigure] {
        var figures: [ExpectedFigure] = []
        var seen = Set<String>()
        for row in rows(ExpectedColumn.self) ?? [] {
            let id = required(row, .id) { c throws(InputError) in try c.text() }
            let value = required(row, .value) { c throws(InputError) in try c.text() }
            guard let id, let value else { continue }
            guard seen.insert(id).inserted else {
                reading.record(InputError(row.path(.id), .duplicateField))
                continue
            }
            locate("expected[\"\(id)\"]", row.path(.value))
            figures.append(ExpectedFigure(id: id, text: value, path: row.path(.value)))
        }
        return figures
    }

    /// The allocation rubrics of Candidature and the Candidats sheet, as the JSON `allocation` block:
    /// present when any of them is filled in.
    func allocation(_ c: Candidature, preset: PresetID?) -> (isPresent: Bool, settings: AllocationSettings?) {
        let rows = rows(CandidateColumn.self)
        let rubrics: [Rubric] = [.allocationMeasures, .allocationAmount, .allocationMethod]
        guard rubrics.contains(where: { c.cell($0) != nil }) || !(rows ?? []).isEmpty else { return (false, nil) }
        locate("allocation.candidates", WorkbookPath.sheet(rows?.first?.sheet ?? ScenarioWorkbookLayout.candidates))
        var envelope: AllocationSettings.Envelope?
        switch (c.cell(.allocationMeasures), c.cell(.allocationAmount)) {
        case (let measures?, nil): envelope = reading.attempt { () throws(InputError) in .measures(try measures.count()) }
        case (nil, let amount?): envelope = reading.attempt { () throws(InputError) in .amount(try amount.amount()) }
        default:
            let path = c.cells[.allocationMeasures]?.path ?? WorkbookPath.sheet(c.sheet)
            reading.record(InputError(path, .exactlyOneOf([Rubric.allocationMeasures.label, Rubric.allocationAmount.label])))
        }
        let inCents = ScenarioJSON.inCents(envelope, preset: preset)
        let method = c.required(.allocationMethod) { cell throws(InputError) in try cell.choice(ScenarioChoices.methods) }
        var candidates: [AllocationCandidate] = []
        var complete = true
        var seen = Set<String>()
        for row in rows ?? [] {
            guard let candidate = candidate(row, inCents: inCents) else {
                complete = false
                continue
            }
            if !seen.insert(candidate.id).inserted { reading.record(InputError(row.path(.id), .duplicateIdentifier(candidate.id))) }
            let path = "allocation.candidates[\(candidates.count)]"
            locate(path, row.path(.id))
            for column in CandidateColumn.allCases { locate("\(path).\(candidateField(column))", row.path(column)) }
            candidates.append(candidate)
        }
        if candidates.isEmpty && complete {
            reading.record(InputError(WorkbookPath.cell(rows?.first?.sheet ?? ScenarioWorkbookLayout.candidates, 0, 2), .emptyList))
        }
        guard let envelope, let method, complete, !candidates.isEmpty else { return (true, nil) }
        return (true, AllocationSettings(envelope: envelope, method: method, candidates: candidates))
    }

    private func candidateField(_ column: CandidateColumn) -> String {
        switch column {
        case .id: "id"
        case .name: "name"
        case .territory: "territory"
        case .weight: "weight"
        case .requested: "requested"
        case .minimum: "minimum"
        case .maximum: "maximum"
        case .rank: "rank"
        }
    }

    private func candidate(_ row: TableRow<CandidateColumn>, inCents: Bool) -> AllocationCandidate? {
        let quantity = { (c: WorkbookCell) throws(InputError) -> Int64 in inCents ? try c.amount().cents : try c.count() }
        let id = required(row, .id) { c throws(InputError) in try c.text() }
        let name = required(row, .name) { c throws(InputError) in try c.text() }
        let territory = optional(row, .territory) { c throws(InputError) in try c.text() }
        let requested = optional(row, .requested, quantity)
        let weight = optional(row, .weight) { c throws(InputError) in try c.count(maximum: Int64.max / 1_000_000_000) }
        let minimum = optional(row, .minimum, quantity) ?? 0
        let maximum = optional(row, .maximum, quantity)
        let rank = optional(row, .rank) { c throws(InputError) in Int(try c.count(minimum: 1, maximum: 10_000)) }
        guard let id, let name else { return nil }
        return AllocationCandidate(
            id: id, name: name, territory: territory, requested: requested, weight: weight, minimum: minimum, maximum: maximum, rank: rank)
    }
}
