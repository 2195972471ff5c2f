import Enveloppe

/// `enveloppe budget`: the budget prévisionnel in the layout of the CERFA 12156 form,
/// to the cent or in whole euros (rounded so that it still balances).
public struct BudgetDocument: Document {
    public let budget: Budget
    public let title: String
    public let wholeEuros: Bool
    /// Whether the budget balances to the cent, before any rounding to whole euros (a budget unbalanced by a few
    /// cents may balance once rounded: it is not said to « stay » balanced).
    public let balancedToTheCent: Bool

    public init(_ budget: Budget, title: String, wholeEuros: Bool, balancedToTheCent: Bool? = nil) {
        self.budget = budget
        self.title = title
        self.wholeEuros = wholeEuros
        self.balancedToTheCent = balancedToTheCent ?? ((try? budget.isBalanced) ?? false)
    }

    public static let formats: [OutputFormat] = [.text, .json, .csv, .html, .xlsx, .ods]

    /// How whole euros were made, for the note under the title; `nil` to the cent. A balanced budget stays balanced;
    /// an unbalanced one is not said to (each side's total is rounded on its own, ``Budget/inWholeEuros()``).
    func roundingNote(_ language: Language) -> String? {
        guard wholeEuros else { return nil }
        // Balanced to the cent, the budget is balanced in euros too (each side's total rounded alike).
        return balancedToTheCent
            ? language.pick(
                "Montants en euros entiers, arrondis pour que le budget reste équilibré : le total est arrondi une fois et les lignes se le partagent au plus fort reste (une ligne qui finit par 50 centimes peut donc être arrondie vers le bas) ; une subvention de l'appel ne prend un euro de plus que si aucune autre ligne ne le peut.",
                "Amounts in whole euros, rounded so that the budget still balances: the total is rounded once and the lines share it by largest remainder (so a line ending in 50 cents may be rounded down); a grant of the call takes a euro more only when no other line can."
            )
            : language.pick(
                "Montants en euros entiers : chaque total est arrondi une fois et ses lignes se le partagent au plus fort reste ; une subvention de l'appel ne prend un euro de plus que si aucune autre ligne ne le peut.",
                "Amounts in whole euros: each total is rounded once and its lines share it by largest remainder; a grant of the call takes a euro more only when no other line can."
            )
    }

    /// ``depositsLabel(of:_:)`` with its amount, as a sentence under the budget (the text and the page).
    func depositsSentence(_ language: Language, money: (Money) -> String) -> String? {
        BudgetDocument.depositsLabel(of: budget, language).map { $0 + language.pick(" : ", ": ") + money(budget.depositsAdvanced) + "." }
    }

    /// What the deposits advanced to landlords are, beside the budget: money the association advances and gets back
    /// (appel Bail d'abord, Montpellier, « Financer la caution requise par le bailleur à la signature du bail glissant »),
    /// so no charge, but cash a finance officer must find. `nil` when there are none. Every format says it (a workbook
    /// from the budget alone).
    static func depositsLabel(of budget: Budget, _ language: Language) -> String? {
        guard budget.depositsAdvanced > .zero else { return nil }
        return language.pick(
            "Cautions avancées aux bailleurs sur la période (hors charges, restituées au glissement du bail)",
            "Deposits advanced to landlords in the period (not charges, returned when the lease slides)")
    }

    public func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8] {
        switch format {
        case .text: try BudgetText(words: words).render(self)
        case .json: try BudgetJSON(words: words).render(self).bytes
        case .csv: try BudgetTable(words: words).csv(self)
        case .html: try BudgetHTML(words: words, date: date).render(self).bytes
        case .xlsx, .ods: try BudgetWorkbook(words: words).workbook(self).bytes(format)
        }
    }
}
