import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// The command line: finds the command, checks the arguments against its declaration,
/// runs it, and turns whatever it throws into one line on standard error and an exit status.
enum Tool {
    static let commands: [any Command.Type] = [
        RunCommand.self, BudgetCommand.self, CheckCommand.self, CompareCommand.self, ExplainCommand.self, ValidateCommand.self,
        AllocateCommand.self, WhatIfCommand.self, SettleCommand.self, RiskCommand.self, PresetsCommand.self, InitCommand.self, ConvertCommand.self,
        SchemaCommand.self,
    ]

    static func command(named name: String) -> (any Command.Type)? { commands.first { $0.name == name } }

    static func main(_ arguments: [String]) -> ExitStatus {
        let arguments = normalized(arguments)
        let language = arguments.language
        do {
            return try run(arguments, language: language)
        } catch {
            let failure = Failure(error)
            let message = failure.message(Wording(language))
            // Each line with its control characters shown, whatever a message quoted of the input.
            let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { Excerpt.visibleAll(String($0)) }
            if !message.isEmpty { StandardStreams.writeError(lines.joined(separator: "\n") + "\n") }
            return failure.status
        }
    }

    /// The arguments as the parser reads them: `--lang=en` is `--lang en` (as many tools write it), and a language
    /// or a format is read in any case (`--lang EN`, `--format JSON`). An operand is never changed.
    static func normalized(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < arguments.count {
            var argument = arguments[index]
            var value: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "="),
                let option = Option.named(String(argument[..<equals])), option.takesValue
            {
                value = String(argument[argument.index(after: equals)...])
                argument = option.flag
            }
            out.append(argument)
            if let option = Option.named(argument), option.takesValue {
                if value == nil, index + 1 < arguments.count {
                    index += 1
                    value = arguments[index]
                }
                if let given = value { out.append([.lang, .format, .table].contains(option) ? given.lowercased() : given) }
            }
            index += 1
        }
        return out
    }

    static func run(_ arguments: [String], language: Language) throws -> ExitStatus {
        guard let first = arguments.operands.first else {
            if arguments.contains("--version") { return try say("enveloppe 0.2.0") }
            return try say(Help.general(language))
        }
        if first == "help" {
            // « help help » is the general help: the command list, and how to ask for one.
            guard let topic = arguments.operands.dropFirst().first, topic != "help" else { return try say(Help.general(language)) }
            guard let command = command(named: topic) else { throw Failure.unknownCommand(topic) }
            return try say(Help.command(command, language))
        }
        guard let command = command(named: first) else { throw Failure.unknownCommand(first) }
        if arguments.contains(where: { $0 == "--help" || $0 == "-h" }) { return try say(Help.command(command, language)) }
        let invocation = try parse(arguments, for: command, language: language)
        // The heap set up for a report only now: the help, the version and a usage error need none, and the first
        // 2 MiB page it takes cost `enveloppe --version` 0.12 ms of its 0.74 (docs/performance.md, twenty-fifth pass).
        ProcessHeap.prepare()
        return try command.run(invocation)
    }

    /// The operands and options of `command`, refused with a usage error when they do not fit its declaration.
    static func parse(_ arguments: [String], for command: any Command.Type, language: Language) throws -> Invocation {
        var operands: [String] = []
        var values: [Option: String] = [:]
        var flags = Set<Option>()
        var skippedName = false
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if !skippedName && argument == command.name {
                skippedName = true
                continue
            }
            guard argument.hasPrefix("-") && argument != "-" else {
                operands.append(argument)
                continue
            }
            guard let option = Option.named(argument) else {
                // `--formt`, `--actual`: the command's own option nearest in spelling, if one is near.
                let close =
                    argument.count > 40
                    ? nil
                    : command.acceptedOptions.map(\.flag).min { EditDistance.between($0, argument) < EditDistance.between($1, argument) }.flatMap {
                        EditDistance.between($0, argument) <= 2 ? $0 : nil
                    }
                throw Failure.usage(
                    Localized(
                        "option inconnue « \(Excerpt.of(argument, .fr)) »" + (close.map { " ; vouliez-vous dire « \($0) » ?" } ?? ""),
                        "unknown option '\(Excerpt.of(argument, .en))'" + (close.map { "; did you mean '\($0)'?" } ?? "")),
                    command: command.name)
            }
            guard command.acceptedOptions.contains(option) else {
                throw Failure.usage(
                    Localized(
                        "l'option \(option.flag) ne s'applique pas à « \(command.name) »", "option \(option.flag) does not apply to '\(command.name)'"
                    ),
                    command: command.name)
            }
            guard option.takesValue else {
                flags.insert(option)
                continue
            }
            guard index < arguments.count else {
                throw Failure.usage(
                    Localized("l'option \(option.flag) attend une valeur", "option \(option.flag) needs a value"), command: command.name)
            }
            values[option] = arguments[index]
            index += 1
        }
        guard command.operandCount.contains(operands.count) else {
            // How many arguments the command wants, before its usage line: « compare » of one file says it needs two.
            let range = command.operandCount
            let given = operands.count
            func count(_ n: Int, _ l: Language) -> String {
                l == .fr ? "\(n) argument\(n > 1 ? "s" : "")" : "\(n) argument\(n == 1 ? "" : "s")"
            }
            let wanted =
                range.upperBound == 0
                ? Localized("« \(command.name) » ne prend pas d'argument ; ", "'\(command.name)' takes no argument; ")
                : range.lowerBound == range.upperBound
                    ? Localized(
                        "« \(command.name) » attend \(count(range.lowerBound, .fr)), \(given) donné\(given > 1 ? "s" : "") ; ",
                        "'\(command.name)' takes \(count(range.lowerBound, .en)), \(given) given; ")
                    : given < range.lowerBound
                        ? Localized(
                            "« \(command.name) » attend au moins \(count(range.lowerBound, .fr)), \(given) donné\(given > 1 ? "s" : "") ; ",
                            "'\(command.name)' needs at least \(count(range.lowerBound, .en)), \(given) given; ")
                        : Localized(
                            "« \(command.name) » attend au plus \(count(range.upperBound, .fr)), \(given) donnés ; ",
                            "'\(command.name)' takes at most \(count(range.upperBound, .en)), \(given) given; ")
            throw Failure.usage(
                Localized(wanted.in(.fr) + "usage : " + command.usage(.fr), wanted.in(.en) + "usage: " + command.usage(.en)),
                command: command.name)
        }
        if let text = values[.lang], Language(rawValue: text) == nil {
            throw Failure.usage(
                Localized(
                    "langue inconnue « \(Excerpt.of(text, .fr)) » ; langues : fr, en",
                    "unknown language '\(Excerpt.of(text, .en))'; languages: fr, en"), command: command.name)
        }
        var format = command.formats.first ?? .text
        // The output file's extension names a format (`rapport.xlsx`): the format unless one is given, and never
        // another than the one given (text written to a .xlsx is a file no spreadsheet opens).
        let named = values[.output].flatMap(OutputFormat.init(fileName:))
        let formats = command.formats.map(\.rawValue).joined(separator: ", ")
        let typed = values[.output].flatMap(FileName.typedExtension(of:))
        if let text = values[.format] {
            guard let chosen = OutputFormat(rawValue: text), command.formats.contains(chosen) else {
                throw Failure.unsupportedFormat(text, command: command.name, formats: command.formats)
            }
            if let named, named != chosen, let output = values[.output] {
                throw Failure.usage(
                    Localized(
                        "--format \(chosen.rawValue) et --output « \(Excerpt.of(output, .fr)) » ne disent pas le même format : changez l'un ou l'autre (sans --format, l'extension du fichier choisit)",
                        "--format \(chosen.rawValue) and --output '\(Excerpt.of(output, .en))' name different formats: change one of them (without --format, the file's extension chooses)"
                    ), command: command.name)
            }
            format = chosen
        } else if let named, let output = values[.output] {
            guard command.formats.contains(named) else {
                throw Failure.usage(
                    Localized(
                        "« \(Excerpt.of(output, .fr)) » : « \(command.name) » n'écrit pas de fichier .\(typed ?? "") ; formats : \(formats)",
                        "'\(Excerpt.of(output, .en))': '\(command.name)' writes no .\(typed ?? "") file; formats: \(formats)"
                    ), command: command.name)
            }
            format = named
        }
        if let output = values[.output], let typed, OutputFormat.unwrittenExtensions.contains(typed.lowercased()) {
            throw Failure.usage(
                Localized(
                    "« \(Excerpt.of(output, .fr)) » : enveloppe n'écrit pas de fichier .\(typed) ; pour un tableur, un classeur .xlsx ou .ods, pour imprimer, une page .html (formats : \(formats))",
                    "'\(Excerpt.of(output, .en))': enveloppe writes no .\(typed) file; for a spreadsheet, an .xlsx or .ods workbook, to print, an .html page (formats: \(formats))"
                ), command: command.name)
        }
        if let table = values[.table] {
            guard command.tables.contains(where: { $0.name == table }) else {
                let listed = { (l: Language) in command.tables.map { "\($0.name) (\($0.meaning.in(l)))" }.joined(separator: ", ") }
                throw Failure.usage(
                    Localized(
                        "tableau inconnu « \(Excerpt.of(table, .fr)) » ; tableaux : \(listed(.fr))",
                        "unknown table '\(Excerpt.of(table, .en))'; tables: \(listed(.en))"), command: command.name)
            }
            // A CSV file holds one table; the other formats hold them all, so a table asked of them would be ignored.
            guard format == .csv else {
                // The format the output file's extension chose is changed by its name, not by --format.
                let fromName = values[.format] == nil && named != nil
                throw Failure.usage(
                    fromName
                        ? Localized(
                            "--table choisit le tableau d'un fichier CSV : écrivez dans un fichier .csv (les autres formats contiennent tous les tableaux)",
                            "--table chooses the table of a CSV file: write to a .csv file (the other formats hold every table)")
                        : Localized(
                            "--table choisit le tableau d'un fichier CSV : ajoutez --format csv (les autres formats contiennent tous les tableaux)",
                            "--table chooses the table of a CSV file: add --format csv (the other formats hold every table)"),
                    command: command.name)
            }
        }
        return Invocation(operands: operands, values: values, flags: flags, format: format, words: Wording(language))
    }

    private static func say(_ text: String) throws -> ExitStatus {
        try StandardStreams.writeOutput(Array((text + "\n").utf8))
        return .ok
    }
}

extension Array where Element == String {
    /// The arguments that are neither options nor an option's value: the command's name, then its operands.
    var operands: [String] {
        var found: [String] = []
        var index = 0
        while index < count {
            let argument = self[index]
            index += 1
            if argument.hasPrefix("-") && argument != "-" {
                if let option = Option.named(argument), option.takesValue { index += 1 }
            } else {
                found.append(argument)
            }
        }
        return found
    }

    /// The output language: the value of `--lang`, French by default (and for a value it does not know,
    /// which the parser then refuses).
    var language: Language {
        guard let index = firstIndex(of: "--lang"), index + 1 < count else { return .fr }
        return Language(rawValue: self[index + 1]) ?? .fr
    }
}
