import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe allocate FILE`: shares an envelope among the candidates of the scenario's `allocation` block.
enum AllocateCommand: Command {
    static let name = "allocate"
    static let operands = Localized("FICHIER", "FILE")
    static let operandCount = 1...1
    static let abstract = Localized(
        "répartit une enveloppe entre les candidats (bloc « allocation » du scénario)",
        "share an envelope among candidates (the scenario's \"allocation\" block)")
    static let formats = AllocationDocument.formats
    static let discussion = Localized(
        """
        Répartit l'enveloppe du bloc « allocation » du scénario (un nombre de mesures, ou un montant) entre les
        candidats, selon la méthode choisie : proportional (au prorata des poids, par ex. la population),
        proRataOfRequests (au prorata des demandes, jamais plus que demandé), byRank (dans l'ordre du jury).
        Minimums et maximums respectés ; mesures entières au plus fort reste ; à égalité, le plus grand poids
        puis le plus petit identifiant : le résultat ne dépend pas de l'ordre de la liste. Pour chacun :
        mesures, montant, avance et solde ; et ce qui reste non attribué.
        """,
        """
        Shares the envelope of the scenario's "allocation" block among the candidates by the chosen method:
        proportional (to weights, e.g. the population), proRataOfRequests (pro rata of the requests, never more
        than asked), byRank (in the jury's order).
        Minimums and maximums met; whole measures by largest remainder; ties to the larger weight, then the
        smaller identifier: the result does not depend on the list's order. For each candidate: measures,
        amount, advance and balance; and what is left unallocated.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        let file = invocation.operands[0]
        let scenario = try Loading.scenario(file, invocation.language)
        guard let settings = scenario.allocation else {
            // Not a typo in a field: the whole block that says what to share is missing.
            throw Failure.about(
                file: file,
                Localized(
                    "pas de bloc « allocation » dans ce scénario (ni de feuille Candidats dans un classeur) : rien à répartir (voir docs/scenario-format.md, ou l'exemple scenarios/vial-ami2-2025-repartition-territoires.json)",
                    "no \"allocation\" block in this scenario (nor a Candidats sheet in a workbook): nothing to share (see docs/scenario-format.md, or the example scenarios/vial-ami2-2025-repartition-territoires.json)"
                ))
        }
        // Only the allocation: a file that shares an envelope needs no operators, and its projection is not read.
        let report: AllocationReport
        do { report = try AllocationReport(ResolvedScenario(scenario), settings: settings) } catch { throw Failure.input(error, file: file) }
        try invocation.emit(AllocationDocument(report), inputs: Loading.inputs(of: scenario, file: file))
        return .ok
    }
}
