import Enveloppe
import EnveloppeFormats
import EnveloppeIO
import Glibc

/// One run of a command: its operands and options, already checked against its
/// declaration, the chosen format and the words of the chosen language.
struct Invocation {
    let operands: [String]
    let values: [Option: String]
    let flags: Set<Option>
    let format: OutputFormat
    let words: Wording

    var language: Language { words.language }
    func value(_ option: Option) -> String? { values[option] }
    func has(_ option: Option) -> Bool { flags.contains(option) }

    /// Writes `document` in the chosen format to `--output` (whole or not at all, never over
    /// one of `inputs`) or to standard output.
    func emit(_ document: some Document, inputs: [String]) throws {
        // A workbook on a terminal is bytes on the screen; `--output -` is standard output too.
        if format.isBinary && (value(.output) ?? "-") == "-" && isatty(1) == 1 {
            throw Failure.message(
                Localized(
                    "--format \(format.rawValue) écrit un classeur, illisible dans un terminal : ajoutez --output FICHIER.\(format.rawValue)",
                    "--format \(format.rawValue) writes a workbook a terminal cannot show: add --output FILE.\(format.rawValue)"))
        }
        let bytes = try document.render(format, words, printedOn: format == .html ? try PrintDay.resolved() : nil)
        if let output = value(.output) {
            // A report never replaces a file a person filled (an application, a budget or counts in CSV) unless told
            // to: `run … --output candidature.xlsx` would lose its work. (The file read is said first.)
            try FileSystem.refuseInputs(inputs, as: output)
            if !has(.force), let existing = FileSystem.existingFile(output, limit: Invocation.applicationLimit),
                let kind = ScenarioFile.inputKind(existing, name: output)
            {
                let what =
                    kind == .application
                    ? Localized("une candidature (classeur ou scénario)", "an application (a workbook or a scenario)")
                    : Localized("un budget ou des comptages (CSV)", "a budget or counts (CSV)")
                throw Failure.about(
                    file: output,
                    Localized(
                        "ce fichier est \(what.fr), que le rapport remplacerait ; choisissez un autre nom, ou ajoutez --force pour le remplacer",
                        "this file is \(what.en) the report would replace; choose another name, or add --force to replace it"))
            }
            try FileSystem.write(bytes, to: output, protecting: inputs)
        } else {
            try StandardStreams.writeOutput(bytes)
        }
        KeptUntilExit.keep(document)
    }

    /// The largest file looked at before it is replaced: an application is a few megabytes at most.
    static let applicationLimit = 64 << 20

    /// Prints a line of text on standard output.
    func say(_ line: String) throws { try StandardStreams.writeOutput(Array((line + "\n").utf8)) }
}
