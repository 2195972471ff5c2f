/// One line of a budget prévisionnel: an account, a label and an amount.
public struct BudgetLine: Sendable, Hashable {
    public var account: CerfaAccount
    public var label: String
    public var amount: Money
    /// For a 74 line, the subsidy line of the form and, when it is one of the call's, the envelope line it asks for.
    public var subsidyLine: SubsidyLine?
    public var envelopeLine: LineID?
    /// What the expense is for, as the scenario says or its label shows.
    public var purposes: [ExpensePurpose]
    /// Where the line comes from: a scenario field or a line of an imported file.
    public var origin: String

    public init(
        account: CerfaAccount, label: String, amount: Money, subsidyLine: SubsidyLine? = nil, envelopeLine: LineID? = nil,
        purposes: [ExpensePurpose]? = nil, origin: String
    ) {
        self.account = account
        self.label = label
        self.amount = amount
        self.subsidyLine = subsidyLine
        self.envelopeLine = envelopeLine
        self.purposes = purposes ?? ExpensePurpose.inferred(from: label)
        self.origin = origin
    }
}
