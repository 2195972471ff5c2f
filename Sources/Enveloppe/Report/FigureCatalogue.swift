extension RunReport {
    /// The report's own figures in reading order, then the figures its checks computed.
    ///
    /// `shown` leaves out what a report does not print: one operator's share (the whole
    /// grant) and the totals of a single line over a single period. The scenario's expected
    /// figures are checked against the full catalogue (`shown: false`).
    public func catalogue(shown: Bool) -> [Figure] {
        var figures: [Figure] = lines.map(\.amount)
        figures.append(envelopeTotal)
        figures += unitCosts
        for share in operators where !shown || operators.count > 1 { figures += share.shares + [share.total] }
        // By position: a convention's payments are read where they are, not copied whole (a national
        // programme has thousands).
        for line in lines {
            for index in line.periods.indices {
                figures += [line.periods[index].plannedUnitMonths, line.periods[index].deliveredUnitMonths] + line.periods[index].figures
                guard line.isPerOperator else { continue }
                let own = line.conventions[index]
                for position in own.indices {
                    figures += [own[position].plannedUnitMonths, own[position].deliveredUnitMonths] + own[position].figures
                }
            }
        }
        if !shown || lines.count > 1 || lines.contains(where: { $0.periods.count > 1 }) { figures += paymentTotals.figures }
        figures += [
            treasury.opening, treasury.lowest, treasury.workingCapitalNeed, treasury.shortfall, treasury.finalResult,
            treasury.depositsOutstanding,
        ]
        return figures + findings.flatMap(\.figures)
    }
}
