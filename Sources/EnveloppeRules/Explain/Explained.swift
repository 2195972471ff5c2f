import Synchronization

/// A value together with how it was obtained: the computation itself, recorded as it
/// runs, not a description written beside it.
///
/// Each operation below computes its value from its operands' values and keeps the
/// operands, so the tree can be printed (`enveloppe explain`) and evaluated again from
/// its leaves to the same value (``reevaluated()``), which the tests do for every figure.
/// A convention's figures record each operation with the amount computed for it at once
/// (``recorded(_:_:_:)``): the same re-evaluation holds the two equal.
public struct Explained: Sendable, Hashable {
    public let value: Quantity
    public let derivation: Derivation

    @usableFromInline init(_ value: Quantity, _ derivation: Derivation) {
        self.value = value
        self.derivation = derivation
    }

    /// The value as money. The money operations below only ever receive amounts: any
    /// other kind here is a programming error, never a silent zero.
    public var money: Money {
        guard case .money(let amount) = value else { preconditionFailure("not an amount: \(value)") }
        return amount
    }

    /// The value as a whole number (counts, unit-months in hundredths, FTE in hundredths).
    public var integer: Int64 {
        switch value {
        case .count(let count), .months(let count): count
        case .unitMonths(let hundredths, _), .units(let hundredths, _): hundredths
        case .fte(let fte): fte.hundredths
        case .money(let amount): amount.cents
        case .rate, .ratio: preconditionFailure("a rate is not a whole number")
        }
    }

    // MARK: Leaves

    /// A rule parameter, with its source.
    public static func parameter(_ value: Quantity, _ citation: Citation) -> Explained { Explained(value, .parameter(citation)) }
    public static func parameter<V>(_ cited: Cited<V>, as quantity: (V) -> Quantity) -> Explained {
        Explained(quantity(cited.value), .parameter(cited.citation))
    }
    /// A value of the scenario file, at this field path.
    public static func field(_ value: Quantity, path: String) -> Explained { Explained(value, .field(path: path)) }
    /// A value the month-by-month projection computed from these fields (its table shows each month).
    public static func projection(_ value: Quantity, of path: String) -> Explained { Explained(value, .projection(path: path)) }
    /// A constant of the definitions (12 months in a year, 100 hundredths in a unit).
    public static func constant(_ value: Quantity) -> Explained { Explained(value, .constant) }
    /// Another figure, by its identifier, with its own explanation inside.
    public func asFigure(_ id: FigureID) -> Explained { Explained(value, .figure(FigureNode(id: id, self))) }

    /// An operation recorded with its value, computed beforehand from the same operands' values (a convention's
    /// amounts, ``ConventionAmounts`` in the engine, computed at once and explained when an output asks). The value
    /// is the operation's on these operands: checked here in a debug build, and the tests evaluate every figure again
    /// from its leaves (``reevaluated()``).
    package static func recorded(_ value: Quantity, _ operation: Operation, _ operands: [Explained]) -> Explained {
        assert((try? applying(operation, to: operands)) == value, "\(operation) on its operands is not \(value)")
        return Explained(value, .operation(operation, operands))
    }

    // MARK: Operations (each computes its value from its operands)

    public static func sum(_ terms: [Explained]) throws -> Explained {
        Explained(.money(try Money.sum(terms.map(\.money))), .operation(.sum, terms))
    }

    public static func difference(_ a: Explained, _ b: Explained) throws -> Explained {
        Explained(.money(try a.money - b.money), .operation(.difference, [a, b]))
    }

    /// `max(a − b, 0)`: a balance, or a reversement.
    public static func positiveDifference(_ a: Explained, _ b: Explained) throws -> Explained {
        Explained(.money(a.money > b.money ? try a.money - b.money : .zero), .operation(.positiveDifference, [a, b]))
    }

    public static func minimum(_ a: Explained, _ b: Explained) -> Explained {
        Explained(.money(min(a.money, b.money)), .operation(.minimum, [a, b]))
    }

    /// `amount × numerator / denominator`, rounded once (numerator and denominator are whole numbers or unit-months).
    public static func scaled(_ amount: Explained, by numerator: Explained, over denominator: Explained, rounding: RoundingRule = .halfAwayFromZero)
        throws -> Explained
    {
        Explained(
            .money(try amount.money.scaled(by: numerator.integer, over: denominator.integer, rounding: rounding)),
            .operation(.scaled(rounding), [amount, numerator, denominator]))
    }

    /// `amount × rate`, rounded once.
    public static func rated(_ amount: Explained, _ rate: Explained, rounding: RoundingRule = .halfAwayFromZero) throws -> Explained {
        guard case .rate(let r) = rate.value else { preconditionFailure("not a rate: \(rate.value)") }
        return Explained(.money(try amount.money.multiplied(by: r, rounding: rounding)), .operation(.rated(rounding), [amount, rate]))
    }

    /// `a / b`, kept exact (households per FTE: 6 400 / 800 hundredths = 8).
    public static func ratio(_ a: Explained, _ b: Explained) -> Explained {
        precondition(b.integer != 0, "ratio over zero")
        return Explained(.ratio(Rate(a.integer, over: b.integer)), .operation(.ratio, [a, b]))
    }

    /// Units × months: unit-months (in hundredths, like the units).
    public static func product(_ a: Explained, _ b: Explained, as unit: PaidUnit?) -> Explained {
        let value = a.integer * b.integer
        return Explained(unit.map { .unitMonths(hundredths: value, unit: $0) } ?? .count(value), .operation(.product(unit), [a, b]))
    }

    /// `total` split by `weights` by largest remainder (ties by `keys`, see ``Apportionment``), each part explained
    /// on its own: ⌊total × weight / Σ weights⌋ plus the leftover cent the largest remainders receive. Each part
    /// names its weight, the sum and its cent, never every other weight: explaining n parts costs n, not n².
    public static func shares(of total: Explained, weights: [Explained], keys: [String]) throws -> [Explained] {
        let parts = try total.money.allocated(proportionally: zip(keys, weights).map { (key: $0, weight: $1.integer) })
        let sum = weights.reduce(Int64(0)) { $0 + $1.integer }
        // The sum in the weights' own unit (64 dwellings, 8 FTE), so the explanation reads as the scenario does.
        let sumValue: Quantity =
            switch weights.first?.value {
            case .units(_, let unit)?: .units(hundredths: sum, unit: unit)
            default: .count(sum)
            }
        let weightSum = Explained(sumValue, .apportionment(.weightSum))
        return try zip(zip(keys, weights), parts).map { entry, part in
            let floor = try total.money.scaled(by: entry.1.integer, over: max(sum, 1), rounding: .down)
            let cent = Explained(.money(try part - floor), .apportionment(.leftoverCent))
            return Explained(.money(part), .operation(.share(key: entry.0), [total, entry.1, weightSum, cent]))
        }
    }

    /// The value again, computed from the leaves up: equal to `value` whenever the tree is the computation.
    public func reevaluated() throws -> Quantity {
        switch derivation {
        case .parameter, .field, .projection, .constant, .apportionment: return value
        case .figure(let node): return try node.inner.reevaluated()
        case .operation(let operation, let operands):
            return try Explained.applying(operation, to: operands.map { Explained(try $0.reevaluated(), .field(path: "")) })
        }
    }

    /// `operation` computed on the values of `values`.
    private static func applying(_ operation: Operation, to values: [Explained]) throws -> Quantity {
        switch operation {
        case .sum: return try Explained.sum(values).value
        case .difference: return try Explained.difference(values[0], values[1]).value
        case .positiveDifference: return try Explained.positiveDifference(values[0], values[1]).value
        case .minimum: return Explained.minimum(values[0], values[1]).value
        case .scaled(let rounding): return try Explained.scaled(values[0], by: values[1], over: values[2], rounding: rounding).value
        case .rated(let rounding): return try Explained.rated(values[0], values[1], rounding: rounding).value
        case .product(let unit): return Explained.product(values[0], values[1], as: unit).value
        case .ratio: return Explained.ratio(values[0], values[1]).value
        case .share:
            // ⌊total × weight / Σ weights⌋ + the leftover cent of the largest remainder.
            let floor = try values[0].money.scaled(by: values[1].integer, over: max(values[2].integer, 1), rounding: .down)
            return .money(try floor + values[3].money)
        }
    }

    /// The first of ``sources``, found without walking the rest of the tree (a line's amount sums thousands of
    /// operators' grants; what it cites first is the call's price).
    public var firstSource: Citation? {
        switch derivation {
        case .parameter(let citation): return citation
        case .field(let path), .projection(let path): return path.isEmpty ? nil : Citation.scenario(path: path)
        case .figure(let node): return node.inner.firstSource
        case .operation(_, let operands):
            for operand in operands { if let found = operand.firstSource { return found } }
            return nil
        case .constant, .apportionment: return nil
        }
    }

    /// Every leaf's citation (rule parameters) and field path, in order, each once.
    ///
    /// A figure met inside the tree (a grant inside the advance, the amount due and the balance; each operator's
    /// payments inside a line's total) adds its own list, gathered once for its node and kept there: an identifier
    /// names one figure, and the first occurrences of the leaves under it are its own list, in the same order, so
    /// merging that list gives what walking it would give.
    ///
    /// A list is mostly a handful of citations: up to eight are told apart by comparing them with those already
    /// listed, without a set and the hashing of each citation (the national report has 11 500 figures).
    public var sources: [Citation] {
        if case .figure(let node) = derivation { return node.sources }
        return gathered()
    }

    /// ``sources`` as a reader is given them (``CitedSources``), made from the tree's leaves and each inner figure's
    /// own list where it was kept (else its tree): a line's total over 440 operators reads 440 short lists or trees,
    /// without listing its 2 200 citations.
    public var citedSources: CitedSources {
        if case .figure(let node) = derivation { return node.cited }
        var gathering = CitedGathering()
        gathering.walk(self)
        return gathering.cited
    }

    /// ``sources``, walked from this node (a figure inside it gives its own, kept list).
    fileprivate func gathered() -> [Citation] {
        // A total over many operands (a line's payments over 440 operators) lists about as many citations.
        let expected: Int
        if case .operation(_, let operands) = derivation { expected = 4 * operands.count } else { expected = 0 }
        var gathering = SourceGathering(expected: expected)
        gathering.walk(self)
        return gathering.out
    }
}

/// What a walk of a tree gives each citation it meets, in order: ``Explained/sources``' list, or
/// ``Explained/citedSources``.
private protocol CitationGathering {
    mutating func add(_ citation: Citation)
    /// What a figure met inside the tree adds (its own, kept list by default).
    mutating func addSources(of figure: FigureNode)
}

extension CitationGathering {
    /// Each leaf's citation, and what each figure inside gives (``addSources(of:)``: its own list of
    /// ``Explained/sources`` by default, gathered once for its node, and short: an operator's payment cites a
    /// handful), given to ``add(_:)`` in order. The operands and a figure's list are read where they lie (each one
    /// taken out of its array would be copied, its strings and nodes retained, then released).
    mutating func walk(_ node: Explained) {
        switch node.derivation {
        case .parameter(let citation): add(citation)
        case .field(let path), .projection(let path): if !path.isEmpty { add(.scenario(path: path)) }
        case .figure(let figure): addSources(of: figure)
        case .operation(_, let operands):
            operands.withUnsafeBufferPointer { each in for index in each.indices { walk(each[index]) } }
        case .constant, .apportionment: break
        }
    }
}

extension CitationGathering {
    /// A figure's own list of ``Explained/sources``, gathered once for its node and kept.
    mutating func addSources(of figure: FigureNode) {
        figure.sources.withUnsafeBufferPointer { listed in for index in listed.indices { add(listed[index]) } }
    }
}

/// The walk of ``Explained/sources``, its list and index held in a value rather than in variables captured by
/// nested functions (those are boxed, and each access to them is checked at run time for exclusivity: an eighth
/// of the gathering of a national programme's sources).
private struct SourceGathering: CitationGathering {
    var out: [Citation] = []
    /// `out`'s citations, once it has more than a few.
    var seen: CitationIndex? = nil
    let expected: Int

    init(expected: Int) {
        self.expected = expected
        if expected > 8 { out.reserveCapacity(expected) }
    }

    mutating func add(_ citation: Citation) {
        if out.count < 8 {
            if !out.contains(citation) { out.append(citation) }
            return
        }
        if seen == nil { seen = CitationIndex(out, capacity: expected) }
        _ = seen!.insert(citation, into: &out)
    }
}

extension CitedSources {
    /// Adds what the walk of a total's ``Explained/citedSources`` adds for `operand`, an operand of one of the figures
    /// the total sums (a figure met inside it giving its kept list): a deferred total (``DeferredExplanation``) tells
    /// its sources from its figures' operands without making the figures.
    package mutating func addWalked(insideFigure operand: Explained) {
        var gathering = CitedGathering()
        gathering.inWalkedFigure = true
        // Moved in and out rather than copied, so that adding never copies the lists.
        swap(&self, &gathering.cited)
        gathering.walk(operand)
        swap(&self, &gathering.cited)
    }
}

/// The walk of ``Explained/citedSources``.
private struct CitedGathering: CitationGathering {
    var cited = CitedSources()
    /// Whether the walk is inside a figure it walked rather than read from its list.
    var inWalkedFigure = false

    mutating func add(_ citation: Citation) { cited.add(citation) }

    /// A figure's list if it was gathered already; else, for a figure met at the top of the tree, its tree walked
    /// here without making the list: adding a citation met before changes nothing in ``CitedSources`` (a field of the
    /// same operator, a plain citation, the same words spelled otherwise), so the leaves in order give what their
    /// list of first occurrences gives. A line's total over 440 operators' payments is read this way, its
    /// conventions' own lists never made for a text report. The figures inside a walked figure give their kept lists:
    /// a figure met in several places (a grant inside the advance, the amount due and the balance) is walked at most
    /// once for each time it is an operand of the top.
    mutating func addSources(of figure: FigureNode) {
        if !inWalkedFigure, figure.gatheredSources == nil {
            inWalkedFigure = true
            walk(figure.inner)
            inWalkedFigure = false
            return
        }
        figure.sources.withUnsafeBufferPointer { listed in for index in listed.indices { add(listed[index]) } }
    }
}

/// A figure inside a tree: its identifier, its explanation, and its ``sources``, gathered the first time they are
/// asked and then read by every tree the node is part of (a line's total holds each operator's payments; the
/// checks, the text and the JSON all ask for them). One object for the three (its merged sources in a box of their
/// own once asked); the explanation either made with the node or, for a figure whose value is known at once, made
/// when first asked (``DeferredExplanation``).
///
/// Two threads asking at once may both gather the sources, or make a deferred explanation; the results are equal,
/// and the first one kept stays.
public final class FigureNode: Sendable, Hashable {
    public let id: FigureID
    /// The figure's explanation: made with the node, or when first asked (``DeferredExplanation``).
    public var inner: Explained {
        switch made {
        case .now(let explained): explained
        case .later(let deferred): deferred.explanation
        }
    }
    private let made: Made
    /// Not part of the value: two equal nodes are equal whether or not their sources were asked. The merged list is
    /// kept in a box of its own (inline, it made each of a national programme's 11 500 nodes 208 bytes, 160 now; few
    /// nodes are asked for it).
    private let gathered = Mutex<[Citation]?>(nil)
    private let merged = Mutex<CitedBox?>(nil)

    private final class CitedBox: Sendable {
        let cited: CitedSources
        init(_ cited: CitedSources) { self.cited = cited }
    }

    /// How the explanation is had: made, or to make once when first asked.
    private enum Made: Sendable {
        case now(Explained)
        case later(Deferred)
    }

    /// A deferred explanation and the tree it made, once asked.
    private final class Deferred: Sendable {
        let recipe: any DeferredExplanation
        let tree = Mutex<Explained?>(nil)
        init(_ recipe: any DeferredExplanation) { self.recipe = recipe }
        var explanation: Explained { tree.kept { recipe.explanation() } }
    }

    init(id: FigureID, _ inner: Explained) {
        self.id = id
        made = .now(inner)
    }

    init(id: FigureID, deferred: any DeferredExplanation) {
        self.id = id
        made = .later(Deferred(deferred))
    }

    /// ``Explained/sources`` of the inner tree, gathered once.
    var sources: [Citation] { gathered.kept { inner.gathered() } }

    /// ``sources`` if they were gathered already, without gathering them.
    var gatheredSources: [Citation]? { gathered.withLock { $0 } }

    /// ``Explained/citedSources`` of the inner tree, made once.
    var cited: CitedSources {
        merged.kept {
            if case .later(let deferred) = made, let told = deferred.recipe.citedSources() { return CitedBox(told) }
            var gathering = CitedGathering()
            gathering.walk(inner)
            return CitedBox(gathering.cited)
        }.cited
    }

    public static func == (a: FigureNode, b: FigureNode) -> Bool { a === b || (a.id == b.id && a.inner == b.inner) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(inner)
    }
}

/// An explanation made the first time it is asked, for a figure whose value is known at once (a line's total over
/// its operators' own conventions, made only when an output shows them).
package protocol DeferredExplanation: Sendable {
    /// The explanation: its value is the figure's.
    func explanation() -> Explained
    /// ``Explained/citedSources`` of ``explanation()``, when they can be told without making it; `nil` to make it and
    /// walk it.
    func citedSources() -> CitedSources?
}

/// How an explained value was obtained.
///
/// Only a citation (a document's section and quote) is kept apart; the other cases lie in the node itself, so a
/// field, a projection or an operation costs no allocation of its own beyond its operands' list.
public enum Derivation: Sendable, Hashable {
    case constant
    indirect case parameter(Citation)
    case field(path: String)
    case projection(path: String)
    /// Another figure, by its identifier, with its own explanation inside.
    case figure(FigureNode)
    case operation(Operation, [Explained])
    /// A step of a largest-remainder split, computed from the other operands rather than read anywhere.
    case apportionment(ApportionmentStep)
}

/// The two computed operands of one part of a largest-remainder split.
public enum ApportionmentStep: String, Sendable, Hashable {
    /// The sum of every part's weight.
    case weightSum
    /// The leftover cent (0 or 1) the largest remainders receive.
    case leftoverCent
}

/// The operations figures are computed with.
public enum Operation: Sendable, Hashable {
    case sum, difference, positiveDifference, minimum, ratio
    case scaled(RoundingRule)
    case rated(RoundingRule)
    case product(PaidUnit?)
    /// One part of a largest-remainder split: operands are the total, the part's weight, the sum of the weights and
    /// the leftover cent (0 or 1) the part receives.
    case share(key: String)
}
