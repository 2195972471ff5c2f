import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// Exit status: 0 all good, 1 a coherence check failed, 2 bad input or usage.
enum ExitStatus: Int32 {
    case ok = 0
    case checkFailed = 1
    case badInput = 2
}

/// One command of the tool. It declares its name, operands, options and formats; the
/// usage line and the help are generated from these declarations, and the arguments
/// are checked against them before `run` is called. `run` only throws: ``Failure``
/// turns every error into its one-line message and exit status.
protocol Command: Sendable {
    static var name: String { get }
    /// The operands, as the usage line names them (`FICHIER`, `PRÉRÉGLAGE FICHIER`).
    static var operands: Localized { get }
    static var operandCount: ClosedRange<Int> { get }
    /// One line for the list of commands.
    static var abstract: Localized { get }
    /// What `enveloppe help NAME` says after the usage line.
    static var discussion: Localized { get }
    /// Options beyond `--lang` (every command) and `--format`/`--output`/`--force` (every command with formats).
    static var options: [Option] { get }
    /// The formats the command writes, the default first; empty for a command that prints no document.
    static var formats: [OutputFormat] { get }
    /// The tables `--table` chooses among for `--format csv` (a CSV file holds one table), the default first.
    static var tables: [CSVTable] { get }
    static func run(_ invocation: Invocation) throws -> ExitStatus
}

/// A table a command can write as CSV: its name on the command line and what it holds.
struct CSVTable: Sendable {
    let name: String
    let meaning: Localized
}

extension Command {
    static var options: [Option] { [] }
    static var tables: [CSVTable] { [] }

    /// Every option the command accepts, in the order the usage line shows them.
    static var acceptedOptions: [Option] {
        (formats.isEmpty ? [] : [.format]) + options + (formats.isEmpty ? [] : [.output])
            + (formats.isEmpty || options.contains(.force) ? [] : [.force])
            + [.lang]
    }

    /// `enveloppe run FICHIER [--format text|json|csv|html] [--table months|figures] [--output FICHIER] [--lang fr|en]`.
    static func usage(_ language: Language) -> String {
        let operands = operands.in(language)
        // An option the operands already show (settle's `--actuals COMPTAGES.csv`) is not shown again.
        let options = acceptedOptions.filter { !operands.contains($0.flag) }.map { option in
            let placeholder =
                switch option {
                case .format: formats.map(\.rawValue).joined(separator: "|")
                case .table: tables.map(\.name).joined(separator: "|")
                default: option.placeholder(language)
                }
            return "[\(option.flag)\(placeholder.isEmpty ? "" : " " + placeholder)]"
        }
        return (["enveloppe", name] + (operands.isEmpty ? [] : [operands]) + options).joined(separator: " ")
    }
}

/// The options of the command line, each declared once.
enum Option: String, CaseIterable, Sendable {
    case format, table, euros, actuals, threshold, amount, households, runs, seed, force, output, lang

    var flag: String { "--\(rawValue)" }
    var shortFlag: String? {
        switch self {
        case .format: "-f"
        case .output: "-o"
        default: nil
        }
    }
    var takesValue: Bool { self != .force && self != .euros }

    /// The option an argument names, by its flag or its short flag (`--format`, `-f`).
    static func named(_ argument: String) -> Option? { allCases.first { $0.flag == argument || $0.shortFlag == argument } }

    /// What follows the flag in a usage line.
    func placeholder(_ language: Language) -> String {
        switch self {
        case .format: ""
        case .table: ""  // the command's own tables (``Command/tables``)
        case .euros, .force: ""
        case .actuals: Localized("COMPTAGES.csv", "COUNTS.csv").in(language)
        case .threshold: "10"
        case .amount: Localized("MONTANT", "AMOUNT").in(language)
        case .households: Localized("MÉNAGES", "HOUSEHOLDS").in(language)
        case .runs: "N"
        case .seed: Localized("GRAINE", "SEED").in(language)
        case .output: Localized("FICHIER", "FILE").in(language)
        case .lang: Language.allCases.map(\.rawValue).joined(separator: "|")
        }
    }
}
