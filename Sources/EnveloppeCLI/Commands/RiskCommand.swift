import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe risk FILE`: a seeded simulation of the treasury over the scenario's `risk` block.
enum RiskCommand: Command {
    static let name = "risk"
    static let operands = Localized("FICHIER", "FILE")
    static let operandCount = 1...1
    static let abstract = Localized(
        "risque de trésorerie : retards de paiement et autres incertitudes, tirés au sort (bloc « risk »)",
        "treasury risk: late payments and other uncertainties, drawn at random (\"risk\" block)")
    static let options: [Option] = [.runs, .seed]
    static let formats = RiskDocument.formats
    /// The most runs a command line may ask for.
    static let maximumRuns = 1_000_000
    static let defaultSeed: UInt64 = 1
    static let discussion = Localized(
        """
        Tire au sort les entrées incertaines que déclare le bloc « risk » du scénario (retards de paiement de
        chaque financeur, entrées par mois, sorties anticipées, délai avant de reprendre une place, vacance
        des postes) et calcule chaque tirage au centime, avec le moteur de enveloppe run. Affiche :
          - P10, médiane et P90 du point bas de la trésorerie et du résultat une fois tout versé ;
          - la part des tirages sous zéro et au-delà du découvert autorisé, la part avec un reversement
            et son P90, le coût attendu du portage ;
          - la réserve qui garde le compte au-dessus de zéro dans 9 tirages sur 10 ;
          - chaque entrée seule, de sa plus petite à sa plus grande valeur (tornade en HTML) ;
          - la trésorerie mois par mois : P10, médiane, P90 et scénario tel qu'écrit (éventail en HTML).
        --runs N : nombre de tirages (10 000 par défaut, 1 000 000 au plus).
        --seed GRAINE : la graine du tirage (1 par défaut) ; même fichier, même graine : même résultat,
                        quel que soit le nombre de cœurs.
        Voir docs/risque.md.
        """,
        """
        Draws the uncertain inputs the scenario's "risk" block declares (each funder's late payments,
        households entering a month, early exits, delay before a place is taken again, vacant posts) and
        computes every run to the cent with the engine of enveloppe run. Prints:
          - P10, median and P90 of the treasury's low point and of the result once everything is paid;
          - the share of runs below zero and beyond the overdraft limit, the share with a repayment
            and its P90, the expected cost of bridging;
          - the reserve that keeps the account above zero in 9 runs in 10;
          - each input alone, from its smallest to its largest value (tornado chart in HTML);
          - the treasury month by month: P10, median, P90 and the scenario as written (fan chart in HTML).
        --runs N: number of runs (10 000 by default, 1 000 000 at most).
        --seed SEED: the seed of the draw (1 by default); same file, same seed: same result, whatever
                     the number of cores.
        See docs/risque.md.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        let file = invocation.operands[0]
        var runs = RiskReport.defaultRuns
        if let text = invocation.value(.runs) {
            guard let value = Int(text), (1...maximumRuns).contains(value) else {
                throw Failure.message(
                    Localized(
                        "--runs attend un nombre entier de tirages de 1 à 1 000 000, trouvé « \(text) »",
                        "--runs needs a whole number of runs from 1 to 1,000,000, found '\(text)'"))
            }
            runs = value
        }
        var seed = defaultSeed
        if let text = invocation.value(.seed) {
            guard let value = UInt64(text) else {
                throw Failure.message(
                    Localized(
                        "--seed attend un nombre entier de 0 à 18 446 744 073 709 551 615, trouvé « \(text) »",
                        "--seed needs a whole number from 0 to 18,446,744,073,709,551,615, found '\(text)'"))
            }
            seed = value
        }
        let scenario = try Loading.scenario(file, invocation.language)
        // Nothing to draw: say where the uncertainties are described, not only that a field is missing.
        guard scenario.risk != nil else {
            throw Failure.about(
                file: file,
                Localized(
                    "risk : le scénario ne décrit aucune incertitude à tirer au sort (bloc « risk », ou feuille Risque du classeur ; voir docs/risque.md)",
                    "risk: the scenario describes no uncertainty to draw (a \"risk\" block, or the workbook's Risque sheet; see docs/risque.md)"))
        }
        let report = try Loading.evaluation(of: scenario, file: file).report
        let risk: RiskReport
        do { risk = try RiskReport(report: report, runs: runs, seed: seed) } catch { throw Failure.input(error, file: file) }
        try invocation.emit(RiskDocument(risk, operators: report.operators.count), inputs: Loading.inputs(of: scenario, file: file))
        return .ok
    }
}
