import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe explain FILE [ID]`: the figures and their identifiers, or one figure's derivation.
enum ExplainCommand: Command {
    static let name = "explain"
    static let operands = Localized("FICHIER [IDENTIFIANT]", "FILE [IDENTIFIER]")
    static let operandCount = 1...2
    static let abstract = Localized(
        "les chiffres et leurs identifiants, ou la dérivation d'un chiffre jusqu'au texte de l'appel",
        "the figures and their identifiers, or a figure's derivation down to the call's text")
    static let options: [Option] = [.actuals]
    static let formats = ExplainDocument.formats
    static let discussion = Localized(
        """
        Sans identifiant : tous les chiffres du scénario (ceux de run, de check, et d'allocate quand il a un bloc
        « allocation » ; de settle avec --actuals), chacun avec son identifiant stable et sa valeur.
        Avec un identifiant (par ex. paiement.vial.solde) : la dérivation du chiffre, en arbre, jusqu'aux champs
        du scénario et aux passages cités de l'appel. --format json la donne pour les programmes.
        """,
        """
        Without an identifier: every figure of the scenario (run's, check's, allocate's when it has an
        "allocation" block; settle's with --actuals), each with its stable identifier and value.
        With an identifier (e.g. paiement.vial.solde): the figure's derivation as a tree, down to the
        scenario's fields and the passages quoted from the call. --format json gives it for programs.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        let file = invocation.operands[0]
        let scenario = try Loading.scenario(file, invocation.language)
        let evaluation = try Loading.evaluation(of: scenario, file: file)
        var inputs = Loading.inputs(of: scenario, file: file)
        // The figures of run and check; of allocate when the scenario shares an envelope; of settle with --actuals.
        var figures = evaluation.allFigures
        if let countsFile = invocation.value(.actuals) {
            figures += try SettleCommand.settlement(
                evaluation.report, of: file, countsFile: countsFile, threshold: Rate(percent: 10), invocation.language
            ).figures
            inputs.append(countsFile)
        }
        guard invocation.operands.count == 2 else {
            try invocation.emit(ExplainDocument.list(figures, title: evaluation.report.title), inputs: inputs)
            return .ok
        }
        let id = FigureID(invocation.operands[1])
        guard let figure = figures.first(where: { $0.id == id }) else {
            // The figures under what was given (`solde-annuel.assoc-a.iml`, a row's identifier less its part), else
            // those of its kind.
            let ids = figures.map(\.id.rawValue)
            let under = ids.filter { $0.hasPrefix(id.rawValue + ".") }
            throw Failure.unknownFigure(
                id.rawValue, file: file, close: Array((under.isEmpty ? ids.filter { $0.hasPrefix(id.stem) } : under).prefix(8)),
                needsCounts: invocation.value(.actuals) == nil && id.stem == FigureID.settlementStem, actuals: invocation.value(.actuals))
        }
        try invocation.emit(ExplainDocument.tree(figure), inputs: inputs)
        return .ok
    }
}
