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
        for line in lines {
            for (index, period) in line.periods.enumerated() {
                figures += [period.plannedUnitMonths, period.deliveredUnitMonths] + period.figures
                for own in line.isPerOperator ? line.conventions[index] : [] {
                    figures += [own.plannedUnitMonths, own.deliveredUnitMonths] + own.figures
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
