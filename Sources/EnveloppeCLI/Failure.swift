import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// Every way a command can fail, and the one place where each becomes its one-line
/// message and its exit status (2: bad input or usage). Commands only throw.
enum Failure: Error {
    case usage(Localized, command: String?)
    case unknownCommand(String)
    case unsupportedFormat(String, command: String, formats: [OutputFormat])
    case input(InputError, file: String)
    /// Every error of a file (never empty): the first is shown, `validate` lists them all.
    case inputs([InputError], file: String)
    /// Every error of the budget CSV a scenario names (never empty): the first is shown, `validate` of the scenario
    /// lists them all.
    case budgetCSV([BudgetCSV.Failure], file: String, scenario: String)
    /// Every line at fault of a counts file read for the scenario `scenario` (at least one): those that cannot be
    /// read, and the counts the scenario refuses (an unknown operator, more households than places…). The first in
    /// the file's order is shown, `validate SCENARIO --actuals COUNTS` lists them all.
    case counts([ActualsCSV.Failure], [ActualsError], file: String, scenario: String)
    case file(FileError)
    /// The budget CSV a scenario names (`budget.file`) cannot be read: the scenario is named with it, so a person
    /// knows which file to correct or copy beside it.
    case budgetFile(FileError, scenario: String, path: String)
    /// A CSV file given where a scenario is read: a budget or counts, passed in the wrong place.
    case notAScenario(file: String)
    /// `needsCounts`: a settled figure asked without the counts it comes from.
    /// `actuals`: the counts file the figures were listed with, named again in the command that lists them.
    case unknownFigure(String, file: String, close: [String], needsCounts: Bool = false, actuals: String? = nil)
    case message(Localized)
    /// A message about one file, after its name.
    case about(file: String, Localized)
    case unexpected(any Error)

    /// Any error a command throws, as a failure.
    init(_ error: any Error) {
        switch error {
        case let failure as Failure: self = failure
        case let error as FileError: self = .file(error)
        default: self = .unexpected(error)
        }
    }

    var status: ExitStatus { .badInput }

    /// The budget CSV a scenario names, when it is what could not be read.
    var budgetPath: String? {
        switch self {
        case .budgetCSV(_, let file, _): file
        case .budgetFile(_, _, let path): path
        default: nil
        }
    }

    /// « (et 2 autres erreurs dans ce fichier : enveloppe validate scenario.json) » after a file's first error, when it
    /// has others; nothing otherwise.
    static func more(_ more: Int, validating arguments: [String], _ l: Language) -> String {
        guard more > 0 else { return "" }
        let scenario = arguments.map(Failure.shellWord).joined(separator: " ")
        return Localized(
            " (et \(more) autre\(more > 1 ? "s" : "") erreur\(more > 1 ? "s" : "") dans ce fichier : enveloppe validate \(scenario))",
            " (and \(more) more error\(more > 1 ? "s" : "") in this file: enveloppe validate \(scenario))"
        ).in(l)
    }

    /// `path` as a shell reads it back as one word: as it is when it holds only letters, digits and `._/-+,:@%=`,
    /// else between single quotes (a folder « Mes documents » would otherwise be two words of the command to copy).
    static func shellWord(_ path: String) -> String {
        let plain =
            !path.isEmpty && path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789._/-+,:@%=".unicodeScalars.contains($0) }
        return plain ? path : "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// The messages of a counts file's lines at fault, in the file's order (a line that cannot be read gives no count,
    /// so no line is in both lists).
    static func countMessages(_ failures: [ActualsCSV.Failure], _ problems: [ActualsError], file: String, _ words: Wording) -> [String] {
        let lines = failures.map { ($0.line, words.message($0, file: file)) } + problems.map { ($0.line, words.message($0, file: file)) }
        return lines.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    /// An error no command should throw: an overflow the model did not catch, or a fault of the tool.
    static func unexpectedMessage(_ error: any Error, _ words: Wording) -> String {
        if error is ArithmeticError { return words.message(InputError("", .overflow), file: "enveloppe") }
        let detail = String(describing: error)
        return "enveloppe: " + Localized("erreur inattendue : " + detail, "unexpected error: " + detail).in(words.language)
    }

    func message(_ words: Wording) -> String {
        let l = words.language
        switch self {
        case .usage(let text, let command):
            let help = command.map { "enveloppe help \($0)" } ?? "enveloppe --help"
            return "enveloppe: \(text.in(l))" + Localized(" (aide : \(help))", " (help: \(help) --lang en)").in(l)
        case .unknownCommand(let name):
            let names = Tool.commands.map { $0.name }
            let close = names.filter { EditDistance.between($0, name) <= 2 }
            let hint =
                close.isEmpty
                ? "" : Localized(" ; vouliez-vous dire « \(Excerpt.of(close[0], .fr)) » ?", "; did you mean '\(Excerpt.of(close[0], .en))'?").in(l)
            return "enveloppe: "
                + Localized("commande inconnue « \(Excerpt.of(name, .fr)) »", "unknown command '\(Excerpt.of(name, .en))'").in(l) + hint
                + Localized(" ; commandes : ", "; commands: ").in(l) + names.joined(separator: ", ")
        case .unsupportedFormat(let text, let command, let formats):
            return "enveloppe \(command): "
                + Localized(
                    "format « \(Excerpt.of(text, .fr)) » non disponible pour cette commande ; formats : ",
                    "format '\(Excerpt.of(text, .en))' is not available for this command; formats: "
                ).in(l)
                + formats.map(\.rawValue).joined(separator: ", ")
        case .input(let error, let file): return words.message(Loading.located([error], in: file)[0], file: file)
        case .inputs(let errors, let file):
            let errors = Loading.located(errors, in: file)
            // A workbook's errors are all listed: a person corrects every cell in one pass.
            if errors[0].isInWorkbook { return errors.map { words.message($0, file: file) }.joined(separator: "\n") }
            return words.message(errors[0], file: file) + Failure.more(errors.count - 1, validating: [file], l)
        case .budgetCSV(let failures, let file, let scenario):
            return words.message(failures[0], file: file) + Failure.more(failures.count - 1, validating: [scenario], l)
        case .counts(let failures, let problems, let file, let scenario):
            let messages = Failure.countMessages(failures, problems, file: file, words)
            return messages[0] + Failure.more(messages.count - 1, validating: [scenario, "--actuals", file], l)
        case .file(let error): return FileWording.message(error, l)
        case .notAScenario(let file):
            return Localized(
                "\(file): ce n'est pas un scénario (un fichier .json, .xlsx ou .ods) ; un budget CSV se nomme dans le scénario (\"budget\": {\"file\": …}), des comptages se passent à enveloppe settle --actuals",
                "\(file): this is not a scenario (a .json, .xlsx or .ods file); a budget CSV is named in the scenario (\"budget\": {\"file\": …}), counts are given to enveloppe settle --actuals"
            ).in(l)
        case .budgetFile(let error, let scenario, _):
            return Localized(
                "\(scenario): budget.file, le budget déposé qu'il nomme (cherché à côté du scénario) : ",
                "\(scenario): budget.file, the budget filed it names (looked for beside the scenario): "
            ).in(l) + FileWording.message(error, l)
        case .unknownFigure(let id, let file, let close, let needsCounts, let actuals):
            let list = "enveloppe explain \(file)" + (actuals.map { " --actuals \($0)" } ?? "")
            if needsCounts {
                return Localized(
                    "\(file): « \(Excerpt.of(id, .fr)) » est un chiffre du solde, qui vient des comptages : ajoutez --actuals COMPTAGES.csv (liste : enveloppe explain \(file) --actuals COMPTAGES.csv)",
                    "\(file): '\(Excerpt.of(id, .en))' is a settlement figure, which comes from the counts: add --actuals COUNTS.csv (list: enveloppe explain \(file) --actuals COUNTS.csv)"
                ).in(l)
            }
            return Localized(
                "\(file): chiffre inconnu « \(Excerpt.of(id, .fr)) »\(close.isEmpty ? "" : " ; par exemple : " + close.joined(separator: ", ")) (liste : \(list))",
                "\(file): unknown figure '\(Excerpt.of(id, .en))'\(close.isEmpty ? "" : "; for example: " + close.joined(separator: ", ")) (list: \(list))"
            ).in(l)
        case .message(let text): return "enveloppe: " + text.in(l)
        case .about(let file, let text): return "\(file): " + text.in(l)
        case .unexpected(let error):
            return Failure.unexpectedMessage(error, words)
        }
    }
}

/// The words of file errors.
enum FileWording {
    /// The system's reason (English words of `strerror`), said in French for the usual ones.
    static func reason(_ text: String, _ l: Language) -> String {
        guard l == .fr else { return text }
        let french: [String: String] = [
            "No space left on device": "disque plein", "Bad file descriptor": "sortie fermée", "Permission denied": "accès refusé",
            "Read-only file system": "système de fichiers en lecture seule", "File too large": "fichier trop grand",
            "No such file or directory": "dossier introuvable", "Not a directory": "un élément du chemin n'est pas un dossier",
            "Input/output error": "erreur d'entrée-sortie", "Disk quota exceeded": "quota disque dépassé",
            "Is a directory": "c'est un dossier",
        ]
        return french[text] ?? text
    }

    /// What an output path is when no file may replace it (``FileError/notAFileTarget``), and for a folder what to write.
    static func target(_ kind: String, _ l: Language) -> String {
        switch kind {
        case "directory":
            Localized(
                "c'est un dossier : donnez un nom de fichier, par ex. dossier/rapport.html",
                "a folder: give a file name, e.g. folder/report.html"
            ).in(l)
        case "dangling symbolic link": Localized("lien symbolique vers un fichier absent", kind).in(l)
        case "symbolic link loop": Localized("boucle de liens symboliques", kind).in(l)
        case "socket": Localized("c'est une socket", kind).in(l)
        case "special file": Localized("fichier spécial", kind).in(l)
        default: kind
        }
    }

    static func message(_ error: FileError, _ l: Language) -> String {
        switch error {
        case .notFound(let path): Localized("\(path): fichier introuvable", "\(path): file not found").in(l)
        case .permissionDenied(let path):
            Localized("\(path): accès refusé (droits insuffisants)", "\(path): permission denied").in(l)
        case .isDirectory(let path): Localized("\(path): c'est un dossier, pas un fichier", "\(path): that is a folder, not a file").in(l)
        case .unreadable(let path, let reason):
            Localized("\(path): lecture impossible (\(FileWording.reason(reason, l)))", "\(path): cannot be read (\(reason))").in(l)
        case .tooLarge(let path, let limit):
            Localized("\(path): fichier trop grand (plus de \(limit) octets)", "\(path): file too large (over \(limit) bytes)").in(l)
        case .unwritable(let path, let reason):
            Localized(
                "\(path): écriture impossible (\(FileWording.reason(reason, l))) ; aucun fichier n'a été écrit",
                "\(path): cannot be written (\(reason)); no file was written"
            ).in(l)
        case .wouldOverwriteInput(let path, _):
            Localized(
                "\(path): c'est le fichier lu en entrée ; choisissez un autre fichier de sortie",
                "\(path): that is the input file; choose another output file"
            ).in(l)
        case .exists(let path):
            Localized(
                "\(path): le fichier existe déjà ; ajoutez --force pour le remplacer", "\(path): the file already exists; add --force to replace it"
            ).in(l)
        case .notAFileTarget(let path, let kind):
            Localized(
                "\(path): impossible d'écrire ici (\(FileWording.target(kind, .fr)))", "\(path): cannot write here (\(FileWording.target(kind, .en)))"
            )
            .in(l)
        case .standardOutputClosedByReader:
            // `enveloppe run … | head`: the reader has what it wanted; nothing to say.
            ""
        case .standardOutputFailed(let reason):
            Localized(
                "enveloppe: écriture sur la sortie standard impossible (\(FileWording.reason(reason, l)))",
                "enveloppe: cannot write to standard output (\(reason))"
            )
            .in(l)
        }
    }
}
