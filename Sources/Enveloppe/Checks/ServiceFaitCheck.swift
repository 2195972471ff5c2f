/// Each line's service fait in each convention period against its grant: short of it,
/// the balance shrinks or the advance is partly paid back. Warns when short.
enum ServiceFaitCheck {
    static func findings(_ input: CheckInput) throws -> [Finding] {
        input.lines.flatMap { line in
            line.periods.map { payments in
                let schedule = payments.schedule
                return Finding(
                    id: "paiement.\(line.line.id)\(FigureID.periodSuffix(payments.periodIndex)).service-fait",
                    status: schedule.serviceFait >= schedule.grant ? .ok : .warning,
                    comparison: .serviceFait(
                        line: line.line.label, period: payments.period, serviceFait: schedule.serviceFait, grant: schedule.grant,
                        reversement: schedule.reversement),
                    sources: payments.serviceFait.citedSources.citations + [input.resolved.terms.citation])
            }
        }
    }
}
