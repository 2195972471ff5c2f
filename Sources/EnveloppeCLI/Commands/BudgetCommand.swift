import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe budget FILE`: the budget prévisionnel of the first convention (CERFA 12156).
enum BudgetCommand: Command {
    static let name = "budget"
    static let operands = Localized("FICHIER", "FILE")
    static let operandCount = 1...1
    static let abstract = Localized(
        "le budget prévisionnel (CERFA 12156) de la première convention", "the forecast budget (CERFA 12156) of the first convention")
    static let options: [Option] = [.euros]
    static let formats = BudgetDocument.formats
    static let discussion = Localized(
        """
        Le budget prévisionnel de la première convention dans la présentation du CERFA 12156 : charges par
        compte (60 à 68, charges indirectes, 86), produits (70 à 79, 74 par financeur, 87), totaux, équilibre.
        Il est tiré des coûts du scénario, ou c'est celui que le candidat a déposé (bloc « budget » du scénario).
        --euros : en euros entiers, comme le formulaire : chaque total arrondi une fois, ses lignes au plus fort reste (un budget équilibré le reste).
        --format csv : pour recopier dans le formulaire depuis un tableur.
        """,
        """
        The first convention's forecast budget in the layout of the CERFA 12156 form: charges by account
        (60 to 68, indirect charges, 86), income (70 to 79, 74 by funder, 87), totals, balance. Derived from
        the scenario's costs, or the one the candidate submitted (the scenario's "budget" block).
        --euros: in whole euros, as the form asks: each total rounded once, its lines by largest remainder (a balanced budget stays balanced).
        --format csv: to copy into the form from a spreadsheet.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        let file = invocation.operands[0]
        let scenario = try Loading.scenario(file, invocation.language)
        let report = try Loading.evaluation(of: scenario, file: file).report
        let wholeEuros = invocation.has(.euros)
        let exact = report.budgets[0]
        let budget = wholeEuros ? try exact.inWholeEuros() : exact
        try invocation.emit(
            BudgetDocument(budget, title: report.title, wholeEuros: wholeEuros, balancedToTheCent: try exact.isBalanced),
            inputs: Loading.inputs(of: scenario, file: file))
        return .ok
    }
}
