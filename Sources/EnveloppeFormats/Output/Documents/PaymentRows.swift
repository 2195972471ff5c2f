import Enveloppe

/// The rows of a report's payment schedule, shared by every format: each line's convention of
/// the application, or each operator's own and the line's total, in each period; then the total.
struct PaymentRows: Worded {
    let words: Wording

    struct Row {
        let label: String
        let period: Period?
        let payments: PaymentFigures
        /// A line's total over its operators' conventions, or the report's total.
        let isTotal: Bool
    }

    /// The six amounts of a row and its two months (none for a total over periods).
    struct PaymentFigures {
        let grant: Quantity
        let advance: Quantity
        /// The instalments after the advance and before the balance, added up: advance + instalments + balance
        /// − reversement is what is due, so a schedule with instalments shows them in a column of their own.
        let instalments: Money
        /// The months the instalments reach the account (none for a total over periods).
        let instalmentMonths: [YearMonth]
        let serviceFait: Quantity
        let balance: Quantity
        let reversement: Quantity
        let advanceMonth: YearMonth?
        let balanceMonth: YearMonth?

        init(_ p: LinePayments) {
            (grant, advance, serviceFait, balance, reversement) = (
                p.grant.value, p.advance.value, p.serviceFait.value, p.balance.value, p.reversement.value
            )
            instalments = p.instalmentsTotal
            instalmentMonths = p.instalmentMonths
            (advanceMonth, balanceMonth) = (p.advanceMonth, p.balanceMonth)
        }

        init(_ t: PaymentTotals) {
            (grant, advance, serviceFait, balance, reversement) = (
                t.grant.value, t.advance.value, t.serviceFait.value, t.balance.value, t.reversement.value
            )
            instalments = t.instalments
            instalmentMonths = []
            (advanceMonth, balanceMonth) = (nil, nil)
        }

    }

    /// Whether a convention of the report pays instalments after its advance (the schedule then has a column for them).
    static func hasInstalments(_ report: RunReport) -> Bool {
        report.lines.contains { $0.periods.contains { !$0.instalments.isEmpty } }
    }

    /// How many operators' own conventions a text schedule lists one by one (about a printed page with their
    /// service fait sentences); a programme of hundreds of operators lists each line's totals, and its thousand
    /// conventions are left to the outputs made to hold them (HTML, workbooks, JSON, CSV of the figures).
    static let textLimit = 60

    /// The operators' own conventions of the report, over every line and period.
    static func ownConventions(_ report: RunReport) -> Int {
        report.lines.reduce(0) { $0 + $1.ownAmounts.reduce(0) { $0 + $1.count } }
    }

    /// Each convention is read in place in its line's array (by index, never bound to a loop variable): a copy
    /// of one is a dozen figures retained and released, for each of thousands of operators.
    /// - Parameter eachOperator: whether a line paid on each operator's own convention lists them before its total.
    func rows(_ report: RunReport, eachOperator: Bool = true) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(report.lines.reduce(1) { $0 + $1.periods.count } + (eachOperator ? PaymentRows.ownConventions(report) : 0))
        for line in report.lines {
            for index in line.periods.indices {
                if line.isPerOperator {
                    // (Made only when listed: a national programme's text lists the totals.)
                    let conventions = eachOperator ? line.conventions[index] : []
                    for own in conventions.indices {
                        rows.append(
                            Row(
                                label: conventions[own].grant.subject ?? line.line.label, period: conventions[own].period,
                                payments: PaymentFigures(conventions[own]), isTotal: false))
                    }
                    rows.append(
                        Row(
                            label: line.line.label + language.pick(" (total)", " (total)"), period: line.periods[index].period,
                            payments: PaymentFigures(line.periods[index]), isTotal: true))
                } else {
                    rows.append(
                        Row(label: line.line.label, period: line.periods[index].period, payments: PaymentFigures(line.periods[index]), isTotal: false)
                    )
                }
            }
        }
        if report.lines.count > 1 || report.call.periods.count > 1 {
            rows.append(Row(label: "Total", period: nil, payments: PaymentFigures(report.paymentTotals), isTotal: true))
        }
        return rows
    }

    /// The payment terms above the schedule, with their source: one sentence when every line is paid on the same
    /// terms; otherwise one per set of terms, naming its lines (a funder's own, `rules.paymentTerms.funders.…`).
    /// None when neither the call nor the scenario states terms.
    func terms(_ report: RunReport) -> [String] {
        guard report.call.paymentTerms != nil else { return [] }
        var groups: [(terms: Cited<PaymentTerms>, lines: [String])] = []
        for line in report.lines {
            let terms = report.resolved.terms(of: line.line.id)
            if let index = groups.firstIndex(where: { $0.terms == terms }) {
                groups[index].lines.append(line.line.label)
            } else {
                groups.append((terms, [line.line.label]))
            }
        }
        // Whether the text of the rules states terms of its own (VIAL), which a scenario's choice then replaces.
        let textStatesTerms = Presets.named(report.scenario.preset)?.paymentTerms != nil
        return groups.map { group in
            groups.count > 1
                ? group.lines.joined(separator: ", ") + language.pick(" : ", ": ")
                    + terms(group.terms, startingSentence: false, textStatesTerms: textStatesTerms)
                : terms(group.terms, startingSentence: true, textStatesTerms: textStatesTerms)
        }
    }

    /// « Avance de 60 % à la signature[, puis un acompte de 30 %], solde sur service fait » as a text states them, and
    /// where they come from; the months a scenario states are said with each payment: « Avance de 50 % (versée 2 mois
    /// après le début de la convention), puis un acompte de 30 % (6 mois après le début), solde sur service fait (versé
    /// 4 mois après la fin de la convention) ». Only a text's terms say « à la signature » (VIAL: « dès signature »);
    /// the months the tool assumes are said by ``delays(_:)``.
    private func terms(_ terms: Cited<PaymentTerms>, startingSentence: Bool, textStatesTerms: Bool) -> String {
        let value = terms.value
        let delay = words.paymentDelays
        let fromText = !terms.isFromScenario
        // What the scenario says of a text's terms is marked as the scenario's.
        let mark = fromText ? language.pick("scénario : ", "scenario: ") : ""
        let later = value.laterInstalments.map { instalment in
            f.rate(instalment.rate)
                + (value.advanceDelayStated ? " (" + mark + delay.afterTheStart(instalment.delayMonths) + ")" : "")
        }
        let then =
            switch later.count {
            case 0: ""
            case 1: language.pick(", puis un acompte de \(later[0])", ", then an instalment of \(later[0])")
            default:
                language.pick(", puis des acomptes de ", ", then instalments of ")
                    + later.dropLast().joined(separator: ", ") + language.pick(" et ", " and ") + later[later.count - 1]
            }
        let signature = fromText ? language.pick(" à la signature", " at signature") : ""
        let advanceWhen =
            value.advanceDelayStated
            ? " (" + mark + language.pick("versée ", "paid ") + delay.afterStart(value.advanceDelayMonths) + ")" : ""
        let balanceWhen =
            value.balanceDelayStated ? " (" + mark + language.pick("versé ", "paid ") + delay.afterEnd(value.balanceDelayMonths) + ")" : ""
        let said = language.pick(
            (startingSentence ? "Avance" : "avance")
                + " de \(f.rate(value.advanceRate))\(signature)\(advanceWhen)\(then), solde sur service fait\(balanceWhen)",
            (startingSentence ? "Advance" : "advance")
                + " of \(f.rate(value.advanceRate))\(signature)\(advanceWhen)\(then), balance on service fait\(balanceWhen)")
        // « HYPOTHÈSE du scénario (rules.paymentTerms) »: the field, the scenario being said already.
        let field: String
        if case .scenario(let path) = terms.citation { field = path } else { field = words.citation(terms.citation) }
        guard terms.isFromScenario else { return said + " [\(words.citation(terms.citation))]." }
        return textStatesTerms
            ? said
                + language.pick(
                    " : choix du scénario (\(field)), au lieu de ce que prévoit \(words.rulesText).",
                    ": the scenario's choice (\(field)), instead of what \(words.rulesText) provides.")
            : said
                + language.pick(
                    " : HYPOTHÈSE du scénario (\(field)) ; \(words.rulesSetNoPaymentTerms).",
                    ": ASSUMED by the scenario (\(field)); \(words.rulesSetNoPaymentTerms).")
    }

    /// The payments of a convention paid in several instalments, each with its month.
    func instalments(_ p: LinePayments, subject: String) -> String {
        let parts = [(p.advance, p.advanceMonth)] + zip(p.instalments, p.instalmentMonths).map { ($0, $1) }
        return subject + language.pick(" : versements avant le solde ", ": instalments before the balance ")
            + parts.map { "\(f.quantity($0.0.value)) (\(f.month($0.1)))" }.joined(separator: " + ")
            + language.pick(
                ", chacun = subvention × taux cumulé arrondi une fois, moins le cumul précédent ; solde = dû − ces versements.",
                ", each = grant × cumulative rate rounded once, less the previous total; balance = due − these instalments.")
    }

    /// When the payments arrive, when the tool had to assume it, and the call's earliest advance: the lines whose
    /// terms (their funder's own or the general ones) leave a delay to the tool.
    func delays(_ report: RunReport) -> String? {
        let assumed = AssumedDelays(report.resolved)
        guard !assumed.isEmpty else { return nil }
        let earliest =
            assumed.advanceNotBefore.map {
                language.pick(
                    " ; l'avance n'arrive pas avant \(f.month($0)) : \(words.rulesCalendar) ne permet pas de signer plus tôt",
                    "; the advance not before \(f.month($0)), as \(words.rulesCalendar) allows no earlier signature")
            } ?? ""
        let labels = report.lines.filter { assumed.lines.contains($0.line.id) }.map(\.line.label)
        let which = labels.count < report.lines.count ? " (" + labels.joined(separator: ", ") + ")" : ""
        let delay = words.paymentDelays
        let said =
            (assumed.advance.map { [language.pick("l'", "the ") + delay.advance($0)] } ?? [])
            + (assumed.balance.map { [language.pick("le ", "the ") + delay.balance($0)] } ?? [])
        let one = said.count == 1
        return language.pick(
            "Mois de versement\(which) : \(said.joined(separator: ", ")) (\(one ? "délai supposé" : "délais supposés") par l'outil ; à préciser dans rules.paymentTerms)\(earliest).",
            "Payment months\(which): \(said.joined(separator: ", ")) (\(one ? "delay" : "delays") assumed by the tool; set \(one ? "it" : "them") in rules.paymentTerms)\(earliest)."
        )
    }
}
