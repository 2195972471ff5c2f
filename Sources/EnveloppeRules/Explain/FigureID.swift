/// A figure's stable identifier, as `enveloppe explain` lists it and a scenario's
/// `expected` block names it. Built here, in one place, so that a name never
/// changes meaning: `paiement.iml.solde`, `paiement.vial.periode-2.avance`.
///
/// Kept in three parts, joined each time the text is asked for (`explain`, the JSON, the expected figures): a
/// convention's figures share their common part (`vial.assoc-a.`) and differ by constants before and after it
/// (`paiement.`, `solde`), so naming the 15 000 figures of a national programme makes one string per convention
/// rather than one per figure (an instalment's number aside). Two identifiers are equal when their texts are, however
/// they are split.
public struct FigureID: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    private let prefix: String
    private let head: String
    private let tail: String

    public init(_ rawValue: String) {
        prefix = ""
        head = rawValue
        tail = ""
    }
    public init(stringLiteral value: String) { self.init(value) }
    private init(prefix: String, head: String, tail: String) {
        self.prefix = prefix
        self.head = head
        self.tail = tail
    }

    /// The identifier's text.
    public var rawValue: String { prefix.isEmpty && tail.isEmpty ? head : String.joined(prefix, head, tail) }
    public var description: String { rawValue }

    public static func == (a: FigureID, b: FigureID) -> Bool {
        (a.prefix == b.prefix && a.head == b.head && a.tail == b.tail) || a.rawValue == b.rawValue
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
    public static func < (a: FigureID, b: FigureID) -> Bool { a.rawValue < b.rawValue }
}

/// The figures of one payment, in the order a schedule reads them.
public enum PaymentPart: String, Sendable, Hashable, CaseIterable {
    case grant = "subvention"
    case advance = "avance"
    case serviceFait = "service-fait"
    case due = "du"
    case balance = "solde"
    case reversement = "reversement"
}

extension FigureID {
    /// `""` for the first convention period, `.periode-2` for the second, and so on.
    public static func periodSuffix(_ period: Int) -> String { period == 0 ? "" : ".periode-\(period + 1)" }

    public static func lineAmount(_ line: LineID) -> FigureID { FigureID("enveloppe.\(line).montant") }
    public static let envelopeTotal: FigureID = "enveloppe.total"
    public static let costPerHousehold: FigureID = "cout.menage"
    public static let costPerFTEYear: FigureID = "cout.etp-an"
    public static let householdsPerFTE: FigureID = "equipe.menages-par-etp"
    public static func perUnitYear(_ line: LineID) -> FigureID { FigureID("cout.\(line).unite-an") }
    public static func perUnitMonth(_ line: LineID) -> FigureID { FigureID("cout.\(line).unite-mois") }

    public static func operatorShare(_ op: OperatorID, _ line: LineID) -> FigureID {
        FigureID(String.joined("operateur.", op.rawValue, ".", line.rawValue))
    }
    public static func operatorTotal(_ op: OperatorID) -> FigureID { FigureID(String.joined("operateur.", op.rawValue, ".total")) }

    /// Unit-months planned or delivered on a line in one convention period.
    public static func activity(_ line: LineID, period: Int, planned: Bool, holder: OperatorID? = nil) -> FigureID {
        ConventionNames(line, period: period, holder: holder).activity(planned: planned)
    }
    /// One payment figure of a line in one convention period; with `holder`, of that operator's own convention.
    public static func payment(_ line: LineID, period: Int, _ part: PaymentPart, holder: OperatorID? = nil) -> FigureID {
        ConventionNames(line, period: period, holder: holder)(part)
    }
    /// The instalment `number` (2 for the first after the advance) of a line in one convention period.
    public static func instalment(_ line: LineID, period: Int, number: Int, holder: OperatorID? = nil) -> FigureID {
        ConventionNames(line, period: period, holder: holder).instalment(number)
    }

    /// The figures of one convention, named from their common part (`vial.assoc-a.periode-2.`) made once: a
    /// national programme names 15 000 of them.
    public struct ConventionNames: Sendable {
        private let common: String

        /// With `holder`, the operator's own convention; without, the application's, or a line's totals.
        public init(_ line: LineID, period: Int, holder: OperatorID? = nil) {
            // Joined from the identifiers' texts (an interpolation would describe each through its protocol).
            common = String.joined(line.rawValue, holder == nil ? "" : ".", holder?.rawValue ?? "", periodSuffix(period), ".")
        }

        /// `paiement.vial.assoc-a.solde`.
        public func callAsFunction(_ part: PaymentPart) -> FigureID { FigureID(prefix: "paiement.", head: common, tail: part.rawValue) }
        /// `paiement.vial.assoc-a.versement-2`.
        public func instalment(_ number: Int) -> FigureID {
            FigureID(prefix: "paiement.", head: common, tail: "versement-" + String(number))
        }
        /// `activite.vial.assoc-a.prevu`, `activite.vial.assoc-a.realise`.
        public func activity(planned: Bool) -> FigureID {
            FigureID(prefix: "activite.", head: common, tail: planned ? "prevu" : "realise")
        }
    }

    /// A payment figure summed over lines, periods and conventions.
    public static func paymentTotal(_ part: PaymentPart) -> FigureID { FigureID("paiement.total.\(part.rawValue)") }

    public static let treasuryOpening: FigureID = "tresorerie.ouverture"
    public static let treasuryLowest: FigureID = "tresorerie.point-bas"
    public static let workingCapitalNeed: FigureID = "tresorerie.besoin-fonds-de-roulement"
    public static let depositsOutstanding: FigureID = "tresorerie.cautions-en-cours"
    public static let treasuryShortfall: FigureID = "tresorerie.a-financer"
    public static let finalResult: FigureID = "tresorerie.resultat-final"

    public static func budgetCharges(period: Int) -> FigureID { FigureID("budget.charges\(periodSuffix(period))") }
    public static func budgetIncome(period: Int) -> FigureID { FigureID("budget.produits\(periodSuffix(period))") }
    public static func subsidyRequested(_ line: LineID, period: Int) -> FigureID {
        FigureID("subvention.\(line)\(periodSuffix(period)).demandee")
    }
    /// `plafond.limite`, `plafond.marge.periode-2`…
    public static func cap(_ part: String, period: Int) -> FigureID { FigureID("plafond.\(part)\(periodSuffix(period))") }
    public static func chargesPerHousehold(period: Int) -> FigureID { FigureID("cout.menage.charges\(periodSuffix(period))") }

    public static func allocation(_ candidate: String, _ part: String) -> FigureID { FigureID("repartition.\(candidate).\(part)") }
    public static let unallocated: FigureID = "repartition.non-attribue"

    /// A settled figure of a line's convention: an operator's own (`solde-annuel.assoc-a.iml.service-fait`) or the
    /// application's (`solde-annuel.iml.service-fait`); `.periode-2` and on for later conventions.
    public static func settlement(_ line: LineID, period: Int, holder: OperatorID?, _ part: String) -> FigureID {
        let who = holder.map { "\($0)." } ?? ""
        return FigureID("\(settlementStem).\(who)\(line)\(periodSuffix(period)).\(part)")
    }

    /// The first part of every settled figure's identifier: they exist only with the counts (`--actuals`).
    public static let settlementStem = "solde-annuel"

    /// The first part of the identifier (`paiement` of `paiement.iml.solde`): what « did you mean » lists.
    public var stem: String { rawValue.split(separator: ".").first.map(String.init) ?? rawValue }
}
