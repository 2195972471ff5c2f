import Enveloppe

/// The monthly table as people read it, shared by the text and HTML reports:
/// the same columns, the same words, the same figures.
struct MonthlyTable {
    let words: Wording

    var headers: [String] {
        let l = words.language
        return [
            l.pick("Mois", "Month"), l.pick("Ménages", "Households"), l.pick("Entrées", "Entries"), l.pick("Sorties", "Exits"),
            l.pick("Mesures-mois cumulées", "Household-months to date"), l.pick("Encaissements", "Receipts"),
            l.pick("Décaissements", "Expenses"), l.pick("Flux net du mois", "Net"), l.pick("Trésorerie", "Treasury"),
        ]
    }

    /// Where the money begins among ``headers`` (« Encaissements »): a table too wide for the page is cut there.
    let firstMoneyColumn = 5

    /// One row's cells; household counts are left blank after the programme (only payments remain then).
    func cells(_ row: MonthRow) -> [String] {
        let f = words.format
        let count = { (value: Int64) in row.isInProgramme ? f.count(value) : "" }
        return [
            f.month(row.month), count(row.accompanied), count(row.entries), count(row.exits), f.count(row.measureMonthsToDate),
            f.money(row.receipts), f.money(row.expenses), f.money(row.net), f.money(row.treasury),
        ]
    }

    /// What the receipts and the expenses hold (the workbook says how the net and the treasury follow in its formulas).
    var note: String { receiptsAndExpenses + "." }

    /// What ``note`` says, then how the month's net and the treasury follow from the receipts and expenses: under the
    /// text's and the page's table.
    var noteWithNet: String {
        receiptsAndExpenses
            + words.language.pick(
                " ; flux net du mois = encaissements − décaissements, ajouté à la trésorerie du mois précédent.",
                "; net = receipts − expenses, added to the previous month's treasury.")
    }

    private var receiptsAndExpenses: String {
        words.language.pick(
            "Encaissements : avances, soldes et cautions restituées ; décaissements : personnel, charges directes et indirectes, cautions versées et reversements",
            "Receipts: advances, balances and deposits returned; expenses: staff, direct and indirect charges, deposits paid and repayments")
    }
}
