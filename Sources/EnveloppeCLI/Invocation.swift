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
            try FileSystem.write(bytes, to: output, protecting: inputs)
        } else {
            try StandardStreams.writeOutput(bytes)
        }
        KeptUntilExit.keep(document)
    }

    /// Prints a line of text on standard output.
    func say(_ line: String) throws { try StandardStreams.writeOutput(Array((line + "\n").utf8)) }
}
