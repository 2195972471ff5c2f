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

    /// Each convention is read in place in its line's array (by index, never bound to a loop variable): a copy
    /// of one is a dozen figures retained and released, for each of thousands of operators.
    func rows(_ report: RunReport) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(report.lines.reduce(1) { $0 + $1.periods.count + $1.conventions.reduce(0) { $0 + $1.count } })
        for line in report.lines {
            for index in line.periods.indices {
                if line.isPerOperator {
                    let conventions = line.conventions[index]
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
        // Delays the scenario states are said with the terms; the tool's own are said by `delays(_:)`.
        let delaysStated = report.call.paymentDelaysSource != nil
        return groups.map { group in
            groups.count > 1
                ? group.lines.joined(separator: ", ") + language.pick(" : ", ": ")
                    + terms(group.terms, startingSentence: false, textStatesTerms: textStatesTerms, delaysStated: delaysStated)
                : terms(group.terms, startingSentence: true, textStatesTerms: textStatesTerms, delaysStated: delaysStated)
        }
    }

    /// « Avance de 60 % à la signature[, puis un acompte de 30 %], solde sur service fait », and where it comes from;
    /// with the months the scenario states, « Avance de 60 % 2 mois après le début de la convention, solde sur
    /// service fait 6 mois après sa fin » (the advance then is not « à la signature »).
    private func terms(_ terms: Cited<PaymentTerms>, startingSentence: Bool, textStatesTerms: Bool, delaysStated: Bool) -> String {
        let value = terms.value
        let rate = f.rate(value.advanceRate)
        let afterStart = { (months: Int) -> String in
            guard delaysStated else { return "" }
            return months == 0
                ? language.pick(" au début de la convention", " at the start of the convention")
                : language.pick(" \(months) mois après le début", " \(months) \(months == 1 ? "month" : "months") after the start")
        }
        let later = value.laterInstalments.map { f.rate($0.rate) + afterStart($0.delayMonths) }
        let then =
            switch later.count {
            case 0: ""
            case 1: language.pick(", puis un acompte de \(later[0])", ", then an instalment of \(later[0])")
            default:
                language.pick(", puis des acomptes de ", ", then instalments of ")
                    + later.dropLast().joined(separator: ", ") + language.pick(" et ", " and ") + later[later.count - 1]
            }
        var advanceWhen =
            value.advanceDelayMonths == 0
            ? language.pick("au début de la convention", "at the start of the convention")
            : language.pick(
                "\(value.advanceDelayMonths) mois après le début de la convention",
                "\(value.advanceDelayMonths) \(value.advanceDelayMonths == 1 ? "month" : "months") after the convention starts")
        var balanceWhen = language.pick(
            "\(value.balanceDelayMonths) mois après sa fin",
            "\(value.balanceDelayMonths) \(value.balanceDelayMonths == 1 ? "month" : "months") after it ends")
        if !delaysStated {
            (advanceWhen, balanceWhen) = (language.pick(" à la signature", " at signature"), "")
        } else if terms.isFromScenario {
            (advanceWhen, balanceWhen) = (" " + advanceWhen, " " + balanceWhen)
        } else {
            // The text's words (« dès signature »), and the months the scenario gives them.
            let scenario = language.pick("scénario : ", "scenario: ")
            (advanceWhen, balanceWhen) = (
                language.pick(" à la signature", " at signature") + " (\(scenario)\(advanceWhen))", " (\(scenario)\(balanceWhen))"
            )
        }
        let said = language.pick(
            (startingSentence ? "Avance" : "avance") + " de \(rate)\(advanceWhen)\(then), solde sur service fait\(balanceWhen)",
            (startingSentence ? "Advance" : "advance") + " of \(rate)\(advanceWhen)\(then), balance on service fait\(balanceWhen)")
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

    /// When the payments arrive, when the tool had to assume it, and the call's earliest advance.
    func delays(_ report: RunReport) -> String? {
        let terms = report.resolved.terms.value
        let earliest =
            terms.advanceNotBefore.map {
                language.pick(
                    " ; l'avance pas avant \(f.month($0)), \(words.rulesCalendar) ne permettant pas de signer plus tôt",
                    "; the advance not before \(f.month($0)), as \(words.rulesCalendar) allows no earlier signature")
            } ?? ""
        guard report.call.paymentDelaysSource == nil else { return nil }
        // A funder paid on its own terms has its own months (in the schedule): the sentence names the other lines.
        let general = report.lines.filter { report.resolved.lineTerms[$0.line.id] == nil }.map(\.line.label)
        guard !general.isEmpty else { return nil }
        let which = general.count < report.lines.count ? " (" + general.joined(separator: ", ") + ")" : ""
        return language.pick(
            "Mois de versement\(which) : l'avance \(terms.advanceDelayMonths) mois après le début de la convention, le solde \(terms.balanceDelayMonths) mois après sa fin (délais supposés par l'outil ; à préciser dans rules.paymentTerms)\(earliest).",
            "Payment months\(which): the advance \(terms.advanceDelayMonths) \(terms.advanceDelayMonths == 1 ? "month" : "months") after the convention starts, the balance \(terms.balanceDelayMonths) months after it ends (delays assumed by the tool; set them in rules.paymentTerms)\(earliest)."
        )
    }
}
