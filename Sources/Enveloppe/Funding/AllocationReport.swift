/// What `enveloppe allocate` reports: each candidate's measures, amount, advance
/// and balance, and what stays unallocated.
public struct AllocationReport: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public let candidate: Allocation.Candidate
        /// Measures given (nil when the envelope is shared in cents).
        public let measures: Int64?
        public let amount: Money
        /// What is paid before the balance: the advance, and the instalments after it when the terms have any
        /// (amount × their cumulative rate, rounded once, as a convention pays them).
        public let advance: Money
        /// The balance at full service fait: amount − what is paid before it.
        public let balance: Money
        /// measures, amount, advance (and the later instalments) and balance, explained (`enveloppe explain`).
        public let figures: [Figure]
        /// For an allocation by rank, what was left (of the envelope, or of its territory's quota) when the
        /// candidate's turn came, in measures or cents as the shares are; `nil` for another method.
        public let leftAtTurn: Int64?
    }

    public let title: String
    public let call: Call
    public let method: Allocation.Method
    /// The envelope in measures, when shared in measures.
    public let envelopeMeasures: Int64?
    public let envelopeAmount: Money
    /// The price of one measure (12 months at the call's rate), when there is one.
    public let measurePrice: Money?
    public let rows: [Row]
    public let unallocatedMeasures: Int64?
    public let unallocatedAmount: Money
    /// The sources of the rate and of the payment terms.
    public let sources: [Citation]
    /// The payment terms the advances follow: those of the funder that pays the measures.
    public let terms: Cited<PaymentTerms>
    /// Whether the terms pay instalments after the advance, before the balance (``Row/advance`` then includes them).
    public var hasInstalments: Bool { !terms.value.laterInstalments.isEmpty }
    /// The share of the amount paid before the balance: the advance rate, or the instalments' cumulative rate.
    public var paidAheadRate: Rate { terms.value.cumulativeRates.last ?? terms.value.advanceRate }
    /// The rows' figures and what stays unallocated, explained.
    public let figures: [Figure]
    /// Each territory's measures against the quota the call fixes (none when it fixes none), then the measures of the
    /// candidates that are also the scenario's operators against the households it describes (``AllocatedHouseholdsCheck``).
    public let findings: [Finding]

    /// Whether the call's territory quotas were applied (their findings are among ``findings``).
    public var appliesQuotas: Bool { findings.contains(where: \.isQuota) }

    /// The rows as a funder reads them: in the jury's order for an allocation by rank, otherwise as listed.
    public var orderedRows: [Row] {
        guard method == .byRank else { return rows }
        return rows.sorted { ($0.candidate.rank ?? .max, $0.candidate.id) < ($1.candidate.rank ?? .max, $1.candidate.id) }
    }

    /// What the rows add up to: measures (when shared in measures), amounts, advances and balances.
    public var totals: (measures: Int64?, amount: Money, advance: Money, balance: Money) {
        get throws {
            (
                envelopeMeasures == nil ? nil : rows.reduce(0) { $0 + ($1.measures ?? 0) },
                try Money.sum(rows.map(\.amount)), try Money.sum(rows.map(\.advance)), try Money.sum(rows.map(\.balance))
            )
        }
    }

    /// - Throws: ``InputError`` with the `allocation…` path of the fault.
    public init(_ resolved: ResolvedScenario, settings: AllocationSettings) throws(InputError) {
        do {
            self = try AllocationReport(computing: resolved, settings: settings)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("allocation", .overflow)
        }
    }

    private init(computing resolved: ResolvedScenario, settings: AllocationSettings) throws {
        let call = resolved.call
        title = resolved.scenario.title
        self.call = call
        method = settings.method
        // A measure is one household for the call's accompaniment length, at the yearly rate of its first rate line.
        let rateLine = call.lines.first { if case .perUnitYear = $0.pricing { true } else { false } }
        // The advance on what each candidate receives follows the terms of the funder that pays the measures: its own
        // when the scenario gives them (`rules.paymentTerms.funders`), the general terms otherwise.
        let terms = rateLine.map { resolved.terms(of: $0.id) } ?? resolved.terms
        self.terms = terms
        var price: Money?
        var priceExplained: Explained?
        var sources: [Citation] = [terms.citation]
        if let rateLine, case .perUnitYear(let rate) = rateLine.pricing {
            // One measure: the yearly rate for the call's accompaniment length.
            let explained = try Explained.scaled(
                .parameter(rate) { .money($0) }, by: .parameter(call.accompanimentMonths) { .months(Int64($0)) },
                over: .constant(.months(12)))
            priceExplained = explained
            price = explained.money
            sources.insert(rate.citation, at: 0)
        }
        measurePrice = price
        let quotasApply = !call.territoryQuotas.isEmpty && price != nil
        self.sources = sources + (quotasApply ? call.territoryQuotas.map(\.measures.citation) : [])
        let total: Int64
        switch (settings.envelope, price) {
        case (.measures(let count), _?):
            total = count
            envelopeMeasures = count
            envelopeAmount = try price!.multiplied(by: count)
        case (.measures, nil):
            throw InputError("allocation.envelope.measures", .noPricePerMeasure(document: call.sourceName))
        case (.amount(let amount), let price?):
            // Whole measures only: what is left of the amount stays unallocated (DOMAIN.md: never dropped).
            total = try amount.quotientAndRemainder(dividingBy: price).count
            envelopeMeasures = total
            envelopeAmount = amount
        case (.amount(let amount), nil):
            total = amount.cents
            envelopeMeasures = nil
            envelopeAmount = amount
        }
        let candidates = settings.candidates
        var shares: [Int64]
        var leftAtTurn: [Int64]?
        var findings: [Finding] = []
        if quotasApply {
            // The call's quotas first, then the method within each territory.
            let result = try TerritoryAllocation.allocate(total, among: candidates, method: settings.method, quotas: call.territoryQuotas)
            shares = result.shares
            leftAtTurn = settings.method == .byRank ? result.leftAtTurn : nil
            for territory in result.territories {
                findings.append(
                    Finding(
                        id: "repartition.territoire.\(territory.quota.territory)",
                        status: territory.allocated == territory.measures ? .ok : .failure,
                        comparison: .allocationQuota(
                            territory: territory.quota.territory, allocated: territory.allocated, measures: territory.measures,
                            quota: territory.quota.measures.value),
                        sources: [territory.quota.measures.citation]))
            }
        } else {
            do { shares = try Allocation.allocate(total, among: candidates, method: settings.method) } catch {
                throw AllocationFailure.make(error, indices: Array(candidates.indices), candidates: candidates)
            }
            if settings.method == .byRank { leftAtTurn = Allocation.leftAtTurn(total, among: candidates, shares: shares) }
        }
        let method = "allocation.method: \(settings.method.rawValue)"
        let advanceRate = Explained.parameter(terms) { .rate($0.advanceRate) }
        // With instalments after the advance: amount × their cumulative rate, rounded once, is paid before the balance.
        let paidAheadRate = Explained.parameter(terms) { .rate($0.cumulativeRates.last ?? $0.advanceRate) }
        rows = try zip(settings.candidates, shares).enumerated().map { position, entry in
            let (candidate, share) = entry
            let id = { (name: String) in FigureID.allocation(candidate.id, name) }
            var figures: [Figure] = []
            let amount: Explained
            if let priceExplained {
                let measures = Figure(
                    id: id("mesures"), kind: .allocatedMeasures, subject: candidate.name, explained: .projection(.count(share), of: method))
                figures.append(measures)
                amount = try .scaled(priceExplained, by: measures.asOperand, over: .constant(.count(1)))
            } else {
                amount = .projection(.money(Money(cents: share)), of: method)
            }
            let amountFigure = Figure(id: id("montant"), kind: .allocatedAmount, subject: candidate.name, explained: amount)
            let advance = Figure(
                id: id("avance"), kind: .advance, subject: candidate.name,
                explained: try .rated(amountFigure.asOperand, advanceRate, rounding: terms.value.rounding))
            figures += [amountFigure, advance]
            var paidAhead = advance.amount
            var balanceExplained = try Explained.difference(amountFigure.asOperand, advance.asOperand)
            if !terms.value.laterInstalments.isEmpty {
                let toDate = try Explained.rated(amountFigure.asOperand, paidAheadRate, rounding: terms.value.rounding)
                let instalments = Figure(
                    id: id("versements"), kind: .instalment, subject: candidate.name, explained: try .difference(toDate, advance.asOperand))
                figures.append(instalments)
                paidAhead = toDate.money
                balanceExplained = try .difference(amountFigure.asOperand, .sum([advance.asOperand, instalments.asOperand]))
            }
            let balance = Figure(id: id("solde"), kind: .balance, subject: candidate.name, explained: balanceExplained)
            figures.append(balance)
            return Row(
                candidate: candidate, measures: price == nil ? nil : share, amount: amount.money, advance: paidAhead,
                balance: balance.amount, figures: figures, leftAtTurn: leftAtTurn?[position])
        }
        let given = shares.reduce(0, +)
        unallocatedMeasures = price == nil ? nil : total - given
        let envelopeExplained: Explained
        switch settings.envelope {
        case .measures(let count):
            envelopeExplained = try .scaled(
                priceExplained!, by: .field(.count(count), path: "allocation.envelope.measures"), over: .constant(.count(1)))
        case .amount(let amount):
            envelopeExplained = .field(.money(amount), path: "allocation.envelope.amount")
        }
        let unallocated = Figure(
            id: .unallocated, kind: .unallocated,
            explained: try .difference(envelopeExplained, .sum(rows.compactMap { $0.figures.first { $0.kind == .allocatedAmount }?.asOperand })))
        unallocatedAmount = unallocated.amount
        figures = rows.flatMap(\.figures) + [unallocated]
        self.findings = findings + AllocatedHouseholdsCheck.findings(rows, operators: resolved.scenario.operators)
    }
}
