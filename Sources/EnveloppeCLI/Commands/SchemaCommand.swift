import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe schema`: the JSON Schema of scenario files.
enum SchemaCommand: Command {
    static let name = "schema"
    static let operands = Localized("")
    static let operandCount = 0...0
    static let abstract = Localized("affiche le schéma JSON des fichiers de scénario", "print the JSON Schema of scenario files")
    static let formats = SchemaDocument.formats
    static let discussion = Localized(
        "Affiche le schéma JSON (draft 2020-12) des scénarios, pour qu'un éditeur les valide et les complète ;\navec --lang en, ses descriptions sont en anglais (les clés sont les mêmes).",
        "Prints the JSON Schema (draft 2020-12) of scenarios, so an editor can validate and complete them;\nwith --lang en, its descriptions are in English (the keys are the same)."
    )

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        try invocation.emit(SchemaDocument(), inputs: [])
        return .ok
    }
}
