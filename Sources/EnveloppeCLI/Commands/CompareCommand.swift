import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe compare FILE FILE…`: several applications side by side.
enum CompareCommand: Command {
    static let name = "compare"
    static let operands = Localized("FICHIER FICHIER…", "FILE FILE…")
    static let operandCount = 2...Int.max
    static let abstract = Localized(
        "plusieurs candidatures côte à côte : chiffres clés et contrôles", "several applications side by side: key figures and checks")
    static let formats = CompareDocument.formats
    static let discussion = Localized(
        """
        Plusieurs candidatures ou variantes côte à côte, dans l'ordre donné : subvention, ménages, ETP, coût par
        ménage, part des charges hors personnel, point bas de trésorerie, contrôles en échec et alertes.
        """,
        """
        Several applications or variants side by side, in the order given: grant, households, FTE, cost per
        household, non-staff share of charges, treasury low point, checks failed and warnings.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        let evaluations = try invocation.operands.map { file in (file: file, evaluation: try Loading.evaluation(file, invocation.language)) }
        let summaries = try evaluations.map { (file: $0.file, summary: try ApplicationSummary($0.evaluation)) }
        let rules = evaluations.map { RulesDocument($0.evaluation.report.call.source) }
        let stated = evaluations.map { CompareDocument.linesStatedByScenario($0.evaluation) }
        // Every file read is protected from `--output`: the scenarios, and the budget CSV each one names.
        let read = evaluations.flatMap { Loading.inputs(of: $0.evaluation.report.scenario, file: $0.file) }
        try invocation.emit(CompareDocument(summaries, rules: rules, statedByScenario: stated), inputs: read)
        return .ok
    }
}
