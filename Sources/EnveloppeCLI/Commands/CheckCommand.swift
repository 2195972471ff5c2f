import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe check FILE…`: every coherence check of each application; status 1 when one fails.
enum CheckCommand: Command {
    static let name = "check"
    static let operands = Localized("FICHIER…", "FILE…")
    static let operandCount = 1...Int.max
    static let abstract = Localized(
        "tous les contrôles de cohérence de chaque candidature (code 1 si l'un échoue)",
        "every coherence check of each application (status 1 when one fails)")
    static let formats = ChecksDocument.formats
    static let discussion = Localized(
        """
        Tous les contrôles de cohérence de chaque scénario, avec les chiffres comparés et la source de la règle :
        équilibre du budget, subventions demandées et prévues par l'appel, plafond des charges (et la lecture
        appliquée), équipe et encadrement, ménages par ETP, coût par ménage, part du personnel, service fait,
        mesures qui dépassent la convention, dépenses que l'enveloppe doit couvrir ou qu'elle exclut.
        Code de sortie : 0 aucun échec (les alertes n'échouent pas), 1 un contrôle échoue, 2 entrée invalide.
        """,
        """
        Every coherence check of each scenario, with the figures compared and the rule's source: budget
        balance, grants requested against what the call provides, the cap on charges (and the reading applied),
        team and management, households per FTE, cost per household, staff share, service fait, measures
        that run past the convention, expenses the envelope must cover or excludes.
        Exit status: 0 no failure (warnings do not fail), 1 a check failed, 2 bad input.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        var status = ExitStatus.ok
        var applications: [(file: String, evaluation: Evaluation)] = []
        // A budget CSV that failed to read is protected too: it is the file its applicant now has to correct.
        var unreadBudgets: [String] = []
        for file in invocation.operands {
            do {
                let evaluation = try Loading.evaluation(file, invocation.language)
                applications.append((file, evaluation))
                if evaluation.worstStatus == .failure && status == .ok { status = .checkFailed }
            } catch {
                let failure = Failure(error)
                if let budget = failure.budgetPath { unreadBudgets.append(budget) }
                StandardStreams.writeError(failure.message(invocation.words) + "\n")
                status = .badInput
            }
        }
        // Every file read is protected from `--output`: the scenarios, and the budget CSV each one names.
        let read = applications.flatMap { Loading.inputs(of: $0.evaluation.report.scenario, file: $0.file) }
        try invocation.emit(ChecksDocument(applications), inputs: invocation.operands + read + unreadBudgets)
        return status
    }
}
