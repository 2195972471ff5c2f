import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe presets`: the known calls and their sources.
enum PresetsCommand: Command {
    static let name = "presets"
    static let operands = Localized("")
    static let operandCount = 0...0
    static let abstract = Localized("liste les appels connus (préréglages) et leurs sources", "list the known calls (presets) and their sources")
    static let formats = PresetsDocument.formats
    static let discussion = Localized(
        "Liste les appels connus, leurs paramètres et la source de chacun.", "Lists the known calls, their parameters and the source of each.")

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        try invocation.emit(PresetsDocument(Presets.all), inputs: [])
        return .ok
    }
}
