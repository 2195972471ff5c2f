import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe convert IN OUT`: a scenario from JSON to a workbook and back, nothing lost.
enum ConvertCommand: Command {
    static let name = "convert"
    static let operands = Localized("ENTRÉE SORTIE", "IN OUT")
    static let operandCount = 2...2
    static let abstract = Localized(
        "convertit un scénario entre JSON et classeur (.xlsx, .ods), sans rien perdre",
        "convert a scenario between JSON and a workbook (.xlsx, .ods), losslessly")
    static let options: [Option] = [.force]
    static let formats: [OutputFormat] = []
    static let discussion = Localized(
        """
        Lit le scénario ENTRÉE (JSON, .xlsx ou .ods) et l'écrit dans SORTIE au format que dit son extension :
        .json, .xlsx ou .ods. Chaque champ a sa cellule : relu, le fichier écrit donne le même scénario.
        Le budget déposé qu'un scénario lit dans un CSV reste dans ce CSV (nommé dans la feuille Candidature).
        Ne remplace pas un fichier existant sans --force.
        """,
        """
        Reads the scenario IN (JSON, .xlsx or .ods) and writes it to OUT in the format its extension names:
        .json, .xlsx or .ods. Every field has its cell: read back, the file gives the same scenario.
        A filed budget the scenario reads from a CSV stays in that CSV (named on the Candidature sheet).
        Does not replace an existing file without --force.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        let (input, output) = (invocation.operands[0], invocation.operands[1])
        let format = try Loading.scenarioFormat(ofOutput: output, command: name)
        let scenario = try Loading.decoded(input, invocation.language)
        try FileSystem.write(ScenarioFile.bytes(scenario, format), to: output, protecting: [input], overwrite: invocation.has(.force))
        var said = Localized(
            "Scénario écrit dans \(output) ; vérifiez-le : enveloppe validate \(output)",
            "Scenario written to \(output); check it: enveloppe validate \(output)"
        )
        .in(invocation.language)
        if let budget = scenario.candidateBudgetFile,
            Loading.besideScenario(budget, scenario: input) != Loading.besideScenario(budget, scenario: output)
        {
            said += Localized(
                "\nNote : le budget déposé est lu dans \(budget), à côté de \(output) ; copiez-le ou corrigez son nom.",
                "\nNote: the filed budget is read from \(budget), beside \(output); copy it or correct its name."
            ).in(invocation.language)
        }
        try invocation.say(said)
        return .ok
    }
}
