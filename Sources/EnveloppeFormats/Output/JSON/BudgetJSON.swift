import Enveloppe

/// `enveloppe budget` as JSON: each line with its CERFA account, the totals and the balance; amounts in
/// cents and as exact decimal strings.
struct BudgetJSON: Worded {
    let words: Wording

    func render(_ document: BudgetDocument) throws -> JSONText {
        let budget = document.budget
        let money = JSONValue.money
        let lines = { (lines: [BudgetLine]) in
            JSONValue.array(
                lines.map { line in
                    .object([
                        "account": .string(line.account.rawValue), "accountName": .string(words.accountName(line.account)),
                        "label": .string(words.budgetLabel(line)), "amount": money(line.amount),
                    ])
                })
        }
        return JSONText(
            .object([
                "title": .string(document.title), "form": .string("CERFA 12156"),
                "period": .object([
                    "start": .string(budget.period.start.description), "end": .string(budget.period.end.description),
                    "months": .number(String(budget.period.months)),
                ]),
                "wholeEuros": .bool(document.wholeEuros), "filed": .bool(budget.isSubmitted),
                "charges": lines(budget.charges), "income": lines(budget.income),
                "contributionsUsed": lines(budget.contributionsUsed), "contributionsReceived": lines(budget.contributionsReceived),
                "totalCharges": money(try budget.totalCharges), "totalIncome": money(try budget.totalIncome),
                "balanced": .bool(try budget.isBalanced), "depositsAdvanced": money(budget.depositsAdvanced),
            ]))
    }
}
