/// One line of a budget prévisionnel: an account, a label and an amount.
public struct BudgetLine: Sendable, Hashable {
    // Stored small (a filed budget may hold a million lines, docs/robustness.md): an operator's item in nine bytes,
    // and the two one-byte fields right after the naming's 41, the fields lying in the order they are declared: 80
    // bytes a line rather than 104.
    /// The label and the origin, kept in their parts where the tool derived the line.
    private var naming: Naming
    public var account: CerfaAccount
    /// For a 74 line, the subsidy line of the form and, when it is one of the call's, the envelope line it asks for
    /// (``envelopeLine``).
    public var subsidyLine: SubsidyLine?
    /// What the line says: « Loyer », or for a line the tool derives from an operator's post or charge in a
    /// programme of several, « Loyer – Opérateur 3 ».
    public var label: String {
        get { naming.label }
        set { naming = .given(label: newValue, origin: origin) }
    }
    public var amount: Money
    public var envelopeLine: LineID?
    /// What the expense is for, as the scenario says or its label shows.
    public var purposes: [ExpensePurpose]
    /// Where the line comes from: a scenario field (`operators[3].charges[1]`) or a line of an imported file.
    public var origin: String {
        get { naming.origin }
        set { naming = .given(label: label, origin: newValue) }
    }

    public init(
        account: CerfaAccount, label: String, amount: Money, subsidyLine: SubsidyLine? = nil, envelopeLine: LineID? = nil,
        purposes: [ExpensePurpose]? = nil, origin: String
    ) {
        self.account = account
        self.naming = .given(label: label, origin: origin)
        self.amount = amount
        self.subsidyLine = subsidyLine
        self.envelopeLine = envelopeLine
        self.purposes = purposes ?? ExpensePurpose.inferred(from: label)
    }

    /// Line `line` of a filed budget (1-based): its origin, « ligne 12 », is written when read (a filed budget may
    /// have a million lines, whose origins a run reads only for the few it names).
    public init(account: CerfaAccount, label: String, amount: Money, purposes: [ExpensePurpose], fileLine line: Int) {
        self.account = account
        self.naming = .fileLine(label: label, line: line)
        self.amount = amount
        self.purposes = purposes
    }

    /// The line of an operator's post or charge, its amount left at zero: `title` is the post's title or the
    /// charge's label, `holder` « – Opérateur 3 » (empty for a programme of one operator), and the line is
    /// `operators[operator].staff[index]` or `.charges[index]` of the scenario.
    ///
    /// Its label and origin are joined when read: a national programme's budgets have some 17 000 such lines, and
    /// a run reads the words of few of them (a sum over thousands of lines is explained by account).
    init(account: CerfaAccount, title: String, holder: String, item: OperatorItem, purposes: [ExpensePurpose]) {
        self.account = account
        self.naming = .item(title: title, holder: holder, item)
        self.amount = .zero
        self.purposes = purposes
    }

    /// Whether this is the line of an operator's post or charge, its label joined when read.
    var isOperatorItem: Bool {
        if case .item = naming { return true }
        return false
    }

    /// Equal when every field reads the same, however the label and origin are kept.
    public static func == (a: BudgetLine, b: BudgetLine) -> Bool {
        a.account == b.account && a.amount == b.amount && a.subsidyLine == b.subsidyLine && a.envelopeLine == b.envelopeLine
            && a.purposes == b.purposes && a.label == b.label && a.origin == b.origin
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(account)
        hasher.combine(label)
        hasher.combine(amount)
        hasher.combine(subsidyLine)
        hasher.combine(envelopeLine)
        hasher.combine(purposes)
        hasher.combine(origin)
    }

    /// A post or a charge of the scenario's operators, by place.
    struct OperatorItem: Sendable {
        enum List: Sendable {
            case staff, charges
        }
        /// The places in 32 bits: a scenario's operators, posts and charges are each fewer than 2³² (its file is
        /// under 4 GiB, and each takes bytes of it; a workbook has a million rows).
        private let operatorPlace: UInt32
        private let place: UInt32
        let list: List

        init(operatorIndex: Int, list: List, index: Int) {
            precondition(UInt32(exactly: operatorIndex) != nil && UInt32(exactly: index) != nil, "a scenario's places fit 32 bits")
            operatorPlace = UInt32(truncatingIfNeeded: operatorIndex)
            place = UInt32(truncatingIfNeeded: index)
            self.list = list
        }

        var operatorIndex: Int { Int(operatorPlace) }
        var index: Int { Int(place) }

        /// `operators[3].staff[1]`, joined from its parts (an interpolation formats each number through its protocol).
        var path: String {
            String.joined("operators[", String(operatorIndex), list == .staff ? "].staff[" : "].charges[", String(index), "]")
        }
    }

    private enum Naming: Sendable {
        /// As given: the scenario's income, a preset's 74 line, a workbook's line.
        case given(label: String, origin: String)
        /// A filed budget's line, by its number in the file.
        case fileLine(label: String, line: Int)
        case item(title: String, holder: String, OperatorItem)

        var label: String {
            switch self {
            case .given(let label, _), .fileLine(let label, _): label
            case .item(let title, let holder, _): holder.isEmpty ? title : String.joined(title, holder)
            }
        }

        var origin: String {
            switch self {
            case .given(_, let origin): origin
            case .fileLine(_, let line): BudgetLine.origin(fileLine: line)
            case .item(_, _, let item): item.path
            }
        }
    }

    /// `ligne 12`: written only when read, for the few lines a run names, so as plainly as that.
    static func origin(fileLine line: Int) -> String { "ligne " + String(line) }
}
