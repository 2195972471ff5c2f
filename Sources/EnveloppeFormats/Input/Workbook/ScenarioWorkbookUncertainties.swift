import Enveloppe
import EnveloppeWorkbook

extension ScenarioWorkbookLayout {
    /// The row of the Risque sheet's table headings as the template writes it (counted from 1): the
    /// reader looks for it by its first heading, and names this row when it is nowhere.
    static let riskTableRow = 7
}

extension WorkbookContext {
    /// The Risque sheet, as the JSON `risk` block: the overdraft rubrics above, one row per uncertain
    /// input below. The block is there when a rubric or a row's distribution is filled in; a row
    /// without a distribution is a value the scenario holds for sure.
    func risk() -> RiskSettings? {
        // A sheet left out, or emptied of everything: nothing is uncertain.
        guard let sheet = sheet(ScenarioWorkbookLayout.risk),
            sheet.rows.contains(where: { $0.contains { !WorkbookCell($0, path: "").isEmpty } })
        else { return nil }
        let heading = WorkbookText.folded(RiskColumn.input.header)
        let headerIndex =
            sheet.rows.firstIndex { row in
                if case .text(let text)? = row.first?.value { WorkbookText.folded(text) == heading } else { false }
            } ?? ScenarioWorkbookLayout.riskTableRow - 1
        var risk = RiskSettings()
        let rubrics = rubricCells(sheet.rows.prefix(headerIndex), sheet: sheet.name, of: RiskRubric.self).filter { !$0.value.isEmpty }
        let rate = { (rubric: RiskRubric) -> Rate? in
            rubrics[rubric].flatMap { cell in self.reading.attempt { () throws(InputError) in try cell.rate() } }
        }
        if let cell = rubrics[.overdraftLimit] { risk.overdraftLimit = reading.attempt { () throws(InputError) in try cell.amount() } }
        let overdraft = rate(.overdraftRate)
        let assignment = rate(.assignmentRate)
        switch (overdraft, assignment) {
        case (let rate?, nil): risk.bridging = .overdraft(annualRate: rate)
        case (nil, let rate?): risk.bridging = .assignment(rate: rate)
        case (_?, _?):
            reading.record(
                InputError(rubrics[.assignmentRate]!.path, .exactlyOneOf([RiskRubric.overdraftRate.label, RiskRubric.assignmentRate.label])))
        case (nil, nil): break
        }
        let rows = rows(RiskColumn.self, significant: [.kind, .minimum, .likely, .maximum, .values, .weights], headerIndex: headerIndex) ?? []
        var seen = Set<String>()
        for row in rows {
            let input = required(row, .input) { c throws(InputError) in try c.choice(ScenarioChoices.uncertainInputs) }
            let kind = required(row, .kind) { c throws(InputError) in try c.choice(ScenarioChoices.distributions) }
            var funder: String?
            if input?.isPaymentDelay == true {
                funder = required(row, .funder) { c throws(InputError) in try c.text() }
            } else if input != nil, !row[.funder].isEmpty {
                reading.record(InputError(row.path(.funder), .notOneOf(text: row[.funder].shown, allowed: [])))
            }
            guard let input, let kind else { continue }
            let distribution = self.distribution(row, kind, unit: input.unit)
            guard !input.isPaymentDelay || funder != nil else { continue }
            guard seen.insert("\(input.rawValue) \(funder ?? "")").inserted else {
                reading.record(InputError(row.path(.input), .duplicateField))
                continue
            }
            let path = input.path(funder: funder)
            guard let distribution else { continue }
            switch input {
            case .advanceDelay, .balanceDelay:
                var index = risk.paymentDelays.firstIndex { $0.funder == funder }
                if index == nil {
                    risk.paymentDelays.append(RiskSettings.PaymentDelay(funder: funder!))
                    index = risk.paymentDelays.count - 1
                    locate(path, row.path(.funder))
                }
                if input == .advanceDelay {
                    risk.paymentDelays[index!].advance = distribution
                } else {
                    risk.paymentDelays[index!].balance = distribution
                }
                locate("\(path).\(input.rawValue)", row.path(.kind))
            case .rampUp: risk.rampUp = distribution
            case .earlyExitRate: risk.earlyExitRate = distribution
            case .refillDelay: risk.refillDelayMonths = distribution
            case .staffVacancy: risk.staffVacancyMonths = distribution
            }
            if !input.isPaymentDelay { locate(path, row.path(.input)) }
        }
        return rubrics.isEmpty && rows.isEmpty ? nil : risk
    }

    /// The distribution a row states: only the columns of its kind filled in, checked as the JSON's.
    private func distribution(_ row: TableRow<RiskColumn>, _ kind: DistributionKind, unit: ScenarioDecoder.RiskUnit) -> Distribution? {
        let used: [RiskColumn] =
            switch kind {
            case .fixed: [.likely]
            case .uniform: [.minimum, .maximum]
            case .triangular: [.minimum, .likely, .maximum]
            case .weighted: [.values, .weights]
            }
        for column in [RiskColumn.minimum, .likely, .maximum, .values, .weights] where !used.contains(column) && !row[column].isEmpty {
            reading.record(InputError(row.path(column), .notOneOf(text: row[column].shown, allowed: [])))
        }
        let value = { (c: WorkbookCell) throws(InputError) -> Int64 in try unit.value(c) }
        switch kind {
        case .fixed:
            return required(row, .likely, value).map(Distribution.fixed)
        case .uniform, .triangular:
            let min = required(row, .minimum, value)
            let max = required(row, .maximum, value)
            let likely = kind == .triangular ? required(row, .likely, value) : nil
            guard let min, let max, kind == .uniform || likely != nil else { return nil }
            guard min <= max else {
                reading.record(InputError(row.path(.maximum), .outsideBounds(text: unit.text(max), low: unit.text(min), high: unit.limit)))
                return nil
            }
            guard let likely else { return .uniform(min: min, max: max) }
            guard (min...max).contains(likely) else {
                reading.record(InputError(row.path(.likely), .outsideBounds(text: unit.text(likely), low: unit.text(min), high: unit.text(max))))
                return nil
            }
            return .triangular(min: min, likely: likely, max: max)
        case .weighted:
            let values = required(row, .values) { c throws(InputError) in try list(c, value) }
            let weights = optional(row, .weights) { c throws(InputError) in try list(c) { piece throws(InputError) in try piece.count(minimum: 1) } }
            guard let values, row[.weights].isEmpty || weights != nil else { return nil }
            let all = weights ?? Array(repeating: 1, count: values.count)
            guard all.count == values.count else {
                reading.record(InputError(row.path(.weights), .countMismatch(expected: Int64(values.count), found: Int64(all.count))))
                return nil
            }
            return .weighted(zip(values, all).map { Distribution.WeightedValue(value: $0, weight: $1) })
        }
    }

    /// `0 ; 1 ; 3 ; 6` (or one number): each piece read as a cell holding it would be.
    private func list(_ cell: WorkbookCell, _ read: (WorkbookCell) throws(InputError) -> Int64) throws(InputError) -> [Int64] {
        guard case .text(let text) = cell.value else { return [try read(cell)] }
        var values: [Int64] = []
        for piece in text.split(separator: ";", omittingEmptySubsequences: false) {
            values.append(try read(WorkbookCell(piece: String(piece), of: cell)))
        }
        return values
    }
}

extension ScenarioDecoder.RiskUnit {
    /// One value of the quantity read from a cell, in its whole units (a rate in hundredths of a percent).
    func value(_ cell: WorkbookCell) throws(InputError) -> Int64 {
        switch self {
        case .months(let maximum): return try cell.count(maximum: maximum)
        case .households: return try cell.count(minimum: 1)
        case .rate:
            let rate = try cell.rate()
            let scaled = Int128(rate.numerator) * 10_000
            guard scaled % Int128(rate.denominator) == 0 else {
                throw InputError(
                    cell.path,
                    .invalidNumber(
                        expected: .rate, text: Formatter(.fr).rate(rate).replacingNoBreakSpaces, failure: .tooManyFractionDigits(allowed: 2)))
            }
            return Int64(scaled / Int128(rate.denominator))
        }
    }

    /// A value as a message shows it: `3`, or `12,5 %` for a rate.
    func text(_ value: Int64) -> String {
        if case .rate = self { return Formatter(.fr).rate(Rate(value, over: 10_000)).replacingNoBreakSpaces }
        return String(value)
    }
}
