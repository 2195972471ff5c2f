import Synchronization

/// The operators' own conventions of a line paid on one convention per operator: their amounts computed at once
/// (``ConventionAmounts``: the line's totals, the checks and the monthly table read them), their figures and
/// explanations made the first time an output asks for them (`enveloppe explain`, the JSON, the page, the
/// workbooks). A national programme has 1 320 such conventions; its text report prints the lines' totals, and each
/// convention's eight figures with their explanations were a quarter of its run (docs/performance.md).
///
/// The figures made later are those ``LinePayments`` makes for a convention now: the same identifiers, operands and
/// amounts (a test holds them equal).
public final class OwnConventions: Sendable, Hashable {
    /// Each operator's amounts in each convention period (`amounts[period][operator]`).
    public let amounts: [[ConventionAmounts]]
    private let line: EnvelopeLine
    let periods: [Period]
    private let holders: [OperatorID]
    private let names: [String]
    /// Each operator's share of the line: its convention's grant.
    private let shares: [Figure]
    /// The unit-months each operator's own convention funds.
    private let funded: [Explained]
    /// The line's price as the call states it: what service fait is paid at for an operator funding none.
    private let price: Explained
    private let pricedUnitMonths: Explained
    let terms: Cited<PaymentTerms>
    /// The conventions' figures, once made.
    private let made = Mutex<[[LinePayments]]?>(nil)
    /// ``serviceFaitSources()``, once told.
    private let serviceFaitCited = Mutex<CitedSources?>(nil)

    /// - Parameter delivered: the unit-months each operator delivers in each period (`delivered[period][operator]`,
    ///   hundredths).
    /// - Throws: ``ArithmeticError`` when an amount leaves the range of money.
    init(
        line: EnvelopeLine, periods: [Period], operators: [Operator], shares: [Figure], funded: [Explained], price: Explained,
        pricedUnitMonths: Explained, delivered: [[Int64]], terms: Cited<PaymentTerms>
    ) throws {
        self.line = line
        self.periods = periods
        holders = operators.map(\.id)
        names = operators.map(\.name)
        self.shares = shares
        self.funded = funded
        self.price = price
        self.pricedUnitMonths = pricedUnitMonths
        self.terms = terms
        var amounts: [[ConventionAmounts]] = []
        amounts.reserveCapacity(periods.count)
        let paymentTerms = terms.value
        for period in periods.indices {
            var own: [ConventionAmounts] = []
            own.reserveCapacity(operators.count)
            for position in operators.indices {
                // The basis's amounts, read where they lie (``basis(at:)`` makes its operands).
                let paysShare = Self.paysShare(funded[position])
                own.append(
                    try ConventionAmounts(
                        grant: shares[position].amount, price: paysShare ? shares[position].amount : price.money,
                        perUnitMonthHundredths: paysShare ? funded[position].integer : pricedUnitMonths.integer,
                        delivered: delivered[period][position], terms: paymentTerms))
            }
            amounts.append(own)
        }
        self.amounts = amounts
    }

    /// Every operator's convention in every period (`conventions[period][operator]`), made when first asked.
    public var conventions: [[LinePayments]] {
        made.kept { periods.indices.map { period in holders.indices.map { make(period: period, at: $0) } } }
    }

    /// The convention of the operator at `position` in the period at `period`: the one of ``conventions`` once they are
    /// made, else made alone (a text report gives one as an example), with the same figures.
    public func convention(period: Int, at position: Int) -> LinePayments {
        if let known = made.withLock({ $0 }) { return known[period][position] }
        return make(period: period, at: position)
    }

    /// Whether ``conventions`` were made.
    var isMade: Bool { made.withLock { $0 != nil } }

    /// What service fait is paid at in an operator's convention, as its figures explain it (``paysShare(_:)``).
    private func basis(at position: Int) -> (amount: Explained, unitMonths: Explained) {
        Self.paysShare(funded[position]) ? (shares[position].asOperand, funded[position]) : (price, pricedUnitMonths)
    }

    /// Whether an operator's convention pays service fait at its share over the unit-months it funds; at the call's
    /// price when it funds none.
    private static func paysShare(_ funded: Explained) -> Bool { funded.integer > 0 }

    /// The convention of the operator at `position` in the period at `period`, made.
    private func make(period: Int, at position: Int) -> LinePayments {
        LinePayments(
            line: line, period: periods[period], periodIndex: period, holder: holders[position],
            subject: String.joined(line.label, ", ", names[position]), amounts: amounts[period][position], grant: shares[position].asOperand,
            price: basis(at: position), planned: funded[position], delivered: delivered(period: period, at: position), terms: terms)
    }

    /// The unit-months an operator delivers in a period, as its convention explains them.
    private func delivered(period: Int, at position: Int) -> Explained {
        .projection(
            .unitMonths(hundredths: amounts[period][position].delivered, unit: line.unit),
            of: Operator.path(position, line.unit == .fte ? "staff[]" : "intake"))
    }

    /// ``Explained/citedSources`` of the line's service fait in any period (the sum of the operators' service fait),
    /// told from each convention's operands (its price, the unit-months delivered, the unit-months funded) without
    /// making the conventions: what walking that sum gives. The same in every period — each operand is the same
    /// figure, parameter or field whatever the period, only the unit-months delivered change, and sources are not
    /// values — so told once, from the first period's operands.
    func serviceFaitSources() -> CitedSources {
        serviceFaitCited.kept {
            var cited = CitedSources()
            for position in holders.indices {
                let basis = basis(at: position)
                cited.addWalked(insideFigure: basis.amount)
                cited.addWalked(insideFigure: delivered(period: 0, at: position))
                cited.addWalked(insideFigure: basis.unitMonths)
            }
            return cited
        }
    }

    /// Equal when their conventions are (made to be compared).
    public static func == (a: OwnConventions, b: OwnConventions) -> Bool { a === b || a.conventions == b.conventions }

    public func hash(into hasher: inout Hasher) { hasher.combine(amounts) }
}

/// A line's total of one payment figure over its operators' own conventions in one period: the sum of their figures,
/// made when first asked (``OwnConventions``).
struct OwnConventionsTotal: DeferredExplanation {
    let own: OwnConventions
    let period: Int
    let figure: Part
    let total: Money

    /// A payment figure, or the instalment at an index among those after the advance.
    enum Part: Sendable {
        case payment(PaymentPart)
        case instalment(Int)
    }

    func explanation() -> Explained {
        let conventions = own.conventions[period]
        let operands = conventions.indices.map { index -> Explained in
            switch figure {
            case .payment(let part): conventions[index].figure(part).asOperand
            case .instalment(let k): conventions[index].instalments[k].asOperand
            }
        }
        return .recorded(.money(total), .sum, operands)
    }

    /// The service fait's sources are told without making the conventions (the checks cite them in every report).
    func citedSources() -> CitedSources? {
        guard case .payment(.serviceFait) = figure else { return nil }
        return own.serviceFaitSources()
    }
}
