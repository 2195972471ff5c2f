import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe init PRESET FILE`: a starter scenario for a call, ready to run.
enum InitCommand: Command {
    static let name = "init"
    static let operands = Localized("PRÉRÉGLAGE FICHIER", "PRESET FILE")
    static let operandCount = 2...2
    static let abstract = Localized(
        "écrit un scénario de départ pour cet appel, prêt à être calculé", "write a starter scenario for that call, ready to run")
    static let options: [Option] = [.force]
    static let formats: [OutputFormat] = []
    static let discussion = Localized(
        """
        Écrit un scénario de départ pour l'appel PRÉRÉGLAGE (voir `enveloppe presets`), que
        `enveloppe run FICHIER` calcule tel quel. Ne remplace pas un fichier existant sans --force.
        Avec FICHIER en .xlsx ou .ods : un classeur de candidature à remplir dans un tableur.
        Avec --lang en, le titre, la description et les noms d'exemple du scénario JSON sont en anglais.
        """,
        """
        Writes a starter scenario for the call PRESET (see `enveloppe presets`) that
        `enveloppe run FILE` computes as it is. Does not replace an existing file without --force.
        With FILE ending in .xlsx or .ods: an application workbook to fill in with a spreadsheet.
        With --lang en, the JSON scenario's title, description and example names are in English.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        let (preset, file) = (invocation.operands[0], invocation.operands[1])
        // The extension says the format: a starter in JSON, or a workbook; any other is refused, not written as JSON.
        let format = try Loading.scenarioFormat(ofOutput: file, command: name)
        let bytes =
            format == .json
            ? StarterScenario.json(for: preset, language: invocation.language).map { Array($0.utf8) }
            : StarterScenario.workbook(for: preset, format == .xlsx ? .xlsx : .ods)
        guard let bytes else {
            throw Failure.input(InputError("", .unknownPreset(name: preset, known: Presets.all.map(\.id.rawValue))), file: "enveloppe init")
        }
        try FileSystem.write(bytes, to: file, protecting: [], overwrite: invocation.has(.force))
        try invocation.say(
            format == .json
                ? Localized(
                    "Scénario de départ écrit dans \(file). Calculez-le : enveloppe run \(file)",
                    "Starter scenario written to \(file). Run it: enveloppe run \(file)"
                ).in(invocation.language)
                : Localized(
                    "Classeur de candidature écrit dans \(file) : remplissez les cellules jaunes (la feuille Notice dit quoi), puis vérifiez-le : enveloppe validate \(file)",
                    "Application workbook written to \(file): fill in the yellow cells (the Notice sheet says what), then check it: enveloppe validate \(file)"
                ).in(invocation.language))
        return .ok
    }
}
