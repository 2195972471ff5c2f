import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe validate FILE…`: checks scenarios without a report (exit 0 or 2).
enum ValidateCommand: Command {
    static let name = "validate"
    static let operands = Localized("FICHIER…", "FILE…")
    static let operandCount = 1...Int.max
    static let abstract = Localized(
        "vérifie les scénarios sans afficher de rapport (pour un éditeur ou un script)",
        "check scenarios without printing a report (for an editor or a script)")
    static let formats: [OutputFormat] = []
    static let options: [Option] = [.actuals]
    static let discussion = Localized(
        """
        Vérifie chaque scénario sans afficher de rapport : sa forme (champs, types, chemins), le budget CSV qu'il
        nomme, les identifiants de ses chiffres attendus (« expected »), les mois dans le bon ordre, et les valeurs
        qui dépassent ce que permet le texte de l'appel (un taux au-dessus de 7 000 € par ménage, un plafond
        au-dessus de 25 %…). Code de sortie 0 si tout est valide, 2 sinon, avec un message d'une ligne par erreur ;
        un fichier valide dont des chiffres attendus diffèrent du calcul le dit (enveloppe check les détaille).
        Avec --actuals COMPTAGES.csv, vérifie aussi les comptages mensuels pour ce scénario (ceux d'enveloppe
        settle) : chaque ligne fautive est dite, une par ligne.
        Pour un éditeur, à chaque enregistrement.
        """,
        """
        Checks each scenario without printing a report: its shape (fields, types, paths), the budget CSV it
        names, the identifiers of its expected figures ("expected"), months in order, and values beyond what
        the call's text allows (a rate above €7,000 per household, a cap above 25%…). Exit status 0 when all
        is valid, 2 otherwise, with a one-line message per error; a valid file whose expected figures differ
        from the computation says how many (enveloppe check details them). With --actuals COUNTS.csv, also
        checks the monthly counts for that scenario (those of enveloppe settle): each line at fault is said,
        one per line. For an editor, on every save.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        if invocation.value(.actuals) != nil && invocation.operands.count > 1 {
            throw Failure.usage(
                Localized(
                    "--actuals vérifie les comptages d'un scénario : donnez un seul scénario",
                    "--actuals checks the counts of one scenario: give one scenario"), command: name)
        }
        var status = ExitStatus.ok
        for file in invocation.operands {
            do {
                let scenario: Scenario
                do { scenario = try Loading.scenario(file, invocation.language) } catch Failure.inputs(let errors, let file) {
                    for error in errors { StandardStreams.writeError(invocation.words.message(error, file: file) + "\n") }
                    status = .badInput
                    continue
                } catch Failure.budgetCSV(let failures, let budget, _) {
                    // Every line at fault of the budget it names, each on a line of its own.
                    for failure in failures { StandardStreams.writeError(invocation.words.message(failure, file: budget) + "\n") }
                    status = .badInput
                    continue
                }
                let problems = Loading.located(Validation.problems(scenario), in: file)
                guard problems.isEmpty else {
                    for error in problems { StandardStreams.writeError(invocation.words.message(error, file: file) + "\n") }
                    status = .badInput
                    continue
                }
                let evaluation = try Loading.evaluation(of: scenario, file: file)
                let figures = evaluation.allFigures.count
                let expected = evaluation.expectations.count
                // What was computed, and how many of those figures the scenario's author expects (their identifiers exist).
                let said =
                    switch expected {
                    case 0:
                        Localized(
                            "\(file): valide : \(figures) chiffres calculés ; aucun chiffre attendu par le scénario",
                            "\(file): valid: \(figures) figures computed; no figure expected by the scenario")
                    case 1:
                        Localized(
                            "\(file): valide : \(figures) chiffres calculés, dont 1 attendu par le scénario",
                            "\(file): valid: \(figures) figures computed, 1 of them expected by the scenario")
                    default:
                        Localized(
                            "\(file): valide : \(figures) chiffres calculés, dont \(expected) attendus par le scénario",
                            "\(file): valid: \(figures) figures computed, \(expected) of them expected by the scenario")
                    }
                // Valid is not right: expected figures that differ from the computation are said, for check to detail.
                let differing = evaluation.expectations.filter { $0.status != .ok }.count
                let gaps =
                    differing == 0
                    ? Localized("", "")
                    : Localized(
                        " ; \(differing) \(differing > 1 ? "diffèrent" : "diffère") du calcul (enveloppe check \(differing > 1 ? "les détaille" : "le détaille"))",
                        "; \(differing) \(differing > 1 ? "differ" : "differs") from the computation (enveloppe check details \(differing > 1 ? "them" : "it"))"
                    )
                try invocation.say(said.in(invocation.language) + gaps.in(invocation.language))
                if let countsFile = invocation.value(.actuals), try !validate(countsFile, of: evaluation.report, scenario: file, invocation) {
                    status = .badInput
                }
            } catch {
                let failure = Failure(error)
                if case .file(.standardOutputFailed) = failure { throw failure }
                StandardStreams.writeError(failure.message(invocation.words) + "\n")
                status = .badInput
            }
        }
        return status
    }

    /// The counts of `countsFile` for a valid scenario's report: every line at fault, each on a line of its own (on
    /// standard error), or how many counts it holds. Whether they are valid.
    private static func validate(_ countsFile: String, of report: RunReport, scenario: String, _ invocation: Invocation) throws -> Bool {
        let counts: [ActualCount]
        do { counts = try Loading.counts(countsFile, for: scenario, of: report, invocation.language) } catch Failure.counts(
            let failures, let problems, let file, _)
        {
            let messages = Failure.countMessages(failures, problems, file: file, invocation.words)
            for message in messages { StandardStreams.writeError(message + "\n") }
            // The scenario's line above says it is valid: this one closes on the counts, which are not.
            let n = messages.count
            StandardStreams.writeError(
                Localized(
                    "\(countsFile): comptages non valides : \(n) erreur\(n > 1 ? "s" : "")",
                    "\(countsFile): counts not valid: \(n) error\(n > 1 ? "s" : "")"
                ).in(invocation.language) + "\n")
            return false
        }
        try invocation.say(
            Localized(
                "\(countsFile): valide : \(counts.count) comptage\(counts.count > 1 ? "s" : "")",
                "\(countsFile): valid: \(counts.count) count\(counts.count > 1 ? "s" : "")"
            ).in(invocation.language))
        return true
    }
}
