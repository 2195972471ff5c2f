extension Settlement.ConventionSettlement {
    /// Settles one convention: its operators' counts (the plan for months not yet counted) on its own formula.
    init(
        payments: LinePayments, line grant: LineGrant, members: [Int], months: Range<Int>, report: RunReport, table: CountTable,
        threshold: Rate
    ) throws {
        let unit = grant.line.unit
        let holder = payments.holder
        let id = { (part: String) in FigureID.settlement(grant.line.id, period: payments.periodIndex, holder: holder, part) }
        let subject = payments.grant.subject ?? grant.line.label
        let grantE = payments.grant.asOperand
        let plannedE: Explained
        let toDateE: Explained
        let yearE: Explained
        var units: (planned: Int64, toDate: Int64, year: Int64)?
        var basisUsed: UnitPrice?
        switch unit {
        case .household, .dwelling:
            let basis = payments.serviceFaitBasis ?? grant.price
            basisUsed = basis
            var planned: Int64 = 0
            var toDate: Int64 = 0
            var year: Int64 = 0
            for t in months {
                for position in members {
                    let plan = report.projection.households[position]
                    // A dwelling line pays dwelling-months: the households counted less those the plan has not yet housed.
                    let notYetHoused = unit == .dwelling ? plan.accompanied[t] - plan.housed[t] : 0
                    let plannedUnits = unit == .dwelling ? plan.housed[t] : plan.accompanied[t]
                    planned += plannedUnits
                    if table.isCounted(t) {
                        let counted = max(0, (table.count(position, t) ?? 0) - notYetHoused)
                        toDate += counted
                        year += counted
                    } else {
                        year += plannedUnits
                    }
                }
            }
            units = (planned * 100, toDate * 100, year * 100)
            // The operand the run's service fait rests on (the convention's own grant, each association's share, or the
            // line's price), so the settlement explains the same amount the same way.
            let price =
                payments.serviceFaitPrice
                ?? Explained.parameter(.money(basis.amount), grant.amount.firstSource ?? .scenario(path: "rules.lines"))
            let per = Explained.constant(.unitMonths(hundredths: basis.perUnitMonthHundredths, unit: unit))
            // Paths, not words (the renderers word them): the counts, and the plan where a month is not counted yet.
            let counts = holder.map { "actuals[\($0)]" } ?? "actuals"
            let path = members.count == 1 ? "operators[\(members[0])].intake" : "operators[].intake"
            let uncounted = months.contains { !table.isCounted($0) }
            plannedE = try .scaled(price, by: .projection(.unitMonths(hundredths: planned * 100, unit: unit), of: path), over: per)
            toDateE = try .scaled(price, by: .projection(.unitMonths(hundredths: toDate * 100, unit: unit), of: counts), over: per)
            yearE = try .scaled(
                price, by: .projection(.unitMonths(hundredths: year * 100, unit: unit), of: uncounted ? "\(counts) | \(path)" : counts),
                over: per)
        case .fte:
            // The plan: the convention's own service fait; to date, the months counted so far of it.
            plannedE = payments.serviceFait.asOperand
            yearE = plannedE
            let countedMonths = Int64(months.filter(table.isCounted).count)
            toDateE = try .scaled(plannedE, by: .constant(.count(countedMonths)), over: .constant(.count(Int64(months.count))))
        }
        // Paid before the balance: the advance, and the instalments after it when the terms have any.
        let advanceE =
            payments.instalments.isEmpty
            ? payments.advance.asOperand : try Explained.sum([payments.advance.asOperand] + payments.instalments.map(\.asOperand))
        let yearFigure = Figure(id: id("service-fait"), kind: .settledYear, subject: subject, explained: yearE)
        let dueE = Explained.minimum(yearFigure.asOperand, grantE)
        let gapE = try Explained.difference(yearFigure.asOperand, plannedE)
        let planned = plannedE.money
        let gap = gapE.money
        let balanceE = try Explained.positiveDifference(dueE, advanceE)
        let reversementE = try Explained.positiveDifference(advanceE, dueE)
        line = grant.line
        period = payments.period
        periodIndex = payments.periodIndex
        self.holder = holder
        self.grant = payments.grant.amount
        advance = advanceE.money
        plannedUnitMonths = units?.planned
        unitMonthsToDate = units?.toDate
        unitMonthsForYear = units?.year
        basis = basisUsed
        plannedServiceFait = planned
        serviceFaitToDate = toDateE.money
        serviceFaitForYear = yearE.money
        balance = balanceE.money
        reversement = reversementE.money
        self.gap = gap
        // |gap| ≥ threshold × planned, exactly.
        isSignificant =
            gap != .zero
            && Int128(gap.cents.magnitude) * Int128(threshold.denominator) >= Int128(planned.cents) * Int128(threshold.numerator)
        figures = [
            Figure(id: id("prevu"), kind: .settledPlanned, subject: subject, explained: plannedE),
            Figure(id: id("a-date"), kind: .settledToDate, subject: subject, explained: toDateE),
            yearFigure,
            Figure(id: id("ecart"), kind: .settledGap, subject: subject, explained: gapE),
            Figure(id: id("solde"), kind: .balance, subject: subject, explained: balanceE),
            Figure(id: id("reversement"), kind: .reversement, subject: subject, explained: reversementE),
        ]
    }
}
