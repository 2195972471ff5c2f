import Enveloppe

/// `enveloppe run` as text: the envelope, unit costs, shares, payments and checks,
/// each with its source. It formats the report's figures and computes none.
struct RunText: Worded {
    let words: Wording

    func render(_ evaluation: Evaluation) -> String { lines(evaluation).text }

    /// The report as UTF-8 bytes, without making a string of them first (and checking them again).
    func bytes(_ evaluation: Evaluation) -> [UInt8] { lines(evaluation).bytes }

    private func lines(_ evaluation: Evaluation) -> TextLines {
        let report = evaluation.report
        // Hundreds of operators' conventions would bury the schedule: the text then gives each line's totals.
        let ownConventions = PaymentRows.ownConventions(report)
        let eachOperator = ownConventions <= PaymentRows.textLimit
        // Per operator: a row of the split; per convention listed, a row and a sentence of the schedule. (Room made
        // for every operator's conventions, which a national text no longer lists, was a megabyte of the heap.)
        var out = TextLines(capacity: 65_536 + report.operators.count * 256 + (eachOperator ? ownConventions * 640 : 0))
        let call = report.call
        out.append(report.title)
        out.append(String(repeating: "=", count: report.title.count))
        // What a committee reads first: the outcome of the checks, each failure named.
        out.append(contentsOf: ChecksText(words: words).outcome(evaluation.findings))
        out.append("")
        // The heading's lines name the call and cite it in full: wrapped, each continues indented under its label.
        let heading = { (line: String) in line.wrapped(first: "", then: "  ") }
        out.append(contentsOf: heading(words.rulesLabel + words.titleAndPublisher(call)))
        out.append(
            contentsOf: heading(
                language.pick("Préréglage : ", "Preset: ") + call.id.rawValue + " · " + language.pick("source : ", "source: ") + call.sourceName))
        out.append(
            contentsOf: heading(
                language.pick(
                    call.periods.count > 1 ? "Conventions : " : "Convention : ", call.periods.count > 1 ? "Conventions: " : "Convention: ")
                    + f.conventions(call.periods) + " [" + words.citation(call.convention.citation, quoting: false) + "]"))
        out.append(
            language.pick("Ménages : ", "Households: ") + f.count(report.households) + " · "
                + language.pick("Équipe : ", "Team: ") + words.team(of: report))
        if !report.description.isEmpty {
            // A paragraph of a thousand characters reads, and prints, in lines of 100.
            out.append("")
            out.append(contentsOf: report.description.wrapped(width: Wording.textWidth))
        }

        out.append(section(language.pick("ENVELOPPE", "ENVELOPE")))
        // Each line's basis beside its amount, or, when that is wider than the page, under the table, line by line.
        let bases = report.lines.map(basis)
        var envelope = TextTable([.left, .left, .right, .left])
        for (line, basis) in zip(report.lines, bases) {
            envelope.add([line.line.label, line.line.funder.name, f.quantity(line.amount.value), basis])
        }
        envelope.add([language.pick("Total", "Total"), "", f.quantity(report.envelopeTotal.value), ""])
        if envelope.fits(within: Wording.textWidth) {
            out.append(envelope)
        } else {
            out.append(envelope.columns([0, 1, 2]))
            for (line, basis) in zip(report.lines, bases) { out.append(contentsOf: note(line.line.label + language.pick(" : ", ": ") + basis)) }
        }
        // The lines' cited sources merged (a line's total over every operator's grant cites each operator's fields).
        var cited = CitedSources()
        for line in report.lines { cited.merge(line.amount.citedSources) }
        out.append(contentsOf: sourceLines(cited.citations))

        out.append(section(language.pick("COÛTS UNITAIRES", "UNIT COSTS")))
        var costs = TextTable([.left, .right, .left])
        for figure in report.unitCosts {
            costs.add([words.label(figure), f.quantity(figure.value), derivation(figure, report)])
        }
        out.append(costs)
        let exact =
            words.rules == .call
            ? language.pick("des montants exacts de l'appel", "the call's exact amounts")
            : language.pick("des montants exacts de l'enveloppe", "the envelope's exact amounts")
        out.append(
            contentsOf: note(
                language.pick(
                    "Chaque montant est arrondi une seule fois au centime (au plus proche, la moitié en s'éloignant de zéro) ; les calculs partent \(exact).",
                    "Each amount is rounded once to the cent (to nearest, halves away from zero); computations start from \(exact).")))

        if report.operators.count > 1 {
            out.append(section(language.pick("RÉPARTITION ENTRE STRUCTURES", "SPLIT BETWEEN OPERATORS")))
            // A team the scenario does not describe (a funder's allocation) gets no column of zeros.
            let team = report.scenario.describesTeam
            var table = TextTable([.left, .left, .right] + (team ? [.right] : []) + report.lines.map { _ in .right } + [.right])
            table.add(
                [language.pick("Structure", "Operator"), language.pick("Territoire", "Territory"), language.pick("Ménages", "Households")]
                    + (team ? [language.pick("ETP de l'équipe", "Team FTE")] : []) + report.lines.map(\.line.label) + ["Total"])
            // Each operator's numbers written into the table where they go, each operator read where it lies (440
            // rows in a national programme: taken from the array, each would be copied, its figures retained).
            report.operators.withUnsafeBufferPointer { operators in
                for o in operators.indices {
                    table.startRow()
                    table.addCell(operators[o].name)
                    table.addCell(operators[o].territory ?? "")
                    table.addNumberCell { f.count(operators[o].households, appendingTo: &$0) }
                    if team { table.addNumberCell { f.fte(operators[o].fte, appendingTo: &$0) } }
                    for part in operators[o].shares.indices {
                        table.addNumberCell { f.quantity(operators[o].shares[part].value, appendingTo: &$0) }
                    }
                    table.addNumberCell { f.quantity(operators[o].total.value, appendingTo: &$0) }
                }
            }
            // The shares add up to each line and to the envelope, to the cent: the total row is the report's figures.
            table.add(
                [language.pick("Total", "Total"), "", f.count(report.households)] + (team ? [f.fte(report.teamFTE)] : [])
                    + report.lines.map { f.quantity($0.amount.value) } + [f.quantity(report.envelopeTotal.value)])
            // Wider than the page: who the operators are, then their shares, each operator named in both.
            out.append(parts: table.parts(within: Wording.textWidth, keeping: 1, breakingBefore: [team ? 4 : 3]))
            out.append(
                contentsOf: note(
                    language.pick(
                        "Lignes à montant fixe réparties au prorata (ménages, ou ETP pour une ligne en ETP) au plus fort reste : les parts font le total au centime ; à égalité, le centime va au plus grand poids puis au plus petit identifiant.",
                        "Fixed lines split pro rata (households, or FTE for an FTE line) by largest remainder: the parts add up to the cent; ties go to the larger weight, then the smaller identifier."
                    )))
        }

        out.append(section(language.pick("ÉCHÉANCIER DES PAIEMENTS", "PAYMENT SCHEDULE")))
        let schedule = PaymentRows(words: words)
        for sentence in schedule.terms(report) { out.append(contentsOf: note(sentence)) }
        // Instalments after the advance get a column of their own: advance + instalments + balance − reversement is due.
        let instalments = PaymentRows.hasInstalments(report)
        let rows = schedule.rows(report, eachOperator: eachOperator)
        // One convention period for every row: named once above the table rather than on each row (the width it
        // saves keeps a schedule of operators' conventions on the page).
        let periods = rows.compactMap(\.period)
        let onePeriod = periods.dropFirst().allSatisfy { $0 == periods.first } ? periods.first : nil
        if let onePeriod { out.append(contentsOf: note(language.pick("Convention : ", "Convention: ") + f.span(onePeriod))) }
        let named = onePeriod == nil ? 2 : 1
        var payments = TextTable(
            [.left] + (onePeriod == nil ? [.left] : []) + [.right, .right, .left] + (instalments ? [.right] : []) + [.right, .right, .right, .left])
        payments.add(
            [language.pick("Ligne", "Line")] + (onePeriod == nil ? ["Convention"] : []) + [
                language.pick("Subvention", "Grant"), language.pick("Avance", "Advance"), language.pick("Versée en", "Paid in"),
            ] + (instalments ? [language.pick("Acomptes", "Instalments")] : []) + [
                language.pick("Service fait", "Service fait"), language.pick("Solde", "Balance"), language.pick("Reversement", "Repayment"),
                language.pick("Réglé en", "Settled in"),
            ])
        for row in rows {
            let p = row.payments
            payments.add(
                [row.label] + (onePeriod == nil ? [row.period.map(f.span) ?? ""] : []) + [
                    f.quantity(p.grant), f.quantity(p.advance), p.advanceMonth.map(f.month) ?? "",
                ] + (instalments ? [f.money(p.instalments)] : []) + [
                    f.quantity(p.serviceFait), f.quantity(p.balance), f.quantity(p.reversement), p.balanceMonth.map(f.month) ?? "",
                ])
        }
        // Wider than the page: the grant and advance, then the service fait and balance, each row named in both.
        out.append(
            parts: payments.parts(within: Wording.textWidth, keeping: named, breakingBefore: [named + (instalments ? 4 : 3)]))
        if !eachOperator { out.append(contentsOf: note(words.conventionsElsewhere(ownConventions))) }
        ServiceFaitText(words: words).write(report, into: &out, width: Wording.textWidth, eachOperator: eachOperator)
        if let delays = schedule.delays(report) { out.append(contentsOf: note(delays)) }

        out.append(section(language.pick("MOIS PAR MOIS", "MONTH BY MONTH")))
        let table = MonthlyTable(words: words)
        var monthly = TextTable([.left] + Array(repeating: .right, count: table.headers.count - 1))
        monthly.add(table.headers)
        for row in report.months { monthly.add(table.cells(row)) }
        // Wider than the page: the households, then the money, each month named in both.
        out.append(parts: monthly.parts(within: Wording.textWidth, keeping: 1, breakingBefore: [table.firstMoneyColumn]))
        out.append(contentsOf: note(table.noteWithNet))

        out.append(section(language.pick("TRÉSORERIE", "TREASURY")))
        let treasury = report.treasury
        var cash = TextTable([.left, .right])
        cash.add([words.label(treasury.opening), f.quantity(treasury.opening.value)])
        cash.add([words.label(treasury.lowest) + " (" + f.month(treasury.lowestMonth) + ")", f.quantity(treasury.lowest.value)])
        cash.add([words.label(treasury.workingCapitalNeed), f.quantity(treasury.workingCapitalNeed.value)])
        cash.add([words.label(treasury.shortfall), f.quantity(treasury.shortfall.value)])
        cash.add([language.pick("Mois dans le rouge", "Months in the red"), String(treasury.monthsInRed.count)])
        cash.add([
            words.label(treasury.finalResult) + " (" + f.month(treasury.closingMonth) + ")", f.quantity(treasury.finalResult.value),
        ])
        if treasury.depositsOutstanding.money != .zero {
            cash.add([words.label(treasury.depositsOutstanding), f.quantity(treasury.depositsOutstanding.value)])
        }
        out.append(cash)
        if let need = words.needSentence(need: treasury.workingCapitalNeed.amount, finalResult: treasury.finalResult.amount) {
            out.append(contentsOf: note(need))
        }
        if !report.scenario.describesCosts { out.append(contentsOf: note(words.paymentsOnlyNote)) }

        out.append(section(language.pick("CONTRÔLES", "CHECKS")))
        let checks = ChecksText(words: words)
        out.append(contentsOf: checks.lines(evaluation.findings))
        out.append("")
        out.append(checks.summary(evaluation.findings))
        return out
    }

    private func section(_ title: String) -> String { "\n" + title }

    /// A sentence under a table, in lines of ``Wording/textWidth`` indented as the table.
    private func note(_ sentence: String) -> [String] { sentence.wrapped(first: "  ", then: "  ") }

    private func basis(_ line: LineGrant) -> String {
        switch line.line.pricing {
        case .fixed(_, let units, let months):
            return f.units(hundredths: units.value, unit: line.line.unit) + " × \(months) " + language.pick("mois", "months")
        case .perUnitYear(let rate):
            guard case .unitMonths(let planned, _) = line.first.plannedUnitMonths.value else { return "" }
            return f.money(rate.value) + language.pick(" par ménage et par an × ", " per household per year × ")
                + f.unitMonths(hundredths: planned, unit: line.line.unit) + " / 12"
        }
    }

    private func derivation(_ figure: Figure, _ report: RunReport) -> String {
        switch figure.kind {
        case .costPerHousehold:
            return "= " + f.quantity(report.envelopeTotal.value) + " / " + f.count(report.households) + language.pick(" ménages", " households")
        case .costPerFTEYear:
            // The envelope over the rules' team (a call's, an execution report's, or the scenario's in their place),
            // beside the scenario's own ratio below: each says whose it is.
            guard let team = report.call.team else { return "" }
            let whose: String
            if case .scenario = team.requiredFTE.citation {
                whose = language.pick("du scénario", "of the scenario")
            } else {
                whose = words.ofTheRules
            }
            return "= " + f.quantity(report.envelopeTotal.value) + " / " + f.fte(team.requiredFTE.value) + " " + whose
        case .householdsPerFTE:
            return "= " + f.count(report.households) + language.pick(" ménages / ", " households / ") + f.fte(report.teamFTE)
                + language.pick(" de l'équipe", " of the team")
        default:
            return ""
        }
    }
}
